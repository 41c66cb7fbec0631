import {describe, expect, it} from '@jest/globals'
import {
  compileTagPattern,
  listingPrefixes,
  versionOf,
  type TagPattern
} from '../../../src/identify-lkg-tag/tag-pattern.js'

const compile = (...globs: string[]): TagPattern[] =>
  globs.map(g => {
    const p = compileTagPattern(g)
    if (typeof p === 'string') throw new Error(p)
    return p
  })

describe('tag patterns', () => {
  it.each([
    ['v*', 'v1.2.3', '1.2.3'],
    ['rc-*', 'rc-2.0.0', '2.0.0'],
    ['ga-*', 'ga-1.0.0-rc.1', '1.0.0-rc.1'],
    ['v1.*', 'v1.4.0', '1.4.0'],
    ['release/v*', 'release/v3.0.0', '3.0.0'],
    ['*', '1.2.3', '1.2.3'],
    ['v?.?.?', 'v1.2.3', '1.2.3']
  ])('%s reads %s as %s', (glob, tag, version) => {
    expect(versionOf(tag, compile(glob))?.version.raw).toBe(version)
  })

  it.each([
    ['v*', 'v1.2'],
    ['v*', 'latest'],
    ['v*', 'x1.2.3'],
    ['rc-*', 'v1.2.3'],
    ['v1.*', 'v2.0.0'],
    ['*', 'v1.2.3']
  ])('%s ignores %s', (glob, tag) => expect(versionOf(tag, compile(glob))).toBeUndefined())

  it('takes the first pattern that yields a version', () => {
    const patterns = compile('rc-*', 'v*')
    expect(versionOf('v2.0.0', patterns)?.pattern).toBe('v*')
    expect(versionOf('rc-2.0.0', patterns)?.pattern).toBe('rc-*')
  })

  it.each(['refs/tags/v*', 'v[0-9]*', 'v *', 'v~1', 'v..*', 'a:b*'])(
    'rejects %s with a reason',
    glob => {
      expect(typeof compileTagPattern(glob)).toBe('string')
    }
  )

  it('lists each literal prefix once, the shortest covering longer ones', () => {
    expect(listingPrefixes(compile('v*', 'v1.*', 'rc-*'))).toEqual(['v', 'rc-'])
    expect(listingPrefixes(compile('*', 'v*'))).toEqual([''])
  })
})
