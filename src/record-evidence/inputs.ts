import * as z from 'zod/mini'
import {InputError} from '../lib/errors.js'
import {bool, commonInputs, integer, oneOf, parsed, type InputsOf} from '../lib/inputs.js'

export const STAGES = ['declared', 'progress', 'complete', 'failed'] as const
export type Stage = (typeof STAGES)[number]

/** Incident scope as the runbooks grade it: L1 code/config, L2 + data, L3 + credentials. */
export const SCOPES = ['L1', 'L2', 'L3'] as const
export type Scope = (typeof SCOPES)[number]

export type IssueMode = {kind: 'none'} | {kind: 'create'} | {kind: 'number'; number: number}

const ONE_LINE = /^[^\r\n]*$/

/** A single line of at most `max` characters; `how` says what belongs there. */
const line = (max: number, how: string) =>
  parsed((v, problem) => {
    if (v === undefined) return undefined
    if (!ONE_LINE.test(v) || v.length > max)
      problem(`expected ${how}, one line of at most ${max} characters`)
    return v
  })

/** Free text that may span lines (rendered as markdown), bounded so a summary stays small. */
const paragraph = (max: number) =>
  parsed((v, problem) => {
    if (v !== undefined && v.length > max) problem(`expected at most ${max} characters of text`)
    return v
  })

// A ref as git and GitHub accept it in a compare: no leading dash, no spaces, no '..'.
const REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/@+-]{1,250}$/

const ref = (what: string) =>
  parsed((v, problem) => {
    if (v === undefined) return undefined
    if (!REF.test(v)) problem(`expected ${what}: a tag, branch or commit sha such as v1.2.0`)
    return v
  })

/** record-evidence's inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  stage: parsed((v, problem) => {
    if (v === undefined) problem(`is required: one of ${STAGES.join(', ')}`)
    if (!(STAGES as readonly string[]).includes(v as string))
      problem(`expected one of ${STAGES.join(', ')}`)
    return v as Stage
  }),
  title: line(200, 'an incident title'),
  incident: parsed((v, problem) => {
    const value = v ?? defaultIncident()
    if (!/^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,99}$/.test(value))
      problem(
        'expected an incident id of letters, digits and . _ : # / - (at most 100), e.g. INC-2041'
      )
    return value
  }),
  issue: parsed((v, problem): IssueMode => {
    if (v === undefined || v === 'none') return {kind: 'none'}
    if (v === 'create') return {kind: 'create'}
    if (/^[1-9]\d{0,9}$/.test(v)) return {kind: 'number', number: Number(v)}
    return problem("expected 'create', 'none' or an issue number such as 42")
  }),
  trigger: oneOf(['manual', 'auto'] as const, 'manual'),
  scope: oneOf(SCOPES, 'L1'),
  who: line(100, 'who leads the rollback (a login or name)'),
  'next-update': parsed((v, problem) => {
    if (v === undefined) return 30
    const m = /^(\d{1,4})(m|h)$/.exec(v)
    if (!m) return problem('expected minutes or hours until the next update, e.g. 30m or 2h')
    const minutes = Number(m[1]) * (m[2] === 'h' ? 60 : 1)
    if (minutes < 1 || minutes > 7 * 24 * 60) problem('expected between 1m and 168h')
    return minutes
  }),
  target: ref('the release being restored'),
  'in-progress': paragraph(4000),
  risks: paragraph(4000),
  'verified-by': paragraph(4000),
  frozen: paragraph(4000),
  'follow-ups': paragraph(4000),
  'pr-comment': bool(false),
  'range-from': ref('the known-good release (the start of the reverted range)'),
  'range-to': ref('the bad release (the end of the reverted range)'),
  'pr-limit': integer({min: 1, max: 1000, fallback: 500}),
  environment: parsed((v, problem) => {
    if (v === undefined) return undefined
    if (!/^[^\r\n\t]{1,255}$/.test(v) || v.trim() !== v)
      problem('expected a deployment environment name such as production')
    return v
  }),
  'deployment-status': bool(false),
  'log-url': parsed((v, problem) => {
    const value = v ?? defaultLogUrl()
    if (value === undefined) return undefined
    if (!/^https?:\/\/[^\s]{1,2000}$/.test(value))
      problem('expected an http(s) URL of the run, e.g. https://github.com/o/r/actions/runs/1')
    return value
  })
})

export type Inputs = InputsOf<typeof inputSchema>

/** One incident per workflow run by default: every stage of that run speaks about it. */
function defaultIncident(): string {
  const run = process.env.GITHUB_RUN_ID
  return run && /^\d+$/.test(run) ? `run-${run}` : 'local'
}

function defaultLogUrl(): string | undefined {
  const {GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run} = process.env
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined
}

/** Checks that span inputs; each names the input to fix. */
export function checkInputs(inputs: Inputs): void {
  const need = (name: keyof Inputs, why: string): void => {
    if (inputs[name] === undefined) throw new InputError(name, undefined, why)
  }
  if (inputs['pr-comment']) {
    need('range-from', 'pr-comment: true needs range-from (the known-good release) and range-to')
    need('range-to', 'pr-comment: true needs range-to (the bad release) and range-from')
  }
  if (inputs['deployment-status']) {
    need('environment', 'deployment-status: true needs the environment whose deployments to mark')
    need('range-to', 'deployment-status: true needs range-to, the release whose deployment failed')
    if (inputs.stage === 'complete')
      need(
        'range-from',
        'deployment-status: true at stage complete needs range-from, the restored release'
      )
  }
}
