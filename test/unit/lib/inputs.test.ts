import {describe, expect, it} from '@jest/globals'
import {z} from 'zod'
import * as mini from 'zod/mini'
import {InputError} from '../../../src/lib/errors.js'
import {
  bool,
  commonInputs,
  inputObject,
  integer,
  lines,
  maxRateLimitWait,
  oneOf,
  parsed,
  readInputs,
  repository,
  required
} from '../../../src/lib/inputs.js'

const schema = z.object({
  repository: repository(),
  'dry-run': bool(false),
  count: integer({min: 1, max: 10, fallback: 3}),
  mode: oneOf(['freeze', 'unfreeze'] as const, 'freeze'),
  names: lines(),
  release: required('the Helm release name')
})
const read = (raw: Record<string, string>) => readInputs(schema, name => raw[name] || undefined)

describe('readInputs', () => {
  it('parses every kind and applies fallbacks', () => {
    expect(
      read({repository: 'octo-org/api', release: 'web', names: 'a\n\n b \n# comment'})
    ).toEqual({
      repository: {owner: 'octo-org', repo: 'api'},
      'dry-run': false,
      count: 3,
      mode: 'freeze',
      names: ['a', 'b'],
      release: 'web'
    })
  })
  it.each([
    [
      {repository: 'octo-org'},
      "Input 'repository' has the value 'octo-org': expected the form owner/repo"
    ],
    [{repository: 'a/b/c'}, "Input 'repository' has the value 'a/b/c'"],
    [
      {repository: 'o/r', 'dry-run': 'yes'},
      "Input 'dry-run' has the value 'yes': expected true or false"
    ],
    [
      {repository: 'o/r', count: '0'},
      "Input 'count' has the value '0': expected a whole number from 1 to 10"
    ],
    [{repository: 'o/r', count: '2.5'}, "Input 'count' has the value '2.5'"],
    [
      {repository: 'o/r', mode: 'thaw'},
      "Input 'mode' has the value 'thaw': expected one of freeze, unfreeze"
    ]
  ])('names the input, the value and the fix for %j', (raw, message) => {
    expect(() => read({release: 'web', ...raw})).toThrow(InputError)
    expect(() => read({release: 'web', ...raw})).toThrow(message)
  })
  it('says what a missing required input is for', () => {
    expect(() => read({repository: 'o/r'})).toThrow(
      "Input 'release' is empty: is required: the Helm release name"
    )
  })
})

describe('the same building blocks under every schema flavour', () => {
  const shape = () => ({
    ...commonInputs,
    release: required('the Helm release name'),
    wait: maxRateLimitWait(),
    count: parsed((v, problem) =>
      v === undefined ? 1 : Number(v) > 0 ? Number(v) : problem('expected a positive number')
    )
  })
  const flavours = [
    ['zod/mini z.object', mini.object(shape())],
    ['inputObject', inputObject(shape())],
    ["zod's full z.object", z.object(shape())]
  ] as const

  it.each(flavours)('%s reads values and fallbacks', (_name, schema) => {
    const inputs = readInputs(
      schema,
      name => ({repository: 'o/r', release: 'web', count: '2'})[name]
    )
    expect(inputs).toMatchObject({
      repository: {owner: 'o', repo: 'r'},
      'dry-run': false,
      release: 'web',
      wait: 300,
      count: 2
    })
  })

  it.each(flavours)('%s reports the first problem with the input named', (_name, schema) => {
    expect(() =>
      readInputs(schema, name => ({repository: 'o/r', release: 'web', count: '-1'})[name])
    ).toThrow("Input 'count' has the value '-1': expected a positive number")
    expect(() =>
      readInputs(schema, name => ({repository: 'o/r', release: 'web', wait: '99999'})[name])
    ).toThrow(
      "Input 'wait' has the value '99999': expected a whole number of seconds from 0 to 21600"
    )
  })
})
