import {describe, expect, it} from '@jest/globals'
import {compareSemVer, formatSemVer, parseSemVer} from '../../../src/identify-lkg-tag/semver.js'

const v = (s: string) => {
  const parsed = parseSemVer(s)
  if (!parsed) throw new Error(`not semver: ${s}`)
  return parsed
}

describe('parseSemVer', () => {
  it.each([
    '1.2.3',
    '0.0.0',
    '10.20.30',
    '1.0.0-rc.1',
    '1.0.0-alpha-a.b-c',
    '1.0.0+build.5',
    '1.0.0-0.3.7'
  ])('accepts %s', s => expect(parseSemVer(s)?.raw).toBe(s))
  it.each(['1.2', '01.2.3', '1.2.3-', '1.2.3-01', 'v1.2.3', '1.2.3.4', 'latest', '', '1.2.3+'])(
    'rejects %s',
    s => expect(parseSemVer(s)).toBeUndefined()
  )
  it('drops build metadata when formatting', () =>
    expect(formatSemVer(v('1.2.3-rc.1+sha.5'))).toBe('1.2.3-rc.1'))
})

describe('compareSemVer', () => {
  // semver.org's own precedence example, in ascending order.
  const ascending = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.2.0',
    '1.10.0',
    '2.0.0-rc.1',
    '2.0.0'
  ]
  it('orders by semver precedence, prereleases below their release', () => {
    const shuffled = [...ascending].reverse().sort(() => 0)
    expect(
      shuffled
        .map(v)
        .sort(compareSemVer)
        .map(x => x.raw)
    ).toEqual(ascending)
  })
  it('disagrees with sort -V where sort -V is wrong (rc after release)', () => {
    expect(compareSemVer(v('4.1.0-rc.1'), v('4.1.0'))).toBeLessThan(0)
    expect(compareSemVer(v('1.0.0-beta.11'), v('1.0.0-beta.2'))).toBeGreaterThan(0)
  })
  it('ignores build metadata', () => expect(compareSemVer(v('1.0.0+a'), v('1.0.0+b'))).toBe(0))
})
