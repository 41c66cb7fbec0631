import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {
  findPrometheus,
  startPrometheus,
  type PrometheusServer
} from '../../../sandbox/prometheus.js'
import {startSmokeTarget, type SmokeTarget} from '../../../sandbox/smoke-target.js'
import type {PrometheusCheck} from '../../../src/smoke-verify/checks.js'
import {parseCondition} from '../../../src/smoke-verify/condition.js'
import {prometheusProbe} from '../../../src/smoke-verify/probes/prometheus.js'
import {runSchedule} from '../../../src/smoke-verify/scheduler.js'

// A real Prometheus (Debian's package) scraping a loopback /metrics whose counters the test
// sets. Without the binary: skipped with the reason locally, a failure under CI.
const bin = findPrometheus()
if (!bin) {
  const reason =
    'prometheus is not installed (apt-get install prometheus, or set PROMETHEUS_BIN): the prometheus check tests are skipped'
  if (process.env.CI) throw new Error(`${reason}; CI must install it (.ci/run)`)
  console.log(reason)
}
const describeIf = bin ? describe : describe.skip

let target: SmokeTarget
let prometheus: PrometheusServer
beforeAll(async () => {
  if (!bin) return
  target = await startSmokeTarget()
  prometheus = await startPrometheus(bin, [`127.0.0.1:${target.port}`])
  await prometheus.waitForSeries('smoke_errors_total')
}, 60_000)
afterAll(async () => {
  await prometheus?.stop()
  await target?.close()
})

const check = (
  query: string,
  condition: string,
  over: Partial<PrometheusCheck['stats']> = {}
): PrometheusCheck => ({
  name: 'error-rate',
  kind: 'prometheus',
  url: prometheus.url,
  query,
  condition: parseCondition(condition)!,
  headers: {},
  sampleTimeoutMs: 5000,
  stats: {
    intervalMs: 500,
    count: 10,
    consecutiveSuccesses: 3,
    failureLimit: 0,
    inconclusiveLimit: undefined,
    ...over
  }
})

const sample = (c: PrometheusCheck) => prometheusProbe(c)(AbortSignal.timeout(5000))

/** Waits until Prometheus has scraped the counter at `value`. */
async function scraped(value: number): Promise<void> {
  await prometheus.waitForSeries(`smoke_errors_total == ${value}`)
}

describeIf('prometheus check against a real Prometheus', () => {
  it('passes while every series satisfies the condition, fails once the error counter rises', async () => {
    target.setErrors(0)
    await scraped(0)
    const ratio = check('smoke_errors_total / smoke_requests_total', '< 0.01')
    expect(await sample(ratio)).toMatchObject({outcome: 'success', message: '0 < 0.01'})
    target.setErrors(50)
    await scraped(50)
    const failed = await sample(ratio)
    expect(failed.outcome).toBe('failure')
    expect(failed.message).toMatch(/^1 of 1 series fail < 0.01: \{.*job="smoke".*\} = 0.05$/)
  })

  it('calls an empty result and NaN inconclusive, never success', async () => {
    expect(await sample(check('smoke_metric_that_does_not_exist', '== 0'))).toMatchObject({
      outcome: 'inconclusive',
      message: 'the query returned no series (is the metric scraped yet?)'
    })
    target.setErrors(0)
    await scraped(0)
    // 0 / 0: a ratio over no errors and no traffic.
    const nan = await sample(check('smoke_errors_total / smoke_errors_total', '< 0.01'))
    expect(nan.outcome).toBe('inconclusive')
    expect(nan.message).toMatch(/series is NaN/)
  })

  it("fails a sample on a query error with Prometheus's own message", async () => {
    const result = await sample(check('sum(rate(smoke_errors_total[5m])', '< 1'))
    expect(result.outcome).toBe('failure')
    expect(result.message).toMatch(/^Prometheus said: bad_data: .*parse error/)
  })

  it('fails a range-vector query with advice', async () => {
    const result = await sample(check('smoke_errors_total[1m]', '< 1'))
    expect(result).toMatchObject({outcome: 'failure'})
    expect(result.message).toMatch(/range vector/)
  })

  it('a run fails when errors start mid-verification, and the samples show the moment', async () => {
    target.setErrors(0)
    await scraped(0)
    const c = check('smoke_errors_total', '== 0', {
      intervalMs: 400,
      count: 40,
      consecutiveSuccesses: 40
    })
    setTimeout(() => target.setErrors(3), 1200)
    const result = await runSchedule([{check: c, probe: prometheusProbe(c)}], {timeoutMs: 30_000})
    const run = result.checks[0]!
    expect(run.result).toBe('failed')
    expect(run.samples.at(-1)?.message).toMatch(/^1 of 1 series fail == 0: .* = 3$/)
    expect(run.samples.filter(s => s.outcome === 'success').length).toBeGreaterThanOrEqual(2)
  }, 40_000)
})
