import {describe, expect, it} from '@jest/globals'
import {ChecksError} from '../../../src/smoke-verify/checks.js'
import {parseChecks} from '../../../src/smoke-verify/config.js'
import {resolveChecks, type Defaults} from '../../../src/smoke-verify/resolve.js'

const problem = async (yaml: string): Promise<string> => {
  try {
    await parseChecks(yaml)
  } catch (error) {
    expect(error).toBeInstanceOf(ChecksError)
    return (error as Error).message
  }
  throw new Error('expected a ChecksError')
}

const defaults: Defaults = {
  intervalMs: 10_000,
  count: 6,
  consecutiveSuccesses: 3,
  failureLimit: 0,
  inconclusiveLimit: undefined,
  expectStatus: [200],
  timeoutMs: 300_000
}

const DESIGN_EXAMPLE = `
- name: api-health                 # unique; named in failed-checks
  kind: http                       # http | command | prometheus
  url: https://app.example.com/healthz
  method: GET
  headers: {Authorization: "Bearer \${SMOKE_TOKEN}"}
  expect-status: [200, 204]
  body-contains: ok
  json: [{path: $.status, equals: ok}, {path: $.db, exists: true}, {path: $.queue_depth, lt: 100}]
  max-latency-ms: 800
- name: smoke-suite
  kind: command
  run: npm run test:smoke
- name: error-rate
  kind: prometheus
  url: http://prometheus.monitoring:9090
  query: sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))
  condition: "< 0.01"              # an empty result is inconclusive
`

describe('the checks schema', () => {
  it("reads DESIGN.md's example", async () => {
    const entries = await parseChecks(DESIGN_EXAMPLE)
    expect(entries.map(e => [e.name, e.kind])).toEqual([
      ['api-health', 'http'],
      ['smoke-suite', 'command'],
      ['error-rate', 'prometheus']
    ])
    expect(entries[0]).toMatchObject({
      method: 'GET',
      headers: {Authorization: 'Bearer ${SMOKE_TOKEN}'},
      expectStatus: [200, 204],
      bodyContains: 'ok',
      json: [
        {path: '$.status', equals: 'ok'},
        {path: '$.db', exists: true},
        {path: '$.queue_depth', lt: 100}
      ],
      maxLatencyMs: 800,
      maxRedirects: 5
    })
    expect(entries[2]).toMatchObject({condition: {op: '<', value: 0.01}})
  })

  it('reads per-check statistics', async () => {
    const [entry] = await parseChecks(
      '- {name: a, kind: command, run: "true", interval: 500ms, count: 10, consecutive-successes: 2, failure-limit: 1, inconclusive-limit: 0, timeout: 1m}'
    )
    expect(entry?.stats).toEqual({
      intervalMs: 500,
      count: 10,
      consecutiveSuccesses: 2,
      failureLimit: 1,
      inconclusiveLimit: 0
    })
    expect(entry?.sampleTimeoutMs).toBe(60_000)
  })

  it.each<[string, string, RegExp]>([
    ['malformed YAML', '- name: a\n  kind: [http\n', /is not valid YAML at line \d+, column \d+/],
    ['a mapping', 'name: a\nkind: http', /is a mapping, not a YAML list/],
    ['a plain string', 'just text', /is a single value, not a YAML list/],
    ['an empty list', '[]', /is an empty list/],
    [
      'a list item that is not a mapping',
      '- 42',
      /checks\[0\]: expected a mapping with name and kind \(got 42\)/
    ],
    [
      'an unknown kind',
      '- {name: db, kind: redis}',
      /checks\[0\] \(name 'db'\) field 'kind': expected one of http, command, prometheus \(got 'redis'\)/
    ],
    [
      'a missing kind',
      '- {name: db}',
      /checks\[0\] \(name 'db'\) field 'kind': expected one of .*'kind' is required/
    ],
    [
      'a missing name',
      '- {kind: command, run: x}',
      /checks\[0\] field 'name': expected a value: 'name' is required/
    ],
    [
      'a zero interval',
      '- {name: a, kind: command, run: x, interval: 0s}',
      /checks\[0\] \(name 'a'\) field 'interval': expected a duration .* of at least 100ms \(got '0s'\)/
    ],
    [
      'a negative interval',
      '- {name: a, kind: command, run: x, interval: -5s}',
      /field 'interval': expected a duration with a unit.*\(got '-5s'\)/
    ],
    [
      'an interval without a unit',
      '- {name: a, kind: command, run: x, interval: 10}',
      /field 'interval': expected a duration with a unit.*\(got 10\)/
    ],
    [
      'count 0',
      '- {name: a, kind: command, run: x, count: 0}',
      /checks\[0\] \(name 'a'\) field 'count': expected a whole number from 1 to 10000 \(got 0\)/
    ],
    [
      'a bad condition',
      '- {name: e, kind: prometheus, url: "http://p:9090", query: up, condition: "below 1"}',
      /checks\[0\] \(name 'e'\) field 'condition': expected a comparison with a number.*\(got 'below 1'\)/
    ],
    [
      'duplicate names',
      '- {name: a, kind: command, run: x}\n- {name: a, kind: command, run: y}',
      /checks\[1\] \(name 'a'\) field 'name': the name is already used by checks\[0\]/
    ],
    [
      'a typo in a field',
      '- {name: a, kind: http, url: "http://x", expect_status: 200}',
      /field 'expect_status': expected a known field: did you mean 'expect-status'\?/
    ],
    [
      "another kind's field",
      '- {name: a, kind: command, run: x, url: "http://x"}',
      /field 'url': expected no 'url' on a command check \('url' belongs to kind http\)/
    ],
    [
      'a non-HTTP URL',
      '- {name: a, kind: http, url: "file:///etc/passwd"}',
      /field 'url': expected an http:\/\/ or https:\/\/ URL/
    ],
    [
      'credentials in the URL',
      '- {name: a, kind: http, url: "https://u:p@x"}',
      /field 'url': expected a URL without user:password/
    ],
    [
      'a bad status',
      '- {name: a, kind: http, url: "http://x", expect-status: 700}',
      /field 'expect-status': expected an HTTP status/
    ],
    [
      'a bad JSON path',
      '- {name: a, kind: http, url: "http://x", json: [{path: status, equals: ok}]}',
      /field 'json\[0\].path': expected a path from the JSON root/
    ],
    [
      'a JSON assertion without a test',
      '- {name: a, kind: http, url: "http://x", json: [{path: $.a}]}',
      /field 'json\[0\]': expected one of equals, exists, lt or gt/
    ],
    [
      'a header with a line break',
      '- {name: a, kind: http, url: "http://x", headers: {X-A: "a\\nb"}}',
      /field 'headers.X-A': expected one line of text/
    ],
    [
      'a method that is not HTTP',
      '- {name: a, kind: http, url: "http://x", method: "GET /"}',
      /field 'method': expected one of GET/
    ],
    [
      'an empty run',
      '- {name: a, kind: command, run: ""}',
      /field 'run': expected a non-empty text value/
    ],
    [
      'duplicate YAML keys',
      '- {name: a, name: b, kind: command, run: x}',
      /is not valid YAML.*unique/i
    ],
    [
      'count of the wrong type',
      '- {name: a, kind: command, run: x, count: [1]}',
      /field 'count': expected a whole number from 1 to 10000 \(got \[1\]\)/
    ],
    [
      'headers of the wrong type',
      '- {name: a, kind: http, url: "http://x", headers: [a]}',
      /field 'headers': expected a mapping of header names/
    ],
    [
      'json of the wrong type',
      '- {name: a, kind: http, url: "http://x", json: "$.a"}',
      /field 'json': expected a list of assertions/
    ],
    [
      'run of the wrong type',
      '- {name: a, kind: command, run: {x: 1}}',
      /field 'run': expected a text value/
    ],
    [
      'lt of the wrong type',
      '- {name: a, kind: http, url: "http://x", json: [{path: $.a, lt: "9"}]}',
      /field 'json\[0\].lt': expected a number/
    ],
    [
      'a name with a leading dash',
      '- {name: "-rf", kind: command, run: x}',
      /field 'name': expected a name of letters/
    ],
    [
      'a name with a line break',
      '- {name: "a\\nb", kind: command, run: x}',
      /field 'name': expected one line of text/
    ]
  ])('points at the problem: %s', async (_, yaml, message) => {
    expect(await problem(yaml)).toMatch(message)
  })

  it('lists several problems in one message', async () => {
    const message = await problem(
      '- {name: a, kind: command, run: x, count: 0}\n- {name: b, kind: nope}\n- {name: c, kind: http}'
    )
    expect(message).toMatch(/checks\[0\].*; checks\[1\].*; checks\[2\] \(name 'c'\) field 'url'/)
  })

  it('refuses a YAML alias bomb', async () => {
    const bomb = `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]`
    await expect(parseChecks(`- ${bomb.replace(/\n/g, '\n  ')}`)).rejects.toThrow(ChecksError)
  })

  it('refuses more than 1 MiB', async () => {
    expect(await problem(`# ${'x'.repeat(1024 * 1024)}`)).toMatch(/characters long; at most/)
  })
})

describe('resolving checks against the inputs', () => {
  const labels = (n: number) => Array.from({length: n}, (_, i) => `checks[${i}]`)

  it('fills statistics the entry did not set from the inputs', async () => {
    const entries = await parseChecks(
      '- {name: a, kind: command, run: x, count: 10}\n- {name: b, kind: http, url: "http://x"}'
    )
    const {checks} = resolveChecks(entries, defaults, {}, labels(2))
    expect(checks[0]?.stats).toEqual({...statsOf(defaults), count: 10})
    expect(checks[0]?.sampleTimeoutMs).toBe(300_000) // a command may take the whole budget
    expect(checks[1]?.sampleTimeoutMs).toBe(10_000)
    expect(checks[1]).toMatchObject({expectStatus: [200]})
  })

  it('fills ${VAR} in headers from the environment and reports the values as secrets', async () => {
    const entries = await parseChecks(DESIGN_EXAMPLE)
    const {checks, secrets} = resolveChecks(
      entries,
      defaults,
      {SMOKE_TOKEN: 's3cr3t-token'},
      labels(3)
    )
    expect(checks[0]).toMatchObject({headers: {Authorization: 'Bearer s3cr3t-token'}})
    expect(secrets).toEqual(expect.arrayContaining(['s3cr3t-token', 'Bearer s3cr3t-token']))
  })

  it.each<[string, Record<string, string>, RegExp]>([
    [
      '- {name: a, kind: http, url: "http://x", headers: {Authorization: "Bearer ${TOKEN}"}}',
      {},
      /checks\[0\] field 'headers.Authorization': the environment variable TOKEN is not set or empty/
    ],
    [
      '- {name: a, kind: http, url: "http://x", headers: {X-A: "${V}"}}',
      {V: 'a\r\nInjected: 1'},
      /field 'headers.X-A': the environment variable V holds a line break/
    ],
    [
      '- {name: a, kind: command, run: x, consecutive-successes: 9}',
      {},
      /checks\[0\] field 'consecutive-successes': consecutive-successes \(9\) is more than count \(6\)/
    ],
    [
      '- {name: a, kind: command, run: x, count: 2}',
      {},
      /checks\[0\] field 'count': consecutive-successes \(3\) is more than count \(2\)/
    ],
    [
      '- {name: a, kind: command, run: x, timeout: 10m}',
      {},
      /field 'timeout': a sample's timeout \(10m\) is longer than the overall timeout input \(5m\)/
    ]
  ])('%s', async (yaml, env, message) => {
    const entries = await parseChecks(yaml)
    expect(() => resolveChecks(entries, defaults, env, labels(1))).toThrow(message)
  })
})

function statsOf(d: Defaults) {
  return {
    intervalMs: d.intervalMs,
    count: d.count,
    consecutiveSuccesses: d.consecutiveSuccesses,
    failureLimit: d.failureLimit,
    inconclusiveLimit: d.inconclusiveLimit
  }
}
