import {GitHub, getOctokitOptions} from '@actions/github/lib/utils'
import {retry} from '@octokit/plugin-retry'
import {throttling} from '@octokit/plugin-throttling'
import type {Octokit} from '@octokit/core'
import {UserError, errorMessage} from './errors.js'
import {logger} from './log.js'

/** How many times one request is tried again after a rate limit or a server fault. */
const MAX_RETRIES = 3

/**
 * A bare 429 (no secondary-limit text, no exhausted primary quota) is not handled by the
 * throttling plugin, and plugin-retry would ignore its `retry-after`. This small plugin waits
 * exactly what GitHub asked for and tries again.
 */
function retryAfter(octokit: Octokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options)
      } catch (error) {
        const wait = bareRateLimitWait(error)
        if (wait === undefined || attempt >= MAX_RETRIES) throw error
        logger.warning(
          `GitHub answered 429 for ${options.method} ${options.url}; retrying after ${wait} s as it asked`
        )
        await new Promise(resolve => setTimeout(resolve, wait * 1000))
      }
    }
  })
}

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

const Client = GitHub.plugin(retry, throttling, retryAfter)

export type GitHubClient = InstanceType<typeof Client>

export interface ClientOptions {
  token: string
  /** The REST root; GraphQL is `<baseUrl>/graphql`. Defaults to GITHUB_API_URL. */
  baseUrl?: string
}

/**
 * The one GitHub client of rollback-kit: proxy- and GHES-aware (from @actions/github), with
 * retries for server faults and honoured rate limits. Octokit's own error log goes to
 * warnings: a 502 that a retry then fixes is not a red error in the user's log.
 */
export function createGitHubClient({token, baseUrl}: ClientOptions): GitHubClient {
  const options = getOctokitOptions(token, {
    baseUrl: baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      error: (message: string) => logger.warning(message)
    },
    // 403 and 429 are the throttling plugin's (and ours); never retry the user's own mistakes.
    retry: {doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: MAX_RETRIES},
    throttle: {
      onRateLimit: (after: number, o: {method: string; url: string}, _k: unknown, count: number) =>
        rateLimited('rate limit', after, o, count),
      onSecondaryRateLimit: (
        after: number,
        o: {method: string; url: string},
        _k: unknown,
        count: number
      ) => rateLimited('secondary rate limit', after, o, count)
    }
  })
  return new Client(options)
}

function rateLimited(
  kind: string,
  after: number,
  options: {method: string; url: string},
  count: number
): boolean {
  if (count >= MAX_RETRIES) return false
  logger.warning(
    `GitHub ${kind} hit for ${options.method} ${options.url}; retrying after ${after} s`
  )
  return true
}

/**
 * Turns an Octokit failure into a message a user can act on: what we were doing, GitHub's own
 * words and, for 401/403/404, which token or permission would work.
 */
export function gitHubError(error: unknown, doing: string, repository?: string): Error {
  const e = error as {
    status?: number
    message?: string
    response?: {headers?: Record<string, string>}
    errors?: {type?: string; message?: string}[]
  }
  if (typeof e.status !== 'number' && !Array.isArray(e.errors)) return error as Error
  const said = errorMessage(error)
  const needed = e.response?.headers?.['x-accepted-github-permissions']
  const hint = needed ? ` The endpoint needs the token permission(s): ${needed}.` : ''
  switch (e.status) {
    case 401:
      return new UserError(
        `${doing}: GitHub rejected the token (401: ${said}). Check the 'token' input: pass \${{ github.token }} or a valid token.`
      )
    case 403:
      return new UserError(`${doing}: forbidden (403: ${said}).${hint}`)
    case 404:
      return new UserError(
        `${doing}: not found (404: ${said}).${hint} Check that 'repository'${repository ? ` ('${repository}')` : ''} exists and the token can read it.`
      )
    default:
      return new UserError(`${doing}: GitHub answered ${e.status ?? 'with errors'}: ${said}`)
  }
}
