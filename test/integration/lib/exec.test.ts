import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {UserError} from '../../../src/lib/errors.js'
import {createCommandRunner} from '../../../src/lib/exec.js'

// Whether a process still runs: gone, or a zombie nobody reaped yet (as in containers whose
// PID 1 does not reap orphans).
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

describe('the command runner', () => {
  const runner = createCommandRunner()

  it('hands every argument to the program as-is: nothing goes through a shell', async () => {
    const hostile = 'prod; touch /tmp/pwned $(id) `id` && echo "$HOME" | cat'
    const result = await runner.run(process.execPath, [
      '-e',
      'process.stdout.write(JSON.stringify(process.argv.slice(1)))',
      hostile,
      ''
    ])
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual([hostile, ''])
  })

  it('returns a failing exit code with its output instead of throwing', async () => {
    const result = await runner.run(process.execPath, [
      '-e',
      'console.error("Error: release: not found"); process.exit(1)'
    ])
    expect(result).toMatchObject({exitCode: 1, stderr: 'Error: release: not found\n'})
  })

  it('says which program is missing from PATH', async () => {
    await expect(runner.run('helm-that-does-not-exist', ['version'])).rejects.toThrow(UserError)
    await expect(runner.run('helm-that-does-not-exist', ['version'])).rejects.toThrow(
      "'helm-that-does-not-exist' was not found on PATH"
    )
  })

  it('passes extra environment and stdin', async () => {
    const result = await runner.run(
      process.execPath,
      ['-e', 'process.stdin.pipe(process.stdout); process.stdout.write(process.env.RK_X)'],
      {env: {RK_X: 'x'}, input: 'in:'}
    )
    expect(result.stdout).toBe('xin:')
  })

  it('stops a command that hangs, and everything it started, at its timeout', async () => {
    const quick = createCommandRunner({killGraceMs: 200})
    // The program starts a grandchild that ignores SIGTERM and would outlive it, then hangs.
    const script = `
      const {spawn} = require('node:child_process')
      const g = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], {stdio: 'ignore'})
      console.log(g.pid)
      setInterval(() => {}, 1000)`
    const started = Date.now()
    const result = await quick.run(process.execPath, ['-e', script], {timeoutMs: 500})
    expect(Date.now() - started).toBeLessThan(5000)
    expect(result.timedOut).toBe(true)
    expect(result.exitCode).not.toBe(0)
    const grandchild = Number(result.stdout.trim())
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(running(grandchild)).toBe(false)
  })

  it('reports a command killed by a signal it did not expect', async () => {
    const result = await runner.run(process.execPath, [
      '-e',
      'process.kill(process.pid, "SIGKILL")'
    ])
    expect(result).toMatchObject({signal: 'SIGKILL', exitCode: 137})
    expect(result.timedOut).toBeUndefined()
  })

  it('does not wait for a grandchild that keeps the output pipe open after the program exits', async () => {
    const script = `
      const {spawn} = require('node:child_process')
      spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {stdio: 'inherit'}).unref()
      console.log('done')`
    const started = Date.now()
    const result = await runner.run(process.execPath, ['-e', script])
    expect(result).toMatchObject({exitCode: 0, stdout: 'done\n'})
    expect(Date.now() - started).toBeLessThan(10000)
  })
})
