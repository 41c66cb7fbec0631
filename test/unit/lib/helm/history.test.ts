import {describe, expect, it} from '@jest/globals'
import {UserError} from '../../../../src/lib/errors.js'
import {
  isPending,
  isSuccessful,
  parseHistory,
  parseStatus
} from '../../../../src/lib/helm/history.js'

// Golden outputs from helm's testdata (research/contracts.md A.1, A.2).
const goldenHistory =
  '[{"revision":3,"updated":"1977-09-02T22:04:05Z","status":"superseded","chart":"foo-0.1.0-beta.1","app_version":"1.0","description":"Release mock"},{"revision":4,"updated":"1977-09-02T22:04:05Z","status":"deployed","chart":"foo-0.1.0-beta.1","app_version":"1.0","description":"Release mock"}]\n'
const v4MainHistory =
  '[{"revision":1,"updated":"1977-09-02T22:04:05Z","status":"superseded","chart":"foo-0.1.0-beta.1","app_version":"1.0","description":"Install complete"},{"revision":2,"updated":"1977-09-02T22:04:05Z","status":"superseded","chart":"foo-0.1.0-beta.1","app_version":"1.0","description":"Upgrade complete"},{"revision":3,"updated":"1977-09-02T22:04:05Z","status":"deployed","chart":"foo-0.1.0-beta.1","app_version":"1.0","rollback_revision":1,"description":"Rollback to 1"}]\n'
const v3Status =
  '{"name":"flummoxed-chickadee","info":{"first_deployed":"","last_deployed":"2016-01-16T00:00:00Z","deleted":"","status":"deployed","notes":"release notes"},"namespace":"default"}\n'
const v4Status =
  '{"name":"flummoxed-chickadee","info":{"last_deployed":"2016-01-16T00:00:00Z","status":"deployed","notes":"release notes"},"namespace":"default"}\n'
const v3StatusRealistic =
  '{"name":"myapp","info":{"first_deployed":"2026-08-01T10:00:00.12345Z","last_deployed":"2026-08-20T12:00:01.5Z","deleted":"","description":"Upgrade complete","status":"deployed","notes":"..."},"config":{"image":{"tag":"1.4.2"}},"manifest":"---\\n# Source: myapp/templates/deployment.yaml\\n...","hooks":[],"version":7,"namespace":"prod"}\n'

describe('parseHistory', () => {
  it('reads the golden history (both versions print the same shape)', () => {
    const history = parseHistory(goldenHistory)
    expect(history.map(r => [r.revision, r.status, r.appVersion, r.chart])).toEqual([
      [3, 'superseded', '1.0', 'foo-0.1.0-beta.1'],
      [4, 'deployed', '1.0', 'foo-0.1.0-beta.1']
    ])
    expect(history[0]?.updated?.toISOString()).toBe('1977-09-02T22:04:05.000Z')
  })

  it.each([
    [
      'v3 writes "" for a zero time',
      '[{"revision":1,"updated":"","status":"failed","chart":"a-1","app_version":"1","description":"x"}]'
    ],
    [
      'v4 leaves a zero time out',
      '[{"revision":1,"status":"failed","chart":"a-1","app_version":"1","description":"x"}]'
    ]
  ])('%s: updated is undefined', (_name, json) => {
    expect(parseHistory(json)[0]?.updated).toBeUndefined()
  })

  it.each([
    ['2026-08-20T12:00:01.123456789Z', '2026-08-20T12:00:01.123Z'],
    ['2026-08-20T12:00:01.5Z', '2026-08-20T12:00:01.500Z'],
    ['2026-08-20T14:00:01+02:00', '2026-08-20T12:00:01.000Z'],
    ['2026-08-20T07:00:01.25-05:00', '2026-08-20T12:00:01.250Z']
  ])('parses %s as a time, not a string', (text, iso) => {
    const json = `[{"revision":1,"updated":"${text}","status":"deployed","chart":"a","app_version":"1","description":""}]`
    expect(parseHistory(json)[0]?.updated?.toISOString()).toBe(iso)
  })

  it('takes the rolled-back-to revision from v4 rollback_revision or the description', () => {
    expect(parseHistory(v4MainHistory).map(r => r.rollbackOf)).toEqual([undefined, undefined, 1])
    const v3 =
      '[{"revision":5,"updated":"","status":"deployed","chart":"a","app_version":"1","description":"Rollback to 2"}]'
    expect(parseHistory(v3)[0]?.rollbackOf).toBe(2)
  })

  it('sorts by revision whatever order it gets, and keeps "MISSING" metadata as text', () => {
    const json =
      '[{"revision":10,"status":"deployed","chart":"MISSING","app_version":"MISSING","description":""},{"revision":9,"status":"superseded","chart":"a","app_version":"","description":""}]'
    const history = parseHistory(json)
    expect(history.map(r => r.revision)).toEqual([9, 10])
    expect(history[1]?.appVersion).toBe('MISSING')
    expect(history[0]?.appVersion).toBe('')
  })

  it.each([
    ['not JSON', 'Error: something', /not JSON \('Error: something'\)/],
    ['an object', '{"revision":1}', /cannot read: Invalid input: expected array, received object/],
    ['a string revision', '[{"revision":"1","status":"deployed"}]', /at 0\.revision/],
    [
      'a bad time',
      '[{"revision":1,"updated":"yesterday","status":"deployed"}]',
      /'yesterday' is not an RFC 3339 time/
    ],
    [
      'a date without time',
      '[{"revision":1,"updated":"2026-08-20","status":"deployed"}]',
      /not an RFC 3339/
    ],
    ['no status', '[{"revision":1}]', /at 0\.status/]
  ])('rejects %s with a UserError that says what is wrong', (_name, text, message) => {
    expect(() => parseHistory(text)).toThrow(UserError)
    expect(() => parseHistory(text)).toThrow(message)
  })
})

describe('parseStatus', () => {
  it.each([
    ['v3 golden (zero first_deployed and deleted as "")', v3Status],
    ['v4 golden (zero times left out)', v4Status]
  ])('%s', (_n, json) => {
    expect(parseStatus(json)).toEqual({
      name: 'flummoxed-chickadee',
      namespace: 'default',
      revision: 0,
      status: 'deployed',
      description: '',
      lastDeployed: new Date('2016-01-16T00:00:00Z'),
      firstDeployed: undefined
    })
  })

  it('rejects a status without info.status', () => {
    expect(() => parseStatus('{"name":"a","info":{},"version":1}')).toThrow(/at info\.status/)
  })

  it('reads a realistic v3 status', () => {
    expect(parseStatus(v3StatusRealistic)).toEqual({
      name: 'myapp',
      namespace: 'prod',
      revision: 7,
      status: 'deployed',
      description: 'Upgrade complete',
      lastDeployed: new Date('2026-08-20T12:00:01.500Z'),
      firstDeployed: new Date('2026-08-01T10:00:00.123Z')
    })
  })

  it('reads a v4 status with resources and apply_method, zero times absent', () => {
    const json =
      '{"name":"myapp","info":{"last_deployed":"2026-08-20T12:00:01Z","status":"pending-upgrade","description":"Preparing upgrade","resources":{"v1/Deployment":[]}},"version":8,"namespace":"prod","apply_method":"ssa"}\n'
    const status = parseStatus(json)
    expect(status).toMatchObject({revision: 8, status: 'pending-upgrade', firstDeployed: undefined})
  })
})

describe('status words', () => {
  it.each([
    ['deployed', true, false],
    ['superseded', true, false],
    ['failed', false, false],
    ['pending-install', false, true],
    ['pending-upgrade', false, true],
    ['pending-rollback', false, true],
    ['uninstalled', false, false],
    ['uninstalling', false, false],
    ['unknown', false, false]
  ])('%s: successful %s, pending %s', (status, successful, pending) => {
    expect(isSuccessful(status)).toBe(successful)
    expect(isPending(status)).toBe(pending)
  })
})
