import {describe, expect, it} from '@jest/globals'
import {z} from 'zod'
import {InputError} from '../../../src/lib/errors.js'
import {parsed, readInputs} from '../../../src/lib/inputs.js'

// A duration in seconds, written the way action inputs take it: "30s" or "5m".
const seconds = parsed((v, problem) => {
  if (v === undefined) return 30
  const match = /^(\d+)(s|m)$/.exec(v)
  if (!match) return problem('expected a duration such as 30s or 5m')
  return Number(match[1]) * (match[2] === 'm' ? 60 : 1)
})
const schema = z.object({interval: seconds})
const read = (interval?: string) => readInputs(schema, () => interval)

describe('parsed', () => {
  it('returns what the function returns, including its fallback', () => {
    expect(read('5m')).toEqual({interval: 300})
    expect(read()).toEqual({interval: 30})
  })
  it('turns problem() into an InputError naming the input and the value', () => {
    expect(() => read('soon')).toThrow(InputError)
    expect(() => read('soon')).toThrow(
      "Input 'interval' has the value 'soon': expected a duration such as 30s or 5m"
    )
  })
  it('lets a bug in the function through as itself, not as an input problem', () => {
    const buggy = z.object({x: parsed(() => JSON.parse('{'))})
    expect(() => readInputs(buggy, () => 'v')).toThrow(SyntaxError)
  })
})
