import type {Condition} from './condition.js'

/** The statistics of one check: how often to sample and when it has passed or failed. */
export interface Statistics {
  intervalMs: number
  count: number
  consecutiveSuccesses: number
  failureLimit: number
  /** More inconclusive samples than this end the check as inconclusive; undefined = no limit. */
  inconclusiveLimit: number | undefined
}

export type CheckKind = 'http' | 'command' | 'prometheus'

export interface JsonAssertion {
  path: string
  equals?: unknown
  exists?: boolean
  lt?: number
  gt?: number
}

interface CheckBase {
  name: string
  kind: CheckKind
  stats: Statistics
  /** Each sample's own timeout. */
  sampleTimeoutMs: number
}

export interface HttpCheck extends CheckBase {
  kind: 'http'
  url: string
  method: string
  /** Header templates as written: `${VAR}` is filled from the environment when resolved. */
  headers: Record<string, string>
  body: string | undefined
  expectStatus: number[] | undefined
  bodyContains: string | undefined
  json: JsonAssertion[]
  maxLatencyMs: number | undefined
  maxRedirects: number
}

export interface CommandCheck extends CheckBase {
  kind: 'command'
  run: string
}

export interface PrometheusCheck extends CheckBase {
  kind: 'prometheus'
  url: string
  query: string
  condition: Condition
  headers: Record<string, string>
}

export type Check = HttpCheck | CommandCheck | PrometheusCheck

/** A check as the `checks` input wrote it: statistics it did not set come from the inputs. */
export type CheckEntry = Check extends infer C
  ? C extends Check
    ? Omit<C, 'stats' | 'sampleTimeoutMs'> & {
        stats: Partial<Statistics>
        sampleTimeoutMs: number | undefined
      }
    : never
  : never

/** Per-sample timeouts when a check sets none: short for requests, the whole budget for scripts. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000
export const DEFAULT_MAX_REDIRECTS = 5

/** The `checks` input holds at most this much YAML, and at most this many checks. */
export const MAX_CHECKS_TEXT = 1024 * 1024
export const MAX_CHECKS = 200
export const MAX_COUNT = 10_000

/** A problem in the `checks` YAML; the message points at the entry and field. */
export class ChecksError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length > 5
        ? `${problems.slice(0, 5).join('; ')}; and ${problems.length - 5} more problems`
        : problems.join('; ')
    )
    this.name = 'ChecksError'
  }
}
