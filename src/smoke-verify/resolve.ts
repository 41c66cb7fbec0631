import type {Check, CheckEntry, Statistics} from './checks.js'
import {ChecksError, DEFAULT_REQUEST_TIMEOUT_MS} from './checks.js'
import {formatDuration} from './duration.js'

/** What the inputs give every check that does not set its own. */
export interface Defaults extends Statistics {
  expectStatus: number[]
  /** The overall timeout: also a command sample's timeout when the check sets none. */
  timeoutMs: number
}

export interface Resolved {
  checks: Check[]
  /** Values read from the environment into headers: mask them and keep them out of evidence. */
  secrets: string[]
}

const VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g

/**
 * Gives each entry the inputs' statistics where it set none, checks that the statistics fit
 * together, and fills `${VAR}` in headers from the environment.
 * @param entries from parseChecks (plus the `url` input's check)
 * @param defaults the inputs
 * @param env where `${VAR}` is read
 * @param labels how each entry is named in errors, e.g. "checks[2] (name 'db')"
 * @throws ChecksError naming the entry and field
 */
export function resolveChecks(
  entries: readonly CheckEntry[],
  defaults: Defaults,
  env: Record<string, string | undefined>,
  labels: readonly string[]
): Resolved {
  const problems: string[] = []
  const secrets = new Set<string>()
  const checks = entries.map((entry, i): Check => {
    const where = labels[i] ?? entry.name
    const stats: Statistics = {
      intervalMs: entry.stats.intervalMs ?? defaults.intervalMs,
      count: entry.stats.count ?? defaults.count,
      consecutiveSuccesses: entry.stats.consecutiveSuccesses ?? defaults.consecutiveSuccesses,
      failureLimit: entry.stats.failureLimit ?? defaults.failureLimit,
      inconclusiveLimit:
        'inconclusiveLimit' in entry.stats
          ? entry.stats.inconclusiveLimit
          : defaults.inconclusiveLimit
    }
    if (stats.consecutiveSuccesses > stats.count) {
      const field =
        entry.stats.consecutiveSuccesses !== undefined ? 'consecutive-successes' : 'count'
      problems.push(
        `${where} field '${field}': consecutive-successes (${stats.consecutiveSuccesses}) is more than count (${stats.count}), so the check could never pass; expected consecutive-successes at most count`
      )
    }
    const sampleTimeoutMs =
      entry.sampleTimeoutMs ??
      (entry.kind === 'command'
        ? defaults.timeoutMs
        : Math.min(DEFAULT_REQUEST_TIMEOUT_MS, defaults.timeoutMs))
    if (sampleTimeoutMs > defaults.timeoutMs) {
      problems.push(
        `${where} field 'timeout': a sample's timeout (${formatDuration(sampleTimeoutMs)}) is longer than the overall timeout input (${formatDuration(defaults.timeoutMs)}); expected at most that`
      )
    }
    const fill = (headers: Record<string, string>): Record<string, string> => {
      const out: Record<string, string> = {}
      for (const [name, template] of Object.entries(headers)) {
        out[name] = template.replace(VAR, (_, variable: string) => {
          const value = env[variable]
          if (value === undefined || value === '') {
            problems.push(
              `${where} field 'headers.${name}': the environment variable ${variable} is not set or empty; expected it in the step's env (e.g. env: {${variable}: \${{ secrets.${variable} }}})`
            )
            return ''
          }
          if (/[\r\n\0]/.test(value)) {
            problems.push(
              `${where} field 'headers.${name}': the environment variable ${variable} holds a line break; expected one line`
            )
            return ''
          }
          secrets.add(value)
          return value
        })
        if (out[name] !== template) secrets.add(out[name] as string)
      }
      return out
    }
    switch (entry.kind) {
      case 'http':
        return {
          ...entry,
          stats,
          sampleTimeoutMs,
          headers: fill(entry.headers),
          expectStatus: entry.expectStatus ?? defaults.expectStatus
        }
      case 'prometheus':
        return {...entry, stats, sampleTimeoutMs, headers: fill(entry.headers)}
      default:
        return {...entry, stats, sampleTimeoutMs}
    }
  })
  if (problems.length) throw new ChecksError(problems)
  return {checks, secrets: [...secrets].filter(s => s.length > 0)}
}
