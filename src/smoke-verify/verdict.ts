import type {Statistics} from './checks.js'

/** What one sample showed. */
export type Outcome = 'success' | 'failure' | 'inconclusive'

/**
 * How a check ended: `stopped` when another check failed first and this one had not yet
 * decided (DESIGN: stop the others early and say so).
 */
export type CheckResult = 'passed' | 'failed' | 'inconclusive' | 'stopped'

export type Verdict = 'passed' | 'failed' | 'inconclusive'

/** The counts a check's result is decided on. */
export interface Tally {
  samples: number
  successes: number
  failures: number
  inconclusives: number
  /** Successes in a row up to the latest sample. */
  consecutive: number
}

export const emptyTally = (): Tally => ({
  samples: 0,
  successes: 0,
  failures: 0,
  inconclusives: 0,
  consecutive: 0
})

/**
 * Counts one sample.
 * @returns a new tally
 */
export function count(tally: Tally, outcome: Outcome): Tally {
  return {
    samples: tally.samples + 1,
    successes: tally.successes + (outcome === 'success' ? 1 : 0),
    failures: tally.failures + (outcome === 'failure' ? 1 : 0),
    inconclusives: tally.inconclusives + (outcome === 'inconclusive' ? 1 : 0),
    consecutive: outcome === 'success' ? tally.consecutive + 1 : 0
  }
}

export interface Decision {
  result: Exclude<CheckResult, 'stopped'>
  reason: string
}

/**
 * Decides a check after a sample, the way analysis controllers do: more failures than
 * `failureLimit` fails it at once; `consecutiveSuccesses` successes in a row pass it; more
 * inconclusive samples than `inconclusiveLimit`, or `count` samples without either, leave it
 * inconclusive. Undefined means: keep sampling.
 * @param stats the check's statistics
 * @param tally its counts so far
 */
export function decide(stats: Statistics, tally: Tally): Decision | undefined {
  if (tally.failures > stats.failureLimit) {
    return {
      result: 'failed',
      reason:
        stats.failureLimit === 0
          ? `a sample failed (failure-limit 0)`
          : `${tally.failures} samples failed, more than failure-limit ${stats.failureLimit}`
    }
  }
  if (tally.consecutive >= stats.consecutiveSuccesses) {
    return {
      result: 'passed',
      reason: `${tally.consecutive} successes in a row (consecutive-successes ${stats.consecutiveSuccesses})`
    }
  }
  if (stats.inconclusiveLimit !== undefined && tally.inconclusives > stats.inconclusiveLimit) {
    return {
      result: 'inconclusive',
      reason: `${tally.inconclusives} inconclusive samples, more than inconclusive-limit ${stats.inconclusiveLimit}`
    }
  }
  if (tally.samples >= stats.count) {
    return {
      result: 'inconclusive',
      reason: `${stats.count} samples taken (count) without ${stats.consecutiveSuccesses} successes in a row; ${tally.failures} failed, ${tally.inconclusives} inconclusive`
    }
  }
  return undefined
}

/**
 * The step's verdict: failed when any check failed, passed only when every check passed,
 * otherwise inconclusive.
 */
export function overallVerdict(results: readonly CheckResult[]): Verdict {
  if (results.includes('failed')) return 'failed'
  if (results.length > 0 && results.every(r => r === 'passed')) return 'passed'
  return 'inconclusive'
}
