import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {createRepo, type GitFixture} from '../../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../../sandbox/github-double/index.js'
import {UserError} from '../../../src/lib/errors.js'
import {createGitHubClient, gitHubError, type GitHubClient} from '../../../src/lib/github.js'

let gh: GitHubDouble
let git: GitFixture
let client: GitHubClient
const owner = 'octo-org'
const repo = 'payments-api'
let sha: string

beforeAll(async () => {
  git = await createRepo()
  sha = await git.commit('release')
  gh = await startGitHubDouble({owner, repo, gitDir: git.dir})
  client = createGitHubClient({token: 'ghs_client_test', baseUrl: gh.url})
  for (let i = 0; i < 250; i++)
    gh.seed.checkRun({head_sha: sha, name: `check-${i}`, conclusion: 'success'})
})
afterAll(async () => {
  await gh.close()
  await git.cleanup()
})
beforeEach(() => gh.reset())

const listChecks = () =>
  client.paginate(client.rest.checks.listForRef, {owner, repo, ref: sha, per_page: 100})

describe('the GitHub client', () => {
  it('follows Link headers through every page', async () => {
    const runs = await listChecks()
    expect(runs).toHaveLength(250)
    expect(new Set(runs.map(r => r.name)).size).toBe(250)
    expect(gh.requests.map(r => r.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(gh.violations).toEqual([])
  })

  it.each([
    ['429', {kind: '429' as const, retryAfter: 1}],
    ['secondary-limit 403', {kind: 'secondary-403' as const, retryAfter: 1}]
  ])('waits what retry-after says after a %s, then succeeds', async (_name, fault) => {
    gh.fault({...fault, path: /check-runs/, times: 1})
    const started = Date.now()
    const {data} = await client.rest.checks.listForRef({owner, repo, ref: sha, per_page: 5})
    expect(data.check_runs).toHaveLength(5)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(gh.requests.map(r => r.status)).toEqual([fault.kind === '429' ? 429 : 403, 200])
  })

  it('retries a 502 and then succeeds', async () => {
    gh.fault({kind: '502', path: /check-runs/, times: 1})
    await client.rest.checks.listForRef({owner, repo, ref: sha, per_page: 1})
    expect(gh.requests.map(r => r.status)).toEqual([502, 200])
  }, 20_000)

  it('does not retry what a retry cannot fix, and explains it', async () => {
    const error = await client.rest.repos.get({owner, repo: 'missing'}).catch(e => e)
    expect(gh.requests).toHaveLength(1)
    const explained = gitHubError(error, 'Reading the repository', `${owner}/missing`)
    expect(explained).toBeInstanceOf(UserError)
    expect(explained.message).toMatch(
      /Reading the repository: not found \(404: Not Found.*'repository' \('octo-org\/missing'\) exists/
    )
  })

  it('speaks GraphQL through the same client', async () => {
    const data: {repository: {name: string}} = await client.graphql(
      'query($o: String!, $n: String!) { repository(owner: $o, name: $n) { name } }',
      {o: owner, n: repo}
    )
    expect(data.repository.name).toBe(repo)
    expect(gh.requests[0]?.path).toBe('/graphql')
  })
})
