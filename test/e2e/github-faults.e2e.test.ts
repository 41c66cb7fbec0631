// A GitHub that hangs, answers garbage, refuses headers or rate-limits for an hour, seen
// through the bundled dist as the runner runs it: one clear error, bounded time, no retries
// that cannot help.
import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {execFileSync} from 'node:child_process'
import {createServer, type Server} from 'node:http'
import {connect} from 'node:net'
import {createRepo, type GitFixture} from '../../sandbox/git-fixture.js'
import {
  startGitHubDouble,
  type FaultSpec,
  type GitHubDouble
} from '../../sandbox/github-double/index.js'
import {errors, NODE, runDist, type DistRun} from '../../sandbox/runner.js'

const OWNER = 'octo-org'
const REPO = 'payments-api'
const LIST_TAGS = 'GET /repos/octo-org/payments-api/git/matching-refs/tags/v'

let git: GitFixture
let gh: GitHubDouble
const sha: Record<string, string> = {}

beforeAll(async () => {
  git = await createRepo()
  for (const name of ['v1.0.0', 'v1.1.0']) sha[name] = await git.commit(`release ${name}`)
  await git.tags(Object.entries(sha).map(([name, s]) => ({name, sha: s})))
  gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: git.dir})
})

afterAll(async () => {
  await gh.close()
  await git.cleanup()
})

beforeEach(() => {
  gh.reset()
  gh.state.checkRuns.length = 0
  for (const name of ['v1.0.0', 'v1.1.0'])
    gh.seed.checkRun({head_sha: sha[name]!, name: 'test', conclusion: 'success'})
})

async function identify(
  fault?: FaultSpec,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<DistRun & {ms: number}> {
  if (fault) gh.fault(fault)
  const started = Date.now()
  const run = await runDist('identify-lkg-tag', {
    inputs: {token: 'ghs_faults', repository: `${OWNER}/${REPO}`, ...inputs},
    env: {GITHUB_API_URL: gh.url, ROLLBACK_KIT_REQUEST_TIMEOUT: '2', ...env}
  })
  return {...run, ms: Date.now() - started}
}

function failedWith(run: DistRun): string {
  expect(run.exitCode).toBe(1)
  const found = errors(run)
  expect(found).toHaveLength(1)
  return found[0] as string
}

describe("the dist runs on the runner's Node", () => {
  it('spawns Node 24, as action.yml says', () => {
    expect(execFileSync(NODE, ['--version'], {encoding: 'utf8'})).toMatch(/^v24\./)
  })
})

describe('identify-lkg-tag against a failing GitHub (bundled dist)', () => {
  it('works when nothing fails (the baseline for the cases below)', async () => {
    const run = await identify()
    expect(errors(run)).toEqual([])
    expect(run.outputs.tag).toBe('v1.0.0')
  })

  it.each(['hang', 'stall-body'] as const)(
    'gives up on a GitHub that %ss after the timeout, says what timed out, sends it once',
    async kind => {
      const run = await identify({kind, path: /matching-refs/})
      expect(failedWith(run)).toBe(
        `Listing tags of octo-org/payments-api: GitHub did not answer ${LIST_TAGS} within 2 s (rollback-kit's limit for one request). Check GitHub's status and any proxy between the runner and GitHub, then run again.`
      )
      expect(run.ms).toBeLessThan(15_000)
      expect(gh.requests.filter(r => r.path.includes('matching-refs'))).toHaveLength(1)
      // No answer, so no result outputs: only the anchor of the evidence that records the failure.
      expect(Object.keys(run.outputs)).toEqual(['evidence-head'])
    }
  )

  it('times out a GraphQL query too, and names it', async () => {
    const run = await identify({kind: 'hang', graphql: true})
    expect(failedWith(run)).toMatch(/GitHub did not answer POST \/graphql \(query \w+\) within 2 s/)
  })

  it('rejects a bad ROLLBACK_KIT_REQUEST_TIMEOUT by name', async () => {
    const run = await identify(undefined, {}, {ROLLBACK_KIT_REQUEST_TIMEOUT: 'soon'})
    expect(failedWith(run)).toMatch(
      /^The environment variable ROLLBACK_KIT_REQUEST_TIMEOUT has the value 'soon': expected seconds/
    )
  })

  it.each([
    ['truncated-json', 'application/json; charset=utf-8: \'[{"ref":"refs/tags/v1.2.0"'],
    ['html-200', "text/html; charset=utf-8: '<!DOCTYPE html>"],
    ['empty-200', 'an empty JSON object']
  ] as const)(
    'says GitHub returned an unexpected response (%s) and for what',
    async (kind, what) => {
      const run = await identify({kind, path: /matching-refs/})
      const message = failedWith(run)
      expect(
        message.startsWith(
          `Listing tags of octo-org/payments-api: GitHub returned an unexpected response for ${LIST_TAGS} (HTTP 200, ${what}`
        )
      ).toBe(true)
      expect(message).not.toMatch(/Cannot read|undefined/)
    }
  )

  it.each(['truncated-json', 'html-200', 'empty-200'] as const)(
    'says so for a GraphQL answer that is %s',
    async kind => {
      const run = await identify({kind, graphql: true})
      expect(failedWith(run)).toMatch(
        /: GitHub returned an unexpected response for POST \/graphql \(query \w+\) \(HTTP 200, /
      )
    }
  )

  it('does not retry a 431 and says what it means', async () => {
    const run = await identify({kind: '431', path: /matching-refs/, times: 5})
    expect(failedWith(run)).toMatch(
      /^Listing tags of octo-org\/payments-api: GitHub refused the request headers of GET \/repos\/octo-org\/payments-api\/git\/matching-refs\/tags\/v as too large \(431 Request Header Fields Too Large\)\. Check that the 'token' input/
    )
    expect(gh.requests).toHaveLength(1)
  })

  it.each([
    ['429', '429'],
    ['secondary-403', 'secondary-403'],
    ['rate-limit-403', 'rate-limit-403']
  ] as const)(
    'fails at once with the reset time when a %s asks for an hour (max-rate-limit-wait 300 by default)',
    async (_name, kind) => {
      const run = await identify({kind, path: /matching-refs/, retryAfter: 3600, times: 4})
      const message = failedWith(run)
      expect(message).toMatch(
        /^Listing tags of octo-org\/payments-api: GitHub's (secondary )?rate limit was hit for GET \/repos\/octo-org\/payments-api\/git\/matching-refs\/tags\/v and resets at (\S+) \(in 3\d\d\d s\)\. Waiting for it would exceed max-rate-limit-wait \(300 s in total for this step, 0 s already waited\)\. Run again after the reset, or raise max-rate-limit-wait\.$/
      )
      const reset = Date.parse(/resets at (\S+) /.exec(message)?.[1] ?? '')
      expect(Math.abs(reset - (Date.now() + 3600_000))).toBeLessThan(60_000)
      expect(run.ms).toBeLessThan(10_000)
      expect(gh.requests).toHaveLength(1)
    }
  )

  it('waits out a short limit within max-rate-limit-wait, and refuses it past the cap', async () => {
    const waited = await identify(
      {kind: '429', path: /matching-refs/, retryAfter: 1},
      {'max-rate-limit-wait': '5'}
    )
    expect(errors(waited)).toEqual([])
    expect(waited.outputs.tag).toBe('v1.0.0')
    expect(waited.ms).toBeGreaterThanOrEqual(1000)
    const refused = await identify(
      {kind: '429', path: /matching-refs/, retryAfter: 1},
      {'max-rate-limit-wait': '0'}
    )
    expect(failedWith(refused)).toMatch(/exceed max-rate-limit-wait \(0 s in total/)
  })

  it('names max-rate-limit-wait when its value is not a number of seconds', async () => {
    const run = await identify(undefined, {'max-rate-limit-wait': '1h'})
    expect(failedWith(run)).toMatch(
      /^Input 'max-rate-limit-wait' has the value '1h': expected a whole number of seconds/
    )
    expect(gh.requests).toHaveLength(0)
  })
})

describe('identify-lkg-tag behind a proxy (bundled dist)', () => {
  // A CONNECT proxy on loopback that sends every tunnel to the double, whatever host was asked
  // for: the API url names a host that does not resolve, so only the proxy can reach it.
  let proxy: Server
  const tunnels: string[] = []
  beforeAll(async () => {
    const port = Number(new URL(gh.url).port)
    proxy = createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, socket) => {
      tunnels.push(String(req.url))
      const upstream = connect(port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(socket)
        socket.pipe(upstream)
      })
      upstream.on('error', () => socket.destroy())
      socket.on('error', () => upstream.destroy())
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    proxy.closeAllConnections()
    await new Promise<void>(resolve => proxy.close(() => resolve()))
  })

  it('sends every request through https_proxy/http_proxy when one is configured', async () => {
    const address = proxy.address() as {port: number}
    const run = await identify(
      undefined,
      {},
      {
        GITHUB_API_URL: 'http://api.github.invalid',
        http_proxy: `http://127.0.0.1:${address.port}`
      }
    )
    expect(errors(run)).toEqual([])
    expect(run.outputs.tag).toBe('v1.0.0')
    expect(tunnels.length).toBeGreaterThan(0)
    expect(new Set(tunnels)).toEqual(new Set(['api.github.invalid:80']))
  })

  it('goes straight to GitHub when no_proxy names it', async () => {
    const address = proxy.address() as {port: number}
    tunnels.length = 0
    const run = await identify(
      undefined,
      {},
      {
        http_proxy: `http://127.0.0.1:${address.port}`,
        no_proxy: '127.0.0.1'
      }
    )
    expect(errors(run)).toEqual([])
    expect(tunnels).toEqual([])
  })
})
