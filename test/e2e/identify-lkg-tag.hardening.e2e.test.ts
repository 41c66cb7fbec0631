import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {createRepo, type GitFixture} from '../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../sandbox/github-double/index.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'

// identify-lkg-tag against tags git allows but the first version misread (issue 6: 14, 15, 16).

const OWNER = 'octo-org'
const REPO = 'payments-api'
let git: GitFixture
let gh: GitHubDouble
const sha: Record<string, string> = {}
// Long enough that a backtracking regex for PATHOLOGICAL never finishes on it.
const LONG = `v0.0.0-${'0'.repeat(40)}`
const PATHOLOGICAL = `v${'*0'.repeat(19)}*1`

beforeAll(async () => {
  git = await createRepo()
  for (const name of ['c1', 'c2', 'c3', 'c4']) sha[name] = await git.commit(name)
  await git.tags([
    {name: 'v1.0.0', sha: sha.c1 as string},
    {name: 'base-1.1.0', sha: sha.c2 as string, annotated: true},
    {name: '1.2.0', sha: sha.c2 as string},
    {name: 'v1.2.0', sha: sha.c3 as string},
    {name: 'v1.2.0+build.5', sha: sha.c3 as string, annotated: true},
    {name: 'v1.3.0', sha: sha.c4 as string},
    {name: LONG, sha: sha.c1 as string}
  ])
  // A tag of a tag: v1.1.0 → (annotated) base-1.1.0 → (annotated) → c2.
  const inner = (await git.git(['rev-parse', 'refs/tags/base-1.1.0'])).trim()
  await git.tags([{name: 'v1.1.0', sha: inner, annotated: true}])
  gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: git.dir})
  for (const [commit, conclusion] of [
    ['c1', 'success'],
    ['c2', 'success'],
    ['c3', 'success'],
    ['c4', 'failure']
  ] as const) {
    gh.seed.checkRun({head_sha: sha[commit] as string, name: 'test', conclusion})
  }
})

afterAll(async () => {
  await gh?.close()
  await git?.cleanup()
})

function identify(inputs: Record<string, string>): Promise<DistRun> {
  return runDist('identify-lkg-tag', {
    inputs: {token: 'ghs_hardening_token', repository: `${OWNER}/${REPO}`, ...inputs},
    env: {GITHUB_API_URL: gh.url}
  })
}

const rejected = (run: DistRun) =>
  JSON.parse(run.outputs.rejected ?? '[]') as {tag: string; reason: string}[]

describe('identify-lkg-tag hardening (dist, real git, API double)', () => {
  it('peels a tag of a tag to its commit, as git does (item 14)', async () => {
    const run = await identify({exclude: 'v1.2.0\nv1.2.0+build.5'})
    expect(errors(run)).toEqual([])
    expect(run.outputs).toMatchObject({tag: 'v1.1.0', sha: sha.c2})
  })

  it('rejects tags of the same precedence on different commits, naming both (item 15)', async () => {
    const run = await identify({'tag-pattern': 'v*\n*'})
    expect(errors(run)).toEqual([])
    const reasons = rejected(run)
    expect(reasons.map(r => r.tag)).toEqual(['1.2.0', 'v1.2.0', 'v1.2.0+build.5'])
    for (const {reason} of reasons) {
      expect(reason).toMatch(/^ambiguous: /)
      expect(reason).toContain('1.2.0 (')
      expect(reason).toContain('v1.2.0')
    }
    expect(run.outputs.tag).toBe('v1.1.0')
  })

  it('same version on the same commit is no conflict', async () => {
    const run = await identify({})
    expect(run.outputs.tag).toBe('v1.2.0')
    expect(run.outputs.sha).toBe(sha.c3)
  })

  it('reads required-checks: ALL as the keyword, not as a check named ALL (item 16)', async () => {
    const run = await identify({'required-checks': 'ALL'})
    expect(errors(run)).toEqual([])
    expect(run.outputs.tag).toBe('v1.2.0')
  })

  it('matches a tag-pattern with many stars without backtracking (item 16)', async () => {
    const run = await identify({'tag-pattern': `${PATHOLOGICAL}\nv*`})
    expect(errors(run)).toEqual([])
    expect(run.outputs.tag).toBe('v1.2.0')
  })
})
