import {existsSync, readFileSync, statSync} from 'node:fs'
import {isAbsolute, resolve} from 'node:path'
import * as z from 'zod/mini'
import {InputError} from '../lib/errors.js'
import {
  commonInputs,
  integer,
  parsed,
  readInputs,
  unused,
  type InputSource,
  type InputsOf
} from '../lib/inputs.js'
import {ChecksError, MAX_CHECKS_TEXT, MAX_COUNT, type CheckEntry} from './checks.js'
import {DURATION_EXPECTED, MAX_DURATION_MS, parseDuration} from './duration.js'
import {parseStatusList, STATUS_EXPECTED, urlProblem} from './values.js'

/** The `checks` input as read: where it came from and its validated entries. */
export interface ChecksInput {
  /** `inline`, or the file's path. */
  source: string
  entries: CheckEntry[]
}

/** The `checks` input once its cheap checks pass: its YAML, not yet parsed. */
interface ChecksText {
  /** `inline`, or the file's path. */
  source: string
  text: string
}

const duration = (fallback: string, min: number, what: string) =>
  parsed((v, problem) => {
    const text = v ?? fallback
    const ms = parseDuration(text)
    if (ms === undefined) return problem(`expected ${DURATION_EXPECTED} (${what})`)
    if (ms < min) return problem(`expected at least ${min}ms (${what})`)
    if (ms > MAX_DURATION_MS) return problem(`expected at most 24h (${what})`)
    return ms
  })

/** smoke-verify's inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  // smoke-verify never calls GitHub: the inputs exist so every action takes the same ones.
  token: unused,
  repository: unused,
  url: parsed((v, problem) => {
    if (v === undefined) return undefined
    if (/\s/.test(v) || v.length > 2048)
      return problem('expected one URL on one line, e.g. https://app.example.com/healthz')
    const bad = urlProblem(v)
    return bad ? problem(`expected ${bad}`) : v
  }),
  'expect-status': parsed(
    (v, problem) => parseStatusList(v ?? '200') ?? problem(`expected ${STATUS_EXPECTED}`)
  ),
  // Only read here; readSmokeVerifyInputs parses the YAML once every input has passed.
  checks: parsed((v, problem) => (v === undefined ? undefined : checksText(v, problem))),
  interval: duration('10s', 100, 'the time between samples of each check'),
  count: integer({
    min: 1,
    max: MAX_COUNT,
    fallback: 6,
    expected: `a whole number of samples from 1 to ${MAX_COUNT}`
  }),
  'consecutive-successes': integer({
    min: 1,
    max: MAX_COUNT,
    fallback: 3,
    expected: 'a whole number of successes in a row from 1 up to count'
  }),
  'failure-limit': integer({
    min: 0,
    max: MAX_COUNT,
    fallback: 0,
    expected: 'a whole number of failed samples a check may have and still pass, 0 or more'
  }),
  'inconclusive-limit': integer({
    min: 0,
    max: MAX_COUNT,
    expected: 'a whole number of inconclusive samples allowed, 0 or more (empty: no limit)'
  }),
  timeout: duration('5m', 1000, 'the most the whole step may take')
})

/** smoke-verify's inputs, the `checks` YAML parsed. */
export type Inputs = Omit<InputsOf<typeof inputSchema>, 'checks'> & {
  checks: ChecksInput | undefined
}

/**
 * Reads and checks every input: the schema first, then the `checks` YAML (the YAML parser
 * loads only now, so a step with a wrong input never pays for it), then the checks that span
 * inputs. The first problem is the same one a single pass over the inputs in order would find.
 */
export async function readSmokeVerifyInputs(source: InputSource): Promise<Inputs> {
  let read: InputsOf<typeof inputSchema>
  try {
    read = readInputs(inputSchema, source)
  } catch (error) {
    // Inputs are reported in the schema's order: a wrong checks YAML comes before a wrong
    // input after it, as it did when the schema parsed the YAML itself.
    if (error instanceof InputError && comesAfterChecks(error.input)) {
      const text = z.safeParse(inputSchema.shape.checks, source('checks'))
      if (text.success && text.data) await parseChecksText(text.data)
    }
    throw error
  }
  const inputs = {...read, checks: read.checks && (await parseChecksText(read.checks))}
  checkInputs(inputs)
  return inputs
}

function comesAfterChecks(input: string): boolean {
  const order = Object.keys(inputSchema.shape)
  return order.indexOf(input) > order.indexOf('checks')
}

/** Parses the `checks` YAML; a problem is an InputError that names the entry and field. */
async function parseChecksText({source, text}: ChecksText): Promise<ChecksInput> {
  // The same chunk as the sampling and the verdict (verify.ts): one import() for both.
  const {parseChecks} = await import('./verify.js')
  try {
    return {source, entries: await parseChecks(text)}
  } catch (error) {
    if (!(error instanceof ChecksError)) throw error
    if (source === 'inline') throw new InputError('checks', text, error.message)
    throw new InputError('checks', source, `the file ${source}: ${error.message}`)
  }
}

/** Checks that span inputs. */
export function checkInputs(inputs: Inputs): void {
  if (inputs.url === undefined && inputs.checks === undefined) {
    throw new InputError(
      'checks',
      undefined,
      'pass url (one HTTP check) or checks (a YAML list of http, command and prometheus checks), or both'
    )
  }
  if (inputs['consecutive-successes'] > inputs.count) {
    throw new InputError(
      'consecutive-successes',
      String(inputs['consecutive-successes']),
      `it is more than count (${inputs.count}), so no check could pass; expected at most ${inputs.count}`
    )
  }
  const clash = inputs.checks?.entries.findIndex(e => e.name === 'url') ?? -1
  if (inputs.url !== undefined && clash >= 0) {
    throw new InputError(
      'checks',
      inputs.checks?.source,
      `checks[${clash}] is named 'url', the name of the check the url input makes; expected another name`
    )
  }
}

/**
 * Inline YAML (it has a line break, or starts like a YAML list or mapping), or else the path
 * of a YAML file relative to the workspace.
 */
function checksText(value: string, problem: (message: string) => never): ChecksText {
  if (/[\r\n]/.test(value) || /^[-[{]/.test(value)) return {source: 'inline', text: value}
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  const path = isAbsolute(value) ? value : resolve(workspace, value)
  if (value.length > 4096)
    return problem(
      'expected a YAML list of checks, or the path of a YAML file: the path is too long'
    )
  if (!existsSync(path) || !statSync(path).isFile()) {
    return problem(
      `expected a YAML list of checks, or the path of a YAML file (relative to the workspace); there is no such file`
    )
  }
  if (statSync(path).size > MAX_CHECKS_TEXT)
    return problem(
      `the file is larger than ${MAX_CHECKS_TEXT} bytes; expected a YAML list of checks`
    )
  return {source: value, text: readFileSync(path, 'utf8')}
}
