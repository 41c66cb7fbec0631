// smoke-verify's schedule under load: 50 checks sampled concurrently. Prints the interval drift
// (when each sample started against when it was due) and the cost of a sample, against a naive
// "request, then sleep interval" loop measured in the same run on the same loopback server.
import {spawn} from 'node:child_process'
import {request} from 'node:http'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {EvidenceWriter} from '../src/lib/evidence.js'
import type {HttpCheck} from '../src/smoke-verify/checks.js'
import {httpProbe} from '../src/smoke-verify/probes/http.js'
import {runSchedule} from '../src/smoke-verify/scheduler.js'
import {percentile} from '../src/smoke-verify/stats.js'

const CHECKS = 50
const SAMPLES = 20
const INTERVAL_MS = 100

function plainGet(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, {agent: false}, res => {
      res.resume()
      res.on('end', resolve)
    })
    req.on('error', reject)
    req.end()
  })
}

/** The drift baseline: each check requests, then sleeps `interval`; its schedule slips each time. */
async function naiveLoops(url: string): Promise<{drift: number[]; cost: number[]}> {
  const drift: number[] = []
  const cost: number[] = []
  const start = performance.now()
  await Promise.all(
    Array.from({length: CHECKS}, async () => {
      for (let k = 0; k < SAMPLES; k++) {
        const began = performance.now()
        drift.push(began - (start + k * INTERVAL_MS))
        await plainGet(url)
        cost.push(performance.now() - began)
        await new Promise(r => setTimeout(r, INTERVAL_MS))
      }
    })
  )
  return {drift, cost}
}

/** The cost baseline: the same staggered grid, but a bare http.get and nothing else. */
async function bareGrid(url: string): Promise<{cost: number[]}> {
  const cost: number[] = []
  const start = performance.now()
  const step = Math.min(INTERVAL_MS / CHECKS, 20)
  await Promise.all(
    Array.from({length: CHECKS}, async (_, i) => {
      for (let k = 0; k < SAMPLES; k++) {
        const wait = start + i * step + k * INTERVAL_MS - performance.now()
        if (wait > 0) await new Promise(r => setTimeout(r, wait))
        const began = performance.now()
        await plainGet(url)
        cost.push(performance.now() - began)
      }
    })
  )
  return {cost}
}

async function ours(url: string): Promise<{drift: number[]; cost: number[]; elapsed: number}> {
  const dir = await mkdtemp(join(tmpdir(), 'rk-bench-smoke-'))
  const evidence = new EvidenceWriter({dir, chain: 'bench', action: 'smoke-verify'})
  let tail: Promise<unknown> = Promise.resolve()
  const checks = Array.from({length: CHECKS}, (_, i): HttpCheck => ({
    name: `check-${i}`,
    kind: 'http',
    url,
    method: 'GET',
    headers: {},
    body: undefined,
    expectStatus: [200],
    bodyContains: 'ok',
    json: [{path: '$.status', equals: 'ok'}],
    maxLatencyMs: undefined,
    maxRedirects: 5,
    sampleTimeoutMs: 5000,
    stats: {
      intervalMs: INTERVAL_MS,
      count: SAMPLES,
      consecutiveSuccesses: SAMPLES,
      failureLimit: 0,
      inconclusiveLimit: undefined
    }
  }))
  try {
    const result = await runSchedule(
      checks.map(check => ({check, probe: httpProbe(check)})),
      {
        timeoutMs: 60_000,
        // As main.ts does: every sample into the evidence chain, one append at a time.
        onSample: sample => {
          tail = tail.then(() =>
            evidence.append('sample', {check: sample.check, index: sample.index})
          )
        }
      }
    )
    await tail
    const samples = result.checks.flatMap(c => c.samples)
    if (samples.length !== CHECKS * SAMPLES || result.checks.some(c => c.result !== 'passed'))
      throw new Error(`expected ${CHECKS * SAMPLES} passing samples, got ${samples.length}`)
    return {
      drift: samples.map(s => s.startedMs - s.scheduledMs),
      cost: samples.map(s => s.durationMs),
      elapsed: result.elapsedMs
    }
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

const f = (n: number | undefined): string => `${(n ?? NaN).toFixed(1)} ms`.padStart(10)

/** The loopback target in its own process (as a real service would be). */
async function startTargetProcess(): Promise<{url: string; stop: () => void}> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'smoke-target-process.ts')],
    {
      stdio: ['pipe', 'pipe', 'inherit']
    }
  )
  const port = await new Promise<string>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', code => reject(new Error(`the smoke target exited with ${code}`)))
    child.stdout.once('data', chunk => resolve(String(chunk).trim()))
  })
  return {url: `http://127.0.0.1:${port}`, stop: () => child.stdin.end()}
}

export async function smokeVerifyBench(): Promise<void> {
  const target = await startTargetProcess()
  try {
    const url = `${target.url}/ok`
    await plainGet(url) // warm up
    const naive = await naiveLoops(url)
    const bare = await bareGrid(url)
    const run = await ours(url)
    const p50 = (v: number[]) => percentile(v, 50) as number
    const p99 = (v: number[]) => percentile(v, 99) as number
    console.log(
      `\nsmoke-verify: ${CHECKS} concurrent http checks, ${SAMPLES} samples each every ${INTERVAL_MS} ms (${CHECKS * SAMPLES} samples, evidence on):`
    )
    console.log(
      `  interval drift (start - due)        p50 ${f(p50(run.drift))}   p99 ${f(p99(run.drift))}   (goal p99 < 50 ms: ${p99(run.drift) < 50 ? 'met' : 'MISSED'})`
    )
    console.log(
      `  baseline: request then sleep        p50 ${f(p50(naive.drift))}   p99 ${f(p99(naive.drift))}`
    )
    console.log(
      `  drift p99 ratio (ours / baseline)   ${(p99(run.drift) / p99(naive.drift)).toFixed(3)}`
    )
    console.log(
      `  per-sample time (request + judging) p50 ${f(p50(run.cost))}   p99 ${f(p99(run.cost))}`
    )
    console.log(
      `  baseline: bare http.get, same grid p50 ${f(p50(bare.cost))}   p99 ${f(p99(bare.cost))}`
    )
    console.log(
      `  per-sample overhead (p50 difference) ${f(p50(run.cost) - p50(bare.cost))}   ratio ${(p50(run.cost) / p50(bare.cost)).toFixed(2)}`
    )
    console.log(
      `  run took ${(run.elapsed / 1000).toFixed(2)} s for a ${(((SAMPLES - 1) * INTERVAL_MS) / 1000).toFixed(1)} s schedule`
    )
  } finally {
    target.stop()
  }
}

// Run alone with `npx tsx bench/smoke-verify.ts`; bench/run.ts calls smokeVerifyBench().
if (import.meta.url === `file://${process.argv[1]}`) await smokeVerifyBench()
