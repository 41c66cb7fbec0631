import {describe, expect, it} from '@jest/globals'
import {InputError} from '../../../src/lib/errors.js'
import {readInputs} from '../../../src/lib/inputs.js'
import {checkInputs, inputSchema} from '../../../src/helm-rollback/inputs.js'

const read = (values: Record<string, string>) =>
  readInputs(inputSchema, name => (values[name] === '' ? undefined : values[name]), checkInputs)

describe('helm-rollback inputs', () => {
  it('applies the defaults of DESIGN.md', () => {
    expect(read({release: 'myapp'})).toMatchObject({
      release: 'myapp',
      namespace: undefined,
      revision: undefined,
      'to-app-version': undefined,
      wait: 'true',
      timeout: '5m0s',
      'cleanup-on-fail': false,
      'history-max': 10,
      'allow-pending': false,
      'dry-run': false
    })
  })

  it('reads every input', () => {
    const inputs = read({
      release: 'myapp',
      namespace: 'prod',
      revision: '7',
      'kube-context': 'arn:aws:eks:eu-west-1:123:cluster/prod',
      wait: 'watcher',
      timeout: '1h30m',
      'cleanup-on-fail': 'true',
      'history-max': '0',
      'allow-pending': 'True',
      'dry-run': 'TRUE'
    })
    expect(inputs).toMatchObject({
      revision: 7,
      'history-max': 0,
      wait: 'watcher',
      'allow-pending': true
    })
  })

  it.each<[Record<string, string>, RegExp]>([
    [{}, /^Input 'release' is empty: is required/],
    [
      {release: 'app;rm -rf /'},
      /^Input 'release' has the value 'app;rm -rf \/': has the character ';'/
    ],
    [{release: 'my app'}, /^Input 'release' has the value 'my app': has spaces/],
    [{release: 'MyApp'}, /^Input 'release' has the value 'MyApp': has upper-case letters/],
    [{release: 'a'.repeat(54)}, /^Input 'release' has the value 'a{54}': is 54 characters long/],
    [
      {release: 'app', revision: '-1'},
      /^Input 'revision' has the value '-1': expected a revision number of 1 or more/
    ],
    [
      {release: 'app', revision: 'abc'},
      /^Input 'revision' has the value 'abc': expected a revision number/
    ],
    [
      {release: 'app', revision: '0'},
      /^Input 'revision' has the value '0': expected a revision number of 1 or more/
    ],
    [{release: 'app', revision: '2.5'}, /^Input 'revision' has the value '2\.5'/],
    [
      {release: 'app', revision: '3', 'to-app-version': '1.2.3'},
      /^Input 'to-app-version' has the value '1\.2\.3': pass either 'revision' \(3\) or 'to-app-version', not both/
    ],
    [
      {release: 'app', namespace: 'Prod'},
      /^Input 'namespace' has the value 'Prod': expected a Kubernetes namespace/
    ],
    [
      {release: 'app', wait: 'yes'},
      /^Input 'wait' has the value 'yes': expected one of true, false, watcher, hookOnly, legacy/
    ],
    [
      {release: 'app', timeout: '5'},
      /^Input 'timeout' has the value '5': expected a duration as helm takes it, e.g. 5m0s/
    ],
    [
      {release: 'app', 'history-max': '-1'},
      /^Input 'history-max' has the value '-1': expected a whole number of revisions/
    ],
    [
      {release: 'app', 'allow-pending': 'yes'},
      /^Input 'allow-pending' has the value 'yes': expected true or false/
    ],
    [{release: 'app', 'to-app-version': '1.2 3'}, /^Input 'to-app-version' has the value '1\.2 3'/]
  ])('rejects %j', (values, message) => {
    expect(() => read(values)).toThrow(InputError)
    expect(() => read(values)).toThrow(message)
  })
})
