import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {existsSync, readFileSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runInProcessGroup} from '../../../src/lib/process-group.js'
import type {CommandCheck} from '../../../src/smoke-verify/checks.js'
import {commandProbe} from '../../../src/smoke-verify/probes/command.js'
import {runSchedule} from '../../../src/smoke-verify/scheduler.js'

// Real bash scripts, real process groups.

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smoke-command-'))
})
afterAll(async () => rm(dir, {recursive: true, force: true}))

const check = (run: string, sampleTimeoutMs = 5000): CommandCheck => ({
  name: 'script',
  kind: 'command',
  run,
  sampleTimeoutMs,
  stats: {
    intervalMs: 50,
    count: 3,
    consecutiveSuccesses: 1,
    failureLimit: 0,
    inconclusiveLimit: undefined
  }
})

const probe = (run: string, env: NodeJS.ProcessEnv = process.env) =>
  commandProbe(check(run), {cwd: dir, env})

/** A process is gone once it no longer exists or is a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`
  if (!existsSync(stat)) return false
  const state = readFileSync(stat, 'utf8').split(') ')[1]?.[0]
  return state !== 'Z' && state !== 'X'
}

describe('command check', () => {
  it('runs in the workspace with the job env, without INPUT_* or the step files', async () => {
    const result = await probe(
      'echo "cwd=$PWD v=$JOB_VAR i=${INPUT_CHECKS:-none} o=${GITHUB_OUTPUT:-none}"',
      {
        ...process.env,
        JOB_VAR: 'from-job',
        INPUT_CHECKS: 'secret-yaml',
        GITHUB_OUTPUT: '/tmp/out'
      }
    )(AbortSignal.timeout(5000))
    expect(result.outcome).toBe('success')
    expect(result.details?.output).toBe(`cwd=${dir} v=from-job i=none o=none\n`)
  })

  it('fails like a run: step would: -e stops at the first failure, pipefail sees a failing pipe', async () => {
    const errexit = await probe('false\necho should-not-run')(AbortSignal.timeout(5000))
    expect(errexit).toMatchObject({outcome: 'failure', message: 'exit 1'})
    const pipe = await probe('echo "smoke: 3 failed" >&2; exit 3 | cat')(AbortSignal.timeout(5000))
    expect(pipe).toMatchObject({outcome: 'failure', message: 'exit 3: smoke: 3 failed'})
  })

  it('kills the whole process group of a script that hangs with children', async () => {
    const pids = join(dir, 'pids')
    // A child, a grandchild that ignores SIGTERM, and the shell itself waiting on them.
    const script = [
      'sleep 300 & echo $! >> ' + pids,
      'bash -c \'trap "" TERM; echo $$ >> ' + pids + "; while true; do sleep 1; done' &",
      'echo started',
      'wait'
    ].join('\n')
    const started = performance.now()
    const result = await commandProbe(check(script, 300), {cwd: dir, env: process.env})(
      AbortSignal.timeout(300)
    )
    const took = performance.now() - started
    expect(result.outcome).toBe('failure')
    expect(result.message).toMatch(/its process group was killed/)
    expect(result.details?.output).toContain('started')
    // SIGTERM, then SIGKILL after the 2 s grace for the one that ignores SIGTERM.
    expect(took).toBeLessThan(4000)
    const children = (await readFile(pids, 'utf8')).trim().split('\n').map(Number)
    expect(children).toHaveLength(2)
    for (const pid of children) expect(alive(pid)).toBe(false)
  })

  it('kills what a script left running in the background once it exits', async () => {
    const pidFile = join(dir, 'bg')
    const result = await probe(`sleep 300 & echo $! > ${pidFile}; echo done`)(
      AbortSignal.timeout(5000)
    )
    expect(result.outcome).toBe('success')
    const pid = Number(await readFile(pidFile, 'utf8'))
    await new Promise(r => setTimeout(r, 100))
    expect(alive(pid)).toBe(false)
  })

  it('keeps the start and end of long output and says how much was left out', async () => {
    const result = await runInProcessGroup(
      'bash',
      ['-c', 'echo FIRST; head -c 200000 /dev/zero | tr "\\0" x; echo; echo LAST'],
      {
        signal: AbortSignal.timeout(5000),
        maxOutputBytes: 1000
      }
    )
    expect(result.exitCode).toBe(0)
    expect(result.output.startsWith('FIRST\n')).toBe(true)
    expect(result.output.trimEnd().endsWith('LAST')).toBe(true)
    expect(result.omittedBytes).toBe(200000 + 6 + 1 + 5 - 1000)
    expect(result.output).toContain(`[... ${result.omittedBytes} bytes of output left out ...]`)
    const sample = await probe('head -c 100000 /dev/zero | tr "\\0" y')(AbortSignal.timeout(5000))
    expect(sample.message).toMatch(/^exit 0 in \d+ ms \(output truncated: \d+ bytes left out\)$/)
  })

  it('reports a program that cannot start', async () => {
    const result = await runInProcessGroup('/nonexistent/bin', [], {
      signal: AbortSignal.timeout(1000)
    })
    expect(result.spawnError).toMatch(/ENOENT/)
  })

  it('fails, then passes, as a script starts to succeed (statistics over real runs)', async () => {
    const counter = join(dir, 'counter')
    const c = {
      ...check(
        `n=$(cat ${counter} 2>/dev/null || echo 0); echo $((n+1)) > ${counter}; [ "$n" -ge 1 ]`
      ),
      stats: {
        intervalMs: 50,
        count: 5,
        consecutiveSuccesses: 2,
        failureLimit: 1,
        inconclusiveLimit: undefined
      }
    }
    const result = await runSchedule(
      [{check: c, probe: commandProbe(c, {cwd: dir, env: process.env})}],
      {timeoutMs: 10_000}
    )
    expect(result.checks[0]?.samples.map(s => s.outcome)).toEqual(['failure', 'success', 'success'])
    expect(result.checks[0]?.result).toBe('passed')
  })
})
