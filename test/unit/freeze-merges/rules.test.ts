import {describe, expect, it} from '@jest/globals'
import {formatDuration, parseDuration} from '../../../src/freeze-merges/duration.js'
import {exemption, missingApprovals} from '../../../src/freeze-merges/exemption.js'

describe('expires-in durations', () => {
  it.each([
    ['0', 0],
    ['90s', 90_000],
    ['90m', 5_400_000],
    ['1h30m', 5_400_000],
    ['1d', 86_400_000],
    ['30d', 30 * 86_400_000]
  ])('%s = %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', '-1h', '1', 'h', '1w', '31d', '1.5h', '0m', '1h 30m', '9999999d'])(
    'rejects %p',
    text => expect(parseDuration(text)).toBeUndefined()
  )

  it('formats for messages', () => expect(formatDuration(5_400_000)).toBe('1h30m'))
})

describe('exemptions', () => {
  const rules = {label: 'freeze-exempt', approvals: 2, bypass: ['@SRE-Lead', 'release-bot']}

  it('lets bypass authors through, case-insensitively', () => {
    expect(exemption({author: 'sre-lead', labels: []}, rules)).toContain('bypass')
  })

  it('needs the label AND enough approvals from others than the author', () => {
    const labelled = {author: 'dev', labels: ['freeze-exempt']}
    expect(exemption({...labelled, approvedBy: ['a', 'b']}, rules)).toContain('2 approving')
    expect(exemption({...labelled, approvedBy: ['a', 'dev']}, rules)).toBeUndefined()
    expect(exemption({...labelled, approvedBy: ['a']}, rules)).toBeUndefined()
    expect(missingApprovals({...labelled, approvedBy: ['a']}, rules)).toContain('1 of 2')
    expect(
      exemption({author: 'dev', labels: [], approvedBy: ['a', 'b', 'c']}, rules)
    ).toBeUndefined()
  })

  it('with 0 approvals the label alone exempts', () => {
    expect(
      exemption({author: 'dev', labels: ['freeze-exempt']}, {...rules, approvals: 0})
    ).toBeDefined()
  })
})
