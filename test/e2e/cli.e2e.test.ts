import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {createRepo, type GitFixture} from '../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../sandbox/github-double/index.js'
import {createHelmStandin, type HelmStandin} from '../../sandbox/helm/standin.js'
import {ROOT} from '../../sandbox/runner.js'

const exec = promisify(execFile)
let git: GitFixture
let gh: GitHubDouble
let helm: HelmStandin
let work: string

beforeAll(async () => {
  git = await createRepo()
  const good = await git.commit('good')
  const bad = await git.commit('bad')
  await git.tags([
    {name: 'v1.0.0', sha: good},
    {name: 'v1.1.0', sha: bad, annotated: true}
  ])
  gh = await startGitHubDouble({owner: 'octo-org', repo: 'payments-api', gitDir: git.dir})
  gh.seed.checkRun({head_sha: good, name: 'test', conclusion: 'success'})
  gh.seed.checkRun({head_sha: bad, name: 'test', conclusion: 'failure'})
  helm = createHelmStandin({
    version: 'v4.2.4',
    releases: [
      {
        name: 'payments-api',
        namespace: 'prod',
        revisions: [
          {revision: 1, status: 'superseded', app_version: '1.0.0'},
          {revision: 2, status: 'failed', app_version: '1.1.0'}
        ]
      }
    ]
  })
  work = await mkdtemp(join(tmpdir(), 'rk-cli-'))
})

afterAll(async () => {
  helm.cleanup()
  await gh.close()
  await git.cleanup()
  await rm(work, {recursive: true, force: true})
})

// The break-glass command runs outside a runner: no GITHUB_* files, no INPUT_* variables.
async function cli(args: string[], env: Record<string, string> = {}) {
  return exec(process.execPath, [join(ROOT, 'bin', 'rollback-kit.js'), ...args], {
    cwd: work,
    env: {PATH: process.env.PATH ?? '', HOME: work, ...env}
  }).then(
    r => ({code: 0, ...r}),
    (e: {code: number; stdout: string; stderr: string}) => e
  )
}

describe('rollback-kit command', () => {
  it('runs identify-lkg-tag from flags, with the token from GITHUB_TOKEN', async () => {
    const r = await cli(
      [
        'run',
        'identify-lkg-tag',
        '--repository',
        'octo-org/payments-api',
        '--required-checks',
        'all'
      ],
      {
        GITHUB_TOKEN: 'ghs_cli',
        GITHUB_API_URL: gh.url
      }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('## Last known-good release: `v1.0.0`')
    expect(r.stdout).toMatch(/^ {2}tag: v1\.0\.0$/m)
    // Evidence lands in ./rollback-evidence when there is no RUNNER_TEMP.
    const chain = await readFile(join(work, 'rollback-evidence', 'identify-lkg-tag.jsonl'), 'utf8')
    expect(chain).not.toContain('ghs_cli')
    const verified = await cli(['evidence', 'verify', join(work, 'rollback-evidence')])
    expect(verified.code).toBe(0)
  })

  it('runs helm-rollback as a dry run with a bare --dry-run flag', async () => {
    const r = await cli(
      ['run', 'helm-rollback', '--release', 'payments-api', '--namespace', 'prod', '--dry-run'],
      helm.env
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^ {2}status: dry-run$/m)
    expect(helm.revisions('payments-api', 'prod')).toHaveLength(2)
  })

  it('fails with the input named, and exit 1', async () => {
    const r = await cli(['run', 'helm-rollback', '--release', 'Payments API'], helm.env)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("error: Input 'release' has the value 'Payments API'")
    expect(r.stdout).not.toMatch(/^::/m)
  })

  it('explains its usage on unknown commands and actions', async () => {
    expect((await cli(['run', 'nope'])).code).toBe(2)
    expect((await cli(['frobnicate'])).stderr).toContain('Usage:')
    expect((await cli(['evidence', 'verify'])).code).toBe(2)
  })
})
