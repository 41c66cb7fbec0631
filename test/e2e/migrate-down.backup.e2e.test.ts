import {describe, expect, it, jest} from '@jest/globals'
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createServerDatabase, pgEnvFor, serverUrl} from '../../sandbox/postgres.js'
import {errors} from '../../sandbox/runner.js'
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
})
