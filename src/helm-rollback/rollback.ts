import type {ActionContext} from '../lib/action.js'
import {UserError, errorMessage} from '../lib/errors.js'
import type {EvidenceWriter} from '../lib/evidence.js'
import {setOutputs} from '../lib/outputs.js'
import {writeSummary} from '../lib/summary.js'
import type {HelmVersion, RollbackOptions, Scope} from '../lib/helm/argv.js'
import {goDurationMs} from '../lib/helm/duration.js'
import {createHelm, HelmError, HelmInterrupted, type Helm} from '../lib/helm/helm.js'
import type {Revision} from '../lib/helm/history.js'
import type {Inputs} from './inputs.js'
import type {Deps} from './main.js'
import {renderRefusal, renderSummary, type Outcome, type SummaryInput} from './summary.js'
import {chooseTarget, type RollbackPlan, type TargetRequest} from './target.js'
import {verifyRollback} from './verify.js'

/** Plans, rolls back, verifies and reports, from checked inputs and an open evidence chain. */
export async function rollback(
  context: ActionContext,
  deps: Deps,
  inputs: Inputs,
  evidence: EvidenceWriter
): Promise<void> {
  const scope: Scope = {
    release: inputs.release,
    namespace: inputs.namespace,
    kubeContext: inputs['kube-context']
  }
  // The process modules load only now, once the inputs are known to be good.
  const exec = deps.exec ?? (await import('../lib/exec.js')).createCommandRunner()
  const helm = createHelm(exec, {
    bin: deps.helmBin,
    onRun: args => context.log.info(`helm ${args.join(' ')}`),
    // Reads are one API call each: bounded by the timeout input, at most a minute, plus slack.
    readTimeoutMs: Math.min(goDurationMs(inputs.timeout) ?? 60_000, 60_000) + 10_000
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
  await mutate(context, {helm, version, scope, options, plan, report})
}

interface Mutation {
  helm: Helm
  version: HelmVersion
  scope: Scope
  options: RollbackOptions
  plan: RollbackPlan
  report: Reporter
}

/** The rollback itself, then the history again: verification and "after" evidence in one call. */
async function mutate(context: ActionContext, m: Mutation): Promise<void> {
  const {helm, scope, plan, report} = m
  try {
    await helm.rollback(m.version, scope, m.options)
  } catch (error) {
    if (!(error instanceof HelmError)) throw error
    // Evidence holds the history after a failure too: helm may have left a failed revision.
    const after = await helm.history(scope).catch((e: unknown) => e)
    const history = Array.isArray(after) ? (after as Revision[]) : undefined
    const afterError = history ? undefined : errorMessage(after)
    const created = history?.find(r => r.revision === plan.from.revision + 1)
    if (error instanceof HelmInterrupted) return interrupted(context, m, error, history, afterError)
    await report('failed', {
      after: history,
      afterError,
      created,
      helmSaid: error.helmSaid,
      command: error.args
    })
    throw error
  }
  // From here on every error must say the rollback ran: helm exited 0.
  context.changed(`rolled back release '${scope.release}' to revision ${plan.to.revision}`)
  let after: Revision[]
  try {
    after = await helm.history(scope)
  } catch (error) {
    if (!(error instanceof HelmError)) throw error
    const problem = `the history could not be read back to verify it: ${error.message}`
    await report('failed', {afterError: error.message, problem})
    throw new UserError(
      `helm rollback ${scope.release} ${plan.to.revision} exited 0, but ${problem} Check the release with 'helm history ${scope.release}' before running again.`
    )
  }
  const {created, problem} = verifyRollback(plan, after)
  if (problem) {
    await report('failed', {after, created, problem})
    throw new UserError(
      `helm rollback ${scope.release} ${plan.to.revision} exited 0, but 'helm history' then showed ${problem}. Check the release with 'helm history ${scope.release}' before running again.`
    )
  }
  await report('rolled-back', {after, created})
}

/**
 * helm did not finish (stopped at its time limit, or killed): the release may be half rolled
 * back and stuck in pending-rollback. Report the state read back and how to recover.
 */
async function interrupted(
  context: ActionContext,
  m: Mutation,
  error: HelmInterrupted,
  history: Revision[] | undefined,
  afterError: string | undefined
): Promise<void> {
  const {scope, plan, report} = m
  const verdict = history ? verifyRollback(plan, history) : undefined
  if (history && verdict && !verdict.problem) {
    // It finished before it was stopped: the release is where it should be.
    context.log.warning(`${error.message} The release history shows the rollback completed.`)
    context.changed(`rolled back release '${scope.release}' to revision ${plan.to.revision}`)
    await report('rolled-back', {after: history, created: verdict.created})
    return
  }
  const latest = history ? [...history].sort((a, b) => a.revision - b.revision).at(-1) : undefined
  const state = latest
    ? `The release now shows revision ${latest.revision} as ${latest.status}${latest.appVersion ? ` (app ${latest.appVersion})` : ''}.`
    : `Its state could not be read back (${afterError ?? 'no history'}).`
  const flags = [
    scope.namespace ? `--namespace=${scope.namespace}` : '',
    scope.kubeContext ? `--kube-context=${scope.kubeContext}` : ''
  ]
    .filter(Boolean)
    .join(' ')
  const historyCommand = `helm history ${scope.release}${flags ? ` ${flags}` : ''}`
  const pending = latest?.status.startsWith('pending-')
  const recover = pending
    ? `Helm refuses every other operation on a release stuck in ${latest?.status}. Once no helm process works on it any more, recover by running this action again with allow-pending: true, or by hand: helm rollback ${scope.release} ${plan.to.revision}${flags ? ` ${flags}` : ''} --wait --timeout=${m.options.timeout}.`
    : `Check '${historyCommand}' and the workload (kubectl get pods) before running again.`
  const message = `${error.message} ${state} ${recover}`
  await report('failed', {
    after: history,
    afterError,
    created: history?.find(r => r.revision === plan.from.revision + 1),
    helmSaid: error.helmSaid,
    command: error.args,
    problem: `${error.message} ${state}`
  })
  throw new UserError(message)
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
    // Outputs and summary first: they must say what happened even if evidence cannot be written.
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
    if (details.after || details.afterError) {
      await evidence.append('history-after', {
        revisions: details.after?.map(record),
        error: details.afterError
      })
    }
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
