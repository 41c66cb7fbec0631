// Shared by the migrate-down e2e tests: a user's repo with node-pg-migrate migrations in git
// (v1.0.0 good, v1.1.0 deployed), a database with all of them applied, and a dist run that
// checks the evidence chain and that the database URL and password appear nowhere.
import {afterAll, expect} from '@jest/globals'
import {existsSync} from 'node:fs'
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {verifyChain, type EvidenceRecord} from '../../src/lib/evidence.js'
import {createMigrationRepo, npm, type MigrationRepo} from '../../sandbox/migrations-fixture.js'
import {startPglite, type TestDatabase} from '../../sandbox/postgres.js'
import {runDist, type DistRun} from '../../sandbox/runner.js'

export const cleanups: (() => Promise<unknown>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

export const M = {
  users: '1700000000000_users',
  index: '1700000000001_users_name_idx',
  email: '1700000000002_users_email'
}

export interface World {
  repo: MigrationRepo
  db: TestDatabase
  password: string
}

/** v1.0.0 creates users; v1.1.0 (deployed) adds an index and a column; all applied. */
export async function world(
  release: Record<string, string> = {},
  database?: {db: TestDatabase; password: string}
): Promise<World> {
  const password = database?.password ?? `s3cret-${Math.random().toString(36).slice(2)}`
  const db = database?.db ?? (await startPglite(password))
  const repo = await createMigrationRepo({'node-pg-migrate': '9.0.0'})
  cleanups.push(
    () => db.close(),
    () => repo.cleanup()
  )
  const good = await repo.commit('v1.0.0', {
    files: {
      [`migrations/${M.users}.js`]: npm.js(
        'CREATE TABLE users (id serial PRIMARY KEY, name text)',
        'DROP TABLE users'
      )
    }
  })
  await repo.tag('v1.0.0', good)
  const bad = await repo.commit('v1.1.0', {
    files: {
      [`migrations/${M.index}.js`]: npm.js(
        'CREATE INDEX users_name_idx ON users (name)',
        'DROP INDEX users_name_idx'
      ),
      [`migrations/${M.email}.sql`]: npm.sql(
        'ALTER TABLE users ADD COLUMN email text;',
        'ALTER TABLE users DROP COLUMN email;'
      ),
      ...release
    }
  })
  await repo.tag('v1.1.0', bad)
  const up = await repo.tool('node-pg-migrate', ['up', '-m', 'migrations'], db.url)
  expect(up.output).toContain('Migrations complete!')
  return {repo, db, password}
}

export interface Result {
  run: DistRun
  evidence: EvidenceRecord[]
  applied: string[]
}

export async function migrateDown(w: World, inputs: Record<string, string>): Promise<Result> {
  const run = await runDist('migrate-down', {
    inputs: {'database-url': w.db.url, 'to-ref': 'v1.0.0', backup: 'false', ...inputs},
    cwd: w.repo.dir,
    keep: true
  })
  cleanups.push(() => rm(run.tempDir, {recursive: true, force: true}))
  const chain = join(run.tempDir, 'rollback-evidence', 'rollback.jsonl')
  const text = existsSync(chain) ? await readFile(chain, 'utf8') : ''
  if (text) expect((await verifyChain(chain)).error).toBeUndefined()
  // The URL and its password appear nowhere: log, summary, outputs, evidence.
  // (The runner consumes ::add-mask:: lines; they are how the secret gets masked.)
  const log = run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const secret of [w.db.url, w.password]) {
    expect(log).not.toContain(secret)
    expect(run.stderr).not.toContain(secret)
    expect(run.summary).not.toContain(secret)
    expect(JSON.stringify(run.outputs)).not.toContain(secret)
    expect(text).not.toContain(secret)
  }
  return {
    run,
    evidence: text
      .split('\n')
      .filter(Boolean)
      .map(line => JSON.parse(line) as EvidenceRecord),
    applied: await appliedNames(w.db)
  }
}

export async function appliedNames(db: TestDatabase): Promise<string[]> {
  return (await db.sql('SELECT name FROM pgmigrations ORDER BY run_on, id')).map(r =>
    String(r.name)
  )
}

export const ALL = [M.users, M.index, M.email]
