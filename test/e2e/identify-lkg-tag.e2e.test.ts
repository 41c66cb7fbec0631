import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {createRepo, type GitFixture} from '../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../sandbox/github-double/index.js'
import {createHelmStandin} from '../../sandbox/helm/standin.js'
import {errors, ROOT, runDist, type DistRun} from '../../sandbox/runner.js'

const exec = promisify(execFile)
const OWNER = 'octo-org'
const REPO = 'payments-api'
const TOKEN = 'ghs_e2e_token_value'

let git: GitFixture
let gh: GitHubDouble
const sha: Record<string, string> = {}

// v1.0.0 .. v1.3.0 with an annotated v1.1.0, a prerelease, and tags that are not semver.
beforeAll(async () => {
  git = await createRepo()
  for (const name of ['v1.0.0', 'v1.1.0', 'v1.2.0-rc.1', 'v1.2.0', 'v1.3.0']) {
    sha[name] = await git.commit(`release ${name}`)
  }
  await git.tags([
    {name: 'v1.0.0', sha: sha['v1.0.0']!},
    {name: 'v1.1.0', sha: sha['v1.1.0']!, annotated: true, message: 'Release 1.1.0'},
    {name: 'v1.2.0-rc.1', sha: sha['v1.2.0-rc.1']!},
    {name: 'v1.2.0', sha: sha['v1.2.0']!, annotated: true},
    {name: 'v1.3.0', sha: sha['v1.3.0']!},
    {name: 'v1.4', sha: sha['v1.3.0']!},
    {name: 'latest', sha: sha['v1.3.0']!}
  ])
  gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: git.dir})
})

afterAll(async () => {
  await gh.close()
  await git.cleanup()
})

beforeEach(() => {
  gh.reset()
  gh.state.checkRuns.length = 0
  gh.state.statuses.length = 0
  gh.state.deployments.length = 0
  for (const [name, conclusion] of Object.entries({
    'v1.0.0': 'success',
    'v1.1.0': 'success',
    'v1.2.0-rc.1': 'success',
    'v1.2.0': 'failure',
    'v1.3.0': 'failure'
  } as const)) {
    gh.seed.checkRun({head_sha: sha[name]!, name: 'test', conclusion})
  }
  gh.seed.status({sha: sha['v1.1.0']!, state: 'success', context: 'ci/legacy'})
})

async function identify(
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<DistRun> {
  return runDist('identify-lkg-tag', {
    inputs: {token: TOKEN, repository: `${OWNER}/${REPO}`, ...inputs},
    env: {GITHUB_API_URL: gh.url, ...env},
    keep: true
  })
}

describe('identify-lkg-tag (bundled dist, real git, API double)', () => {
  it('finds the newest release below current that passed its checks', async () => {
    const run = await identify()
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({
      tag: 'v1.1.0',
      sha: sha['v1.1.0'],
      version: '1.1.0',
      'current-tag': 'v1.3.0',
      'current-sha': sha['v1.3.0'],
      'helm-revision': '',
      rejected: JSON.stringify([{tag: 'v1.2.0', reason: 'checks failed: test: failure'}]),
      'evidence-head': expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    // The annotated tag was peeled: the output is the commit, not the tag object.
    const tagObject = (await git.git(['rev-parse', 'refs/tags/v1.1.0'])).trim()
    expect(tagObject).not.toBe(sha['v1.1.0'])
    expect(run.summary).toContain('## Last known-good release: `v1.1.0`')
    expect(run.summary).toMatch(
      /\| v1\.2\.0 \| 1\.2\.0 \| [0-9a-f]{12} \| ❌ rejected \| checks failed: test: failure \|/
    )
    // v1.4 matches the glob but is not semver; 'latest' does not match v* at all.
    expect(run.summary).toContain('not semver (ignored): 1')
    expect(run.summary).toContain(
      'Prereleases below current skipped (include-prereleases is false): 1'
    )
    expect(gh.violations).toEqual([])
    await rm(run.tempDir, {recursive: true, force: true})
  })

  it('considers prereleases only when asked', async () => {
    const run = await identify({'include-prereleases': 'true'})
    expect(run.outputs.tag).toBe('v1.2.0-rc.1')
    expect(run.outputs.version).toBe('1.2.0-rc.1')
  })

  it('honours exclude, a given current and named checks', async () => {
    const excluded = await identify({exclude: 'v1.1.0'})
    expect(excluded.outputs.tag).toBe('v1.0.0')
    expect(JSON.parse(excluded.outputs.rejected!)).toEqual([
      {tag: 'v1.2.0', reason: 'checks failed: test: failure'},
      {tag: 'v1.1.0', reason: "listed in 'exclude'"}
    ])
    const older = await identify({current: 'v1.1.0'})
    expect(older.outputs).toMatchObject({
      tag: 'v1.0.0',
      'current-tag': 'v1.1.0',
      'current-sha': sha['v1.1.0']
    })
    const byCommit = await identify({current: sha['v1.2.0']!.slice(0, 10)})
    expect(byCommit.outputs).toMatchObject({tag: 'v1.1.0', 'current-tag': 'v1.2.0'})
    const named = await identify({'required-checks': 'ci/legacy'})
    expect(named.outputs.tag).toBe('v1.1.0')
    expect(JSON.parse(named.outputs.rejected!)).toEqual([
      {tag: 'v1.2.0', reason: 'required check missing: ci/legacy'}
    ])
  })

  it('rejects a commit with no checks, unless checks are not required', async () => {
    gh.state.checkRuns = gh.state.checkRuns.filter(r => r.head_sha !== sha['v1.1.0'])
    gh.state.statuses.length = 0
    const run = await identify()
    expect(run.outputs.tag).toBe('v1.0.0')
    expect(JSON.parse(run.outputs.rejected!)).toContainEqual({tag: 'v1.1.0', reason: 'no checks'})
    const none = await identify({'required-checks': 'none'})
    expect(none.outputs.tag).toBe('v1.2.0')
  })

  it('with an environment, needs a successful deployment there and starts from the newest one', async () => {
    const t = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString()
    gh.seed.deployment({
      sha: sha['v1.0.0']!,
      ref: 'v1.0.0',
      environment: 'production',
      created_at: t(0),
      statuses: [
        {state: 'success', created_at: t(1)},
        {state: 'inactive', created_at: t(11)}
      ]
    })
    gh.seed.deployment({
      sha: sha['v1.1.0']!,
      ref: 'v1.1.0',
      environment: 'production',
      created_at: t(10),
      statuses: [
        {state: 'in_progress', created_at: t(10)},
        {state: 'failure', created_at: t(12)}
      ]
    })
    gh.seed.deployment({
      sha: sha['v1.1.0']!,
      ref: 'v1.1.0',
      environment: 'staging',
      created_at: t(13),
      statuses: [{state: 'success', created_at: t(14)}]
    })
    gh.seed.deployment({
      sha: sha['v1.2.0']!,
      ref: 'v1.2.0',
      environment: 'production',
      created_at: t(20),
      statuses: [{state: 'success', created_at: t(21)}]
    })
    const run = await identify({environment: 'production'})
    expect(errors(run)).toEqual([])
    // current = the newest production deployment (v1.2.0), not the newest tag.
    expect(run.outputs['current-tag']).toBe('v1.2.0')
    expect(run.outputs.tag).toBe('v1.0.0')
    expect(JSON.parse(run.outputs.rejected!)).toEqual([
      {tag: 'v1.1.0', reason: 'no successful deployment to production (latest status: failure)'}
    ])
    expect(run.summary).toContain('deployed successfully to `production`')
  })

  it('fails, listing every candidate with its reason, when nothing qualifies', async () => {
    for (const r of gh.state.checkRuns) r.conclusion = 'failure'
    const run = await identify()
    expect(run.exitCode).toBe(1)
    const [message] = errors(run)
    expect(message).toContain('No known-good release below v1.3.0')
    expect(message).toContain('v1.2.0: checks failed: test: failure')
    expect(message).toContain('v1.1.0: checks failed')
    expect(message).toContain('v1.0.0: checks failed')
    expect(JSON.parse(run.outputs.rejected!)).toHaveLength(3)
    expect(run.outputs.tag).toBe('')
    expect(run.summary).toContain('No known-good release below `v1.3.0`')
  })

  it('succeeds through 502, 429 and secondary-limit faults without a red error', async () => {
    gh.fault({kind: '502', path: /matching-refs/, times: 1})
    gh.fault({kind: '429', graphql: true, retryAfter: 1, times: 1})
    gh.fault({kind: 'secondary-403', graphql: true, retryAfter: 1, times: 1})
    const run = await identify()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.tag).toBe('v1.1.0')
    expect(errors(run)).toEqual([])
    expect(
      gh.requests
        .filter(r => r.status >= 400)
        .map(r => r.status)
        .sort()
    ).toEqual([403, 429, 502])
    expect(run.annotations.some(a => a.level === 'warning' && /429/.test(a.message))).toBe(true)
  })

  it('maps the chosen tag to its helm revision', async () => {
    const helm = createHelmStandin({
      version: 'v3.21.4',
      releases: [
        {
          name: 'payments-api',
          namespace: 'prod',
          revisions: [
            {revision: 1, status: 'superseded', app_version: 'v1.0.0'},
            {revision: 2, status: 'superseded', app_version: '1.1.0'},
            {revision: 3, status: 'failed', app_version: '1.2.0'},
            {revision: 4, status: 'deployed', app_version: '1.3.0'}
          ]
        }
      ]
    })
    try {
      const run = await identify(
        {'helm-release': 'payments-api', 'helm-namespace': 'prod'},
        helm.env
      )
      expect(errors(run)).toEqual([])
      expect(run.outputs).toMatchObject({tag: 'v1.1.0', 'helm-revision': '2'})
      expect(helm.invocations().map(i => i.argv.slice(0, 2))).toEqual([['history', 'payments-api']])
      // v1.1.0 never ran under helm -> the next one down that did is chosen.
      helm.setReleases([
        {
          name: 'payments-api',
          namespace: 'prod',
          revisions: [
            {revision: 1, status: 'superseded', app_version: 'v1.0.0'},
            {revision: 2, status: 'deployed', app_version: '1.3.0'}
          ]
        }
      ])
      const older = await identify(
        {'helm-release': 'payments-api', 'helm-namespace': 'prod'},
        helm.env
      )
      expect(older.outputs).toMatchObject({tag: 'v1.0.0', 'helm-revision': '1'})
      expect(JSON.parse(older.outputs.rejected!)).toContainEqual({
        tag: 'v1.1.0',
        reason:
          "no successfully deployed revision of helm release 'payments-api' has app_version v1.1.0 or 1.1.0"
      })
    } finally {
      helm.cleanup()
    }
  })

  it('writes an evidence chain that verifies, and a tampered copy that does not', async () => {
    const run = await identify()
    const dir = join(run.tempDir, 'rollback-evidence')
    const files = await readdir(dir)
    expect(files).toEqual(['rollback.jsonl'])
    const text = await readFile(join(dir, 'rollback.jsonl'), 'utf8')
    expect(
      text
        .trim()
        .split('\n')
        .map(l => JSON.parse(l).event)
    ).toEqual(['inputs', 'current', 'candidates', 'chosen'])
    expect(text).not.toContain(TOKEN)
    const ok = await exec(process.execPath, [
      join(ROOT, 'bin', 'rollback-kit.js'),
      'evidence',
      'verify',
      dir,
      '--head',
      run.outputs['evidence-head'] as string
    ])
    expect(ok.stdout).toContain(
      'Evidence verified: every record is intact and every chain end is anchored.'
    )
    const copy = await mkdtemp(join(tmpdir(), 'rk-tampered-'))
    await cp(dir, copy, {recursive: true})
    await writeFile(join(copy, 'rollback.jsonl'), text.replace('"v1.1.0"', '"v1.2.0"'))
    const bad = await exec(process.execPath, [
      join(ROOT, 'bin', 'rollback-kit.js'),
      'evidence',
      'verify',
      copy
    ]).catch(e => e)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/record \d+ .*edited/)
    await rm(copy, {recursive: true, force: true})
    await rm(run.tempDir, {recursive: true, force: true})
  })
})

describe('identify-lkg-tag bad input', () => {
  it.each([
    [
      {repository: 'octo-org'},
      "Input 'repository' has the value 'octo-org': expected the form owner/repo"
    ],
    [{'tag-pattern': ''}, "Input 'tag-pattern' is empty"],
    [{'tag-pattern': 'v[0-9]*'}, "Input 'tag-pattern' has the value 'v[0-9]*'"],
    [{token: ''}, "Input 'token' is empty: a GitHub token is required"],
    [
      {'include-prereleases': 'yes'},
      "Input 'include-prereleases' has the value 'yes': expected true or false"
    ],
    [{'helm-release': 'Payments;rm'}, "Input 'helm-release' has the value 'Payments;rm'"]
  ])('%j fails before any request', async (inputs, message) => {
    const run = await identify(inputs)
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toContain(message)
    expect(gh.requests).toHaveLength(0)
  })

  it('names a current that does not exist', async () => {
    const run = await identify({current: 'v9.9.9'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)[0]).toContain("Input 'current' has the value 'v9.9.9': no such tag")
  })

  it('turns an API 404 into a message about repository and token', async () => {
    const run = await identify({repository: 'octo-org/no-such-repo'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)[0]).toMatch(
      /not found \(404.*Check that 'repository' \('octo-org\/no-such-repo'\) exists and the token can read it/
    )
  })
})
