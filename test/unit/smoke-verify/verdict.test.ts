import {describe, expect, it} from '@jest/globals'
import type {Statistics} from '../../../src/smoke-verify/checks.js'
import {
  count,
  decide,
  emptyTally,
  overallVerdict,
  type Outcome
} from '../../../src/smoke-verify/verdict.js'

const stats = (over: Partial<Statistics> = {}): Statistics => ({
  intervalMs: 1000,
  count: 6,
  consecutiveSuccesses: 3,
  failureLimit: 0,
  inconclusiveLimit: undefined,
  ...over
})

/** Feeds outcomes until a decision; returns it and how many samples it took. */
function play(s: Statistics, outcomes: Outcome[]) {
  let tally = emptyTally()
  for (const [i, outcome] of outcomes.entries()) {
    tally = count(tally, outcome)
    const decision = decide(s, tally)
    if (decision) return {...decision, after: i + 1}
  }
  return {result: 'undecided', after: outcomes.length, reason: ''}
}

const S: Outcome = 'success'
const F: Outcome = 'failure'
const I: Outcome = 'inconclusive'

describe('per-check statistics', () => {
  it('passes at the Nth success in a row, not before', () => {
    expect(play(stats(), [S, S, S, S])).toMatchObject({result: 'passed', after: 3})
  })

  it('fails at the first failure with failure-limit 0', () => {
    expect(play(stats(), [S, S, F, S])).toMatchObject({
      result: 'failed',
      after: 3,
      reason: 'a sample failed (failure-limit 0)'
    })
  })

  it('tolerates failure-limit failures, which break the run of successes', () => {
    // The README's worked example.
    expect(play(stats({failureLimit: 1}), [S, F, S, S, S])).toMatchObject({
      result: 'passed',
      after: 5
    })
    expect(play(stats({failureLimit: 1}), [S, F, S, F])).toMatchObject({
      result: 'failed',
      after: 4,
      reason: '2 samples failed, more than failure-limit 1'
    })
  })

  it('is inconclusive after count samples without enough successes in a row', () => {
    const r = play(stats({failureLimit: 10}), [S, S, I, S, S, F])
    expect(r).toMatchObject({result: 'inconclusive', after: 6})
    expect(r.reason).toContain('6 samples taken (count) without 3 successes in a row')
  })

  it('is inconclusive once inconclusive samples exceed inconclusive-limit', () => {
    expect(play(stats({inconclusiveLimit: 1}), [I, S, I])).toMatchObject({
      result: 'inconclusive',
      after: 3,
      reason: '2 inconclusive samples, more than inconclusive-limit 1'
    })
  })

  it('never passes on inconclusive samples (an empty Prometheus result is not success)', () => {
    expect(play(stats(), [I, I, I, I, I, I])).toMatchObject({result: 'inconclusive', after: 6})
  })

  it('a watch window: consecutive-successes = count needs every sample', () => {
    expect(play(stats({count: 5, consecutiveSuccesses: 5}), [S, S, S, S, S])).toMatchObject({
      result: 'passed',
      after: 5
    })
    expect(
      play(stats({count: 5, consecutiveSuccesses: 5, failureLimit: 3}), [S, S, S, S, F])
    ).toMatchObject({result: 'inconclusive', after: 5})
  })
})

describe('the verdict', () => {
  it.each([
    [['passed', 'passed'], 'passed'],
    [['passed', 'failed', 'stopped'], 'failed'],
    [['passed', 'inconclusive'], 'inconclusive'],
    [['inconclusive', 'stopped'], 'inconclusive'],
    [[], 'inconclusive']
  ] as const)('%j is %s', (results, verdict) => {
    expect(overallVerdict(results)).toBe(verdict)
  })
})
