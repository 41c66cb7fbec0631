import {afterEach, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

// runAction's only outside effects go through @actions/core: capture them.
const calls: {
  setFailed: string[]
  debug: string[]
  setSecret: string[]
  setOutput: [string, string][]
} = {
  setFailed: [],
  debug: [],
  setSecret: [],
  setOutput: []
}
jest.unstable_mockModule('@actions/core', () => ({
  setFailed: (m: string) => calls.setFailed.push(m),
  setOutput: (name: string, value: string) => calls.setOutput.push([name, value]),
  debug: (m: string) => calls.debug.push(m),
  info: () => undefined,
  warning: () => undefined,
  setSecret: (s: string) => calls.setSecret.push(s)
}))
const {runAction} = await import('../../../src/lib/action.js')
const {InputError, UserError} = await import('../../../src/lib/errors.js')

// As on a runner (workflow commands on), with the default evidence-dir in a temp dir.
let runnerTemp: string
beforeEach(async () => {
  calls.setFailed.length = 0
  calls.debug.length = 0
  calls.setSecret.length = 0
  calls.setOutput.length = 0
  runnerTemp = await mkdtemp(join(tmpdir(), 'rk-action-temp-'))
  process.env.GITHUB_ACTIONS = 'true'
  process.env.RUNNER_TEMP = runnerTemp
  process.env.GITHUB_JOB = 'rollback'
  delete process.env.GITHUB_STEP_SUMMARY
})
afterEach(async () => rm(runnerTemp, {recursive: true, force: true}))

const chainOf = async (dir: string) =>
  (await readFile(join(dir, 'rollback.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as {event: string; data: Record<string, unknown>; hash: string})

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

  it('records a failure found before the chain was opened (a bad input) where the chain goes', async () => {
    await runAction(
      'helm-rollback',
      async () => {
        throw new InputError('release', 'Payments', 'expected a lowercase name')
      },
      {inputs: () => undefined}
    )
    const records = await chainOf(join(runnerTemp, 'rollback-evidence'))
    expect(records.map(r => r.event)).toEqual(['failed'])
    expect(records[0]?.data.message).toContain("Input 'release'")
    // The failure record is evidence too: its hash is the step's evidence-head.
    expect(calls.setOutput).toEqual([['evidence-head', records[0]?.hash]])
  })

  it('sets evidence-head to the last record the action appended', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rk-action-'))
    await runAction('x', async context => {
      const evidence = context.openEvidence(dir)
      await evidence.append('one', {})
      await evidence.append('two', {})
    })
    const records = await chainOf(dir)
    expect(calls.setOutput).toEqual([['evidence-head', records[1]?.hash]])
    expect(calls.setFailed).toEqual([])
  })

  it('says the change happened when its evidence cannot be written afterwards', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rk-action-'))
    const blocker = join(dir, 'a-file')
    await writeFile(blocker, '')
    await runAction('helm-rollback', async context => {
      context.openEvidence(join(blocker, 'evidence'))
      context.changed("rolled back release 'payments' to revision 4 (new revision 5)")
      await context.evidence?.append('rolled-back', {})
    })
    expect(calls.setFailed).toHaveLength(1)
    expect(calls.setFailed[0]).toMatch(
      /^helm-rollback rolled back release 'payments' to revision 4 \(new revision 5\), but could not record it as evidence: Input 'evidence-dir' has the value '.*a-file\/evidence': the evidence chain could not be written there \(ENOTDIR/
    )
  })
})
