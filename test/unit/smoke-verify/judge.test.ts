import {describe, expect, it} from '@jest/globals'
import type {HttpCheck, PrometheusCheck} from '../../../src/smoke-verify/checks.js'
import {parseCondition} from '../../../src/smoke-verify/condition.js'
import {classify} from '../../../src/smoke-verify/probes/http-client.js'
import {judgeResponse} from '../../../src/smoke-verify/probes/http.js'
import {judgeQueryResponse} from '../../../src/smoke-verify/probes/prometheus.js'

const stats = {
  intervalMs: 1000,
  count: 3,
  consecutiveSuccesses: 1,
  failureLimit: 0,
  inconclusiveLimit: undefined
}

const http = (over: Partial<HttpCheck> = {}): HttpCheck => ({
  name: 'api',
  kind: 'http',
  url: 'http://127.0.0.1/healthz',
  method: 'GET',
  headers: {},
  body: undefined,
  expectStatus: [200],
  bodyContains: undefined,
  json: [],
  maxLatencyMs: undefined,
  maxRedirects: 5,
  stats,
  sampleTimeoutMs: 1000,
  ...over
})

const response = (status: number, body: string, latencyMs = 12, redirects: string[] = []) => ({
  status,
  headers: {},
  body,
  truncated: false,
  latencyMs,
  redirects
})

describe('judging an HTTP response', () => {
  it('passes on an expected status and says where redirects led', () => {
    expect(judgeResponse(http(), response(200, 'ok', 12, ['http://127.0.0.1/b']))).toMatchObject({
      outcome: 'success',
      message: 'status 200 in 12 ms after 1 redirect (to http://127.0.0.1/b)'
    })
  })

  it.each<[Partial<HttpCheck>, ReturnType<typeof response>, string]>([
    [{}, response(503, 'upstream down'), 'status 503, expected 200: upstream down'],
    [{expectStatus: [200, 204]}, response(500, ''), 'status 500, expected 200 or 204'],
    [{maxLatencyMs: 100}, response(200, '', 250), 'took 250 ms, more than max-latency-ms 100'],
    [{bodyContains: 'ok'}, response(200, 'degraded'), "the body does not contain 'ok': degraded"],
    [
      {json: [{path: '$.status', equals: 'ok'}]},
      response(200, '<html>oops</html>'),
      'the body is not JSON'
    ],
    [
      {json: [{path: '$.status', equals: 'ok'}]},
      response(200, '{"status":"degraded"}'),
      '$.status is "degraded", expected "ok"'
    ],
    [{json: [{path: '$.db', exists: true}]}, response(200, '{}'), '$.db is missing (exists: true)'],
    [
      {json: [{path: '$.debug', exists: false}]},
      response(200, '{"debug":1}'),
      '$.debug is present (exists: false)'
    ],
    [
      {json: [{path: '$.q', lt: 100}]},
      response(200, '{"q":150}'),
      '$.q is 150, expected less than 100'
    ],
    [
      {json: [{path: '$.q', gt: 0}]},
      response(200, '{"q":"5"}'),
      '$.q is "5", not a number (gt: 0)'
    ],
    [{json: [{path: '$.q', lt: 1}]}, response(200, '{}'), '$.q is missing']
  ])('fails %j on %j', (over, res, message) => {
    const result = judgeResponse(http(over), res)
    expect(result.outcome).toBe('failure')
    expect(result.message).toContain(message)
  })

  it('compares structured values deeply', () => {
    const check = http({
      json: [
        {path: '$.deps', equals: ['db', 'cache']},
        {path: '$.n', equals: 3}
      ]
    })
    expect(judgeResponse(check, response(200, '{"deps":["db","cache"],"n":3}')).outcome).toBe(
      'success'
    )
    expect(judgeResponse(check, response(200, '{"deps":["db"],"n":3}')).outcome).toBe('failure')
  })
})

const prom = (condition = '< 0.01'): PrometheusCheck => ({
  name: 'error-rate',
  kind: 'prometheus',
  url: 'http://127.0.0.1:9090',
  query: 'x',
  condition: parseCondition(condition)!,
  headers: {},
  stats,
  sampleTimeoutMs: 1000
})

const vector = (...values: string[]) =>
  JSON.stringify({
    status: 'success',
    data: {
      resultType: 'vector',
      result: values.map((v, i) => ({metric: {job: `j${i}`}, value: [1700000000, v]}))
    }
  })

describe('judging a Prometheus query response', () => {
  it.each<[string, number, string, string, RegExp]>([
    ['< 0.01', 200, vector('0.001', '0.002'), 'success', /^2 series < 0.01$/],
    ['== 0', 200, vector('0'), 'success', /^0 == 0$/],
    [
      '< 0.01',
      200,
      vector('0.001', '0.5'),
      'failure',
      /^1 of 2 series fail < 0.01: \{job="j1"\} = 0.5$/
    ],
    ['< 0.01', 200, vector(), 'inconclusive', /returned no series/],
    ['< 0.01', 200, vector('NaN'), 'inconclusive', /1 of 1 series is NaN/],
    ['< 0.01', 200, vector('0.001', 'NaN'), 'inconclusive', /NaN/],
    ['< 0.01', 200, vector('NaN', '0.9'), 'failure', /1 of 2 series fail/],
    ['< 0.01', 200, vector('+Inf'), 'failure', /= Infinity/],
    [
      '>= 1',
      200,
      JSON.stringify({status: 'success', data: {resultType: 'scalar', result: [1, '1']}}),
      'success',
      /^1 >= 1$/
    ],
    [
      '< 1',
      400,
      JSON.stringify({
        status: 'error',
        errorType: 'bad_data',
        error: '1:5: parse error: unexpected <by>'
      }),
      'failure',
      /^Prometheus said: bad_data: 1:5: parse error: unexpected <by>$/
    ],
    [
      '< 1',
      502,
      '<html>Bad gateway</html>',
      'failure',
      /^not a Prometheus API response \(HTTP 502\): <html>Bad gateway/
    ],
    [
      '< 1',
      200,
      JSON.stringify({status: 'success', data: {resultType: 'matrix', result: []}}),
      'failure',
      /range vector/
    ],
    [
      '< 1',
      200,
      '{"status":"success","data":{"resultType":"vector","result":{}}}',
      'failure',
      /unexpected Prometheus result/
    ]
  ])('%s on HTTP %d %s: %s', (condition, status, body, outcome, message) => {
    const result = judgeQueryResponse(prom(condition), status, body)
    expect(result.outcome).toBe(outcome)
    expect(result.message).toMatch(message)
  })
})

describe('naming request errors', () => {
  const url = new URL('https://app.example.com/healthz')
  const live = new AbortController().signal
  const error = (code: string, message = code) => Object.assign(new Error(message), {code})

  it.each<[Error, string, string]>([
    [
      error('ENOTFOUND', 'getaddrinfo ENOTFOUND app.example.com'),
      'dns',
      'DNS lookup of app.example.com failed (ENOTFOUND)'
    ],
    [error('EAI_AGAIN'), 'dns', 'DNS lookup of app.example.com failed (EAI_AGAIN)'],
    [
      error('ECONNREFUSED'),
      'refused',
      'connection to app.example.com refused (nothing listens there)'
    ],
    [error('ECONNRESET'), 'reset', 'connection to app.example.com reset (ECONNRESET)'],
    [
      error('CERT_HAS_EXPIRED', 'certificate has expired'),
      'tls',
      'TLS error with app.example.com: certificate has expired (CERT_HAS_EXPIRED)'
    ],
    [
      error('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'),
      'tls',
      'TLS error with app.example.com: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)'
    ],
    [
      error('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"),
      'tls',
      "TLS error with app.example.com: Hostname/IP does not match certificate's altnames (ERR_TLS_CERT_ALTNAME_INVALID)"
    ],
    [
      error('EHOSTUNREACH'),
      'network',
      'request to app.example.com failed: EHOSTUNREACH (EHOSTUNREACH)'
    ]
  ])('%s', (e, kind, message) => {
    const named = classify(e, url, live)
    expect([named.kind, named.message]).toEqual([kind, message])
  })

  it('calls anything after the timeout fired a timeout, with its reason', () => {
    const controller = new AbortController()
    controller.abort(new Error('timed out after 10s'))
    expect(classify(error('ECONNRESET'), url, controller.signal)).toMatchObject({
      kind: 'timeout',
      message: 'timed out after 10s'
    })
  })
})
