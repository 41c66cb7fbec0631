import {describe, expect, it, jest} from '@jest/globals'
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createMigrationRepo, dbmateFile, knexFiles} from '../../sandbox/migrations-fixture.js'
import {createServerDatabase, pgEnvFor, serverUrl} from '../../sandbox/postgres.js'
import {errors, runDist} from '../../sandbox/runner.js'
import {ALL, M, cleanups, migrateDown, world} from '../support/migrate-down.js'

// PGlite and the real tools start slowly on a busy 2-core machine.
jest.setTimeout(240_000)

// pg_dump and pg_restore against Debian's PostgreSQL server, which .ci/run installs and starts
// (RK_POSTGRES_URL). Without it these tests skip with the reason; under CI they fail instead.

const server = serverUrl()
if (!server.url) console.log(`migrate-down backup tests skipped: ${server.why}`)

async function serverWorld() {
  const db = await createServerDatabase(server.url as string)
  return world({}, {db, password: new URL(server.url as string).password})
}

describe('migrate-down backup (pg_dump, Debian PostgreSQL)', () => {
  if (!server.url) {
    const check = process.env.CI ? it : it.skip
    check('needs the Debian PostgreSQL server', () => {
      throw new Error(`${server.why}`)
    })
    return
  }

  it('dumps, checks and hashes the backup, then reverts; the backup restores the lost column', async () => {
    const w = await serverWorld()
    await w.db.sql("INSERT INTO users (name, email) VALUES ('ada', 'ada@example.com')")
    const dir = await mkdtemp(join(tmpdir(), 'rk-backup-'))
    const path = join(dir, 'before.dump')
    const r = await migrateDown(w, {'allow-data-loss': 'true', backup: 'true', 'backup-path': path})
    expect(errors(r.run)).toEqual([])
    expect(r.run.outputs.status).toBe('reverted')
    expect(r.applied).toEqual([M.users])
    expect(r.run.outputs['backup-path']).toBe(path)
    const bytes = readFileSync(path)
    expect(r.run.outputs['backup-sha256']).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(r.run.summary).toContain(
      `pg_restore --clean --if-exists --no-owner --single-transaction --dbname "$DATABASE_URL" ${path}`
    )
    const backup = r.evidence.find(e => e.event === 'backup')?.data as {
      sha256: string
      entries: number
    }
    expect(backup.sha256).toBe(r.run.outputs['backup-sha256'])
    expect(backup.entries).toBeGreaterThan(0)

    // The data the down dropped is in the backup: restore it into a fresh database.
    const restored = await createServerDatabase(server.url as string)
    cleanups.push(() => restored.close())
    const env = {...process.env, ...pgEnvFor(restored.url)}
    execFileSync(
      'pg_restore',
      ['--no-owner', '--exit-on-error', `--dbname=${env.PGDATABASE}`, path],
      {env}
    )
    expect(await restored.sql('SELECT name, email FROM users')).toEqual([
      {name: 'ada', email: 'ada@example.com'}
    ])
  })

  it('never overwrites an existing file at backup-path, and touches nothing', async () => {
    const w = await serverWorld()
    const dir = await mkdtemp(join(tmpdir(), 'rk-backup-'))
    const path = join(dir, 'taken.dump')
    writeFileSync(path, 'an older backup')
    const r = await migrateDown(w, {'allow-data-loss': 'true', backup: 'true', 'backup-path': path})
    expect(r.run.exitCode).toBe(1)
    expect(errors(r.run)).toHaveLength(1)
    expect(errors(r.run)[0]).toContain("Input 'backup-path'")
    expect(readFileSync(path, 'utf8')).toBe('an older backup')
    expect(r.applied).toEqual(ALL)
  })

  it('dry-run checks pg_dump against the server and takes no backup', async () => {
    const w = await serverWorld()
    const r = await migrateDown(w, {'allow-data-loss': 'true', backup: 'true', 'dry-run': 'true'})
    expect(errors(r.run)).toEqual([])
    expect(r.run.outputs.status).toBe('dry-run')
    expect(r.run.outputs['backup-path']).toBe('')
    expect(r.run.summary).toMatch(/would use \S*pg_dump \d+/)
    expect(r.applied).toEqual(ALL)
  })

  it.each([
    [
      'knex',
      {knex: '3.3.0', pg: '8.23.1'},
      {'knexfile.js': knexFiles.knexfile},
      (n: string, up: string, down: string) => [
        `migrations/${n}.js`,
        knexFiles.migration(up, down)
      ],
      ['migrate:latest'],
      'SELECT name FROM knex_migrations ORDER BY id'
    ],
    [
      'dbmate',
      {dbmate: '2.36.0'},
      {},
      (n: string, up: string, down: string) => [
        `db/migrations/${n}.sql`,
        dbmateFile(`${up};`, `${down};`)
      ],
      ['--no-dump-schema', 'up'],
      'SELECT version AS name FROM schema_migrations ORDER BY version'
    ]
  ] as const)(
    '%s: one full run with backup on the Debian server',
    async (tool, deps, extra, file, up, applied) => {
      const db = await createServerDatabase(server.url as string)
      const repo = await createMigrationRepo(deps)
      cleanups.push(
        () => db.close(),
        () => repo.cleanup()
      )
      const entry = (n: string, u: string, d: string) => file(n, u, d) as [string, string]
      await repo.tag(
        'v1.0.0',
        await repo.commit('v1', {
          files: {
            ...extra,
            ...Object.fromEntries([
              entry(
                '20260101000000_users',
                'CREATE TABLE users (id int, name text)',
                'DROP TABLE users'
              )
            ])
          }
        })
      )
      await repo.commit('v1.1', {
        files: Object.fromEntries([
          entry(
            '20260201000000_email',
            'ALTER TABLE users ADD COLUMN email text',
            'ALTER TABLE users DROP COLUMN email'
          )
        ])
      })
      expect((await repo.tool(tool, [...up], db.url)).code).toBe(0)
      await db.sql("INSERT INTO users VALUES (1, 'ada', 'ada@example.com')")
      const dir = await mkdtemp(join(tmpdir(), 'rk-backup-'))
      const r = await runDist('migrate-down', {
        inputs: {
          'database-url': db.url,
          'to-ref': 'v1.0.0',
          'allow-data-loss': 'true',
          'backup-path': join(dir, 'b.dump')
        },
        cwd: repo.dir
      })
      expect(errors(r)).toEqual([])
      expect(r.outputs.status).toBe('reverted')
      expect(r.outputs['backup-sha256']).toBe(
        createHash('sha256')
          .update(readFileSync(join(dir, 'b.dump')))
          .digest('hex')
      )
      expect((await db.sql(applied)).map(x => String(x.name))).toEqual([
        tool === 'knex' ? '20260101000000_users.js' : '20260101000000'
      ])
      expect(await db.sql('SELECT * FROM users')).toEqual([{id: 1, name: 'ada'}])
    }
  )

  it('connection lost halfway (knex): the summary says, read back, which are reverted and which are not', async () => {
    const db = await createServerDatabase(server.url as string)
    const repo = await createMigrationRepo({knex: '3.3.0', pg: '8.23.1'})
    cleanups.push(
      () => db.close(),
      () => repo.cleanup()
    )
    await repo.tag(
      'v1.0.0',
      await repo.commit('v1', {
        files: {
          'knexfile.js': knexFiles.knexfile,
          'migrations/1_users.js': knexFiles.migration(
            'CREATE TABLE users (id int)',
            'DROP TABLE users'
          )
        }
      })
    )
    await repo.commit('v1.1', {
      files: {
        // Its down kills its own connection, as a failover or a proxy timeout would.
        'migrations/2_a.js': knexFiles.migration(
          'ALTER TABLE users ADD COLUMN a int',
          'SELECT pg_terminate_backend(pg_backend_pid())'
        ),
        'migrations/3_b.js': knexFiles.migration(
          'ALTER TABLE users ADD COLUMN b int',
          'ALTER TABLE users DROP COLUMN b'
        )
      }
    })
    expect((await repo.tool('knex', ['migrate:latest'], db.url)).code).toBe(0)
    const r = await runDist('migrate-down', {
      inputs: {
        'database-url': db.url,
        'to-ref': 'v1.0.0',
        'allow-data-loss': 'true',
        backup: 'false'
      },
      cwd: repo.dir
    })
    expect(r.exitCode).toBe(1)
    expect(errors(r)).toHaveLength(1)
    expect(r.outputs.status).toBe('failed')
    expect(JSON.parse(r.outputs.reverted as string)).toEqual(['3_b.js'])
    expect(r.outputs['version-after']).toBe('2_a.js')
    expect(errors(r)[0]).toContain('reverted [3_b.js], still applied [2_a.js]')
    expect(r.summary).toMatch(/3_b\.js \| reverted \(read back\)/)
    expect(r.summary).toMatch(/2_a\.js \| NOT reverted \(still applied, read back\)/)
    expect(r.summary).not.toContain(new URL(db.url).password)
    expect((await db.sql('SELECT name FROM knex_migrations ORDER BY id')).map(x => x.name)).toEqual(
      ['1_users.js', '2_a.js']
    )
  })
})
