import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {rm} from 'node:fs/promises'
import {createRepo, type GitFixture} from '../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../sandbox/github-double/index.js'
import {createRealHelmBed, inCI, realHelmForTests} from '../../sandbox/helm/real-helm.js'
import type {StandinRevision} from '../../sandbox/helm/standin.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'

// identify-lkg-tag's helm-release mapping with REAL helm v3 and v4 on PATH (memory driver):
// its one `helm history` is a single invocation, so everything it does runs for real.

const OWNER = 'octo-org'
const REPO = 'payments-api'

let git: GitFixture
let gh: GitHubDouble
const sha: Record<string, string> = {}

beforeAll(async () => {
  git = await createRepo()
  for (const name of ['v1.0.0', 'v1.1.0', 'v1.2.0']) sha[name] = await git.commit(`release ${name}`)
  await git.tags(Object.entries(sha).map(([name, commit]) => ({name, sha: commit})))
  gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: git.dir})
})

afterAll(async () => {
  await gh?.close()
  await git?.cleanup()
})

// v1.2.0 is the bad release (failed checks); the two before it passed.
beforeEach(() => {
  gh.reset()
  gh.state.checkRuns.length = 0
  for (const [name, conclusion] of Object.entries({
    'v1.0.0': 'success',
    'v1.1.0': 'success',
    'v1.2.0': 'failure'
  } as const)) {
    gh.seed.checkRun({head_sha: sha[name]!, name: 'test', conclusion})
  }
})

const found = {3: await realHelmForTests(3), 4: await realHelmForTests(4)}

describe.each([3, 4] as const)('identify-lkg-tag with real helm v%i', major => {
  const helm = found[major]
  const test = helm.ok || inCI() ? it : it.skip

  async function identify(
    revisions: StandinRevision[],
    inputs: Record<string, string> = {}
  ): Promise<DistRun> {
    if (!helm.ok) throw new Error(`real helm ${helm.pin.version} is unavailable: ${helm.reason}`)
    const bed = await createRealHelmBed(helm.bin, [
      {name: 'payments-api', namespace: 'prod', revisions}
    ])
    try {
      const run = await runDist('identify-lkg-tag', {
        inputs: {
          token: 'ghs_e2e_token_value',
          repository: `${OWNER}/${REPO}`,
          'helm-release': 'payments-api',
          'helm-namespace': 'prod',
          ...inputs
        },
        env: {GITHUB_API_URL: gh.url, ...bed.env},
        keep: true
      })
      await rm(run.tempDir, {recursive: true, force: true})
      return run
    } finally {
      await bed.cleanup()
    }
  }

  const revision = (
    n: number,
    status: string,
    appVersion: string,
    extra: Partial<StandinRevision> = {}
  ): StandinRevision => ({
    revision: n,
    status,
    chart: `payments-api-0.${n}.0`,
    app_version: appVersion,
    updated: `2026-08-0${n}T10:00:00Z`,
    description: 'Upgrade complete',
    ...extra
  })

  test('maps the known-good tag to the revision that ran it (app_version with or without v)', async () => {
    const run = await identify([
      revision(1, 'superseded', 'v1.0.0'),
      revision(2, 'superseded', '1.1.0'),
      revision(3, 'deployed', '1.2.0')
    ])
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({tag: 'v1.1.0', 'helm-revision': '2'})
  })

  test('a tag that never deployed successfully under helm is passed over', async () => {
    const run = await identify([
      revision(1, 'superseded', 'v1.0.0'),
      revision(2, 'failed', '1.1.0', {updated: ''}),
      revision(3, 'deployed', '1.2.0')
    ])
    expect(errors(run)).toEqual([])
    expect(run.outputs).toMatchObject({tag: 'v1.0.0', 'helm-revision': '1'})
    expect(JSON.parse(run.outputs.rejected ?? '[]')).toContainEqual(
      expect.objectContaining({tag: 'v1.1.0'})
    )
  })

  test('a release helm does not know: helm’s words and what to check', async () => {
    const run = await identify([revision(1, 'deployed', '1.2.0')], {'helm-namespace': 'staging'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toMatch(
      /^helm history payments-api failed \(exit 1\): "Error: release: not found"\. Helm found no release 'payments-api' in namespace 'staging'\./
    )
  })
})
