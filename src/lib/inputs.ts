import {z} from 'zod'
import {InputError} from './errors.js'

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
export function readInputs<S extends z.ZodObject>(
  schema: S,
  source: InputSource = runnerInputs,
  refine?: (inputs: z.output<S>) => void
): z.output<S> {
  const raw: Record<string, string | undefined> = {}
  for (const [name, field] of Object.entries(schema.shape))
    raw[name] = field === unused ? undefined : source(name)
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = String(issue?.path[0] ?? '')
    // A secret input's value is never echoed back, even when it is wrong.
    const shown = /token|password|database-url/i.test(name) ? '***' : raw[name]
    throw new InputError(name, shown, issue?.message ?? 'is not valid')
  }
  refine?.(result.data)
  return result.data
}

// ---------------------------------------------------------------------------------------------
// Building blocks. Each one's message completes "Input 'x' has the value 'y': ...".

/** Reports an input problem from inside a zod transform; the message completes the sentence. */
export const fail = (ctx: z.RefinementCtx, message: string): never => {
  ctx.addIssue({code: 'custom', message})
  return z.NEVER
}

/**
 * An input an action declares for a uniform interface but never reads (helm-rollback's token):
 * readInputs does not even look at its value.
 */
export const unused = z.unknown().transform((): undefined => undefined)

/** An optional free-text input. */
export const text = () => z.string().optional()

/**
 * An optional one-line value: no newline or control character, at most `max` characters.
 * `what` completes "expected ..." (e.g. 'an environment name as GitHub shows it').
 */
export const line = (what: string, max = 255) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined
      // eslint-disable-next-line no-control-regex -- one line of printable text
      if (/[\x00-\x1f\x7f]/.test(v)) return fail(ctx, `expected ${what}, on one line`)
      if (v.length > max) return fail(ctx, `expected ${what}, at most ${max} characters`)
      return v
    })

/** A required input; `how` tells the user what to pass. */
export const required = (how: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => (v === undefined ? fail(ctx, `is required: ${how}`) : v))

/** A YAML 1.2 boolean, as @actions/core's getBooleanInput accepts it. */
export const bool = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return fallback
      if (/^(true|True|TRUE)$/.test(v)) return true
      if (/^(false|False|FALSE)$/.test(v)) return false
      return fail(ctx, 'expected true or false')
    })

/** A whole number in a range. */
export const integer = <F extends number | undefined = undefined>(
  opts: {min?: number; max?: number; fallback?: F; expected?: string} = {}
) =>
  z
    .string()
    .optional()
    .transform((v, ctx): number | F => {
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
  z
    .string()
    .optional()
    .transform((v, ctx): T => {
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
  z
    .string()
    .optional()
    .transform((v, ctx): T => {
      if (v === undefined) return fallback
      if ((values as readonly string[]).includes(v)) return v as T
      return fail(ctx, `expected one of ${values.join(', ')}`)
    })

/** A newline-separated list (commas are not separators: names may contain them). */
export const lines = () =>
  z
    .string()
    .optional()
    .transform(v =>
      (v ?? '')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'))
    )

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const NAME = /^[A-Za-z0-9._-]{1,100}$/

export interface Repository {
  owner: string
  repo: string
}

/** `owner/repo`; defaults to the repository the workflow runs in. */
export const repository = () =>
  z
    .string()
    .optional()
    .transform((v, ctx): Repository => {
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
  token: z
    .string()
    .optional()
    .transform((v, ctx) => {
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
  'evidence-dir': z
    .string()
    .optional()
    .transform((v, ctx) => {
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
