import {setMaxListeners} from 'node:events'
import type {Check} from './checks.js'
import {formatDuration} from './duration.js'
import {count, decide, emptyTally, type CheckResult, type Outcome, type Tally} from './verdict.js'

/** What a check kind's adapter returns for one sample. */
export interface ProbeResult {
  outcome: Outcome
  /** One line: what was seen, or what went wrong. */
  message: string
  /** The request's latency, for checks where latency means something. */
  latencyMs?: number
  /** Kind-specific facts kept in the report and evidence (status, series, output...). */
  details?: Record<string, unknown>
}

/** Takes one sample; must stop promptly once `signal` aborts. */
export type Probe = (signal: AbortSignal) => Promise<ProbeResult>

export interface Sample extends ProbeResult {
  check: string
  /** 1-based, per check. */
  index: number
  /** Milliseconds since the run started: when the sample was due, and when it began. */
  scheduledMs: number
  startedMs: number
  durationMs: number
}

export interface CheckRun {
  check: Check
  result: CheckResult
  reason: string
  tally: Tally
  samples: Sample[]
  /** Ticks passed over because the sample before was still running then. */
  skippedTicks: number
}

export interface RunResult {
  checks: CheckRun[]
  /** Set when the run ended before every check decided. */
  stoppedBy?: {reason: 'failed' | 'timeout'; check?: string}
  elapsedMs: number
}

export interface ScheduleOptions {
  /** The overall timeout. */
  timeoutMs: number
  /** Called as each sample completes (the log line and the evidence record). */
  onSample?: (sample: Sample, tally: Tally, check: Check) => void | Promise<void>
  /** Called as each check decides. */
  onDecided?: (run: CheckRun) => void | Promise<void>
  /** How long an aborted probe may take to clean up (e.g. kill its process group). */
  abortGraceMs?: number
  now?: () => number
}

/** The most one check's phase differs from the previous check's. */
export const MAX_STAGGER_STEP_MS = 20

class Stop {
  constructor(readonly reason: 'failed' | 'timeout' | 'error') {}
}

/**
 * Runs every check concurrently on one schedule: check c's k-th sample is due at
 * start + phase(c) + k × interval, whatever the samples before it cost, so slow samples never
 * push the schedule back. phase(c) = c × min(interval / checks, 20 ms) staggers the checks. A sample still running when its next tick comes makes that tick be skipped
 * (samples of one check never overlap). The first failed check stops the others; the overall
 * timeout stops everything still undecided.
 * @param checks each check with its probe
 * @param options timeout and callbacks
 * @returns each check's result, samples and tally
 */
export async function runSchedule(
  checks: readonly {check: Check; probe: Probe}[],
  options: ScheduleOptions
): Promise<RunResult> {
  const now = options.now ?? (() => performance.now())
  const start = now()
  const stopAll = new AbortController()
  // Every check's wait and sample listens to it: one listener per check is expected, not a leak.
  setMaxListeners(0, stopAll.signal)
  const timer = setTimeout(() => stopAll.abort(new Stop('timeout')), options.timeoutMs)
  let stoppedBy: RunResult['stoppedBy']
  const runs = checks.map(({check}): CheckRun => ({
    check,
    result: 'inconclusive',
    reason: '',
    tally: emptyTally(),
    samples: [],
    skippedTicks: 0
  }))

  const loop = async (index: number): Promise<void> => {
    const {check, probe} = checks[index] as {check: Check; probe: Probe}
    const run = runs[index] as CheckRun
    const interval = check.stats.intervalMs
    // Checks are staggered a little within the interval so that fifty of them do not all
    // open a connection in the same millisecond (a herd the target and this event loop both
    // feel as drift); each keeps a fixed phase, so the schedule still never slips.
    const phase = index * Math.min(interval / checks.length, MAX_STAGGER_STEP_MS)
    let tick = 0
    for (;;) {
      const due = start + phase + tick * interval
      if (!(await sleepUntil(due, now, stopAll.signal))) break
      const begin = now()
      const result = await sampleOnce(probe, check, stopAll.signal, options.abortGraceMs ?? 5000)
      const end = now()
      if (result === undefined) break // stopped mid-sample: not counted
      const sample: Sample = {
        ...result,
        check: check.name,
        index: run.samples.length + 1,
        scheduledMs: phase + tick * interval,
        startedMs: begin - start,
        durationMs: end - begin
      }
      run.samples.push(sample)
      run.tally = count(run.tally, sample.outcome)
      await options.onSample?.(sample, run.tally, check)
      const decision = decide(check.stats, run.tally)
      if (decision) {
        run.result = decision.result
        run.reason = decision.reason
        await options.onDecided?.(run)
        if (decision.result === 'failed' && !stopAll.signal.aborted) {
          stoppedBy = {reason: 'failed', check: check.name}
          stopAll.abort(new Stop('failed'))
        }
        return
      }
      const next = Math.max(tick + 1, Math.ceil((now() - start - phase) / interval))
      run.skippedTicks += next - tick - 1
      tick = next
    }
    // Stopped before deciding.
    const why = (stopAll.signal.reason as Stop | undefined)?.reason
    if (why === 'timeout') {
      run.result = 'inconclusive'
      run.reason = `the overall timeout (${formatDuration(options.timeoutMs)}) ended it after ${run.tally.samples} of ${check.stats.count} samples, ${run.tally.consecutive} successes in a row of ${check.stats.consecutiveSuccesses} needed`
    } else {
      run.result = 'stopped'
      run.reason = `stopped early after ${run.tally.samples} samples because check '${stoppedBy?.check ?? '?'}' failed`
    }
    await options.onDecided?.(run)
  }

  // A callback that throws (the evidence disk is full) stops every check before the error
  // goes up, so nothing keeps sampling behind a failed step.
  let broken: {error: unknown} | undefined
  const guarded = async (index: number): Promise<void> => {
    try {
      await loop(index)
    } catch (error) {
      broken ??= {error}
      if (!stopAll.signal.aborted) stopAll.abort(new Stop('error'))
    }
  }
  try {
    await Promise.all(checks.map((_, i) => guarded(i)))
  } finally {
    clearTimeout(timer)
  }
  if (broken) throw broken.error
  if (!stoppedBy && stopAll.signal.aborted) stoppedBy = {reason: 'timeout'}
  return {checks: runs, stoppedBy, elapsedMs: now() - start}
}

/** Waits until `due`; false when stopped first. setTimeout is re-armed so it never wakes early. */
async function sleepUntil(due: number, now: () => number, stop: AbortSignal): Promise<boolean> {
  while (!stop.aborted) {
    const wait = due - now()
    if (wait <= 0) return true
    await new Promise<void>(resolve => {
      const done = (): void => {
        clearTimeout(t)
        stop.removeEventListener('abort', done)
        resolve()
      }
      const t = setTimeout(done, wait)
      stop.addEventListener('abort', done, {once: true})
    })
  }
  return false
}

/**
 * One sample with the check's own timeout. Undefined when the whole run was stopped while it
 * ran (the sample is not counted). A probe that ignores its signal is given up on after a
 * grace period, so no sample can hold the step past its timeout.
 */
async function sampleOnce(
  probe: Probe,
  check: Check,
  stop: AbortSignal,
  graceMs: number
): Promise<ProbeResult | undefined> {
  const own = new AbortController()
  const timeout = setTimeout(
    () => own.abort(new Error(`timed out after ${formatDuration(check.sampleTimeoutMs)}`)),
    check.sampleTimeoutMs
  )
  const onStop = (): void => own.abort(stop.reason)
  stop.addEventListener('abort', onStop, {once: true})
  let grace: NodeJS.Timeout | undefined
  const abandoned = new Promise<'abandoned'>(resolve => {
    own.signal.addEventListener(
      'abort',
      () => {
        grace = setTimeout(() => resolve('abandoned'), graceMs)
      },
      {once: true}
    )
  })
  try {
    const result = await Promise.race([probe(own.signal), abandoned])
    if (stop.aborted) return undefined
    if (result === 'abandoned')
      return {
        outcome: 'failure',
        message: `timed out after ${formatDuration(check.sampleTimeoutMs)} and did not stop within ${formatDuration(graceMs)}`
      }
    return result
  } catch (error) {
    if (stop.aborted) return undefined
    if (own.signal.aborted)
      return {
        outcome: 'failure',
        message: `timed out after ${formatDuration(check.sampleTimeoutMs)}`
      }
    return {outcome: 'failure', message: error instanceof Error ? error.message : String(error)}
  } finally {
    clearTimeout(timeout)
    if (grace) clearTimeout(grace)
    stop.removeEventListener('abort', onStop)
  }
}
