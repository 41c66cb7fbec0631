import type {Check} from './checks.js'
import {formatDuration} from './duration.js'
import type {CheckRun, RunResult, Sample} from './scheduler.js'
import {percentile} from './stats.js'
import {overallVerdict, type CheckResult, type Tally, type Verdict} from './verdict.js'

export interface CheckReport {
  name: string
  kind: Check['kind']
  /** What it looks at: the URL, the query or the script's first line. */
  target: string
  result: CheckResult
  reason: string
  statistics: {
    interval: string
    count: number
    'consecutive-successes': number
    'failure-limit': number
    'inconclusive-limit': number | null
    'sample-timeout': string
  }
  samples: number
  passes: number
  failures: number
  inconclusive: number
  latencyMs: {p50: number | null; p95: number | null}
  lastError: string | null
  skippedTicks: number
  sampleLog: Sample[]
}

export interface Report {
  result: Verdict
  elapsedMs: number
  stoppedBy: RunResult['stoppedBy'] | null
  checks: CheckReport[]
}

/** One line per check that failed, for the `failed-checks` output. */
export interface FailedCheck {
  name: string
  kind: Check['kind']
  reason: string
  lastError: string | null
}

/**
 * Builds the JSON report from a finished run.
 * @param run the scheduler's result
 */
export function buildReport(run: RunResult): Report {
  return {
    result: overallVerdict(run.checks.map(c => c.result)),
    elapsedMs: Math.round(run.elapsedMs),
    stoppedBy: run.stoppedBy ?? null,
    checks: run.checks.map(checkReport)
  }
}

function checkReport(run: CheckRun): CheckReport {
  const {check, tally} = run
  const latencies = run.samples.flatMap(s => (s.latencyMs === undefined ? [] : [s.latencyMs]))
  const lastError = [...run.samples].reverse().find(s => s.outcome !== 'success')
  return {
    name: check.name,
    kind: check.kind,
    target: target(check),
    result: run.result,
    reason: run.reason,
    statistics: {
      interval: formatDuration(check.stats.intervalMs),
      count: check.stats.count,
      'consecutive-successes': check.stats.consecutiveSuccesses,
      'failure-limit': check.stats.failureLimit,
      'inconclusive-limit': check.stats.inconclusiveLimit ?? null,
      'sample-timeout': formatDuration(check.sampleTimeoutMs)
    },
    ...counts(tally),
    latencyMs: {p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95))},
    lastError: lastError ? `sample ${lastError.index}: ${lastError.message}` : null,
    skippedTicks: run.skippedTicks,
    sampleLog: run.samples.map(s => ({
      ...s,
      scheduledMs: Math.round(s.scheduledMs),
      startedMs: Math.round(s.startedMs),
      durationMs: Math.round(s.durationMs)
    }))
  }
}

function counts(t: Tally): Pick<CheckReport, 'samples' | 'passes' | 'failures' | 'inconclusive'> {
  return {
    samples: t.samples,
    passes: t.successes,
    failures: t.failures,
    inconclusive: t.inconclusives
  }
}

/** The `failed-checks` output: the checks whose result is failed. */
export function failedChecks(report: Report): FailedCheck[] {
  return report.checks
    .filter(c => c.result === 'failed')
    .map(c => ({name: c.name, kind: c.kind, reason: c.reason, lastError: c.lastError}))
}

/** What a check looks at, for the summary and report. */
export function target(check: Check): string {
  if (check.kind === 'http') return `${check.method} ${check.url}`
  if (check.kind === 'prometheus') return `${check.query} ${check.condition.text}`
  const first = check.run.split('\n').find(l => l.trim() !== '') ?? ''
  return first.length > 80 ? `${first.slice(0, 77)}...` : first
}

/**
 * The log line for one sample, printed as it happens.
 * @returns e.g. `[api] sample 3/6 success: status 200 in 12 ms (3 in a row of 3)`
 */
export function sampleLine(sample: Sample, tally: Tally, check: Check): string {
  const late = sample.startedMs - sample.scheduledMs
  const lateText = late >= 1000 ? `, started ${formatDuration(late)} late` : ''
  return `[${check.name}] sample ${sample.index}/${check.stats.count} ${sample.outcome}: ${sample.message} (${tally.consecutive}/${check.stats.consecutiveSuccesses} in a row, ${tally.failures} failed${lateText})`
}

/** A sample as the evidence keeps it: long command output is cut to its last 4 KiB. */
export function sampleEvidence(sample: Sample): Record<string, unknown> {
  const details = {...sample.details}
  if (typeof details.output === 'string' && details.output.length > 4096) {
    details.output = `[... cut to the last 4096 characters in evidence; the report has more ...]\n${details.output.slice(-4096)}`
  }
  return {
    check: sample.check,
    index: sample.index,
    outcome: sample.outcome,
    message: sample.message,
    scheduledMs: Math.round(sample.scheduledMs),
    startedMs: Math.round(sample.startedMs),
    durationMs: Math.round(sample.durationMs),
    latencyMs: sample.latencyMs,
    details
  }
}

function round(n: number | undefined): number | null {
  return n === undefined ? null : Math.round(n)
}
