import {afterAll, describe, expect, it, jest} from '@jest/globals'
import {rm} from 'node:fs/promises'
import {createMigrationRepo} from '../../sandbox/migrations-fixture.js'
import {startPglite, type TestDatabase} from '../../sandbox/postgres.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'

jest.setTimeout(240_000)

// Prisma has no down migrations: a reviewed down-sql file under a waiver reverts them, through
// the data-loss gate, in one transaction with the removal of their _prisma_migrations rows.
// Through dist/migrate-down, on PGlite; the table is Prisma's own layout.

const cleanups: (() => Promise<unknown>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

const WAIVER = JSON.stringify({
  id: 'CHG-7',
  reason: 'down SQL reviewed in PR 812',
  approver: '@dba-lead'
})

async function setup(downSql: string) {
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
    files: {
      'prisma/migrations/20260201_add_b/migration.sql': 'CREATE TABLE b (id int);',
      'prisma/migrations/20260202_b_idx/migration.sql': 'CREATE INDEX b_id ON b (id);',
      'prisma/rollback/v1.1-down.sql': downSql
    }
  })
  await db.sql(`CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
    finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz,
    started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count int NOT NULL DEFAULT 0);
    CREATE TABLE a (id int); CREATE TABLE b (id int); CREATE INDEX b_id ON b (id);
    INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at) VALUES
      ('1', 'x', now(), '20260101_init', now() - interval '2 day'),
      ('2', 'y', now(), '20260201_add_b', now() - interval '1 day'),
      ('3', 'z', now(), '20260202_b_idx', now())`)
  return {db, repo}
}

async function run(
  dir: string,
  db: TestDatabase,
  inputs: Record<string, string>
): Promise<DistRun> {
  const r = await runDist('migrate-down', {
    inputs: {
      'database-url': db.url,
      'to-ref': 'v1.0.0',
      backup: 'false',
      'down-sql': 'prisma/rollback/v1.1-down.sql',
      ...inputs
    },
    cwd: dir,
    keep: true
  })
  cleanups.push(() => rm(r.tempDir, {recursive: true, force: true}))
  return r
}

const rows = async (db: TestDatabase) =>
  (await db.sql('SELECT migration_name FROM _prisma_migrations ORDER BY started_at')).map(r =>
    String(r.migration_name)
  )
const tables = async (db: TestDatabase) =>
  (
    await db.sql(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('a', 'b') ORDER BY 1"
    )
  ).map(r => String(r.table_name))

describe('prisma with a reviewed down-sql file (dist, PGlite)', () => {
  it('with a waiver and allow-data-loss: runs the SQL, removes the rows, reads them back', async () => {
    const {db, repo} = await setup('DROP INDEX b_id;\nDROP TABLE b;\n')
    const r = await run(repo.dir, db, {waiver: WAIVER, 'allow-data-loss': 'true'})
    expect(errors(r)).toEqual([])
    expect(r.outputs.status).toBe('reverted')
    expect(JSON.parse(r.outputs.reverted as string)).toEqual(['20260202_b_idx', '20260201_add_b'])
    expect(r.outputs['version-after']).toBe('20260101_init')
    expect(await rows(db)).toEqual(['20260101_init'])
    expect(await tables(db)).toEqual(['a'])
    expect(r.stdout).toContain('down-sql: prisma/rollback/v1.1-down.sql (sha256 ')
    expect(r.summary).toContain('DROP TABLE b')
  })

  it('without a waiver: forward-fix-required, nothing touched', async () => {
    const {db, repo} = await setup('DROP INDEX b_id;\nDROP TABLE b;\n')
    const r = await run(repo.dir, db, {'allow-data-loss': 'true'})
    expect(r.exitCode).toBe(1)
    expect(r.outputs.status).toBe('forward-fix-required')
    expect(errors(r)[0]).toContain('only under a waiver')
    expect(await rows(db)).toHaveLength(3)
    expect(await tables(db)).toEqual(['a', 'b'])
  })

  it('a waiver that does not cover every migration: forward-fix-required, the uncovered named', async () => {
    const {db, repo} = await setup('DROP INDEX b_id;\nDROP TABLE b;\n')
    const partial = JSON.stringify({...JSON.parse(WAIVER), migrations: ['20260202_b_idx']})
    const r = await run(repo.dir, db, {waiver: partial, 'allow-data-loss': 'true'})
    expect(r.outputs.status).toBe('forward-fix-required')
    expect(errors(r)[0]).toContain('not covered: 20260201_add_b')
    expect(await rows(db)).toHaveLength(3)
  })

  it('the data-loss gate reads the file: DROP TABLE needs allow-data-loss', async () => {
    const {db, repo} = await setup('DROP INDEX b_id;\nDROP TABLE b;\n')
    const r = await run(repo.dir, db, {waiver: WAIVER})
    expect(r.outputs.status).toBe('refused')
    expect(errors(r)[0]).toContain('[data-loss]')
    expect(r.summary).toContain('DROP TABLE b')
    expect(await tables(db)).toEqual(['a', 'b'])
  })

  it('SQL that fails halfway: one transaction, nothing changed, the rows stay', async () => {
    const {db, repo} = await setup('DROP TABLE b;\nDROP TABLE no_such_table;\n')
    const r = await run(repo.dir, db, {waiver: WAIVER, 'allow-data-loss': 'true'})
    expect(r.exitCode).toBe(1)
    expect(r.outputs.status).toBe('failed')
    expect(errors(r)[0]).toContain('no_such_table')
    expect(await rows(db)).toHaveLength(3)
    expect(await tables(db)).toEqual(['a', 'b'])
  })

  it('a missing file or another tool: an error naming down-sql', async () => {
    const {db, repo} = await setup('DROP TABLE b;\n')
    const missing = await run(repo.dir, db, {
      waiver: WAIVER,
      'down-sql': 'prisma/rollback/nope.sql'
    })
    expect(errors(missing)[0]).toContain("Input 'down-sql'")
    expect(errors(missing)[0]).toContain('no such file')
    const other = await run(repo.dir, db, {waiver: WAIVER, tool: 'node-pg-migrate'})
    expect(errors(other)[0]).toContain("Input 'down-sql'")
    expect(errors(other)[0]).toContain('only Prisma')
    expect(await rows(db)).toHaveLength(3)
  })
})
