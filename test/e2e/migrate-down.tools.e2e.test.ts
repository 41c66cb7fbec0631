import {afterAll, describe, expect, it, jest} from '@jest/globals'
import {rm} from 'node:fs/promises'
import {
  createMigrationRepo,
  dbmateFile,
  knexFiles,
  npm,
  type MigrationRepo
} from '../../sandbox/migrations-fixture.js'
import {startPglite, type TestDatabase} from '../../sandbox/postgres.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'

// PGlite and the real tools start slowly on a busy 2-core machine.
jest.setTimeout(240_000)

// knex, dbmate (the real tools, pinned), prisma and `command`, through the dist, on PGlite.

const cleanups: (() => Promise<unknown>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

async function setup(
  deps: Record<string, string>,
  good: Record<string, string>,
  bad: Record<string, string>
) {
  const db = await startPglite()
  const repo = await createMigrationRepo(deps)
  cleanups.push(
    () => db.close(),
    () => repo.cleanup()
  )
  await repo.tag('v1.0.0', await repo.commit('v1.0.0', {files: good}))
  await repo.tag('v1.1.0', await repo.commit('v1.1.0', {files: bad}))
  return {db, repo}
}

async function run(
  repo: MigrationRepo,
  db: TestDatabase,
  inputs: Record<string, string>
): Promise<DistRun> {
  const r = await runDist('migrate-down', {
    inputs: {'database-url': db.url, 'to-ref': 'v1.0.0', backup: 'false', ...inputs},
    cwd: repo.dir,
    keep: true
  })
  cleanups.push(() => rm(r.tempDir, {recursive: true, force: true}))
  const log = r.stdout
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n')
  expect(log).not.toContain(new URL(db.url).password)
  expect(r.summary).not.toContain(new URL(db.url).password)
  return r
}

const column = async (db: TestDatabase, table: string) =>
  (
    await db.sql(
      `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`
    )
  ).map(c => c.column_name)

describe('knex', () => {
  const good = {
    'knexfile.js': knexFiles.knexfile,
    'migrations/20260101000000_users.js': knexFiles.migration(
      'CREATE TABLE users (id int, name text)',
      'DROP TABLE users'
    )
  }
  const bad = {
    'migrations/20260201000000_email.js': knexFiles.migration(
      'ALTER TABLE users ADD COLUMN email text',
      'ALTER TABLE users DROP COLUMN email'
    ),
    'migrations/20260202000000_idx.js': knexFiles.migration(
      'CREATE INDEX users_name ON users (name)',
      'DROP INDEX users_name'
    )
  }

  it('auto-detects knex, needs allow-data-loss for JS downs, reverts one named migration at a time', async () => {
    const {db, repo} = await setup({knex: '3.3.0', pg: '8.23.1'}, good, bad)
    const up = await repo.tool('knex', ['migrate:latest'], db.url)
    expect(up.code).toBe(0)
    const refused = await run(repo, db, {})
    expect(refused.outputs.status).toBe('refused')
    expect(errors(refused)[0]).toContain('[data-loss]')
    expect(refused.summary).toContain('its SQL is not known before it runs')
    expect(await column(db, 'users')).toEqual(['id', 'name', 'email'])

    const r = await run(repo, db, {'allow-data-loss': 'true'})
    expect(errors(r)).toEqual([])
    expect(r.stdout).toContain('Tool: knex (package.json depends on knex and knexfile.js exists)')
    expect(r.stdout).toContain('knex migrate:down 20260202000000_idx.js')
    expect(JSON.parse(r.outputs.reverted as string)).toEqual([
      '20260202000000_idx.js',
      '20260201000000_email.js'
    ])
    expect(await column(db, 'users')).toEqual(['id', 'name'])
    expect((await db.sql('SELECT name FROM knex_migrations')).map(x => x.name)).toEqual([
      '20260101000000_users.js'
    ])
  })

  it('a down that only throws is irreversible: forward-fix-required, nothing touched', async () => {
    const {db, repo} = await setup({knex: '3.3.0', pg: '8.23.1'}, good, {
      'migrations/20260201000000_backfill.js': knexFiles.migration(
        'UPDATE users SET name = name',
        'throws'
      )
    })
    expect((await repo.tool('knex', ['migrate:latest'], db.url)).code).toBe(0)
    const r = await run(repo, db, {tool: 'knex', 'allow-data-loss': 'true'})
    expect(r.outputs.status).toBe('forward-fix-required')
    expect(errors(r)[0]).toContain('the down function only throws')
    expect((await db.sql('SELECT count(*)::int AS n FROM knex_migrations'))[0]).toEqual({n: 2})
  })

  it('a held knex lock refuses the run', async () => {
    const {db, repo} = await setup({knex: '3.3.0', pg: '8.23.1'}, good, bad)
    expect((await repo.tool('knex', ['migrate:latest'], db.url)).code).toBe(0)
    await db.sql('UPDATE knex_migrations_lock SET is_locked = 1')
    const r = await run(repo, db, {'allow-data-loss': 'true'})
    expect(errors(r)[0]).toContain('[locked]')
    expect((await db.sql('SELECT count(*)::int AS n FROM knex_migrations'))[0]).toEqual({n: 3})
  })
})

describe('dbmate', () => {
  const good = {
    'db/migrations/20260101000000_users.sql': dbmateFile(
      'CREATE TABLE users (id int, name text);',
      'DROP TABLE users;'
    )
  }
  const bad = {
    'db/migrations/20260201000000_email.sql': dbmateFile(
      'ALTER TABLE users ADD COLUMN email text;',
      'ALTER TABLE users DROP COLUMN email;'
    ),
    'db/migrations/20260202000000_idx.sql': dbmateFile(
      'CREATE INDEX users_name ON users (name);',
      'DROP INDEX users_name;'
    )
  }

  it('reverts with one rollback per migration, data-loss gate on the static down SQL', async () => {
    const {db, repo} = await setup({dbmate: '2.36.0'}, good, bad)
    const up = await repo.tool('dbmate', ['--no-dump-schema', 'up'], db.url)
    expect(up.output).toContain('Applied')
    const refused = await run(repo, db, {})
    expect(refused.summary).toContain('ALTER TABLE users DROP COLUMN email')
    expect(refused.outputs.status).toBe('refused')
    const r = await run(repo, db, {'allow-data-loss': 'true'})
    expect(errors(r)).toEqual([])
    expect(JSON.parse(r.outputs.reverted as string)).toEqual(['20260202000000', '20260201000000'])
    expect(r.outputs['version-after']).toBe('20260101000000')
    expect(await column(db, 'users')).toEqual(['id', 'name'])
  })

  it('an empty migrate:down is irreversible (dbmate would silently drop the row)', async () => {
    const {db, repo} = await setup({dbmate: '2.36.0'}, good, {
      'db/migrations/20260201000000_seed.sql': dbmateFile("INSERT INTO users VALUES (1, 'a');")
    })
    await repo.tool('dbmate', ['--no-dump-schema', 'up'], db.url)
    const r = await run(repo, db, {})
    expect(r.outputs.status).toBe('forward-fix-required')
    expect(errors(r)[0]).toContain('migrate:down section is empty')
  })
})

describe('prisma', () => {
  it('reports forward-fix-required with the migrations concerned', async () => {
    const db = await startPglite()
    const repo = await createMigrationRepo({prisma: '7.10.0'})
    cleanups.push(
      () => db.close(),
      () => repo.cleanup()
    )
    await repo.tag(
      'v1.0.0',
      await repo.commit('v1', {
        files: {'prisma/migrations/20260101_init/migration.sql': 'CREATE TABLE a (id int);'}
      })
    )
    await repo.commit('v1.1', {
      files: {'prisma/migrations/20260201_add_b/migration.sql': 'CREATE TABLE b (id int);'}
    })
    await db.sql(`CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
      finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz,
      started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count int NOT NULL DEFAULT 0);
      INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at)
      VALUES ('1', 'x', now(), '20260101_init', now() - interval '1 day'), ('2', 'y', now(), '20260201_add_b', now())`)
    const r = await run(repo, db, {})
    expect(r.outputs.status).toBe('forward-fix-required')
    expect(errors(r)[0]).toContain('20260201_add_b (Prisma Migrate has no down migrations)')
    expect(r.stdout).toContain('Tool: prisma (package.json depends on prisma)')
  })
})

describe('command', () => {
  it("runs the user's script once with the count, planned and verified with node-pg-migrate's table", async () => {
    const db = await startPglite()
    const repo = await createMigrationRepo({'node-pg-migrate': '9.0.0'})
    cleanups.push(
      () => db.close(),
      () => repo.cleanup()
    )
    await repo.commit('scripts', {
      files: {
        'package.json': JSON.stringify({
          name: 'payments-api',
          type: 'module',
          scripts: {'migrate:down': 'node-pg-migrate down -m migrations'},
          devDependencies: {'node-pg-migrate': '9.0.0'}
        })
      }
    })
    await repo.tag(
      'v1.0.0',
      await repo.commit('v1', {
        files: {'migrations/1_a.js': npm.js('CREATE TABLE a (id int)', 'DROP TABLE a')}
      })
    )
    await repo.commit('v1.1', {
      files: {
        'migrations/2_b.js': npm.js('CREATE INDEX a_id ON a (id)', 'DROP INDEX a_id'),
        'migrations/3_c.js': npm.js('CREATE INDEX a_id2 ON a (id)', 'DROP INDEX a_id2')
      }
    })
    await repo.tool('node-pg-migrate', ['up', '-m', 'migrations'], db.url)
    const r = await run(repo, db, {
      tool: 'command',
      command: 'npm run --silent migrate:down -- {count}'
    })
    expect(errors(r)).toEqual([])
    expect(r.stdout).toContain('npm run --silent migrate:down -- 2')
    expect(r.stdout).toContain("planned and verified with node-pg-migrate's table")
    expect(JSON.parse(r.outputs.reverted as string)).toEqual(['3_c', '2_b'])
    expect((await db.sql('SELECT name FROM pgmigrations')).map(x => x.name)).toEqual(['1_a'])
  })
})

describe('auto', () => {
  it('names what it found when several tools are present', async () => {
    const db = await startPglite()
    const repo = await createMigrationRepo({'node-pg-migrate': '9.0.0', dbmate: '2.36.0'})
    cleanups.push(
      () => db.close(),
      () => repo.cleanup()
    )
    await repo.tag('v1.0.0', await repo.commit('v1'))
    const r = await run(repo, db, {})
    expect(errors(r)).toEqual([
      expect.stringContaining('several tools were found: node-pg-migrate')
    ])
  })
})
