import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {createServer} from 'node:net'
import {startSmokeTarget, type SmokeTarget} from '../../../sandbox/smoke-target.js'
import type {HttpCheck, Statistics} from '../../../src/smoke-verify/checks.js'
import {httpProbe} from '../../../src/smoke-verify/probes/http.js'
import {runSchedule} from '../../../src/smoke-verify/scheduler.js'

// Real requests to a real (misbehaving) server on 127.0.0.1.

let target: SmokeTarget
beforeAll(async () => {
  target = await startSmokeTarget()
})
afterAll(async () => target.close())

const check = (
  path: string,
  over: Partial<HttpCheck> = {},
  stats: Partial<Statistics> = {}
): HttpCheck => ({
  name: path,
  kind: 'http',
  url: path.startsWith('http') ? path : `${target.url}${path}`,
  method: 'GET',
  headers: {},
  body: undefined,
  expectStatus: [200],
  bodyContains: undefined,
  json: [],
  maxLatencyMs: undefined,
  maxRedirects: 5,
  sampleTimeoutMs: 1000,
  stats: {
    intervalMs: 30,
    count: 6,
    consecutiveSuccesses: 3,
    failureLimit: 0,
    inconclusiveLimit: undefined,
    ...stats
  },
  ...over
})

const sample = (c: HttpCheck) => httpProbe(c)(AbortSignal.timeout(c.sampleTimeoutMs))

describe('http check against a real server', () => {
  it('passes a healthy endpoint with status, body and JSON assertions', async () => {
    const result = await sample(
      check('/ok', {
        bodyContains: 'ok',
        json: [
          {path: '$.status', equals: 'ok'},
          {path: '$.db', exists: true},
          {path: '$.queue_depth', lt: 100}
        ],
        maxLatencyMs: 900
      })
    )
    expect(result).toMatchObject({outcome: 'success', details: {status: 200}})
    expect(result.message).toMatch(/^status 200 in \d+ ms$/)
  })

  it('fails on wrong JSON, naming the path and the value', async () => {
    const result = await sample(check('/wrong-json', {json: [{path: '$.status', equals: 'ok'}]}))
    expect(result).toMatchObject({
      outcome: 'failure',
      message: '$.status is "degraded", expected "ok"'
    })
  })

  it('fails on a body that is not JSON when JSON is asserted', async () => {
    const result = await sample(check('/not-json', {json: [{path: '$.status', exists: true}]}))
    expect(result.outcome).toBe('failure')
    expect(result.message).toMatch(/^the body is not JSON .*<html><body>Maintenance/)
  })

  it('times out on a server that never answers, within the sample timeout', async () => {
    const started = performance.now()
    const result = await httpProbe(check('/hang'))(AbortSignal.timeout(200))
    expect(result).toMatchObject({outcome: 'failure', details: {error: 'timeout'}})
    expect(performance.now() - started).toBeLessThan(1500)
  })

  it('times out on a body that never ends', async () => {
    const result = await httpProbe(check('/hang-body'))(AbortSignal.timeout(200))
    expect(result).toMatchObject({outcome: 'failure', details: {error: 'timeout'}})
  })

  it('fails a slow response over max-latency-ms', async () => {
    const result = await sample(check('/slow/150', {maxLatencyMs: 50}))
    expect(result.outcome).toBe('failure')
    expect(result.message).toMatch(/^took \d+ ms, more than max-latency-ms 50$/)
  })

  it('names a redirect loop as one', async () => {
    const result = await sample(check('/loop'))
    expect(result).toMatchObject({outcome: 'failure', details: {error: 'redirect-loop'}})
    expect(result.message).toBe(
      `redirect loop: ${target.url}/loop -> ${target.url}/loop-b -> ${target.url}/loop`
    )
  })

  it('follows redirects up to max-redirects and says so', async () => {
    const ok = await sample(check('/redirect/2'))
    expect(ok.message).toMatch(new RegExp(`after 2 redirects \\(to ${target.url}/ok\\)$`))
    const tooMany = await sample(check('/redirect/3', {maxRedirects: 2}))
    expect(tooMany).toMatchObject({outcome: 'failure', details: {error: 'redirect-limit'}})
    expect(tooMany.message).toMatch(/^more than 2 redirects \(max-redirects\)/)
  })

  it('does not send credentials to another origin after a redirect', async () => {
    const other = await startSmokeTarget()
    try {
      const headers = {Authorization: 'Bearer abc', 'X-Trace': '1'}
      // Same origin: the header arrives.
      const same = await sample(
        check('/same', {
          url: `${target.url}/echo-headers`,
          headers,
          json: [{path: '$.authorization', equals: 'Bearer abc'}]
        })
      )
      expect(same.outcome).toBe('success')
      // Another origin (another port) after a redirect: Authorization is dropped, the rest kept.
      const away = `${target.url}/redirect-to?url=${encodeURIComponent(`${other.url}/echo-headers`)}`
      const cross = await sample(
        check('/cross', {
          url: away,
          headers,
          json: [
            {path: '$.authorization', exists: false},
            {path: "$['x-trace']", equals: '1'}
          ]
        })
      )
      expect(cross.outcome).toBe('success')
      expect(cross.message).toContain(`after 1 redirect (to ${other.url}/echo-headers)`)
    } finally {
      await other.close()
    }
  })

  it('reports a refused connection, a reset and a TLS error as such', async () => {
    const closed = createServer()
    await new Promise<void>(r => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as {port: number}).port
    await new Promise<void>(r => closed.close(() => r()))
    const refused = await sample(check(`http://127.0.0.1:${port}/`))
    expect(refused).toMatchObject({outcome: 'failure', details: {error: 'refused'}})
    expect(refused.message).toBe(`connection to 127.0.0.1:${port} refused (nothing listens there)`)

    const reset = await sample(check('/reset'))
    expect(reset).toMatchObject({outcome: 'failure', details: {error: 'reset'}})

    // https:// to a plain HTTP server: the TLS handshake fails.
    const tls = await sample(check(target.url.replace('http:', 'https:') + '/ok'))
    expect(tls).toMatchObject({outcome: 'failure', details: {error: 'tls'}})
    expect(tls.message).toMatch(/^TLS error with 127\.0\.0\.1:\d+/)
  })

  it('reads at most 1 MiB of a huge body', async () => {
    const result = await sample(check('/big', {bodyContains: 'never-there'}))
    expect(result.outcome).toBe('failure')
    expect(result.message).toMatch(/does not contain 'never-there' \(within its first 1 MiB\)/)
  })
})

describe('statistics over a real server', () => {
  it('fails a flapping endpoint at its first failure and stops a healthy check early', async () => {
    const result = await runSchedule(
      [
        {check: check('/flap'), probe: httpProbe(check('/flap'))},
        {
          check: check('/ok', {}, {intervalMs: 500, count: 10, consecutiveSuccesses: 10}),
          probe: httpProbe(check('/ok'))
        }
      ],
      {timeoutMs: 10_000}
    )
    const [flap, ok] = result.checks
    expect(flap?.result).toBe('failed')
    expect(flap?.samples.map(s => s.outcome)).toEqual(['success', 'failure'])
    expect(flap?.samples[1]?.message).toMatch(/^status 503, expected 200/)
    expect(ok?.result).toBe('stopped')
    expect(ok?.samples.length).toBeLessThan(3)
  })

  it('passes an endpoint that recovers after N requests, within failure-limit', async () => {
    const c = check('/recover/2', {}, {failureLimit: 2})
    const result = await runSchedule([{check: c, probe: httpProbe(c)}], {timeoutMs: 10_000})
    expect(result.checks[0]?.samples.map(s => s.outcome)).toEqual([
      'failure',
      'failure',
      'success',
      'success',
      'success'
    ])
    expect(result.checks[0]?.result).toBe('passed')
  })

  it('times out samples of a hanging endpoint and ends it as failed', async () => {
    const c = check('/hang', {sampleTimeoutMs: 100}, {failureLimit: 1})
    const result = await runSchedule([{check: c, probe: httpProbe(c)}], {timeoutMs: 10_000})
    expect(result.checks[0]?.result).toBe('failed')
    expect(result.checks[0]?.samples.map(s => s.message)).toEqual([
      'timed out after 100ms',
      'timed out after 100ms'
    ])
  })
})
