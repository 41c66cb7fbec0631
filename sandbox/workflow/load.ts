// Reads a workflow file: GitHub's own parser (@actions/workflow-parser) decides whether it is
// valid at all, then every key the executor would have to honour is checked against what it
// supports. Anything else is refused by name, never skipped.
import {readFile} from 'node:fs/promises'
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow
} from '@actions/workflow-parser'
import {parse} from 'yaml'

export interface StepSpec {
  id?: string
  name?: string
  if?: unknown
  uses?: string
  with?: Record<string, unknown>
  run?: string
  shell?: string
  env?: Record<string, unknown>
  'continue-on-error'?: unknown
  'timeout-minutes'?: unknown
  'working-directory'?: string
}

export interface JobSpec {
  name?: string
  needs?: string | string[]
  if?: unknown
  'runs-on'?: unknown
  permissions?: unknown
  'timeout-minutes'?: unknown
  concurrency?: unknown
  environment?: unknown
  outputs?: Record<string, string>
  env?: Record<string, unknown>
  steps?: StepSpec[]
  'continue-on-error'?: unknown
  uses?: string
  with?: Record<string, unknown>
  secrets?: 'inherit' | Record<string, unknown>
}

export interface CallInput {
  type: 'string' | 'boolean' | 'number'
  required?: boolean
  default?: unknown
  description?: string
}

export interface WorkflowSpec {
  name?: string
  on: Record<string, unknown>
  permissions?: unknown
  concurrency?: unknown
  env?: Record<string, unknown>
  jobs: Record<string, JobSpec>
}

export class Unsupported extends Error {
  constructor(message: string) {
    super(`the workflow executor does not support ${message}`)
    this.name = 'Unsupported'
  }
}

const WORKFLOW_KEYS = new Set([
  'name',
  'run-name',
  'on',
  'permissions',
  'concurrency',
  'env',
  'jobs'
])
const JOB_KEYS = new Set([
  'name',
  'needs',
  'if',
  'runs-on',
  'permissions',
  'timeout-minutes',
  'concurrency',
  'environment',
  'outputs',
  'env',
  'steps',
  'continue-on-error',
  'uses',
  'with',
  'secrets'
])
const STEP_KEYS = new Set([
  'id',
  'name',
  'if',
  'uses',
  'with',
  'run',
  'shell',
  'env',
  'continue-on-error',
  'timeout-minutes',
  'working-directory'
])

/** Parses and checks a workflow; errors name the file and what is wrong. */
export async function loadWorkflow(file: string, label = file): Promise<WorkflowSpec> {
  const content = await readFile(file, 'utf8')
  const errors = await parserErrors(label, content)
  if (errors.length) throw new Error(`${label} is not a valid workflow: ${errors.join('; ')}`)
  const spec = parse(content) as WorkflowSpec & Record<string, unknown>
  const on =
    typeof spec.on === 'string'
      ? {[spec.on]: null}
      : Array.isArray(spec.on)
        ? Object.fromEntries((spec.on as string[]).map(e => [e, null]))
        : spec.on
  spec.on = (on ?? {}) as Record<string, unknown>
  refuseUnknown(Object.keys(spec), WORKFLOW_KEYS, `${label}: workflow key`)
  for (const [id, job] of Object.entries(spec.jobs ?? {})) {
    refuseUnknown(Object.keys(job), JOB_KEYS, `${label}: job '${id}' key`)
    if (job.steps && job.uses)
      throw new Unsupported(`${label}: job '${id}' with both steps and uses`)
    for (const [i, step] of (job.steps ?? []).entries()) {
      refuseUnknown(Object.keys(step), STEP_KEYS, `${label}: job '${id}' step ${i + 1} key`)
      if (step.run !== undefined && step.shell !== undefined && step.shell !== 'bash')
        throw new Unsupported(
          `${label}: job '${id}' step ${i + 1} shell '${step.shell}' (only bash)`
        )
    }
  }
  return spec
}

function refuseUnknown(keys: string[], allowed: Set<string>, what: string): void {
  const unknown = keys.find(key => !allowed.has(key))
  if (unknown !== undefined) throw new Unsupported(`${what} '${unknown}'`)
}

/** GitHub's parser's errors for a workflow file (an empty list when it is valid). */
export async function parserErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({name, content}, new NoOperationTraceWriter())
  const errors = result.context.errors.getErrors().map(e => e.message)
  if (errors.length || !result.value) return errors.length ? errors : ['empty workflow']
  const template = await convertWorkflowTemplate(result.context, result.value)
  return (template.errors ?? []).map(e => e.Message)
}
