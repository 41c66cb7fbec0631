// GitHub failures as users read them. No octokit here: domain modules import this at start-up,
// before the inputs are read, and the client itself loads only after they validate.
import {UserError, errorMessage} from './errors.js'

/** Which request a message is about: `GET /repos/o/r/git/matching-refs/tags/v`. */
export interface RequestLabel {
  method: string
  url: string
}

function describe({method, url}: RequestLabel): string {
  return `${method} ${url}`
}

/** A request that got no (complete) answer in time. Not retried: the user decides. */
export class GitHubTimeoutError extends UserError {
  constructor(
    readonly request: RequestLabel,
    readonly seconds: number
  ) {
    super(
      `GitHub did not answer ${describe(request)} within ${seconds} s (rollback-kit's limit for one request). Check GitHub's status and any proxy between the runner and GitHub, then run again.`
    )
    this.name = 'GitHubTimeoutError'
  }
}

/** A 2xx whose body is not what any GitHub endpoint sends: HTML, cut-off JSON, an empty object. */
export class GitHubUnexpectedResponseError extends UserError {
  constructor(
    readonly request: RequestLabel,
    readonly status: number,
    readonly what: string
  ) {
    super(
      `GitHub returned an unexpected response for ${describe(request)} (HTTP ${status}, ${what}). A proxy or GitHub itself may be failing; run again, and check GitHub's status if it persists.`
    )
    this.name = 'GitHubUnexpectedResponseError'
  }
}

/** A rate-limit wait longer than the step may wait in total (input 'max-rate-limit-wait'). */
export class GitHubRateLimitError extends UserError {
  constructor(
    readonly request: RequestLabel,
    readonly kind: string,
    readonly resetAt: Date,
    readonly cap: number,
    readonly waited: number
  ) {
    const inSeconds = Math.max(0, Math.ceil((resetAt.getTime() - Date.now()) / 1000))
    super(
      `GitHub's ${kind} was hit for ${describe(request)} and resets at ${resetAt.toISOString()} (in ${inSeconds} s). Waiting for it would exceed max-rate-limit-wait (${cap} s in total for this step, ${waited} s already waited). Run again after the reset, or raise max-rate-limit-wait.`
    )
    this.name = 'GitHubRateLimitError'
  }
}

/** 431: GitHub (or a proxy) refused the request headers; a retry sends the same headers. */
export class GitHubHeadersTooLargeError extends UserError {
  readonly status = 431
  constructor(readonly request: RequestLabel) {
    super(
      `GitHub refused the request headers of ${describe(request)} as too large (431 Request Header Fields Too Large). Check that the 'token' input holds one token and nothing else, and that no proxy adds large headers.`
    )
    this.name = 'GitHubHeadersTooLargeError'
  }
}

const OWN_ERRORS = [
  GitHubTimeoutError,
  GitHubUnexpectedResponseError,
  GitHubRateLimitError,
  GitHubHeadersTooLargeError
]

/**
 * Turns an Octokit failure into a message a user can act on: what we were doing, GitHub's own
 * words and, for 401/403/404, which token or permission would work.
 */
export function gitHubError(error: unknown, doing: string, repository?: string): Error {
  if (OWN_ERRORS.some(kind => error instanceof kind)) {
    return new UserError(`${doing}: ${errorMessage(error)}`)
  }
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
      return new UserError(
        `${doing}: GitHub answered ${e.status ?? 'with errors'}: ${said.trim() || 'no message'}`
      )
  }
}

/** The path of a request url without host and query: what a message needs, no more. */
export function pathOf(url: string | undefined): string {
  if (!url) return ''
  try {
    return decodeURIComponent(new URL(url, 'http://github.invalid').pathname)
  } catch {
    return url
  }
}
