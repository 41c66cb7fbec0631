// Inputs are read with zod/mini: the same checks as zod's full build at a fraction of the
// start-up cost. Action schemas are `z.object({...commonInputs, x: parsed(...)})` with
// `import * as z from 'zod/mini'` (or inputObject below); zod's full `z.object` works too.
import * as z from 'zod/mini'
import type {$ZodObject, output, ParsePayload} from 'zod/v4/core'
import {InputError} from './errors.js'
import './zod-english.js'

/** Where raw input strings come from: the runner's INPUT_* variables, or the CLI's flags. */
export type InputSource = (name: string) => string | undefined

/** Reads an input exactly as the runner passes it: spaces become `_`, hyphens are kept. */
export const runnerInputs: InputSource = name => {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim()
  return value === '' ? undefined : value
}

/**
 * Reads every input of an action through its one zod schema. The schema's keys are the
 * action.yml input names; an empty input is `undefined`. The first problem becomes an
 * InputError that names the input, the value and what would work. `refine` holds checks that
 * span several inputs (throw an InputError there).
 */
export function readInputs<S extends $ZodObject>(
  schema: S,
  source: InputSource = runnerInputs,
  refine?: (inputs: output<S>) => void
): output<S> {
  const raw: Record<string, string | undefined> = {}
  for (const [name, field] of Object.entries(schema._zod.def.shape))
    raw[name] = field === unused ? undefined : source(name)
  const result = z.safeParse(schema, raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = String(issue?.path[0] ?? '')
    // A secret input's value is never echoed back, even when it is wrong.
    const shown = /token|password|database-url/i.test(name) ? '***' : raw[name]
    throw new InputError(name, shown, issue?.message ?? 'is not valid')
  }
  refine?.(result.data as output<S>)
  return result.data as output<S>
}

/** An action's input schema from building blocks; the keys are action.yml's input names. */
export const inputObject = <T extends Record<string, z.ZodMiniType<unknown, string | undefined>>>(
  shape: T
) => z.object(shape)

/** What an input schema reads: `type Inputs = InputsOf<typeof inputSchema>`. */
export type InputsOf<S> = output<S>

// ---------------------------------------------------------------------------------------------
// Building blocks. Each one's message completes "Input 'x' has the value 'y': ...".

/**
 * Reports an input problem from inside a zod transform (zod/mini's or zod's); the message
 * completes the sentence.
 */
export const fail = (ctx: ParsePayload, message: string): never => {
  ctx.issues.push({code: 'custom', message, input: ctx.value})
  return z.NEVER
}

/**
 * A raw input (a string, or undefined when empty) read by `read`. One schema per input, not a
 * string check piped into it: readInputs only ever passes strings, and each zod schema costs
 * start-up time to build.
 */
const input = <T>(read: (value: string | undefined, ctx: ParsePayload) => T) =>
  z.transform<string | undefined, T>(read)

/**
 * An input an action declares for a uniform interface but never reads (helm-rollback's token):
 * readInputs does not even look at its value.
 */
export const unused = input((): undefined => undefined)

/** An optional free-text input. */
export const text = () => input(v => v)

/**
 * An optional one-line value: no newline or control character, at most `max` characters.
 * `what` completes "expected ..." (e.g. 'an environment name as GitHub shows it').
 */
export const line = (what: string, max = 255) =>
  input((v, ctx) => {
    if (v === undefined) return undefined
    // eslint-disable-next-line no-control-regex -- one line of printable text
    if (/[\x00-\x1f\x7f]/.test(v)) return fail(ctx, `expected ${what}, on one line`)
    if (v.length > max) return fail(ctx, `expected ${what}, at most ${max} characters`)
    return v
  })

/** A required input; `how` tells the user what to pass. */
export const required = (how: string) =>
  input((v, ctx) => (v === undefined ? fail(ctx, `is required: ${how}`) : v))

/** A YAML 1.2 boolean, as @actions/core's getBooleanInput accepts it. */
export const bool = (fallback: boolean) =>
  input((v, ctx) => {
    if (v === undefined) return fallback
    if (/^(true|True|TRUE)$/.test(v)) return true
    if (/^(false|False|FALSE)$/.test(v)) return false
    return fail(ctx, 'expected true or false')
  })

/** A whole number in a range. */
export const integer = <F extends number | undefined = undefined>(
  opts: {min?: number; max?: number; fallback?: F; expected?: string} = {}
) =>
  input((v, ctx): number | F => {
    if (v === undefined) return opts.fallback as F
    const n = /^-?\d+$/.test(v) ? Number(v) : NaN
    const range =
      opts.expected ??
      `a whole number${opts.min !== undefined ? ` from ${opts.min}` : ''}${opts.max !== undefined ? ` to ${opts.max}` : ''}`
    if (!Number.isSafeInteger(n)) return fail(ctx, `expected ${range}`)
    if (opts.min !== undefined && n < opts.min) return fail(ctx, `expected ${range}`)
    if (opts.max !== undefined && n > opts.max) return fail(ctx, `expected ${range}`)
    return n
  })

/**
 * An input read by a plain function: it returns the value, or calls `problem` with a message
 * that completes "Input 'x' has the value 'y': ...". Schemas built only from these building
 * blocks stay independent of how src/lib validates (the zod flavour is this file's business).
 */
export const parsed = <T>(
  parse: (value: string | undefined, problem: (message: string) => never) => T
) =>
  input((v, ctx): T => {
    class Problem {
      constructor(readonly message: string) {}
    }
    try {
      return parse(v, message => {
        throw new Problem(message)
      })
    } catch (error) {
      if (error instanceof Problem) return fail(ctx, error.message)
      throw error
    }
  })

/** One of a fixed set of words. */
export const oneOf = <T extends string>(values: readonly T[], fallback: T) =>
  input((v, ctx): T => {
    if (v === undefined) return fallback
    if ((values as readonly string[]).includes(v)) return v as T
    return fail(ctx, `expected one of ${values.join(', ')}`)
  })

/**
 * A newline-separated list (commas are not separators: names may contain them). `check`
 * returns a problem with the entries, which completes "expected ...", or undefined.
 */
export const lines = (check?: (entries: string[]) => string | undefined) =>
  input((v, ctx) => {
    const entries = (v ?? '')
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
    const problem = check?.(entries)
    return problem === undefined ? entries : fail(ctx, `expected ${problem}`)
  })

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const NAME = /^[A-Za-z0-9._-]{1,100}$/

export interface Repository {
  owner: string
  repo: string
}

/** `owner/repo`; defaults to the repository the workflow runs in. */
export const repository = () =>
  input((v, ctx): Repository => {
    const value = v ?? process.env.GITHUB_REPOSITORY
    if (!value)
      return fail(ctx, 'expected owner/repo (on a runner it defaults to the current repository)')
    const [owner, repo, ...rest] = value.split('/')
    if (
      !owner ||
      !repo ||
      rest.length > 0 ||
      !OWNER.test(owner) ||
      !NAME.test(repo) ||
      repo === '.' ||
      repo === '..'
    ) {
      return fail(ctx, "expected the form owner/repo, e.g. 'octo-org/payments-api'")
    }
    return {owner, repo}
  })

/** The inputs every action has (DESIGN.md "Common inputs"). */
export const commonInputs = {
  // Checked before it goes into an HTTP header: one word of printable characters.
  token: input((v, ctx) => {
    if (v === undefined) return undefined
    if (!/^[\x21-\x7e]{1,2048}$/.test(v) || v.startsWith('-'))
      return fail(
        ctx,
        'expected a GitHub token (one word of at most 2048 characters, as ${{ github.token }} or a PAT)'
      )
    return v
  }),
  repository: repository(),
  'dry-run': bool(false),
  'evidence-dir': input((v, ctx) => {
    if (v === undefined) return defaultEvidenceDir()
    // eslint-disable-next-line no-control-regex -- a path on one line, as the runner passes it
    if (/[\x00-\x1f\x7f]/.test(v))
      return fail(
        ctx,
        'expected a directory path on one line, e.g. ${{ runner.temp }}/rollback-evidence'
      )
    if (v.length > 1024) return fail(ctx, 'expected a directory path of at most 1024 characters')
    return v
  })
}

/** Where evidence goes when `evidence-dir` is empty: the runner's temp dir, else ./rollback-evidence. */
export function defaultEvidenceDir(): string {
  return process.env.RUNNER_TEMP
    ? `${process.env.RUNNER_TEMP}/rollback-evidence`
    : 'rollback-evidence'
}

/**
 * `max-rate-limit-wait`, for actions that call GitHub: the seconds of rate-limit waits the step
 * accepts in total before it fails with the time the limit resets (0: never wait).
 */
export const maxRateLimitWait = () =>
  integer({
    min: 0,
    max: 21600,
    fallback: 300,
    expected:
      'a whole number of seconds from 0 to 21600 (6 hours) that the step may wait for rate limits in total, e.g. 300'
  })

/** The token, for actions that call GitHub; a clear error when it is missing. */
export function requireToken(token: string | undefined): string {
  if (!token) {
    throw new InputError(
      'token',
      token,
      'a GitHub token is required: in a workflow pass token: ${{ github.token }} (the default in action.yml); with the rollback-kit command pass --token or set GITHUB_TOKEN'
    )
  }
  return token
}
