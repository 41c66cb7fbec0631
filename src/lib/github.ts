import {Octokit} from '@octokit/core'
import {paginateRest} from '@octokit/plugin-paginate-rest'
import {restEndpointMethods} from '@octokit/plugin-rest-endpoint-methods'
import {retry} from '@octokit/plugin-retry'
import {throttling} from '@octokit/plugin-throttling'
import {
  GitHubHeadersTooLargeError,
  GitHubRateLimitError,
  GitHubTimeoutError,
  GitHubUnexpectedResponseError,
  pathOf,
  type RequestLabel
} from './github-errors.js'
import {UserError} from './errors.js'
import {logger} from './log.js'
import {isWrite, spaceWrite} from './github-writes.js'

export {
  GitHubHeadersTooLargeError,
  GitHubRateLimitError,
  GitHubTimeoutError,
  GitHubUnexpectedResponseError,
  gitHubError
} from './github-errors.js'

/** How many times one request is tried again after a rate limit or a server fault. */
const MAX_RETRIES = 3

/** Seconds one attempt may take, answer included (GitHub itself gives up after 10 s). */
export const DEFAULT_TIMEOUT_SECONDS = 30

/** Seconds of rate-limit waits one step accepts in total, unless max-rate-limit-wait says. */
export const DEFAULT_MAX_RATE_LIMIT_WAIT = 300

export interface ClientOptions {
  token: string
  /** The REST root; GraphQL is `<baseUrl>/graphql`. Defaults to GITHUB_API_URL. */
  baseUrl?: string
  /** Seconds one attempt of one request may take (default 30). */
  timeoutSeconds?: number
  /** Seconds of rate-limit waits this client accepts in total (default 300). */
  maxRateLimitWait?: number
}

type Options = {method: string; url: string; query?: unknown; request?: Record<string, unknown>}
type Response = {status: number; headers: Record<string, string | undefined>; data: unknown}

/** What one client remembers across requests: the rate-limit budget it has spent. */
interface State {
  cap: number
  waited: number
  /** The refusal of a wait the budget could not pay, by the request it was for. */
  refused: WeakMap<object, GitHubRateLimitError>
  label(options: Options): RequestLabel
}

/**
 * Innermost: turns a timed-out attempt into a GitHubTimeoutError before plugin-retry sees it
 * (a request that hung is not tried again: every wait stays bounded and a write is not sent twice).
 */
function timeouts(octokit: Octokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    try {
      return await request(options)
    } catch (error) {
      const timeout = timeoutOf(error)
      if (timeout) throw new GitHubTimeoutError(label(octokit, options), timeout.seconds)
      throw error
    }
  })
}

function timeoutOf(error: unknown): GitHubTimeoutError | undefined {
  for (let e = error; e; e = (e as {cause?: unknown}).cause) {
    if (e instanceof GitHubTimeoutError) return e
    if (e === (e as {cause?: unknown}).cause) break
  }
  return undefined
}

/**
 * Outermost: spaces writes (and only writes) as GitHub asks, honours a bare 429's retry-after
 * within the budget, and checks that a 2xx carries a body GitHub would send.
 */
function guard(state: State) {
  return (octokit: Octokit): void => {
    octokit.hook.wrap('request', async (request, options) => {
      const o = options as unknown as Options
      if (isWrite(o)) await spaceWrite()
      for (let attempt = 0; ; attempt++) {
        let response: Awaited<ReturnType<typeof request>>
        try {
          response = await request(options)
        } catch (error) {
          const refused = state.refused.get(options)
          if (refused) throw refused
          if ((error as {status?: number}).status === 431)
            throw new GitHubHeadersTooLargeError(state.label(o))
          const wait = bareRateLimitWait(error)
          if (wait === undefined || attempt >= MAX_RETRIES) throw error
          const label = state.label(o)
          spend(state, label, 'rate limit', wait, resetOf(error, wait))
          logger.warning(
            `GitHub answered 429 for ${label.method} ${label.url}; retrying after ${wait} s as it asked`
          )
          await new Promise(resolve => setTimeout(resolve, wait * 1000))
          continue
        }
        const problem = unexpected(o, response as Response)
        if (problem)
          throw new GitHubUnexpectedResponseError(state.label(o), response.status, problem)
        return response
      }
    })
  }
}

/** Records a rate-limit wait against the budget, or throws when the budget cannot pay it. */
function spend(
  state: State,
  label: RequestLabel,
  kind: string,
  seconds: number,
  reset: Date
): void {
  if (state.waited + seconds > state.cap) {
    throw new GitHubRateLimitError(label, kind, reset, state.cap, state.waited)
  }
  state.waited += seconds
}

function resetOf(error: unknown, after: number): Date {
  const headers = (error as {response?: {headers?: Record<string, string>}}).response?.headers
  const reset = Number(headers?.['x-ratelimit-reset'])
  // A 429's retry-after is the nearer truth; the quota reset applies to an exhausted quota.
  if (headers?.['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0)
    return new Date(reset * 1000)
  return new Date(Date.now() + after * 1000)
}

/**
 * A bare 429 (no secondary-limit text, no exhausted primary quota) is not handled by the
 * throttling plugin, and plugin-retry would ignore its `retry-after`: wait what GitHub asked.
 */
function bareRateLimitWait(error: unknown): number | undefined {
  const e = error as {
    status?: number
    message?: string
    response?: {headers?: Record<string, string>}
  }
  if (e.status !== 429) return undefined
  if (/\bsecondary rate\b/i.test(e.message ?? '')) return undefined
  const headers = e.response?.headers ?? {}
  if (headers['x-ratelimit-remaining'] === '0') return undefined
  const seconds = Number(headers['retry-after'])
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1
}

/**
 * What is wrong with a successful response's body, if anything. Every REST endpoint we call
 * answers JSON (or nothing, for 204); GraphQL always answers `data` or `errors`.
 */
function unexpected(options: Options, response: Response): string | undefined {
  if (response.status === 204 || response.status === 205 || options.method === 'HEAD') return
  const type = response.headers['content-type'] ?? 'no content type'
  const data = response.data
  if (typeof data === 'string') {
    const shown = data.trim().slice(0, 80).replace(/\s+/g, ' ')
    return shown
      ? `${type}: '${shown}${data.trim().length > 80 ? '…' : ''}'`
      : `${type}, empty body`
  }
  if (data === null || typeof data !== 'object' || data instanceof ArrayBuffer)
    return `${type}, not JSON`
  if (pathOf(options.url).endsWith('/graphql')) {
    const body = data as {data?: unknown; errors?: unknown}
    const hasData = body.data !== null && typeof body.data === 'object'
    if (!Array.isArray(body.errors) && (!hasData || Object.keys(body.data as object).length === 0))
      return `JSON without 'data' or 'errors': '${JSON.stringify(data).slice(0, 80)}'`
    return
  }
  // A read always describes something; a write may answer with nothing to say.
  if (options.method === 'GET' && !Array.isArray(data) && Object.keys(data).length === 0)
    return 'an empty JSON object'
  return
}

/**
 * The fetch every attempt goes through: it must answer in full within the timeout (a server
 * that accepts and then stalls mid-body times out too), and the body is read here so a stall
 * is reported as one, not as an empty body.
 */
function timedFetch(base: typeof fetch, seconds: number): typeof fetch {
  return async (input, init) => {
    const timer = AbortSignal.timeout(seconds * 1000)
    const signal = init?.signal ? AbortSignal.any([init.signal, timer]) : timer
    const label = {method: init?.method ?? 'GET', url: pathOf(String(input))}
    try {
      const response = await base(input, {...init, signal})
      const nullBody = [101, 204, 205, 304].includes(response.status)
      const body = nullBody ? null : await response.arrayBuffer()
      const copy = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      })
      Object.defineProperty(copy, 'url', {value: response.url})
      return copy
    } catch (error) {
      if (timer.aborted) throw new GitHubTimeoutError(label, seconds)
      throw error
    }
  }
}

/**
 * Loads a proxy-aware fetch only when a proxy applies to this host (proxy settings and
 * no_proxy as @actions/http-client reads them); otherwise Node's own fetch, already built in.
 */
async function baseFetch(baseUrl: string): Promise<typeof fetch> {
  const {getProxyUrl} = await import('@actions/http-client/lib/proxy')
  if (!getProxyUrl(new URL(baseUrl))) return globalThis.fetch
  const [{HttpClient}, loaded] = await Promise.all([
    import('@actions/http-client'),
    import('undici')
  ])
  // undici is CommonJS: bundled, its exports sit on `default`.
  const undici = typeof loaded.fetch === 'function' ? loaded : loaded.default
  // The same undici as the dispatcher: Node's own fetch would not accept it.
  const dispatcher = new HttpClient().getAgentDispatcher(baseUrl)
  return ((input: string, init?: RequestInit) =>
    undici.fetch(input, {...(init as object), dispatcher} as never)) as unknown as typeof fetch
}

const Client = Octokit.plugin(restEndpointMethods, paginateRest, timeouts, retry, throttling)

export type GitHubClient = InstanceType<typeof Client>

/**
 * The one GitHub client of rollback-kit: GHES- and proxy-aware, retries for server faults,
 * rate limits honoured within a total budget, a timeout on every attempt, writes spaced as
 * GitHub asks and reads not held back at all. Octokit's own error log goes to warnings: a 502
 * that a retry then fixes is not a red error in the user's log.
 *
 * It is synchronous for the callers that have one already; a proxy, when one is configured,
 * joins at the first request. Actions load it after their inputs validate: see connectGitHub.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com'
  const seconds = options.timeoutSeconds ?? timeoutFromEnv() ?? DEFAULT_TIMEOUT_SECONDS
  let fetcher: Promise<typeof fetch> | undefined
  const lazyFetch: typeof fetch = async (input, init) => {
    fetcher ??= baseFetch(baseUrl)
    return (await fetcher)(input, init)
  }
  const state: State = {
    cap: options.maxRateLimitWait ?? DEFAULT_MAX_RATE_LIMIT_WAIT,
    waited: 0,
    refused: new WeakMap(),
    label: o => label(client as unknown as Octokit, o)
  }
  const onLimit =
    (kind: string) =>
    (after: number, o: Options & object, _octokit: unknown, count: number): boolean => {
      if (count >= MAX_RETRIES) return false
      const request = state.label(o)
      try {
        spend(state, request, kind, after, new Date(Date.now() + after * 1000))
      } catch (error) {
        state.refused.set(o, error as GitHubRateLimitError)
        return false
      }
      logger.warning(
        `GitHub ${kind} hit for ${request.method} ${request.url}; retrying after ${after} s`
      )
      return true
    }
  const Guarded = Client.plugin(guard(state))
  const client: GitHubClient = new Guarded({
    auth: `token ${options.token}`,
    baseUrl,
    userAgent: userAgent(),
    request: {fetch: timedFetch(lazyFetch, seconds)},
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      error: (message: string) => logger.warning(message)
    },
    // 403 and 429 are the throttling plugin's (and ours); never retry the user's own mistakes.
    retry: {doNotRetry: [400, 401, 403, 404, 410, 422, 429, 431, 451], retries: MAX_RETRIES},
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      // Writes are spaced by our guard, reads not at all (the plugin would hold every GraphQL
      // query a second behind the last one).
      write: NO_SPACING
    }
  } as unknown as ConstructorParameters<typeof Guarded>[0])
  return client
}

/**
 * ROLLBACK_KIT_REQUEST_TIMEOUT (seconds) overrides the request timeout for a whole job, for a
 * slow GitHub Enterprise Server or a test that should not wait 30 s.
 */
function timeoutFromEnv(): number | undefined {
  const raw = process.env.ROLLBACK_KIT_REQUEST_TIMEOUT?.trim()
  if (!raw) return undefined
  const seconds = Number(raw)
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new UserError(
      `The environment variable ROLLBACK_KIT_REQUEST_TIMEOUT has the value '${raw.slice(0, 40)}': expected seconds from 0.1 to 3600, e.g. 60 (or unset it for the default of ${DEFAULT_TIMEOUT_SECONDS} s).`
    )
  }
  return seconds
}

/** A stand-in for the throttling plugin's write group that never holds a request back. */
const NO_SPACING = {
  key: () => ({
    schedule: <T>(
      jobOptions: unknown,
      job: (...args: unknown[]) => Promise<T>,
      ...args: unknown[]
    ) => job(...args)
  })
}

function label(client: Octokit, o: object): RequestLabel {
  const options = o as Options
  let url = options.url
  try {
    url = client.request.endpoint.parse(options as never).url
  } catch {
    // The template is still a fine description.
  }
  const path = pathOf(url)
  if (!path.endsWith('/graphql')) return {method: options.method, url: path}
  const name = /\b(query|mutation)\s+([A-Za-z_]\w*)/.exec(String(options.query ?? ''))
  return {method: options.method, url: name ? `${path} (${name[1]} ${name[2]})` : path}
}

/** The runner's orchestration id in the user agent, as @actions/github adds it. */
function userAgent(): string {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim()
  const base = 'rollback-kit'
  return id ? `${base} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : base
}
