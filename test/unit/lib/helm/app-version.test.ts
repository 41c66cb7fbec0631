import {describe, expect, it} from '@jest/globals'
import {
  appVersionMatches,
  appVersionSpellings,
  findRevisionForTag
} from '../../../../src/lib/helm/app-version.js'
import {rev} from './fixtures.js'

describe('appVersionSpellings / appVersionMatches', () => {
  it.each([
    ['v1.2.3', ['v1.2.3', '1.2.3']],
    ['1.2.3', ['1.2.3', 'v1.2.3']],
    ['rc-1.2.3', ['rc-1.2.3']],
    ['version', ['version']]
  ])('%s', (v, spellings) => expect(appVersionSpellings(v)).toEqual(spellings))

  it('never matches an empty app_version', () => {
    expect(appVersionMatches('', '')).toBe(false)
    expect(appVersionMatches('1.2.3', 'v1.2.3')).toBe(true)
    expect(appVersionMatches('1.2.30', '1.2.3')).toBe(false)
  })
})

describe('findRevisionForTag', () => {
  const history = [
    rev(1, 'superseded', '1.2.3'),
    rev(2, 'superseded', 'v1.2.4'),
    rev(3, 'superseded', '1.2.3'),
    rev(4, 'failed', '1.2.5'),
    rev(5, 'pending-upgrade', '1.2.6'),
    rev(6, 'deployed', '1.2.4')
  ]

  it.each<[string, string | undefined, number | undefined]>([
    ['v1.2.3', undefined, 3],
    ['1.2.3', undefined, 3],
    ['v1.2.4', undefined, 6],
    ['1.2.4', undefined, 6],
    ['v1.2.5', undefined, undefined],
    ['v1.2.6', undefined, undefined],
    ['v9.9.9', undefined, undefined],
    ['rc-1.2.3', '1.2.3', 3],
    ['rc-1.2.3', undefined, undefined]
  ])('%s (version %s) → revision %s', (tag, version, revision) => {
    expect(findRevisionForTag(history, tag, version)?.revision).toBe(revision)
  })

  it('reads the history in any order', () => {
    expect(findRevisionForTag([...history].reverse(), 'v1.2.3')?.revision).toBe(3)
  })
})
