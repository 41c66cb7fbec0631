import {describe, expect, it} from '@jest/globals'
import {readInputs} from '../../../src/lib/inputs.js'
import {inputSchema} from '../../../src/freeze-merges/inputs.js'

const read = (values: Record<string, string>) =>
  readInputs(inputSchema, name => values[name], undefined)

describe('freeze-merges inputs', () => {
  it('has safe defaults: status mode, status-check, the default branch, 2 approvals, never expires', () => {
    const inputs = read({repository: 'octo-org/payments-api'})
    expect(inputs).toMatchObject({
      mode: 'status',
      method: 'status-check',
      branches: [],
      'exempt-label': 'freeze-exempt',
      'exempt-approvals': 2,
      'disable-auto-merge': true,
      'cancel-workflows': [],
      'expires-in': 0,
      'check-name': 'merge-freeze'
    })
  })

  it('reads lists one per line, skipping blanks and comments, without duplicates', () => {
    const inputs = read({
      repository: 'o/r',
      branches: 'main\n\n# comment\nrelease/1.x\nmain',
      bypass: '@sre-lead\nrelease-bot',
      'cancel-workflows': '.github/workflows/deploy.yml\npromote.yaml',
      'expires-in': '1h30m'
    })
    expect(inputs.branches).toEqual(['main', 'release/1.x'])
    expect(inputs.bypass).toEqual(['@sre-lead', 'release-bot'])
    expect(inputs['cancel-workflows']).toEqual(['.github/workflows/deploy.yml', 'promote.yaml'])
    expect(inputs['expires-in']).toBe(5_400_000)
  })

  it('never echoes a bad admin-token, and refuses one that could read as an option', () => {
    for (const bad of ['ghs_abc def', '--help', 'ghs_\u00e9', 'a'.repeat(2049)]) {
      expect(() => read({repository: 'o/r', 'admin-token': bad})).toThrow(
        "Input 'admin-token' has the value '***': expected one GitHub token"
      )
    }
    expect(read({repository: 'o/r', 'admin-token': 'ghs_abc'})['admin-token']).toBe('ghs_abc')
  })

  it('reads max-rate-limit-wait in seconds, 300 by default', () => {
    expect(read({repository: 'o/r'})['max-rate-limit-wait']).toBe(300)
    expect(read({repository: 'o/r', 'max-rate-limit-wait': '0'})['max-rate-limit-wait']).toBe(0)
    expect(() => read({repository: 'o/r', 'max-rate-limit-wait': '-1'})).toThrow(
      "Input 'max-rate-limit-wait' has the value '-1'"
    )
  })
})
