// Injected faults shaped like GitHub's, retried by the real Octokit retry and throttling plugins
// (with their waits shrunk to milliseconds), and counted in the request log.
import {afterAll, afterEach, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {getOctokit} from '@actions/github'
import {retry} from '@octokit/plugin-retry'
import {throttling} from '@octokit/plugin-throttling'
import {startGitHubDouble, type GitHubDouble} from '../../../sandbox/github-double/index.js'

const owner = 'acme'
const repo = 'shop'
const TAGS = `/repos/${owner}/${repo}/tags`
let double: GitHubDouble
let onRateLimit: jest.Mock<(after: number) => boolean>
let onSecondaryRateLimit: jest.Mock<(after: number) => boolean>
let octokit: ReturnType<typeof getOctokit>

beforeAll(async () => {
  double = await startGitHubDouble({owner, repo})
})

afterEach(() => {
  expect(double.violations).toEqual([])
  double.reset()
})

afterAll(async () => {
  await double.close()
})

function client(): ReturnType<typeof getOctokit> {
  onRateLimit = jest.fn((_after: number) => true)
  onSecondaryRateLimit = jest.fn((_after: number) => true)
  return getOctokit(
    'test-token',
    {
      baseUrl: double.url,
      // One "second" of GitHub's retry-after becomes 5 ms here.
      retry: {retryAfterBaseValue: 5},
      throttle: {onRateLimit, onSecondaryRateLimit, retryAfterBaseValue: 5}
    },
    retry,
    throttling
  )
}

const tagRequests = () => double.requests.filter(r => r.path === TAGS)

describe('faults retried by the plugins', () => {
  beforeAll(() => {
    octokit = client()
  })

  it('retries 502s with an HTML body, and the log counts every attempt', async () => {
    double.fault({path: /\/tags$/, kind: '502', times: 2})

    const {status} = await octokit.rest.repos.listTags({owner, repo})

    expect(status).toBe(200)
    expect(tagRequests().map(r => [r.status, r.fault])).toEqual([
      [502, '502'],
      [502, '502'],
      [200, undefined]
    ])
  })

  it('retries a 500', async () => {
    double.fault({method: 'GET', kind: '500'})
    await octokit.rest.repos.listTags({owner, repo})
    expect(tagRequests().map(r => r.status)).toEqual([500, 200])
  })

  it('waits out a secondary rate limit (403 + retry-after) through the throttling plugin', async () => {
    double.fault({path: /\/tags$/, kind: 'secondary-403', retryAfter: 1})

    await octokit.rest.repos.listTags({owner, repo})

    expect(onSecondaryRateLimit).toHaveBeenCalledTimes(1)
    expect(onSecondaryRateLimit.mock.calls[0]?.[0]).toBe(1)
    expect(tagRequests().map(r => r.status)).toEqual([403, 200])
  })

  it('waits out an exhausted primary quota (403, x-ratelimit-remaining 0)', async () => {
    double.fault({path: /\/tags$/, kind: 'rate-limit-403', retryAfter: 0})

    await octokit.rest.repos.listTags({owner, repo})

    expect(onRateLimit).toHaveBeenCalledTimes(1)
    expect(tagRequests().map(r => r.status)).toEqual([403, 200])
  })

  it('retries a 429 that carries retry-after', async () => {
    double.fault({path: /\/tags$/, kind: '429', retryAfter: 1, times: 2})

    await octokit.rest.repos.listTags({owner, repo})

    expect(tagRequests().map(r => r.status)).toEqual([429, 429, 200])
  })

  it('faults GraphQL requests too, and only those when asked', async () => {
    double.fault({graphql: true, kind: '502'})

    await octokit.rest.repos.listTags({owner, repo})
    const data = await octokit.graphql<{viewer: {login: string}}>('query Who { viewer { login } }')

    expect(data.viewer.login).toBe('rollback-admin')
    expect(double.requests.map(r => [r.path, r.status, r.graphql?.operationName])).toEqual([
      [TAGS, 200, undefined],
      ['/graphql', 502, 'Who'],
      ['/graphql', 200, 'Who']
    ])
  })
})

describe('fault shapes and bookkeeping', () => {
  it('sends GitHub-like rate-limit headers and bodies', async () => {
    double.fault({kind: '429', retryAfter: 7})
    double.fault({kind: 'secondary-403', retryAfter: 3})
    const get = () => fetch(`${double.url}${TAGS}`, {headers: {authorization: 'token t'}})

    const tooMany = await get()
    expect(tooMany.status).toBe(429)
    expect(tooMany.headers.get('retry-after')).toBe('7')
    expect(Number(tooMany.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    expect(tooMany.headers.get('x-ratelimit-limit')).toBe('5000')

    const secondary = await get()
    expect(secondary.status).toBe(403)
    expect(secondary.headers.get('retry-after')).toBe('3')
    expect(((await secondary.json()) as {message: string}).message).toMatch(/secondary rate limit/)
  })

  it('matches method and path, and stops after `times`', async () => {
    octokit = client()
    double.fault({method: 'POST', kind: '500', times: 5})
    double.fault({path: /\/nothing-like-this$/, kind: '502'})

    await octokit.rest.repos.listTags({owner, repo})
    expect(tagRequests().map(r => r.status)).toEqual([200])

    double.reset()
    double.fault({kind: '502', times: 1})
    await octokit.rest.repos.listTags({owner, repo})
    await octokit.rest.repos.listTags({owner, repo})
    expect(tagRequests().map(r => r.status)).toEqual([502, 200, 200])
  })

  it('gives up like the client would when the fault outlasts the retries', async () => {
    const plain = getOctokit('test-token', {baseUrl: double.url})
    double.fault({kind: '502', times: 1})
    await expect(plain.rest.repos.listTags({owner, repo})).rejects.toMatchObject({status: 502})
  })
})
