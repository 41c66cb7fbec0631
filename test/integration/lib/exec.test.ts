import {describe, expect, it} from '@jest/globals'
import {UserError} from '../../../src/lib/errors.js'
import {createCommandRunner} from '../../../src/lib/exec.js'

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

  describe('with timeoutMs', () => {
    it('stops a program that runs too long and says so', async () => {
      const start = Date.now()
      await expect(
        runner.run(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {timeoutMs: 300})
      ).rejects.toThrow(/did not finish within 0 s and was stopped/)
      expect(Date.now() - start).toBeLessThan(10_000)
    })

    it('keeps argv, env, stdin, exit code and multi-byte output intact', async () => {
      const result = await runner.run(
        process.execPath,
        [
          '-e',
          'process.stdin.pipe(process.stdout); process.stderr.write("é".repeat(70000) + process.env.RK_X); process.on("exit", () => process.exitCode = 3)',
          '--',
          '--not-an-option'
        ],
        {env: {RK_X: 'x'}, input: 'in', timeoutMs: 10_000}
      )
      expect(result).toMatchObject({exitCode: 3, stdout: 'in', stderr: `${'é'.repeat(70000)}x`})
    })

    it('says which program is missing from PATH', async () => {
      await expect(
        runner.run('pg_dump-that-does-not-exist', [], {timeoutMs: 1000})
      ).rejects.toThrow("'pg_dump-that-does-not-exist' was not found on PATH")
    })
  })
})
