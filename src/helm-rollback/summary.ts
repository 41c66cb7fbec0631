import {redactCredentials} from '../lib/redact.js'
import {cell, code, codeBlock, table} from '../lib/summary.js'
import type {Scope} from '../lib/helm/argv.js'
import type {Revision} from '../lib/helm/history.js'
import type {RollbackPlan} from './target.js'

/** The step's result, as the `status` output reports it. */
export type Outcome = 'rolled-back' | 'dry-run' | 'already-at-target' | 'failed'

export interface SummaryInput {
  scope: Scope
  helmVersion: string
  outcome: Outcome
  plan: RollbackPlan
  /** The history read before the rollback. */
  before: readonly Revision[]
  /** The history read after it, when it ran (or failed). */
  after?: readonly Revision[]
  /** The revision the rollback created. */
  created?: Revision
  /** helm's own words for a failure, or its dry-run output. */
  helmSaid?: string
  /** The rollback command line (after `helm`). */
  command?: readonly string[]
}

/**
 * The job summary: what happened in one sentence, why that target, and the release history
 * with the revisions rolled back from (from), to (to) and created (new) marked.
 * @param input the plan, the histories and the outcome
 * @returns markdown
 */
export function renderSummary(input: SummaryInput): string {
  const {plan, scope, created} = input
  const where = `${code(scope.release)}${scope.namespace ? ` in namespace ${code(scope.namespace)}` : ''}${scope.kubeContext ? ` (kube-context ${code(scope.kubeContext)})` : ''}`
  const from = describe(plan.from)
  const to = describe(plan.to)
  const headline: Record<Outcome, string> = {
    'rolled-back': `**Rolled back** ${where} from ${from} to ${to}; new revision ${created?.revision ?? '?'} is ${created?.status ?? 'unknown'}.`,
    'dry-run': `**Dry run**: would roll back ${where} from ${from} to ${to}. Nothing was changed.`,
    'already-at-target': `**Already at target**: ${where} runs ${to}; nothing was changed.`,
    failed: `**Rollback failed**: ${where} from ${from} to ${to}${created ? `; helm left revision ${created.revision} ${created.status}` : ''}.`
  }
  const lines = [
    `### helm-rollback: ${scope.release}`,
    '',
    headline[input.outcome],
    '',
    `Why: ${plan.why}.`,
    ''
  ]
  if (input.helmSaid) {
    lines.push(input.outcome === 'dry-run' ? "helm's dry run said:" : 'helm said:', '')
    lines.push(codeBlock(input.helmSaid), '')
  }
  const history = input.after ?? input.before
  lines.push(
    `Release history${input.after ? ' after the rollback' : ''} (helm ${input.helmVersion}):`,
    ''
  )
  lines.push(
    table(
      ['revision', 'status', 'app_version', 'updated', 'description', 'role'],
      history.map(r => [
        r.revision,
        r.status,
        r.appVersion,
        time(r),
        redactCredentials(r.description),
        marks(r, plan, created)
      ])
    ).trimEnd()
  )
  if (input.command) lines.push('', `Command: ${code(`helm ${input.command.join(' ')}`)}`)
  return `${lines.join('\n')}\n`
}

/**
 * The job summary when no rollback was attempted because the release's state or the inputs
 * rule every target out: the reason, and the history it was judged on.
 * @param scope the release
 * @param helmVersion the helm in use
 * @param before the history read
 * @param reason the error message
 * @returns markdown
 */
export function renderRefusal(
  scope: Scope,
  helmVersion: string,
  before: readonly Revision[],
  reason: string
): string {
  const rows = before.map(r => [
    r.revision,
    r.status,
    r.appVersion,
    time(r),
    redactCredentials(r.description),
    ''
  ])
  return [
    `### helm-rollback: ${scope.release}`,
    '',
    `**No rollback**: ${reason}`,
    '',
    `Release history (helm ${helmVersion}):`,
    '',
    table(['revision', 'status', 'app_version', 'updated', 'description', 'role'], rows)
  ].join('\n')
}

function time(r: Revision): string {
  return r.updated ? r.updated.toISOString().replace(/\.\d+Z$/, 'Z') : ''
}

function describe(r: Revision): string {
  return `revision ${r.revision} (${cell(r.status)}${r.appVersion ? `, app ${cell(r.appVersion)}` : ''})`
}

function marks(r: Revision, plan: RollbackPlan, created: Revision | undefined): string {
  const found: string[] = []
  if (r.revision === plan.from.revision) found.push('**from**')
  if (r.revision === plan.to.revision) found.push('**to**')
  if (created && r.revision === created.revision) found.push('**new**')
  return found.join(' ')
}
