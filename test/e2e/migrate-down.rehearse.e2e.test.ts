import {afterAll, describe, expect, it, jest} from '@jest/globals'
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {createMigrationRepo, knexFiles, npm} from '../../sandbox/migrations-fixture.js'
import {errors, NODE, ROOT, runDist, type DistRun} from '../../sandbox/runner.js'
import {verifyChain} from '../../src/lib/evidence.js'

// PGlite (twice per rehearsal) and the real tools start slowly on a busy 2-core machine.
jest.setTimeout(300_000)

// mode: rehearse through dist/migrate-down and `rollback-kit rehearse` through dist/cli: the
// action starts its own embedded PGlite; no database URL is given and no database is touched.

const cleanups: (() => Promise<unknown>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

const USERS = '1700000000000_users'
const INDEX = '1700000000001_users_name_idx'
const EMAIL = '1700000000002_users_email'

/** v1.0.0 creates users; v1.1.0 adds an index and a column, with the downs given. */
async function npmRepo(indexDown: string, emailDown: string) {
  const repo = await createMigrationRepo({'node-pg-migrate': '9.0.0'})
  cleanups.push(() => repo.cleanup())
  const good = await repo.commit('v1.0.0', {
    files: {
      [`migrations/${USERS}.js`]: npm.js(
        'CREATE TABLE users (id serial PRIMARY KEY, name text)',
        'DROP TABLE users'
      )
    }
  })
  await repo.tag('v1.0.0', good)
  const bad = await repo.commit('v1.1.0', {
    files: {
      [`migrations/${INDEX}.js`]: npm.js('CREATE INDEX users_name_idx ON users (name)', indexDown),
      [`migrations/${EMAIL}.sql`]: npm.sql(
        'ALTER TABLE users ADD COLUMN email text NOT NULL UNIQUE;',
        emailDown
      )
    }
  })
  await repo.tag('v1.1.0', bad)
  return repo
}

async function rehearse(cwd: string, inputs: Record<string, string> = {}): Promise<DistRun> {
  const run = await runDist('migrate-down', {
    inputs: {mode: 'rehearse', 'to-ref': 'v1.0.0', ...inputs},
    cwd,
    keep: true
  })
  cleanups.push(() => rm(run.tempDir, {recursive: true, force: true}))
  const chain = join(run.tempDir, 'rollback-evidence', 'rollback.jsonl')
  if (existsSync(chain)) expect((await verifyChain(chain)).error).toBeUndefined()
  return run
}

async function evidenceEvents(run: DistRun): Promise<string[]> {
  const text = await readFile(join(run.tempDir, 'rollback-evidence', 'rollback.jsonl'), 'utf8')
  return text
    .split('\n')
    .filter(Boolean)
    .map(line => (JSON.parse(line) as {event: string}).event)
}

describe('migrate-down mode: rehearse (dist, embedded PGlite)', () => {
  it('node-pg-migrate with correct downs: match, the plan reverted on the scratch database', async () => {
    const repo = await npmRepo('DROP INDEX users_name_idx', 'ALTER TABLE users DROP COLUMN email;')
    const run = await rehearse(repo.dir)
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.rehearsal).toBe('match')
    expect(run.outputs.status).toBe('rehearsed')
    expect(JSON.parse(run.outputs.reverted as string)).toEqual([EMAIL, INDEX])
    expect(run.outputs['version-after']).toBe(USERS)
    expect(run.stdout).toContain('node-pg-migrate up')
    expect(run.stdout).toContain('node-pg-migrate down 2')
    expect(run.summary).toContain('matches to-ref')
    expect(run.summary).toContain('your database was not touched')
    // The drop is reported, but a scratch database needs no allow-data-loss.
    expect(run.summary).toContain('ALTER TABLE users DROP COLUMN email')
    expect(await evidenceEvents(run)).toEqual([
      'inputs',
      'state',
      'plan',
      'gates',
      'rehearsed',
      'rehearsal'
    ])
    // The user's repository is left as it was: no stray index, worktree or file.
    expect((await repo.git(['status', '--porcelain'])).trim()).toBe('')
    expect((await repo.git(['worktree', 'list'])).trim().split('\n')).toHaveLength(1)
  })

  it('downs that forget an index and a column: differs, each named, the step fails', async () => {
    const repo = await npmRepo('SELECT 1', 'SELECT 1;')
    const run = await rehearse(repo.dir)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.rehearsal).toBe('differs')
    expect(errors(run)).toHaveLength(1)
    const error = errors(run)[0] as string
    expect(error).toContain('index public.users_name_idx is left over by the down migrations')
    expect(error).toContain('column public.users.email is left over')
    expect(error).toContain('constraint public.users.users_email_key is left over')
    expect(run.summary).toContain('DIFFERS from to-ref')
    expect(run.summary).toContain('public.users_name_idx')
  })

  it('a down that drops more than the release added: differs, the missing table named', async () => {
    const repo = await npmRepo(
      'DROP INDEX users_name_idx; DROP TABLE users',
      'ALTER TABLE users DROP COLUMN email;'
    )
    const run = await rehearse(repo.dir)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.rehearsal).toBe('differs')
    expect(errors(run)[0]).toContain(
      'table public.users is missing after the down migrations (to-ref has base table)'
    )
  })

  it('knex with correct downs: match', async () => {
    const repo = await createMigrationRepo({knex: '3.1.0', pg: '8.16.3'})
    cleanups.push(() => repo.cleanup())
    await repo.tag(
      'v1.0.0',
      await repo.commit('v1.0.0', {
        files: {
          'knexfile.js': knexFiles.knexfile,
          'migrations/20240101000000_users.js': knexFiles.migration(
            'CREATE TABLE users (id serial PRIMARY KEY, name text)',
            'DROP TABLE users'
          )
        }
      })
    )
    await repo.tag(
      'v1.1.0',
      await repo.commit('v1.1.0', {
        files: {
          'migrations/20240201000000_email.js': knexFiles.migration(
            'ALTER TABLE users ADD COLUMN email text',
            'ALTER TABLE users DROP COLUMN email'
          )
        }
      })
    )
    const run = await rehearse(repo.dir)
    expect(errors(run)).toEqual([])
    expect(run.outputs.rehearsal).toBe('match')
    expect(JSON.parse(run.outputs.reverted as string)).toEqual(['20240201000000_email.js'])
  })

  it('needs to-ref, never count; a database-url is not read', async () => {
    const repo = await npmRepo('DROP INDEX users_name_idx', 'ALTER TABLE users DROP COLUMN email;')
    const run = await rehearse(repo.dir, {'to-ref': '', count: '1'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)[0]).toContain("Input 'count'")
    expect(errors(run)[0]).toContain("mode 'rehearse'")
  })
})

/** As on a laptop: the CLI makes its own output and summary files. */
function withoutRunnerFiles(): NodeJS.ProcessEnv {
  const env = {...process.env}
  delete env.GITHUB_OUTPUT
  delete env.GITHUB_STEP_SUMMARY
  return env
}

describe('rollback-kit rehearse (dist/cli)', () => {
  const cli = async (args: string[], cwd: string) =>
    new Promise<{code: number; stdout: string; stderr: string}>(resolve => {
      execFile(
        NODE,
        [join(ROOT, 'dist', 'cli', 'index.js'), ...args],
        {cwd, env: withoutRunnerFiles()},
        (error, stdout, stderr) =>
          resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
      )
    })

  it('rehearses from the command line and prints the result', async () => {
    const repo = await npmRepo('DROP INDEX users_name_idx', 'SELECT 1;')
    const r = await cli(
      ['rehearse', '--to-ref', 'v1.0.0', '--evidence-dir', join(repo.dir, '.ev')],
      repo.dir
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('rehearsal: differs')
    expect(r.stdout).toContain('column public.users.email is left over')
  })

  it('an unknown flag errors naming the closest valid one; --mode and --database-url are refused', async () => {
    const repo = await npmRepo('DROP INDEX users_name_idx', 'SELECT 1;')
    const typo = await cli(['rehearse', '--to-rf', 'v1.0.0'], repo.dir)
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('Unknown flag --to-rf')
    expect(typo.stderr).toContain('Did you mean --to-ref?')
    const mode = await cli(['rehearse', '--to-ref', 'v1.0.0', '--mode', 'revert'], repo.dir)
    expect(mode.code).toBe(2)
    expect(mode.stderr).toContain('--mode is not taken by rehearse')
    const url = await cli(['rehearse', '--database-url', 'postgres://x@h/d'], repo.dir)
    expect(url.code).toBe(2)
    expect(url.stderr).not.toContain('postgres://x@h/d')
  })
})
