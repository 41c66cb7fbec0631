import {describe, expect, it} from '@jest/globals'
import {
  evaluateChecks,
  parseRequiredChecks,
  type CheckSignal
} from '../../../src/identify-lkg-tag/checks.js'

const run = (name: string, conclusion: string | null, status = 'COMPLETED'): CheckSignal => ({
  kind: 'check-run',
  name,
  status,
  conclusion
})
const status = (name: string, state: string): CheckSignal => ({
  kind: 'status',
  name,
  status: state,
  conclusion: null
})
const all = {mode: 'all'} as const

describe('evaluateChecks', () => {
  it('passes when every run and status concluded success, neutral or skipped', () => {
    expect(
      evaluateChecks(
        [
          run('test', 'SUCCESS'),
          run('docs', 'SKIPPED'),
          run('lint', 'NEUTRAL'),
          status('ci/legacy', 'SUCCESS')
        ],
        all
      ).ok
    ).toBe(true)
  })
  it('rejects a commit with no checks at all', () => {
    expect(evaluateChecks([], all)).toEqual({ok: false, reason: 'no checks'})
  })
  it.each([
    [[run('test', 'FAILURE')], /checks failed: test: failure/],
    [[run('test', 'TIMED_OUT')], /test: timed_out/],
    [[run('test', 'CANCELLED')], /test: cancelled/],
    [[run('test', 'ACTION_REQUIRED')], /failed/],
    [[status('ci', 'ERROR')], /ci: error/],
    [[status('ci', 'FAILURE')], /ci: failure/],
    [[run('test', null, 'IN_PROGRESS')], /not finished: test: in_progress/],
    [[status('ci', 'PENDING')], /not finished/]
  ])('rejects %j', (signals, reason) => {
    const verdict = evaluateChecks(signals as CheckSignal[], all)
    expect(verdict.ok).toBe(false)
    expect(verdict.ok ? '' : verdict.reason).toMatch(reason)
  })
  it('with named checks ignores the others but requires each named one', () => {
    const signals = [run('build', 'SUCCESS'), run('flaky-e2e', 'FAILURE')]
    expect(evaluateChecks(signals, {mode: 'named', names: ['build']}).ok).toBe(true)
    expect(evaluateChecks(signals, {mode: 'named', names: ['build', 'deploy-gate']})).toEqual({
      ok: false,
      reason: 'required check missing: deploy-gate'
    })
    expect(evaluateChecks(signals, {mode: 'named', names: ['flaky-e2e']}).ok).toBe(false)
  })
  it('with none does not look', () =>
    expect(evaluateChecks([run('x', 'FAILURE')], {mode: 'none'}).ok).toBe(true))
})

describe('parseRequiredChecks', () => {
  it('reads all, none and a list', () => {
    expect(parseRequiredChecks([])).toEqual({mode: 'all'})
    expect(parseRequiredChecks(['all'])).toEqual({mode: 'all'})
    expect(parseRequiredChecks(['none'])).toEqual({mode: 'none'})
    expect(parseRequiredChecks(['build', 'test'])).toEqual({
      mode: 'named',
      names: ['build', 'test']
    })
  })
})
