import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {spawn} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startSmokeTarget, type SmokeTarget} from '../../sandbox/smoke-target.js'
import {errors, ROOT, runDist, type DistRun} from '../../sandbox/runner.js'
import {verifyChain, type EvidenceRecord} from '../../src/lib/evidence.js'

// Runs dist/smoke-verify/index.js as the runner does, against a misbehaving loopback service.

let target: SmokeTarget
beforeAll(async () => {
  target = await startSmokeTarget()
})
afterAll(async () => target.close())

interface Result {
  run: DistRun
  evidence: EvidenceRecord[]
  evidenceText: string
  report: Record<string, unknown> | undefined
}

async function smoke(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<Result> {
  const run = await runDist('smoke-verify', {inputs, env, keep: true})
  try {
    const chain = join(run.tempDir, 'rollback-evidence', 'rollback.jsonl')
    const evidenceText = existsSync(chain) ? await readFile(chain, 'utf8') : ''
    const evidence = evidenceText
      .split('\n')
      .filter(Boolean)
      .map(line => JSON.parse(line) as EvidenceRecord)
    if (evidence.length) expect((await verifyChain(chain)).error).toBeUndefined()
    const reportPath = run.outputs.report
    const report =
      reportPath && existsSync(reportPath)
        ? (JSON.parse(await readFile(reportPath, 'utf8')) as Record<string, unknown>)
        : undefined
    return {run, evidence, evidenceText, report}
  } finally {
    await rm(run.tempDir, {recursive: true, force: true})
  }
}

const samples = (r: Result) => r.evidence.filter(e => e.event === 'sample')

describe('smoke-verify (dist)', () => {
  it('passes healthy http and command checks and writes outputs, report, summary and evidence', async () => {
    const r = await smoke({
      url: `${target.url}/ok`,
      interval: '200ms',
      checks: [
        '- name: api-health',
        '  kind: http',
        `  url: ${target.url}/ok`,
        '  json: [{path: $.status, equals: ok}, {path: $.db, exists: true}, {path: $.queue_depth, lt: 100}]',
        '  max-latency-ms: 2000',
        '- name: smoke-suite',
        '  kind: command',
        '  run: |',
        '    echo "running smoke in $PWD"',
        '    test -d .'
      ].join('\n')
    })
    expect(errors(r.run)).toEqual([])
    expect(r.run.exitCode).toBe(0)
    expect(r.run.outputs.result).toBe('passed')
    expect(JSON.parse(r.run.outputs['failed-checks'] ?? '')).toEqual([])
    expect(r.report).toMatchObject({result: 'passed'})
    const checks = (r.report?.checks ?? []) as {name: string; result: string; samples: number}[]
    expect(checks.map(c => [c.name, c.result, c.samples])).toEqual([
      ['url', 'passed', 3],
      ['api-health', 'passed', 3],
      ['smoke-suite', 'passed', 3]
    ])
    expect(r.run.summary).toContain('### smoke-verify: passed')
    expect(r.run.summary).toMatch(
      /\| api-health \| http \| \*\*passed\*\* \| 3 \| 3 \| 0 \| 0 \| \d+ ms \| \d+ ms \|/
    )
    // Each sample in the log as it happens, and in the evidence.
    expect(r.run.stdout).toMatch(/\[smoke-suite\] sample 1\/6 success: exit 0 in \d+ ms/)
    expect(r.run.stdout).toContain('::group::api-health: passed (3/3 passed)')
    expect(samples(r)).toHaveLength(9)
    const events = r.evidence.map(e => e.event)
    expect(events.slice(0, 2)).toEqual(['inputs', 'plan'])
    expect(events.at(-1)).toBe('verdict')
    expect(events.filter(e => e === 'check-decided')).toHaveLength(3)
    // Each check's decision follows its own samples.
    for (const name of ['url', 'api-health', 'smoke-suite']) {
      const of = (e: EvidenceRecord) => (e.data as {check?: string}).check === name
      const lastSample = r.evidence.findLastIndex(e => e.event === 'sample' && of(e))
      const decided = r.evidence.findIndex(e => e.event === 'check-decided' && of(e))
      expect(decided).toBeGreaterThan(lastSample)
    }
  })

  it('fails on a flapping endpoint: outputs first, one error, the others stopped early', async () => {
    const r = await smoke({
      interval: '150ms',
      checks: [
        `- {name: flappy, kind: http, url: "${target.url}/flap"}`,
        `- {name: steady, kind: http, url: "${target.url}/ok", interval: 1s, count: 20, consecutive-successes: 20}`
      ].join('\n'),
      timeout: '30s'
    })
    expect(r.run.exitCode).toBe(1)
    expect(errors(r.run)).toHaveLength(1)
    expect(errors(r.run)[0]).toMatch(
      /^smoke-verify failed: check 'flappy' a sample failed \(failure-limit 0\); last error: sample 2: status 503, expected 200/
    )
    expect(r.run.outputs.result).toBe('failed')
    expect(JSON.parse(r.run.outputs['failed-checks'] ?? '')).toEqual([
      {
        name: 'flappy',
        kind: 'http',
        reason: 'a sample failed (failure-limit 0)',
        lastError: expect.stringMatching(/^sample 2: status 503, expected 200/)
      }
    ])
    expect(r.run.summary).toContain('The other checks were stopped early.')
    expect(r.run.summary).toMatch(/\| steady \| http \| \*\*stopped\*\* \|/)
    expect(r.evidence.at(-2)).toMatchObject({event: 'verdict', data: {result: 'failed'}})
    expect(r.evidence.at(-1)).toMatchObject({event: 'failed', data: {kind: 'user'}})
  })

  it('is inconclusive (and fails the step) when a check never gets enough successes in a row', async () => {
    const r = await smoke({
      checks: `- {name: booting, kind: http, url: "${target.url}/recover/100", interval: 100ms, count: 3, failure-limit: 5}`
    })
    expect(r.run.exitCode).toBe(1)
    expect(r.run.outputs.result).toBe('inconclusive')
    expect(errors(r.run)).toEqual([
      expect.stringMatching(
        /^smoke-verify is inconclusive: check 'booting': 3 samples taken \(count\) without 3 successes in a row/
      )
    ])
  })

  it('reads ${VAR} headers from the env, sends them, and keeps them out of the log and evidence', async () => {
    const token = 'tok-e2e-4f9a1c'
    const r = await smoke(
      {
        interval: '100ms',
        'consecutive-successes': '1',
        checks: [
          '- name: authed',
          '  kind: http',
          `  url: ${target.url}/echo-headers`,
          '  headers: {Authorization: "Bearer ${SMOKE_TOKEN}"}',
          `  json: [{path: $.authorization, equals: "Bearer ${token}"}]`
        ].join('\n')
      },
      {SMOKE_TOKEN: token}
    )
    expect(r.run.outputs.result).toBe('passed')
    expect(r.run.stdout).toContain(`::add-mask::${token}`)
    const logLines = r.run.stdout.split('\n').filter(line => !line.startsWith('::add-mask::'))
    expect(logLines.join('\n')).not.toContain(token)
    expect(r.evidenceText).not.toContain(token)
  })

  it('kills a hanging command with children through the bundled action', async () => {
    const started = Date.now()
    const r = await smoke({
      checks:
        '- {name: stuck, kind: command, run: "sleep 300 & sleep 300 & wait", timeout: 500ms, count: 1, consecutive-successes: 1}'
    })
    expect(r.run.outputs.result).toBe('failed')
    expect(errors(r.run)[0]).toMatch(/timed out after 500ms; its process group was killed/)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('a cancelled job (SIGTERM to the action) takes the command check process group with it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'smoke-cancel-'))
    try {
      const pidFile = join(dir, 'pid')
      const output = join(dir, 'output')
      await writeFile(output, '')
      const child = spawn(process.execPath, [join(ROOT, 'dist', 'smoke-verify', 'index.js')], {
        env: {
          PATH: process.env.PATH ?? '',
          RUNNER_TEMP: dir,
          GITHUB_WORKSPACE: dir,
          GITHUB_OUTPUT: output,
          INPUT_CHECKS: `- {name: long, kind: command, run: "sleep 300 & echo $! > ${pidFile}; wait"}`
        },
        stdio: 'ignore'
      })
      const exited = new Promise<NodeJS.Signals | null>(resolve =>
        child.on('exit', (_, signal) => resolve(signal))
      )
      const deadline = Date.now() + 10_000
      while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8').trim() === '') {
        if (Date.now() > deadline) throw new Error('the command check never started')
        await new Promise(r => setTimeout(r, 50))
      }
      const sleeper = Number(readFileSync(pidFile, 'utf8'))
      expect(alive(sleeper)).toBe(true)
      child.kill('SIGTERM')
      expect(await exited).toBe('SIGTERM')
      await new Promise(r => setTimeout(r, 200))
      expect(alive(sleeper)).toBe(false)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })

  it('runs from the rollback-kit command with flags (break-glass), outside a runner', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'smoke-cli-'))
    try {
      const run = (args: string[]) =>
        new Promise<{code: number | null; stdout: string}>(resolve => {
          const child = spawn(process.execPath, [join(ROOT, 'bin', 'rollback-kit.js'), ...args], {
            cwd: dir,
            env: {PATH: process.env.PATH ?? '', HOME: dir},
            stdio: ['ignore', 'pipe', 'pipe']
          })
          let stdout = ''
          child.stdout.on('data', c => (stdout += c))
          child.on('close', code => resolve({code, stdout}))
        })
      const ok = await run([
        'run',
        'smoke-verify',
        '--url',
        `${target.url}/ok`,
        '--interval',
        '100ms'
      ])
      expect(ok.code).toBe(0)
      expect(ok.stdout).toMatch(/\[url\] sample 3\/6 success: status 200/)
      expect(ok.stdout).toMatch(/^ {2}result: passed$/m)
      expect(ok.stdout).not.toContain('::group::') // no workflow commands outside a runner
      expect(ok.stdout).toMatch(
        new RegExp(`^ {2}report: ${dir}/rollback-evidence/smoke-verify-report-.*\\.json$`, 'm')
      )
      const bad = await run([
        'run',
        'smoke-verify',
        '--url',
        `${target.url}/status/500`,
        '--interval',
        '100ms'
      ])
      expect(bad.code).toBe(1)
      expect(bad.stdout).toMatch(/^ {2}result: failed$/m)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })

  it('dry-run validates and plans without taking a sample', async () => {
    const before = target.hits('/ok')
    const r = await smoke({
      url: `${target.url}/ok`,
      'dry-run': 'true',
      interval: '1m',
      count: '10',
      'consecutive-successes': '10'
    })
    expect(r.run.exitCode).toBe(0)
    expect(r.run.outputs.result).toBe('dry-run')
    expect(r.run.summary).toContain('| url | http | 1m | 10 | 10 | 0 |  | 10m |')
    expect(target.hits('/ok')).toBe(before)
  })

  describe('hostile inputs: exactly one error naming the input, no sample taken', () => {
    // An environment string holds at most 128 KiB on Linux: 100,000 characters is as huge as
    // a runner can pass.
    const values: [string, (input: string) => string][] = [
      ['huge', () => '7'.repeat(100_000)],
      ['a newline', () => '5\n--x'],
      ['a leading dash', () => '--help'],
      ['the wrong type', input => (input === 'checks' ? '42' : '{a: [1]}')]
    ]
    const cases: [string, string, string][] = []
    for (const input of [
      'url',
      'expect-status',
      'checks',
      'interval',
      'count',
      'consecutive-successes',
      'failure-limit',
      'inconclusive-limit',
      'timeout',
      'dry-run'
    ]) {
      for (const [label, value] of values) cases.push([input, label, value(input)])
    }
    it.each(cases)('%s = %s', async (input, _, value) => {
      const before = target.hits('/ok')
      const inputs: Record<string, string> = {url: `${target.url}/ok`, [input]: value}
      if (input === 'url') inputs.checks = `- {name: a, kind: http, url: "${target.url}/ok"}`
      const r = await smoke(inputs)
      expect(r.run.exitCode).toBe(1)
      expect(errors(r.run)).toHaveLength(1)
      expect(errors(r.run)[0]).toMatch(new RegExp(`^Input '${input}' `))
      expect(samples(r)).toHaveLength(0)
      expect(target.hits('/ok')).toBe(before)
    })

    it('nothing to check at all', async () => {
      const r = await smoke({})
      expect(errors(r.run)).toEqual([expect.stringMatching(/^Input 'checks' is empty: pass url/)])
    })
  })
})

/** A process is gone once it no longer exists or is a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`
  if (!existsSync(stat)) return false
  const state = readFileSync(stat, 'utf8').split(') ')[1]?.[0]
  return state !== 'Z' && state !== 'X'
}
