// `${{ }}` evaluated with GitHub's own expression engine (@actions/expressions), with the
// status functions the runner adds (success, failure, always, cancelled).
import {data, Evaluator, Lexer, Parser} from '@actions/expressions'
import type {FunctionDefinition} from '@actions/expressions/funcs/info'

export type Plain = string | number | boolean | null | Plain[] | {[key: string]: Plain}

export interface Status {
  /** Every earlier step (or, for a job, every job it depends on) succeeded. */
  success: boolean
  failure: boolean
  cancelled: boolean
}

export interface Contexts {
  [name: string]: unknown
}

const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'inputs',
  'secrets',
  'steps',
  'needs',
  'jobs',
  'job',
  'runner',
  'matrix',
  'strategy'
]

/** Plain JSON to the engine's typed data. */
export function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData
}

/** The engine's typed data to plain JSON. */
export function fromData(value: data.ExpressionData): Plain {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Plain
}

function statusFunctions(status: Status | undefined): Map<string, FunctionDefinition> {
  const make = (name: string, value: () => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value())
  })
  const fail = (name: string): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 255,
    call: () => {
      throw new Error(`the workflow executor does not support ${name}()`)
    }
  })
  const s = status ?? {success: true, failure: false, cancelled: false}
  return new Map(
    [
      make('success', () => s.success && !s.cancelled),
      make('failure', () => s.failure),
      make('always', () => true),
      make('cancelled', () => s.cancelled),
      fail('hashFiles')
    ].map(f => [f.name.toLowerCase(), f])
  )
}

/** Evaluates one expression (without the `${{ }}`). */
export function evaluate(expression: string, contexts: Contexts, status?: Status): Plain {
  const functions = statusFunctions(status)
  const tokens = new Lexer(expression).lex().tokens
  const tree = new Parser(tokens, CONTEXT_NAMES, [...functions.values()]).parse()
  const dict = new data.Dictionary()
  for (const [name, value] of Object.entries(contexts)) dict.add(name, toData(value))
  return fromData(new Evaluator(tree, dict, functions).evaluate())
}

/** GitHub's truthiness: false, 0, -0, '', null are false. */
export function truthy(value: Plain): boolean {
  return !(value === false || value === 0 || value === '' || value === null)
}

/** String conversion of an interpolated value, as the runner does. */
function asString(value: Plain): string {
  if (value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value, null, 2)
  return String(value)
}

const WHOLE = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/
const ANY = /\$\{\{([\s\S]*?)\}\}/g

/**
 * Fills every `${{ }}` in a value. A string that is exactly one expression keeps the
 * expression's type (so `with: {flag: ${{ true }}}` stays boolean); mixed text becomes text.
 */
export function interpolate(value: unknown, contexts: Contexts, status?: Status): Plain {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value)
    if (whole && !(whole[1] as string).includes('}}'))
      return evaluate(whole[1] as string, contexts, status)
    return value.replace(ANY, (_, expression: string) =>
      asString(evaluate(expression, contexts, status))
    )
  }
  if (Array.isArray(value)) return value.map(v => interpolate(v, contexts, status))
  if (value && typeof value === 'object') {
    const out: {[key: string]: Plain} = {}
    for (const [k, v] of Object.entries(value)) out[k] = interpolate(v, contexts, status)
    return out
  }
  return (value ?? null) as Plain
}

/** An `if:` condition: a bare expression or one in `${{ }}`; the default is success(). */
export function condition(text: unknown, contexts: Contexts, status: Status): boolean {
  if (text === undefined || text === null || text === '') return status.success && !status.cancelled
  if (typeof text === 'boolean') return text
  const raw = String(text).trim()
  const whole = WHOLE.exec(raw)
  const expression = whole ? (whole[1] as string) : raw
  // GitHub wraps a condition without a status function in success() && (...).
  const hasStatus = /\b(success|failure|always|cancelled)\s*\(/.test(expression)
  const value = truthy(evaluate(expression, contexts, status))
  return hasStatus ? value : value && status.success && !status.cancelled
}

/** Stringifies an input or env value as the runner passes it to a process. */
export function envString(value: Plain): string {
  return asString(value)
}
