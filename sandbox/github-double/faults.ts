// Injected failures, shaped like GitHub's: a proxy's HTML 502, a 500, a 429 asking to retry
// later, a secondary rate limit (403 with the message Octokit's throttling plugin looks for) and
// an exhausted primary quota (403, x-ratelimit-remaining 0 and the reset time); a 431 from a
// front end that found the headers too large; a server that accepts and never answers
// (`hang`) or stops mid-body (`stall-body`); and 200s that no GitHub endpoint sends: cut-off
// JSON, an HTML page (a captive portal or a proxy's login page) and an empty object.
import type {Reply} from './http.js'

export type FaultKind =
  | '502'
  | '500'
  | '429'
  | 'secondary-403'
  | 'rate-limit-403'
  | '431'
  | 'hang'
  | 'stall-body'
  | 'truncated-json'
  | 'html-200'
  | 'empty-200'

export interface FaultSpec {
  /** Only this method (any when omitted). */
  method?: string
  /** Only paths (without query) this matches. */
  path?: RegExp
  /** true: only GraphQL requests; false: only REST; omitted: both. */
  graphql?: boolean
  kind: FaultKind
  /** How many matching requests fail (default 1). */
  times?: number
  /** Seconds GitHub asks the client to wait, for the rate-limit kinds (default 1). */
  retryAfter?: number
}

const RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api'

export class Faults {
  private queue: {spec: FaultSpec; left: number}[] = []

  add(spec: FaultSpec): void {
    this.queue.push({spec, left: spec.times ?? 1})
  }

  /** The fault for this request, if one is armed; it is used up. */
  take(method: string, path: string): FaultSpec | undefined {
    const isGraphql = path === '/graphql'
    const entry = this.queue.find(
      ({spec, left}) =>
        left > 0 &&
        (spec.method === undefined || spec.method.toUpperCase() === method) &&
        (spec.path === undefined || spec.path.test(path)) &&
        (spec.graphql === undefined || spec.graphql === isGraphql)
    )
    if (!entry) return undefined
    entry.left -= 1
    this.queue = this.queue.filter(e => e.left > 0)
    return entry.spec
  }

  clear(): void {
    this.queue = []
  }
}

export function faultReply(spec: FaultSpec, now = Date.now()): Reply {
  const after = spec.retryAfter ?? 1
  const reset = String(Math.ceil(now / 1000) + after)
  const quota = (remaining: number): Record<string, string> => ({
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-reset': reset,
    'x-ratelimit-resource': 'core'
  })
  switch (spec.kind) {
    case '502':
      return {
        status: 502,
        raw: {
          contentType: 'text/html',
          text: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n'
        }
      }
    case '500':
      return {status: 500, body: {message: 'Server Error'}}
    case '429':
      return {
        status: 429,
        headers: {'retry-after': String(after), ...quota(4321)},
        body: {
          message: 'Too many requests. Please retry later.',
          documentation_url: RATE_LIMIT_DOCS,
          status: '429'
        }
      }
    case 'secondary-403':
      return {
        status: 403,
        headers: {'retry-after': String(after), ...quota(4321)},
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
          status: '403'
        }
      }
    case '431':
      // What GitHub's front end sends: an HTML page, no JSON message.
      return {
        status: 431,
        raw: {
          contentType: 'text/html',
          text: '<html><head><title>431 Request Header Fields Too Large</title></head><body></body></html>\n'
        }
      }
    case 'hang':
      return {status: 200, stall: 'headers'}
    case 'stall-body':
      return {status: 200, stall: 'body', body: {data: {repository: {refs: {nodes: []}}}}}
    case 'truncated-json':
      return {
        status: 200,
        raw: {
          contentType: 'application/json; charset=utf-8',
          text: '[{"ref":"refs/tags/v1.2.0","node_id":"REF_kwDO","object":{"sha":"4c13369'
        }
      }
    case 'html-200':
      return {
        status: 200,
        raw: {
          contentType: 'text/html; charset=utf-8',
          text: '<!DOCTYPE html><html><head><title>Sign in to continue</title></head><body><form></form></body></html>\n'
        }
      }
    case 'empty-200':
      return {status: 200, body: {}}
    case 'rate-limit-403':
      return {
        status: 403,
        headers: quota(0),
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: `${RATE_LIMIT_DOCS}#exceeding-the-rate-limit`,
          status: '403'
        }
      }
  }
}
