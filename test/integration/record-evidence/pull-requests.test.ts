// 300 merged pull requests in one release range: found with a few paged requests, each
// noticed once, edited in place, and told the outcome once. The writes go through a client
// without the write spacing (GitHub's pace would make this 15 minutes); the action's own
// client is exercised through dist in the e2e test and in the dry run below.
import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {GitHub, getOctokitOptions} from '@actions/github/lib/utils'
import {createRepo, type GitFixture} from '../../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../../sandbox/github-double/index.js'
import {errors, runDist} from '../../../sandbox/runner.js'
import type {GitHubClient} from '../../../src/lib/github.js'
import {notifyPulls, pullsInRange} from '../../../src/record-evidence/pull-requests.js'

const owner = 'octo-org'
const repo = 'payments-api'
const COUNT = 300
let git: GitFixture
let gh: GitHubDouble
let client: GitHubClient

beforeAll(async () => {
  git = await createRepo()
  const base = await git.commit('release v1.0.0')
  const merges = await git.commits(Array.from({length: COUNT}, (_, i) => `Merge #${i + 1}`))
  // A commit that is no pull request's merge commit: it must not add anything.
  const direct = await git.commit('direct push')
  await git.tags([
    {name: 'v1.0.0', sha: base},
    {name: 'v2.0.0', sha: direct}
  ])
  gh = await startGitHubDouble({owner, repo, gitDir: git.dir})
  merges.forEach((sha, i) =>
    gh.seed.pull({
      number: i + 1,
      title: `Change ${i + 1}`,
      state: 'closed',
      head: {ref: `f${i + 1}`, sha},
      merged_at: new Date(Date.UTC(2026, 0, 2, 0, i)).toISOString(),
      merge_commit_sha: sha
    })
  )
  client = new GitHub(getOctokitOptions('ghs_scale', {baseUrl: gh.url})) as unknown as GitHubClient
})

afterAll(async () => {
  await gh.close()
  await git.cleanup()
})

beforeEach(() => gh.reset())

const repository = {owner, repo}

describe('300 pull requests in the reverted range', () => {
  it('are found with 4 compare pages and 7 GraphQL queries, in merge order', async () => {
    const found = await pullsInRange(client, repository, 'v1.0.0', 'v2.0.0', 500)
    expect(found.pulls.map(p => p.number)).toEqual(Array.from({length: COUNT}, (_, i) => i + 1))
    expect(found.commits).toBe(COUNT + 1)
    expect(found.omitted).toBe(0)
    expect(gh.requests.filter(r => r.operationId === 'repos/compare-commits')).toHaveLength(4)
    expect(gh.requests.filter(r => r.graphql)).toHaveLength(7)
    expect(gh.violations).toEqual([])
  })

  it('are bounded by the limit, the rest counted', async () => {
    const found = await pullsInRange(client, repository, 'v1.0.0', 'v2.0.0', 250)
    expect(found.pulls).toHaveLength(250)
    expect(found.omitted).toBe(50)
  })

  it('each get one sticky notice, edited in place, and one outcome comment', async () => {
    const {pulls} = await pullsInRange(client, repository, 'v1.0.0', 'v2.0.0', 500)
    const marker = '<!-- rollback-kit:pr-notice incident=INC-300 -->'
    const first = await notifyPulls(client, repository, pulls, {
      stickyMarker: marker,
      sticky: `${marker}\nin progress`
    })
    expect(first.every(r => r.sticky === 'created')).toBe(true)
    const again = await notifyPulls(client, repository, pulls, {
      stickyMarker: marker,
      sticky: `${marker}\nin progress`
    })
    expect(again.every(r => r.sticky === 'unchanged')).toBe(true)
    const outcome = {marker: '<!-- outcome INC-300 -->', body: '<!-- outcome INC-300 -->\ndone'}
    const done = await notifyPulls(client, repository, pulls, {
      stickyMarker: marker,
      sticky: `${marker}\ncomplete`,
      outcome
    })
    expect(done.every(r => r.sticky === 'updated' && r.outcome === 'created')).toBe(true)
    const rerun = await notifyPulls(client, repository, pulls, {
      stickyMarker: marker,
      sticky: `${marker}\ncomplete`,
      outcome
    })
    expect(rerun.every(r => r.outcome === 'exists')).toBe(true)
    for (const n of [1, 150, 300]) {
      const comments = gh.state.comments.filter(c => c.issue_number === n)
      expect(comments.map(c => c.body)).toEqual([`${marker}\ncomplete`, outcome.body])
    }
    expect(gh.violations).toEqual([])
  }, 120_000)

  it('a failure on one pull request is reported and the others go on', async () => {
    const {pulls} = await pullsInRange(client, repository, 'v1.0.0', 'v2.0.0', 3)
    gh.fault({kind: '500', method: 'GET', path: /\/issues\/2\/comments$/, times: 10})
    const results = await notifyPulls(client, repository, pulls, {
      stickyMarker: '<!-- x -->',
      sticky: '<!-- x -->\nhello'
    })
    expect(results.map(r => r.sticky)).toEqual(['created', 'failed', 'created'])
    expect(results[1]?.error).toMatch(/#2/)
  }, 60_000)

  it('through dist in dry run: all 300 planned, nothing written', async () => {
    const result = await runDist('record-evidence', {
      inputs: {
        token: 'ghs_scale',
        repository: `${owner}/${repo}`,
        stage: 'declared',
        'pr-comment': 'true',
        'range-from': 'v1.0.0',
        'range-to': 'v2.0.0',
        'dry-run': 'true'
      },
      env: {GITHUB_API_URL: gh.url}
    })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain('(300 of 300, 301 commits)')
    expect(gh.requests.filter(r => r.method !== 'GET' && !r.graphql)).toEqual([])
  }, 60_000)
})
