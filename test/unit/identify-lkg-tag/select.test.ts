import {describe, expect, it} from '@jest/globals'
import type {CheckSignal} from '../../../src/identify-lkg-tag/checks.js'
import {
  selectLastKnownGood,
  type CommitInfo,
  type SelectionRules
} from '../../../src/identify-lkg-tag/select.js'
import {
  compileTagPattern,
  versionOf,
  type TagPattern,
  type VersionedTag
} from '../../../src/identify-lkg-tag/tag-pattern.js'

const pattern = compileTagPattern('v*') as TagPattern
const tag = (name: string): VersionedTag => versionOf(name, [pattern]) as VersionedTag
const ok: CheckSignal[] = [
  {kind: 'check-run', name: 'test', status: 'COMPLETED', conclusion: 'SUCCESS'}
]
const bad: CheckSignal[] = [
  {kind: 'check-run', name: 'test', status: 'COMPLETED', conclusion: 'FAILURE'}
]

function world(checks: Record<string, CheckSignal[]>) {
  const batches: string[][] = []
  const inspect = async (tags: readonly VersionedTag[]) => {
    batches.push(tags.map(t => t.name))
    return new Map<string, CommitInfo>(
      tags.map(t => [t.name, {sha: `sha-${t.name}`, signals: checks[t.name] ?? ok}])
    )
  }
  return {batches, inspect}
}

function rules(
  over: Partial<SelectionRules> & Pick<SelectionRules, 'inspect' | 'current'>
): SelectionRules {
  return {
    includePrereleases: false,
    exclude: new Set(),
    required: {mode: 'all'},
    gates: [],
    ...over
  }
}

describe('selectLastKnownGood', () => {
  const tags = [
    'v1.0.0',
    'v1.1.0',
    'v1.2.0-rc.1',
    'v1.2.0',
    'v1.10.0',
    'v2.0.0-rc.1',
    'v2.0.0'
  ].map(tag)

  it('picks the newest release below current by semver, skipping failed ones', async () => {
    const w = world({'v1.10.0': bad})
    const s = await selectLastKnownGood(tags, rules({inspect: w.inspect, current: tag('v2.0.0')}))
    expect(s.chosen?.tag).toBe('v1.2.0')
    expect(s.examined.map(e => [e.tag, e.verdict])).toEqual([
      ['v1.10.0', 'rejected'],
      ['v1.2.0', 'chosen']
    ])
    expect(s.skippedPrereleases).toBe(2)
  })

  it('never considers current or anything above it', async () => {
    const w = world({})
    const s = await selectLastKnownGood(tags, rules({inspect: w.inspect, current: tag('v1.1.0')}))
    expect(s.chosen?.tag).toBe('v1.0.0')
    expect(w.batches.flat()).not.toContain('v1.1.0')
    expect(w.batches.flat()).not.toContain('v2.0.0')
  })

  it('includes prereleases only when asked, ordered below their release', async () => {
    const w = world({'v1.10.0': bad})
    const s = await selectLastKnownGood(
      tags,
      rules({inspect: w.inspect, current: tag('v2.0.0'), includePrereleases: true})
    )
    expect(s.examined.map(e => e.tag)).toEqual(['v2.0.0-rc.1'])
    const s2 = await selectLastKnownGood(
      tags,
      rules({
        inspect: world({'v2.0.0-rc.1': bad, 'v1.10.0': bad, 'v1.2.0': bad}).inspect,
        current: tag('v2.0.0'),
        includePrereleases: true
      })
    )
    expect(s2.chosen?.tag).toBe('v1.2.0-rc.1')
  })

  it('rejects excluded tags without inspecting them', async () => {
    const w = world({})
    const s = await selectLastKnownGood(
      tags,
      rules({inspect: w.inspect, current: tag('v2.0.0'), exclude: new Set(['v1.10.0'])})
    )
    expect(s.examined[0]).toEqual({
      tag: 'v1.10.0',
      version: '1.10.0',
      verdict: 'rejected',
      reason: "listed in 'exclude'"
    })
    expect(w.batches.flat()).not.toContain('v1.10.0')
    expect(s.chosen?.tag).toBe('v1.2.0')
  })

  it('applies the extra gates after the checks', async () => {
    const w = world({})
    const gate = async (t: VersionedTag) =>
      t.name === 'v1.10.0' ? 'never deployed to production' : undefined
    const s = await selectLastKnownGood(
      tags,
      rules({inspect: w.inspect, current: tag('v2.0.0'), gates: [gate]})
    )
    expect(s.examined[0]?.reason).toBe('never deployed to production')
    expect(s.chosen?.tag).toBe('v1.2.0')
  })

  it('returns every rejection when nothing qualifies', async () => {
    const w = world(Object.fromEntries(tags.map(t => [t.name, bad])))
    const s = await selectLastKnownGood(tags, rules({inspect: w.inspect, current: tag('v2.0.0')}))
    expect(s.chosen).toBeUndefined()
    expect(s.examined.map(e => e.tag)).toEqual(['v1.10.0', 'v1.2.0', 'v1.1.0', 'v1.0.0'])
    expect(s.examined.every(e => e.reason.startsWith('checks failed'))).toBe(true)
  })

  it('inspects newest first in batches and stops at the first that qualifies', async () => {
    const many = Array.from({length: 500}, (_, i) => tag(`v1.0.${i}`))
    const w = world({'v1.0.498': bad, 'v1.0.497': bad, 'v1.0.496': bad})
    const s = await selectLastKnownGood(
      many,
      rules({inspect: w.inspect, current: tag('v1.0.499'), batchSizes: [10, 50]})
    )
    expect(s.chosen?.tag).toBe('v1.0.495')
    expect(w.batches).toHaveLength(1)
    expect(w.batches[0]?.[0]).toBe('v1.0.498')
    expect(s.notExamined).toBe(495)
  })
})
