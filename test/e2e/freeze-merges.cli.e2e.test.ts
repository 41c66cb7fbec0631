// freeze-merges through the break-glass command (bin/rollback-kit.js → dist/cli): list inputs
// as repeated flags, no workflow commands outside a runner, a bad input recorded in the
// evidence-dir the flags name.
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {createRepo, type GitFixture} from '../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../sandbox/github-double/index.js'
import {latestStatuses} from '../../sandbox/github-double/model/checks.js'
import {NODE, ROOT} from '../../sandbox/runner.js'
import {parseRecord} from '../../src/freeze-merges/record.js'

const exec = promisify(execFile)
const TOKEN = 'ghs_cli_freeze'
let git: GitFixture
let gh: GitHubDouble
let work: string
const heads: string[] = []

beforeAll(async () => {
  git = await createRepo()
  await git.commit('initial')
  for (let i = 0; i < 3; i++) heads.push(await git.commit(`change ${i}`))
  await git.branch('main', heads[0]!)
  await git.branch('release/1.x', heads[0]!)
  gh = await startGitHubDouble({owner: 'octo-org', repo: 'payments-api', gitDir: git.dir})
  gh.state.tokens = {[TOKEN]: 'workflow'}
  gh.seed.pull({head: {ref: 'feature', sha: heads[1]!}})
  gh.seed.pull({head: {ref: 'fix', sha: heads[2]!}, base: 'release/1.x'})
  work = await mkdtemp(join(tmpdir(), 'rk-cli-freeze-'))
})

afterAll(async () => {
  await gh.close()
  await git.cleanup()
  await rm(work, {recursive: true, force: true})
})

async function cli(args: string[]) {
  return exec(NODE, [join(ROOT, 'bin', 'rollback-kit.js'), 'run', 'freeze-merges', ...args], {
    cwd: work,
    env: {PATH: process.env.PATH ?? '', HOME: work, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url}
  }).then(
    r => ({code: 0, ...r}),
    (e: {code: number; stdout: string; stderr: string}) => e
  )
}

const check = (sha: string) =>
  latestStatuses(gh.state, sha).find(s => s.context === 'merge-freeze')?.state

describe('rollback-kit run freeze-merges', () => {
  it('freezes two branches given as repeated --branches flags, then unfreezes', async () => {
    const frozen = await cli([
      '--repository',
      'octo-org/payments-api',
      '--mode',
      'freeze',
      '--branches',
      'main',
      '--branches',
      'release/1.x',
      '--reason',
      'bad release',
      '--max-rate-limit-wait',
      '0'
    ])
    expect(frozen.stderr).toBe('')
    expect(frozen.code).toBe(0)
    expect(frozen.stdout).not.toMatch(/^::/m)
    expect(frozen.stdout).toMatch(/^ {2}frozen: true$/m)
    const issue = gh.state.issues.find(i => i.labels.includes('merge-freeze'))
    expect(parseRecord(issue!.body)!.branches).toEqual(['main', 'release/1.x'])
    expect(check(heads[1]!)).toBe('failure')
    expect(check(heads[2]!)).toBe('failure')

    const unfrozen = await cli(['--repository', 'octo-org/payments-api', '--mode', 'unfreeze'])
    expect(unfrozen.code).toBe(0)
    expect(unfrozen.stdout).toMatch(/^ {2}frozen: false$/m)
    expect(check(heads[1]!)).toBe('success')
    expect(check(heads[2]!)).toBe('success')
    expect(gh.violations).toEqual([])
  })

  it('a bad input names it, changes nothing and is recorded in the --evidence-dir given', async () => {
    gh.requests.length = 0
    const r = await cli([
      '--repository',
      'octo-org/payments-api',
      '--mode',
      'freeze',
      '--max-rate-limit-wait',
      'ten',
      '--evidence-dir',
      'incident-evidence'
    ])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("error: Input 'max-rate-limit-wait' has the value 'ten'")
    expect(gh.requests).toEqual([])
    expect(await readdir(join(work, 'incident-evidence'))).toEqual(['freeze-merges.jsonl'])
    const chain = await readFile(join(work, 'incident-evidence', 'freeze-merges.jsonl'), 'utf8')
    expect(chain).toContain('max-rate-limit-wait')
    expect(chain).not.toContain(TOKEN)
  })

  it('an unknown flag is an error, before any request', async () => {
    gh.requests.length = 0
    const r = await cli(['--mode', 'freeze', '--freeze-all', 'true'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('--freeze-all')
    expect(gh.requests).toEqual([])
  })
})
