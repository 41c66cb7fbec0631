import {describe, expect, it} from '@jest/globals'
import type {Check, CommandCheck} from '../../../src/smoke-verify/checks.js'
import {runSchedule, type Probe, type ProbeResult} from '../../../src/smoke-verify/scheduler.js'
import type {Outcome} from '../../../src/smoke-verify/verdict.js'

// Real timers with short intervals: the scheduler's job is timing, so it is tested in time.

const check = (
  name: string,
  over: Partial<CommandCheck['stats']> = {},
  sampleTimeoutMs = 1000
): Check => ({
  name,
  kind: 'command',
  run: 'true',
  sampleTimeoutMs,
  stats: {
    intervalMs: 40,
    count: 6,
    consecutiveSuccesses: 3,
    failureLimit: 0,
    inconclusiveLimit: undefined,
    ...over
  }
})

const sequence = (outcomes: Outcome[], delayMs = 0): Probe => {
  let i = 0
  return async () => {
    const outcome = outcomes[Math.min(i++, outcomes.length - 1)] as Outcome
    if (delayMs) await new Promise(r => setTimeout(r, delayMs))
    return {outcome, message: outcome}
  }
}

/** Never settles until aborted; counts how often it was told to stop. */
const hanging =
  (aborts: {count: number}): Probe =>
  signal =>
    new Promise<ProbeResult>((_, reject) => {
      signal.addEventListener('abort', () => {
        aborts.count++
        reject(new Error('aborted'))
      })
    })

describe('runSchedule', () => {
  it('samples each check on its own ticks and passes at N successes in a row', async () => {
    const result = await runSchedule(
      [{check: check('a', {intervalMs: 150}), probe: sequence(['success'])}],
      {timeoutMs: 5000}
    )
    const [a] = result.checks
    expect(a?.result).toBe('passed')
    expect(a?.samples.map(s => s.scheduledMs)).toEqual([0, 150, 300])
    for (const s of a?.samples ?? []) expect(s.startedMs - s.scheduledMs).toBeLessThan(60)
    expect(result.stoppedBy).toBeUndefined()
  })

  it('staggers checks by a fixed phase and keeps each on its own grid', async () => {
    const result = await runSchedule(
      [0, 1, 2, 3].map(i => ({
        check: check(`c${i}`, {intervalMs: 200}),
        probe: sequence(['success'])
      })),
      {timeoutMs: 5000}
    )
    // min(200 ms / 4 checks, 20 ms) = 20 ms apart.
    expect(result.checks.map(c => c.samples.map(s => s.scheduledMs))).toEqual([
      [0, 200, 400],
      [20, 220, 420],
      [40, 240, 440],
      [60, 260, 460]
    ])
  })

  it('keeps to the schedule when samples are slow (no drift from piling up)', async () => {
    // Each sample takes 40 ms of a 200 ms interval: sample k still starts at k × 200 ms.
    const result = await runSchedule(
      [
        {
          check: check('slow', {intervalMs: 200, count: 5, consecutiveSuccesses: 5}),
          probe: sequence(['success'], 40)
        }
      ],
      {timeoutMs: 5000}
    )
    const samples = result.checks[0]?.samples ?? []
    // On the grid, never pushed back by slow samples; a loaded machine may skip a due time
    // (counted as skipped), which still is no drift.
    const due = samples.map(s => s.scheduledMs)
    expect(due[0]).toBe(0)
    for (const [i, ms] of due.entries()) {
      expect(ms % 200).toBe(0)
      if (i > 0) expect(ms).toBeGreaterThan(due[i - 1]!)
    }
    expect(samples).toHaveLength(5)
  })

  it('skips ticks that pass while a sample overruns, instead of bunching samples', async () => {
    const result = await runSchedule(
      [
        {
          check: check('overrun', {count: 3, consecutiveSuccesses: 3}),
          probe: sequence(['success'], 100)
        }
      ],
      {timeoutMs: 5000}
    )
    const run = result.checks[0]!
    // 100 ms samples on a 40 ms grid: each starts on a tick, never overlapping the one before.
    expect(run.samples).toHaveLength(3)
    for (const [i, s] of run.samples.entries()) {
      expect(s.scheduledMs % 40).toBe(0)
      if (i > 0) expect(s.startedMs).toBeGreaterThanOrEqual(run.samples[i - 1]!.startedMs + 100)
    }
    expect(run.skippedTicks).toBeGreaterThanOrEqual(4)
  })

  it('stops the other checks as soon as one fails, and says so', async () => {
    const aborts = {count: 0}
    const result = await runSchedule(
      [
        {check: check('bad', {intervalMs: 30}), probe: sequence(['success', 'failure'])},
        {check: check('hangs'), probe: hanging(aborts)},
        {check: check('slow-pass', {intervalMs: 200}), probe: sequence(['success'])}
      ],
      {timeoutMs: 5000}
    )
    const [bad, hangs, slow] = result.checks
    expect(bad).toMatchObject({result: 'failed', reason: 'a sample failed (failure-limit 0)'})
    expect(hangs?.result).toBe('stopped')
    expect(hangs?.reason).toBe("stopped early after 0 samples because check 'bad' failed")
    expect(hangs?.samples).toHaveLength(0) // the aborted sample is not counted
    expect(slow?.result).toBe('stopped')
    expect(aborts.count).toBe(1)
    expect(result.stoppedBy).toEqual({reason: 'failed', check: 'bad'})
    expect(result.elapsedMs).toBeLessThan(1000)
  })

  it('fails a sample that exceeds its own timeout, and carries on', async () => {
    const aborts = {count: 0}
    const result = await runSchedule(
      [
        {
          check: check('t', {failureLimit: 5, count: 2, consecutiveSuccesses: 1}, 50),
          probe: hanging(aborts)
        }
      ],
      {timeoutMs: 5000}
    )
    const run = result.checks[0]!
    expect(run.samples.map(s => [s.outcome, s.message])).toEqual([
      ['failure', 'timed out after 50ms'],
      ['failure', 'timed out after 50ms']
    ])
    expect(run.result).toBe('inconclusive')
    expect(aborts.count).toBe(2)
  })

  it('gives up on a probe that ignores its signal after the grace period', async () => {
    const stubborn: Probe = () => new Promise(() => undefined)
    const result = await runSchedule(
      [{check: check('stubborn', {count: 1, consecutiveSuccesses: 1}, 30), probe: stubborn}],
      {timeoutMs: 5000, abortGraceMs: 30}
    )
    expect(result.checks[0]?.samples[0]?.message).toBe(
      'timed out after 30ms and did not stop within 30ms'
    )
  })

  it('ends undecided checks as inconclusive at the overall timeout', async () => {
    // 'ok' decides in about 100 ms; 'flaky' would need 3 s: the timeout leaves a busy machine
    // ample time for the one and none for the other.
    const result = await runSchedule(
      [
        {
          check: check('flaky', {intervalMs: 30, count: 100, failureLimit: 100}),
          probe: sequence(['success', 'failure'])
        },
        {check: check('ok'), probe: sequence(['success'])}
      ],
      {timeoutMs: 1000}
    )
    const [flaky, ok] = result.checks
    expect(flaky?.result).toBe('inconclusive')
    expect(flaky?.reason).toMatch(/^the overall timeout \(1s\) ended it after \d+ of 100 samples/)
    expect(ok?.result).toBe('passed')
    expect(result.stoppedBy).toEqual({reason: 'timeout'})
    expect(result.elapsedMs).toBeLessThan(2000)
  })

  it('turns a probe that throws into a failed sample with its message', async () => {
    const result = await runSchedule(
      [
        {
          check: check('throws', {count: 1, consecutiveSuccesses: 1}),
          probe: async () => Promise.reject(new Error('boom'))
        }
      ],
      {timeoutMs: 5000}
    )
    expect(result.checks[0]?.samples[0]).toMatchObject({outcome: 'failure', message: 'boom'})
  })

  it('reports every sample and decision through the callbacks, in order per check', async () => {
    const seen: string[] = []
    await runSchedule([{check: check('a'), probe: sequence(['success'])}], {
      timeoutMs: 5000,
      onSample: s => void seen.push(`sample ${s.index}`),
      onDecided: r => void seen.push(`decided ${r.result}`)
    })
    expect(seen).toEqual(['sample 1', 'sample 2', 'sample 3', 'decided passed'])
  })

  it('stops every check and rethrows when a callback fails (e.g. the evidence disk is full)', async () => {
    const aborts = {count: 0}
    const started = performance.now()
    const run = runSchedule(
      [
        {check: check('a', {count: 100, consecutiveSuccesses: 100}), probe: sequence(['success'])},
        {check: check('b'), probe: hanging(aborts)}
      ],
      {
        timeoutMs: 5000,
        onSample: s => {
          if (s.check === 'a' && s.index === 2) throw new Error('ENOSPC: no space left on device')
        }
      }
    )
    await expect(run).rejects.toThrow('ENOSPC')
    expect(aborts.count).toBe(1)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
