import {describe, expect, it} from '@jest/globals'
import {
  isExpired,
  parseRecord,
  renderRecord,
  type FreezeRecord
} from '../../../src/freeze-merges/record.js'

const record = (over: Partial<FreezeRecord> = {}): FreezeRecord => ({
  version: 1,
  method: 'status-check',
  branches: ['main', 'release/1.x'],
  checkName: 'merge-freeze',
  reason: 'Bad release --> <script>alert(1)</script>',
  by: 'oncall',
  at: '2026-11-28T05:00:00.000Z',
  expiresAt: null,
  incidents: [
    {incident: 'INC-1', reason: 'line\nbreak', by: 'oncall', at: '2026-11-28T05:00:00.000Z'}
  ],
  changes: {
    autoMerge: [{number: 7, id: 'PR_x', method: 'SQUASH', title: 'T -->', body: 'multi\nline'}],
    cancelledRuns: [{id: 3, workflow: 'deploy.yml', status: 'queued'}],
    protection: [{branch: 'main', before: null, signatures: false}]
  },
  exemptions: [{number: 8, why: 'author @sre is in bypass', at: '2026-11-28T05:00:00.000Z'}],
  complete: true,
  ...over
})

describe('freeze record on the issue body', () => {
  it('round-trips exactly, even with comment terminators and markup in the text', () => {
    const body = renderRecord(record())
    expect(parseRecord(body)).toEqual(record())
    // The hidden block is closed exactly once; people see escaped text.
    expect(body.match(/-->/g)).toHaveLength(1)
    expect(body).not.toContain('<script>')
    expect(body).toContain('Merges into `main`, `release/1.x` are frozen')
    expect(body).toContain('#7 (squash)')
  })

  it('says when a freeze was not applied completely', () => {
    expect(renderRecord(record({complete: false}))).toContain('not applied completely')
  })

  it('reads nothing from bodies without a record or with a damaged one', () => {
    expect(parseRecord(undefined)).toBeUndefined()
    expect(parseRecord('just text')).toBeUndefined()
    expect(parseRecord('<!-- rollback-kit:freeze-record\n{not json\n-->')).toBeUndefined()
    expect(parseRecord('<!-- rollback-kit:freeze-record\n{"version":2}\n-->')).toBeUndefined()
    // A person editing the text above the record does not break it.
    expect(parseRecord(`edited by hand\n\n${renderRecord(record())}`)).toEqual(record())
  })

  it('expires only past expiresAt', () => {
    const r = record({expiresAt: '2026-11-28T06:00:00.000Z'})
    expect(isExpired(r, new Date('2026-11-28T05:59:59Z'))).toBe(false)
    expect(isExpired(r, new Date('2026-11-28T06:00:00Z'))).toBe(true)
    expect(isExpired(record(), new Date('2099-01-01T00:00:00Z'))).toBe(false)
  })
})
