import {beforeEach, describe, expect, it, jest} from '@jest/globals'
import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

// runAction's only outside effects go through @actions/core: capture them.
const calls: {setFailed: string[]; debug: string[]; setSecret: string[]} = {
  setFailed: [],
  debug: [],
  setSecret: []
}
jest.unstable_mockModule('@actions/core', () => ({
  setFailed: (m: string) => calls.setFailed.push(m),
  debug: (m: string) => calls.debug.push(m),
  info: () => undefined,
  warning: () => undefined,
  setSecret: (s: string) => calls.setSecret.push(s)
}))
const {runAction} = await import('../../../src/lib/action.js')
const {InputError, UserError} = await import('../../../src/lib/errors.js')

beforeEach(() => {
  calls.setFailed.length = 0
  calls.debug.length = 0
  calls.setSecret.length = 0
})

describe('runAction', () => {
  it('prints a user error as-is, once', async () => {
    await runAction('identify-lkg-tag', async () => {
      throw new InputError('tag-pattern', 'v[', 'a glob may use * and ?')
    })
    expect(calls.setFailed).toEqual([
      "Input 'tag-pattern' has the value 'v[': a glob may use * and ?"
    ])
  })

  it('reports anything else as a bug of the action, with the stack in debug', async () => {
    await runAction('identify-lkg-tag', async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'sha')")
    })
    expect(calls.setFailed).toEqual([
      "identify-lkg-tag failed: Cannot read properties of undefined (reading 'sha')"
    ])
    expect(calls.debug.join('\n')).toContain('TypeError')
  })

  it('masks secrets and records the failure in the evidence chain', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rk-action-'))
    await runAction('helm-rollback', async context => {
      const evidence = context.openEvidence(dir, ['ghs_secret_value', undefined])
      await evidence.append('inputs', {note: 'uses ghs_secret_value'})
      throw new UserError('helm said no')
    })
    expect(calls.setSecret).toEqual(['ghs_secret_value'])
    const file = await readFile(
      join(dir, `${process.env.GITHUB_JOB || 'helm-rollback'}.jsonl`),
      'utf8'
    )
    const records = file
      .trim()
      .split('\n')
      .map(l => JSON.parse(l))
    expect(records.map(r => r.event)).toEqual(['inputs', 'failed'])
    expect(records[1].data).toEqual({message: 'helm said no', kind: 'user'})
    expect(file).not.toContain('ghs_secret_value')
  })

  it('succeeds quietly', async () => {
    await runAction('x', async () => undefined)
    expect(calls.setFailed).toEqual([])
  })
})
