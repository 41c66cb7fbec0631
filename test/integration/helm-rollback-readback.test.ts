import {afterEach, beforeEach, describe, expect, it, jest} from '@jest/globals'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {CommandResult, CommandRunner} from '../../src/lib/exec.js'
import {parseFileCommand} from '../../src/lib/file-command.js'

// helm rollback exited 0 but the history read after it did not come back: the step must not
// claim "nothing was changed". Scripted helm, since the stand-in cannot fail only the second
// history call.

const {run} = await import('../../src/helm-rollback/main.js')

const history = JSON.stringify([
  {
    revision: 1,
    updated: '2026-08-01T10:00:00Z',
    status: 'superseded',
    chart: 'payments-1.0.0',
    app_version: '1.0.0',
    description: 'Install complete'
  },
  {
    revision: 2,
    updated: '2026-08-02T10:00:00Z',
    status: 'deployed',
    chart: 'payments-1.1.0',
    app_version: '1.1.0',
    description: 'Upgrade complete'
  }
])

let dir: string
const saved = {...process.env}
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-readback-'))
  for (const name of ['output', 'summary']) await writeFile(join(dir, name), '')
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    GITHUB_JOB: 'rollback'
  })
})
afterEach(async () => {
  process.env = {...saved}
  process.exitCode = undefined
  await rm(dir, {recursive: true, force: true})
})

describe('helm-rollback when the history cannot be read back after the rollback', () => {
  it('says the rollback ran, and still writes outputs and summary', async () => {
    let histories = 0
    const exec: CommandRunner = {
      async run(_file, args): Promise<CommandResult> {
        if (args[0] === 'version') return {exitCode: 0, stdout: 'v3.21.4+g1a2b3c4\n', stderr: ''}
        if (args[0] === 'rollback')
          return {exitCode: 0, stdout: 'Rollback was a success!\n', stderr: ''}
        histories++
        if (histories === 1) return {exitCode: 0, stdout: history, stderr: ''}
        return {exitCode: 143, stdout: '', stderr: '', timedOut: true, signal: 'SIGTERM'}
      }
    }
    const printed: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      printed.push(String(chunk))
      return true
    })
    try {
      await run({inputs: name => ({release: 'payments', revision: '1'})[name], exec})
    } finally {
      spy.mockRestore()
    }
    expect(process.exitCode).toBe(1)
    const errors = printed
      .join('')
      .split('\n')
      .filter(line => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^::error::helm-rollback rolled back release 'payments' to revision 1, but then failed: helm rollback payments 1 exited 0, but the history could not be read back to verify it: helm history payments did not finish within/
    )
    const outputs = parseFileCommand(await readFile(join(dir, 'output'), 'utf8'))
    expect(outputs).toMatchObject({status: 'failed', 'from-revision': '2', 'to-revision': '1'})
    expect(await readFile(join(dir, 'summary'), 'utf8')).toContain('**Rollback failed**')
  })
})
