import {runAction, type ActionContext} from '../lib/action.js'
import {UserError} from '../lib/errors.js'
import type {EvidenceWriter} from '../lib/evidence.js'
import type {CommandRunner} from '../lib/exec.js'
import {readInputs, runnerInputs, type InputSource} from '../lib/inputs.js'
import {setOutputs} from '../lib/outputs.js'
import {writeSummary} from '../lib/summary.js'
import type {HelmVersion, RollbackOptions, Scope} from '../lib/helm/argv.js'
import {createHelm, HelmError, type Helm} from '../lib/helm/helm.js'
import type {Revision} from '../lib/helm/history.js'
import {checkInputs, inputSchema, type Inputs} from './inputs.js'
import {renderRefusal, renderSummary, type Outcome, type SummaryInput} from './summary.js'
import {chooseTarget, type RollbackPlan, type TargetRequest} from './target.js'
import {verifyRollback} from './verify.js'

export const ACTION = 'helm-rollback'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  exec?: CommandRunner
  /** The helm program (default: `helm` from PATH). */
  helmBin?: string
}

/**
 * Rolls a Helm release back to a revision that deployed successfully. At most four helm
 * processes: version, history, rollback, and history again to verify (and as evidence).
 */
export async function run(deps: Deps = {}): Promise<void> {
  await runAction(ACTION, async context => rollback(context, deps))
}

async function rollback(context: ActionContext, deps: Deps): Promise<void> {
  // Every input is checked before helm runs at all.
  const inputs = readInputs(inputSchema, deps.inputs ?? runnerInputs, checkInputs)
  const evidence = context.openEvidence(inputs['evidence-dir'], [inputs.token])
  await evidence.append('inputs', {...inputs, token: undefined})
  const scope: Scope = {
    release: inputs.release,
    namespace: inputs.namespace,
    kubeContext: inputs['kube-context']
  }
  // The process modules load only now, once the inputs are known to be good.
  const exec = deps.exec ?? (await import('../lib/exec.js')).createCommandRunner()
  const helm = createHelm(exec, {
    bin: deps.helmBin,
    onRun: args => context.log.info(`helm ${args.join(' ')}`)
  })

  const version = await helm.version()
  const before = await helm.history(scope)
  await evidence.append('history-before', {helm: version.raw, revisions: before.map(record)})
  let plan: RollbackPlan
  try {
    plan = chooseTarget(before, targetRequest(inputs), {
      release: describeRelease(scope),
      allowPending: inputs['allow-pending']
    })
  } catch (error) {
    // Refused before any change: show the history the decision was made on.
    if (error instanceof UserError) {
      await writeSummary(renderRefusal(scope, version.version, before, error.message))
    }
    throw error
  }
  context.log.info(
    `Plan: ${plan.action} from revision ${plan.from.revision} to ${plan.to.revision}: ${plan.why}`
  )
  await evidence.append('plan', {
    action: plan.action,
    from: record(plan.from),
    to: record(plan.to),
    why: plan.why,
    unsticks: plan.unsticks,
    skipped: plan.skipped,
    'dry-run': inputs['dry-run']
  })

  const report = reporter(evidence, {scope, helmVersion: version.version, plan, before})
  if (plan.action === 'already-at-target') {
    await report('already-at-target', {})
    return
  }
  const options: RollbackOptions = {
    revision: plan.to.revision,
    wait: inputs.wait,
    timeout: inputs.timeout,
    cleanupOnFail: inputs['cleanup-on-fail'],
    historyMax: inputs['history-max'],
    dryRun: inputs['dry-run']
  }
  if (options.dryRun) {
    const dry = await helm.rollback(version, scope, options)
    await report('dry-run', {command: dry.args, helmSaid: `${dry.stderr}${dry.stdout}`})
    return
  }
  await mutate(helm, version, scope, options, plan, report)
}

/** The rollback itself, then the history again: verification and "after" evidence in one call. */
async function mutate(
  helm: Helm,
  version: HelmVersion,
  scope: Scope,
  options: RollbackOptions,
  plan: RollbackPlan,
  report: Reporter
): Promise<void> {
  try {
    await helm.rollback(version, scope, options)
  } catch (error) {
    if (!(error instanceof HelmError)) throw error
    // Evidence holds the history after a failure too: helm may have left a failed revision.
    const after = await helm.history(scope).catch((e: unknown) => e)
    const history = Array.isArray(after) ? after : undefined
    const created = history?.find(r => r.revision === plan.from.revision + 1)
    await report('failed', {
      after: history,
      afterError: history ? undefined : String(after),
      created,
      helmSaid: error.helmSaid,
      command: error.args
    })
    throw error
  }
  const after = await helm.history(scope)
  const {created, problem} = verifyRollback(plan, after)
  if (problem) {
    await report('failed', {after, created, problem})
    throw new UserError(
      `helm rollback ${scope.release} ${plan.to.revision} exited 0, but 'helm history' then showed ${problem}. Check the release with 'helm history ${scope.release}' before running again.`
    )
  }
  await report('rolled-back', {after, created})
}

interface ReportDetails {
  after?: Revision[]
  afterError?: string
  created?: Revision
  helmSaid?: string
  command?: readonly string[]
  problem?: string
}

type Reporter = (outcome: Outcome, details: ReportDetails) => Promise<void>

// Outputs, summary and evidence for every way the step ends once a plan exists.
function reporter(
  evidence: EvidenceWriter,
  base: Pick<SummaryInput, 'scope' | 'helmVersion' | 'plan' | 'before'>
): Reporter {
  return async (outcome, details) => {
    const {plan} = base
    if (details.after || details.afterError) {
      await evidence.append('history-after', {
        revisions: details.after?.map(record),
        error: details.afterError
      })
    }
    setOutputs({
      'from-revision': String(plan.from.revision),
      'to-revision': String(plan.to.revision),
      'new-revision': details.created ? String(details.created.revision) : '',
      'from-app-version': plan.from.appVersion,
      'to-app-version': plan.to.appVersion,
      'helm-version': base.helmVersion,
      status: outcome
    })
    await writeSummary(
      renderSummary({
        ...base,
        outcome,
        after: details.after,
        created: details.created,
        helmSaid:
          details.helmSaid ?? (details.problem ? `helm history: ${details.problem}` : undefined),
        command: details.command
      })
    )
    // runAction appends the step's own `failed` record after this one.
    await evidence.append(outcome === 'failed' ? 'rollback-failed' : outcome, {
      from: plan.from.revision,
      to: plan.to.revision,
      new: details.created?.revision,
      command: details.command,
      helm: details.helmSaid,
      problem: details.problem
    })
  }
}

function targetRequest(inputs: Inputs): TargetRequest {
  if (inputs.revision !== undefined) return {by: 'revision', revision: inputs.revision}
  const appVersion = inputs['to-app-version']
  if (appVersion !== undefined) return {by: 'app-version', appVersion}
  return {by: 'previous-good'}
}

function describeRelease(scope: Scope): string {
  const namespace = scope.namespace ? `namespace '${scope.namespace}'` : "helm's default namespace"
  return `release '${scope.release}' in ${namespace}`
}

// Evidence keeps helm's field names so a reader can compare it with `helm history -o json`.
function record(r: Revision): Record<string, unknown> {
  return {
    revision: r.revision,
    status: r.status,
    chart: r.chart,
    app_version: r.appVersion,
    updated: r.updated?.toISOString() ?? null,
    description: r.description
  }
}
