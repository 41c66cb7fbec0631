import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {createRepo, type GitFixture} from '../../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../../sandbox/github-double/index.js'
import {UserError} from '../../../src/lib/errors.js'
import {
  createGitHubClient,
  gitHubError,
  GitHubHeadersTooLargeError,
  GitHubRateLimitError,
  GitHubTimeoutError,
  GitHubUnexpectedResponseError,
  type GitHubClient
} from '../../../src/lib/github.js'

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

describe('spacing: reads back to back, writes as GitHub asks', () => {
  const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] as number))
  const nameQuery =
    'query Name($o: String!, $n: String!) { repository(owner: $o, name: $n) { name } }'

  it('sends GraphQL queries and REST reads without holding them back', async () => {
    // The double compiles its schemas on first use; that is not the client's time.
    for (let i = 0; i < 2; i++) {
      await client.graphql(nameQuery, {o: owner, n: repo})
      await client.rest.repos.get({owner, repo})
    }
    gh.reset()
    for (let i = 0; i < 4; i++) {
      await client.graphql(nameQuery, {o: owner, n: repo})
      await client.rest.repos.get({owner, repo})
    }
    expect(gh.requests).toHaveLength(8)
    // The throttling plugin alone holds each GraphQL query 1 s behind the previous one.
    const graphqlArrivals = gh.requests.filter(r => r.path === '/graphql').map(r => r.at)
    expect(Math.max(...gaps(graphqlArrivals))).toBeLessThan(500)
  })

  it('spaces REST writes and GraphQL mutations about a second apart, even when sent at once', async () => {
    const pr = gh.seed.pull({head: {ref: 'feature', sha}})
    const {repository} = await client.graphql<{repository: {pullRequest: {id: string}}}>(
      'query Pull($o: String!, $n: String!, $p: Int!) { repository(owner: $o, name: $n) { pullRequest(number: $p) { id } } }',
      {o: owner, n: repo, p: pr.number}
    )
    gh.reset()
    const status = (context: string) =>
      client.rest.repos.createCommitStatus({owner, repo, sha, state: 'success', context})
    await Promise.all([
      status('one'),
      client.graphql(
        '# a comment that says query\nmutation Off($id: ID!) { disablePullRequestAutoMerge(input: {pullRequestId: $id}) { clientMutationId } }',
        {id: repository.pullRequest.id}
      ),
      status('three'),
      client.rest.repos.get({owner, repo})
    ])
    const writes = gh.requests.filter(r => r.method === 'POST')
    expect(writes).toHaveLength(3)
    expect(writes.map(r => r.path)).toContain('/graphql')
    for (const gap of gaps(writes.map(r => r.at))) expect(gap).toBeGreaterThanOrEqual(950)
    // The read in the same batch is not queued behind the writes.
    const read = gh.requests.find(r => r.method === 'GET')
    expect(read?.at).toBeLessThan((writes[1]?.at ?? 0) - 500)
    expect(gh.violations).toEqual([])
  }, 20_000)
})

describe('bounded waits and unexpected answers', () => {
  const quick = () =>
    createGitHubClient({token: 'ghs_client_test', baseUrl: gh.url, timeoutSeconds: 1})

  it.each(['hang', 'stall-body'] as const)(
    'gives up on a server that %ss after the timeout, once, and says what timed out',
    async kind => {
      gh.fault({kind, path: /\/repos\/octo-org\/payments-api$/})
      const started = Date.now()
      const error = await quick()
        .rest.repos.get({owner, repo})
        .catch((e: unknown) => e)
      expect(Date.now() - started).toBeLessThan(3000)
      expect(error).toBeInstanceOf(GitHubTimeoutError)
      expect((error as Error).message).toMatch(
        /^GitHub did not answer GET \/repos\/octo-org\/payments-api within 1 s/
      )
      expect(gh.requests).toHaveLength(1)
    }
  )

  it('times out a GraphQL query too, naming the operation', async () => {
    gh.fault({kind: 'hang', graphql: true})
    const error = await quick()
      .graphql('query RepoName { viewer { login } }')
      .catch((e: unknown) => e)
    expect((error as Error).message).toMatch(
      /did not answer POST \/graphql \(query RepoName\) within 1 s/
    )
    expect(gh.requests).toHaveLength(1)
  })

  it.each([
    ['truncated-json', /application\/json; charset=utf-8: '\[\{"ref":"refs\/tags\/v1\.2\.0"/],
    ['html-200', /text\/html; charset=utf-8: '<!DOCTYPE html>/],
    ['empty-200', /an empty JSON object/]
  ] as const)('names the request when a 200 carries %s', async (kind, what) => {
    gh.fault({kind, path: /matching-refs/})
    const error = await client.rest.git
      .listMatchingRefs({owner, repo, ref: 'tags/v'})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubUnexpectedResponseError)
    const message = (error as Error).message
    expect(message).toMatch(
      /^GitHub returned an unexpected response for GET \/repos\/octo-org\/payments-api\/git\/matching-refs\/tags\/v \(HTTP 200, /
    )
    expect(message).toMatch(what)
    const explained = gitHubError(error, 'Listing tags of octo-org/payments-api')
    expect(explained).toBeInstanceOf(UserError)
    expect(explained.message).toMatch(
      /^Listing tags of octo-org\/payments-api: GitHub returned an unexpected response/
    )
  })

  it.each(['truncated-json', 'html-200', 'empty-200'] as const)(
    'names the GraphQL operation when its answer is %s',
    async kind => {
      gh.fault({kind, graphql: true})
      const error = await client.graphql('query Tags { viewer { login } }').catch((e: unknown) => e)
      expect((error as Error).message).toMatch(
        /^GitHub returned an unexpected response for POST \/graphql \(query Tags\) \(HTTP 200, /
      )
    }
  )

  it('accepts an empty object from a write, which may have nothing to say', async () => {
    gh.fault({kind: 'empty-200', method: 'POST', path: /\/statuses\//})
    const {data} = await client.rest.repos.createCommitStatus({owner, repo, sha, state: 'success'})
    expect(data).toEqual({})
  })

  it('does not retry a 431 and says what it means', async () => {
    gh.fault({kind: '431', path: /\/repos\/octo-org\/payments-api$/, times: 5})
    const error = await client.rest.repos.get({owner, repo}).catch((e: unknown) => e)
    expect(gh.requests).toHaveLength(1)
    expect(error).toBeInstanceOf(GitHubHeadersTooLargeError)
    expect((error as Error).message).toMatch(
      /GET \/repos\/octo-org\/payments-api as too large \(431 Request Header Fields Too Large\)/
    )
  })

  it.each([
    ['a bare 429', '429' as const],
    ['a secondary rate limit', 'secondary-403' as const],
    ['an exhausted quota', 'rate-limit-403' as const]
  ])(
    'fails at once with the reset time when %s asks for more than max-rate-limit-wait',
    async (_name, kind) => {
      gh.fault({kind, retryAfter: 3600, path: /\/repos\/octo-org\/payments-api$/, times: 4})
      const capped = createGitHubClient({
        token: 'ghs_client_test',
        baseUrl: gh.url,
        maxRateLimitWait: 60
      })
      const started = Date.now()
      const error = await capped.rest.repos.get({owner, repo}).catch((e: unknown) => e)
      expect(Date.now() - started).toBeLessThan(2000)
      expect(error).toBeInstanceOf(GitHubRateLimitError)
      const reset = (error as GitHubRateLimitError).resetAt.getTime()
      expect(Math.abs(reset - (Date.now() + 3600_000))).toBeLessThan(5000)
      expect((error as Error).message).toMatch(
        /rate limit was hit for GET \/repos\/octo-org\/payments-api and resets at \d{4}-\d\d-\d\dT[\d:.]+Z \(in 36\d\d s\)\. Waiting for it would exceed max-rate-limit-wait \(60 s in total for this step, 0 s already waited\)/
      )
      expect(gh.requests).toHaveLength(1)
    }
  )

  it('counts every wait of the step against one budget', async () => {
    const capped = createGitHubClient({
      token: 'ghs_client_test',
      baseUrl: gh.url,
      maxRateLimitWait: 1
    })
    gh.fault({kind: '429', retryAfter: 1, path: /\/repos\/octo-org\/payments-api$/})
    await capped.rest.repos.get({owner, repo})
    gh.fault({kind: 'secondary-403', retryAfter: 1, path: /\/repos\/octo-org\/payments-api$/})
    const error = await capped.rest.repos.get({owner, repo}).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/\(1 s in total for this step, 1 s already waited\)/)
    expect(gh.requests.map(r => r.status)).toEqual([429, 200, 403])
  })
})
