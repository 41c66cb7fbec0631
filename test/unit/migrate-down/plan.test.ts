import {describe, expect, it} from '@jest/globals'
import {planRevert, type PlanRequest} from '../../../src/migrate-down/plan.js'

const files = (...names: string[]) => names.map(name => ({name, path: `migrations/${name}.js`}))
const nameOf = (path: string) => path.replace(/\.js$/, '')
const added = (...names: string[]) =>
  names.map(name => ({status: 'A' as const, path: `${name}.js`}))

function plan(request: Partial<PlanRequest>) {
  return planRevert({files: [], applied: [], nameOf, ...request})
}

describe('planRevert', () => {
  it('reverts added ∩ applied, newest first; pending ones are reported, not touched', () => {
    const r = plan({
      files: files('1', '2', '3', '4'),
      applied: ['1', '2', '3'],
      changes: added('2', '3', '4')
    })
    expect(r.refusals).toEqual([])
    expect(r.plan).toEqual({
      mode: 'to-ref',
      revert: ['3', '2'],
      pending: ['4'],
      versionBefore: '3',
      versionAfter: '1'
    })
  })

  it('follows application order, not file order', () => {
    const r = plan({
      files: files('1', '2', '3'),
      applied: ['1', '3', '2'],
      changes: added('2', '3')
    })
    expect(r.plan.revert).toEqual(['2', '3'])
  })

  it('refuses when an old migration ran after the release ones (not the tail)', () => {
    const r = plan({
      files: files('1', '2', '3'),
      applied: ['2', '1', '3'],
      changes: added('2', '3')
    })
    expect(r.refusals.map(x => x.gate)).toEqual(['tail'])
    expect(r.refusals[0]?.migrations).toEqual(['1'])
  })

  it('refuses an applied migration without a file at from-ref', () => {
    const r = plan({files: files('1', '2'), applied: ['1', 'ghost', '2'], changes: added('2')})
    expect(r.refusals.map(x => x.gate)).toContain('missing-file')
    expect(r.refusals.find(x => x.gate === 'missing-file')?.migrations).toEqual(['ghost'])
  })

  it('refuses modified, renamed and deleted migrations older than to-ref', () => {
    const r = plan({
      files: files('1b', '2', '3'),
      applied: ['1b', '2', '3'],
      changes: [
        {status: 'M', path: '2.js'},
        {status: 'R', from: '1.js', path: '1b.js'},
        {status: 'D', path: '0.js'},
        ...added('3')
      ]
    })
    expect(r.refusals.map(x => x.gate).sort()).toEqual(['deleted', 'modified', 'renamed'])
  })

  it('ignores changes that are not migrations', () => {
    const r = plan({
      files: files('1', '2'),
      applied: ['1', '2'],
      changes: [{status: 'M', path: 'README.md'}, ...added('2')],
      nameOf: p => (p.endsWith('.js') ? p.replace(/\.js$/, '') : undefined)
    })
    expect(r.refusals).toEqual([])
    expect(r.plan.revert).toEqual(['2'])
  })

  it('count takes the newest N applied and refuses more than are applied (tools would revert all)', () => {
    expect(
      plan({files: files('1', '2', '3'), applied: ['1', '2', '3'], count: 2}).plan.revert
    ).toEqual(['3', '2'])
    const over = plan({files: files('1'), applied: ['1'], count: 5})
    expect(over.refusals.map(x => x.gate)).toEqual(['count'])
  })

  it('nothing to revert when nothing added is applied', () => {
    const r = plan({files: files('1', '2'), applied: ['1'], changes: added('2')})
    expect(r.plan.revert).toEqual([])
    expect(r.plan.pending).toEqual(['2'])
    expect(r.plan.versionAfter).toBe('1')
  })

  it('plans 1,000 migrations without quadratic work', () => {
    const names = Array.from({length: 1000}, (_, i) => String(i).padStart(4, '0'))
    const start = performance.now()
    const r = plan({files: files(...names), applied: names, changes: added(...names.slice(500))})
    expect(r.plan.revert).toHaveLength(500)
    expect(performance.now() - start).toBeLessThan(2000)
  })
})
