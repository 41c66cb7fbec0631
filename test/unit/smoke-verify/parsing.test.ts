import {describe, expect, it} from '@jest/globals'
import {holds, parseCondition} from '../../../src/smoke-verify/condition.js'
import {formatDuration, parseDuration} from '../../../src/smoke-verify/duration.js'
import {parsePath, readPath} from '../../../src/smoke-verify/json-path.js'
import {percentile} from '../../../src/smoke-verify/stats.js'

describe('durations', () => {
  it.each([
    ['500ms', 500],
    ['10s', 10_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['1.5s', 1500],
    [' 2s ', 2000]
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', '10', '-5s', 's', '5x', '1m 30s', '5s5', 'ms', '1e3s', '9'.repeat(40) + 's'])(
    'rejects %j',
    text => expect(parseDuration(text)).toBeUndefined()
  )

  it('formats back the way the schema writes durations', () => {
    expect(formatDuration(90_000)).toBe('1m30s')
    expect(formatDuration(250)).toBe('250ms')
    expect(formatDuration(3_600_500)).toBe('1h500ms')
  })
})

describe('conditions', () => {
  it.each<[string, number, boolean]>([
    ['< 0.01', 0.009, true],
    ['< 0.01', 0.01, false],
    ['<= 0.01', 0.01, true],
    ['>= 1', 1, true],
    ['> 1', 1, false],
    ['== 0', 0, true],
    ['==0', 1, false],
    ['!= 0', 1, true],
    ['< 1e-3', 0.0001, true],
    ['> -5', -4, true],
    ['< 0.01', Infinity, false]
  ])('%s holds for %d: %s', (text, value, expected) => {
    const condition = parseCondition(text)
    expect(condition).toBeDefined()
    expect(holds(condition!, value)).toBe(expected)
  })

  it('NaN satisfies no ordering or equality (the probe calls NaN inconclusive before this)', () => {
    for (const text of ['< 1', '<= 1', '> 1', '>= 1', '== 0'])
      expect(holds(parseCondition(text)!, NaN)).toBe(false)
  })

  it.each(['', '< ', '0.01', '=< 1', '< abc', '<< 1', '< 1 or > 2', '= 1', '< NaN', '< Inf'])(
    'rejects %j',
    text => expect(parseCondition(text)).toBeUndefined()
  )
})

describe('JSON paths', () => {
  const doc = {status: 'ok', checks: [{name: 'db', up: true}], 'x-ray': {n: 3}, nil: null}

  it.each<[string, boolean, unknown]>([
    ['$.status', true, 'ok'],
    ['$.checks[0].name', true, 'db'],
    ["$['x-ray'].n", true, 3],
    ['$["x-ray"]', true, {n: 3}],
    ['$.nil', true, null],
    ['$.missing', false, undefined],
    ['$.checks[1]', false, undefined],
    ['$.status.length', false, undefined],
    ['$', true, doc]
  ])('%s', (path, found, value) => {
    const steps = parsePath(path)
    expect(steps).toBeDefined()
    expect(readPath(doc, steps!)).toEqual(found ? {found, value} : {found})
  })

  it('does not read inherited members', () => {
    expect(readPath({}, parsePath('$.constructor')!).found).toBe(false)
  })

  it.each(['status', '$status', '$.', '$[x]', '$..a', '$.a[-1]', '$.a b'])('rejects %j', path =>
    expect(parsePath(path)).toBeUndefined()
  )
})

describe('percentiles (nearest rank)', () => {
  it('reads p50 and p95', () => {
    const values = Array.from({length: 100}, (_, i) => 100 - i)
    expect(percentile(values, 50)).toBe(50)
    expect(percentile(values, 95)).toBe(95)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 50)).toBeUndefined()
  })
})
