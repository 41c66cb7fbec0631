import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {InputError} from '../../../src/lib/errors.js'
import {readSmokeVerifyInputs} from '../../../src/smoke-verify/inputs.js'

const read = async (values: Record<string, string>) =>
  readSmokeVerifyInputs(name => (values[name] === '' ? undefined : values[name]))

const error = async (values: Record<string, string>): Promise<string> => {
  try {
    await read(values)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as Error).message
  }
  throw new Error('expected an InputError')
}

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smoke-inputs-'))
  await writeFile(join(dir, 'checks.yml'), '- {name: suite, kind: command, run: "true"}\n')
  await writeFile(join(dir, 'bad.yml'), '- {name: suite, kind: cmd}\n')
})
afterAll(async () => rm(dir, {recursive: true, force: true}))

describe('smoke-verify inputs', () => {
  it('applies the defaults of DESIGN.md', async () => {
    expect(await read({url: 'https://app.example.com/healthz'})).toMatchObject({
      url: 'https://app.example.com/healthz',
      'expect-status': [200],
      interval: 10_000,
      count: 6,
      'consecutive-successes': 3,
      'failure-limit': 0,
      'inconclusive-limit': undefined,
      timeout: 300_000,
      'dry-run': false
    })
  })

  it('reads checks inline or from a file in the workspace', async () => {
    const inline = await read({checks: '- {name: a, kind: command, run: "true"}'})
    expect(inline.checks).toMatchObject({source: 'inline', entries: [{name: 'a'}]})
    process.env.GITHUB_WORKSPACE = dir
    try {
      expect((await read({checks: 'checks.yml'})).checks).toMatchObject({
        source: 'checks.yml',
        entries: [{name: 'suite'}]
      })
      expect(await error({checks: 'bad.yml'})).toMatch(
        /^Input 'checks' has the value 'bad.yml': the file bad.yml: checks\[0\] \(name 'suite'\) field 'kind'/
      )
    } finally {
      delete process.env.GITHUB_WORKSPACE
    }
  })

  it('reads expect-status as a list', async () => {
    expect(
      (await read({url: 'http://x', 'expect-status': '200, 204\n301'}))['expect-status']
    ).toEqual([200, 204, 301])
  })

  const huge = 'x'.repeat(2 * 1024 * 1024)
  // Each input: empty, huge, a newline, a leading dash, the wrong type.
  it.each<[string, Record<string, string>, RegExp]>([
    ['nothing to check', {}, /^Input 'checks' is empty: pass url .* or checks/],
    [
      'url huge',
      {url: `http://x/${huge}`},
      /^Input 'url' has the value 'http:\/\/x\/x+\.\.\.': expected one URL on one line/
    ],
    ['url newline', {url: 'http://a\nhttp://b'}, /^Input 'url' .*expected one URL on one line/s],
    [
      'url leading dash',
      {url: '--insecure'},
      /^Input 'url' has the value '--insecure': expected an absolute http/
    ],
    [
      'url wrong type',
      {url: 'ftp://x/'},
      /^Input 'url' .*: expected an http:\/\/ or https:\/\/ URL/
    ],
    [
      'expect-status huge',
      {url: 'http://x', 'expect-status': huge},
      /^Input 'expect-status' .*expected an HTTP status/
    ],
    [
      'expect-status newline junk',
      {url: 'http://x', 'expect-status': '200\nok'},
      /^Input 'expect-status'/
    ],
    [
      'expect-status leading dash',
      {url: 'http://x', 'expect-status': '-200'},
      /^Input 'expect-status'/
    ],
    [
      'expect-status wrong type',
      {url: 'http://x', 'expect-status': 'true'},
      /^Input 'expect-status'/
    ],
    ['checks huge', {checks: `- ${huge}`}, /^Input 'checks' .*characters long; at most/],
    [
      'checks newline only text',
      {checks: 'a\nb'},
      /^Input 'checks' .*is a single value, not a YAML list/s
    ],
    [
      'checks leading dash',
      {checks: '--help'},
      /^Input 'checks' has the value '--help': is a single value, not a YAML list/
    ],
    [
      'checks wrong type',
      {checks: '42'},
      /^Input 'checks' has the value '42': expected a YAML list of checks, or the path of a YAML file .*no such file/
    ],
    ['interval huge', {url: 'http://x', interval: huge}, /^Input 'interval' .*expected a duration/],
    [
      'interval newline',
      {url: 'http://x', interval: '10s\n5s'},
      /^Input 'interval' .*expected a duration/s
    ],
    [
      'interval leading dash',
      {url: 'http://x', interval: '-10s'},
      /^Input 'interval' has the value '-10s': expected a duration/
    ],
    [
      'interval wrong type',
      {url: 'http://x', interval: 'true'},
      /^Input 'interval' .*expected a duration/
    ],
    [
      'interval zero',
      {url: 'http://x', interval: '0s'},
      /^Input 'interval' .*expected at least 100ms/
    ],
    [
      'count huge',
      {url: 'http://x', count: '9'.repeat(40)},
      /^Input 'count' .*expected a whole number of samples from 1 to 10000/
    ],
    ['count newline', {url: 'http://x', count: '6\n7'}, /^Input 'count'/],
    ['count leading dash', {url: 'http://x', count: '-6'}, /^Input 'count' has the value '-6'/],
    ['count wrong type', {url: 'http://x', count: 'six'}, /^Input 'count'/],
    ['count zero', {url: 'http://x', count: '0'}, /^Input 'count' has the value '0'/],
    [
      'consecutive-successes above count',
      {url: 'http://x', count: '2'},
      /^Input 'consecutive-successes' has the value '3': it is more than count \(2\)/
    ],
    [
      'consecutive-successes wrong type',
      {url: 'http://x', 'consecutive-successes': '1.5'},
      /^Input 'consecutive-successes'/
    ],
    [
      'consecutive-successes leading dash',
      {url: 'http://x', 'consecutive-successes': '-1'},
      /^Input 'consecutive-successes'/
    ],
    [
      'failure-limit leading dash',
      {url: 'http://x', 'failure-limit': '-1'},
      /^Input 'failure-limit'/
    ],
    [
      'failure-limit wrong type',
      {url: 'http://x', 'failure-limit': 'none'},
      /^Input 'failure-limit'/
    ],
    ['failure-limit huge', {url: 'http://x', 'failure-limit': huge}, /^Input 'failure-limit'/],
    [
      'inconclusive-limit newline',
      {url: 'http://x', 'inconclusive-limit': '1\n2'},
      /^Input 'inconclusive-limit'/
    ],
    [
      'inconclusive-limit leading dash',
      {url: 'http://x', 'inconclusive-limit': '-3'},
      /^Input 'inconclusive-limit'/
    ],
    [
      'timeout wrong type',
      {url: 'http://x', timeout: '300'},
      /^Input 'timeout' has the value '300': expected a duration with a unit/
    ],
    [
      'timeout too short',
      {url: 'http://x', timeout: '10ms'},
      /^Input 'timeout' .*expected at least 1000ms/
    ],
    ['timeout huge', {url: 'http://x', timeout: '999h'}, /^Input 'timeout' .*expected at most 24h/],
    [
      'dry-run wrong type',
      {url: 'http://x', 'dry-run': 'yes'},
      /^Input 'dry-run' .*expected true or false/
    ],
    [
      'a check named url beside url',
      {url: 'http://x', checks: '- {name: url, kind: command, run: x}'},
      /^Input 'checks' .*checks\[0\] is named 'url'/
    ]
  ])('%s', async (_, values, message) => {
    expect(await error(values)).toMatch(message)
  })

  // The YAML is parsed after the other inputs, but the first problem is still the first in
  // the inputs' order, and the cross-input checks come after all of them.
  it.each<[string, Record<string, string>, RegExp]>([
    [
      'wrong checks YAML and a wrong input after it',
      {checks: '- {name: a, kind: cmd}', interval: 'soon', count: 'six'},
      /^Input 'checks' .*field 'kind': expected one of http, command, prometheus/
    ],
    [
      'a wrong input before checks and wrong checks YAML',
      {url: 'ftp://x/', checks: '- {name: a, kind: cmd}'},
      /^Input 'url' .*expected an http:\/\/ or https:\/\/ URL/
    ],
    [
      'valid checks YAML and a wrong input after it',
      {checks: '- {name: a, kind: command, run: x}', interval: 'soon'},
      /^Input 'interval' has the value 'soon': expected a duration/
    ],
    [
      'wrong checks YAML and consecutive-successes above count',
      {checks: '- {name: a, kind: cmd}', count: '2'},
      /^Input 'checks' .*field 'kind'/
    ]
  ])('reports the first problem: %s', async (_, values, message) => {
    expect(await error(values)).toMatch(message)
  })
})
