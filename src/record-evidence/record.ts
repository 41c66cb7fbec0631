import {basename} from 'node:path'
import type {ActionContext} from '../lib/action.js'
import {UserError, errorMessage} from '../lib/errors.js'
import type {EvidenceRecord} from '../lib/evidence.js'
import {setOutputs} from '../lib/outputs.js'
import {writeSummary} from '../lib/summary.js'
import type {Deps} from './main.js'
import type {StageEntry, StageReport} from './incident.js'
import type {Inputs, Stage} from './inputs.js'
import type {Told} from './notify.js'
import {readVerified, seal} from './seal.js'
import {renderSummary} from './summary.js'
import {timingsOf, type ChainRecords} from './timeline.js'

// Loaded by main.ts once the inputs validate: a step that fails on an input never loads the
// chain checks, the report or the sealing. `context.name` is the action's name (ACTION).

/**
 * Records the stage: verifies every evidence chain, tells people where the rollback stands and
 * seals the directory. `token` is set when a GitHub part is asked for.
 */
export async function recordStage(
  context: ActionContext,
  deps: Deps,
  inputs: Inputs,
  token: string | undefined
): Promise<void> {
  const now = deps.now ?? (() => new Date())
  const dir = inputs['evidence-dir']
  const prior = await readVerified(dir)
  const evidence = context.openEvidence(dir, [inputs.token])
  const repository = inputs.repository
  const repoName = `${repository.owner}/${repository.repo}`
  await evidence.append('inputs', {...inputs, token: undefined, repository: repoName})
  await evidence.append('verified', {
    chains: prior.map(c => ({chain: c.chain, records: c.records.length}))
  })

  const report = stageReport(context.name, inputs, repoName, prior, now())
  const stageRecord = await evidence.append('stage', {
    stage: report.stage,
    incident: report.incident,
    trigger: report.trigger,
    scope: report.scope,
    who: report.who,
    environment: report.environment,
    target: report.target,
    'range-from': report.rangeFrom,
    'range-to': report.rangeTo,
    'next-update-due': report.nextUpdateDue,
    'dry-run': report.dryRun
  })
  const mine = basename(evidence.file, '.jsonl')
  const chains = withRecord(prior, mine, stageRecord)
  const timings = timingsOf(chains)
  const history = stageHistory(context.name, chains, report.incident)

  const problems: string[] = []
  const attempt = async (what: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work()
    } catch (error) {
      const message = errorMessage(error)
      problems.push(message)
      await evidence.append('not-done', {what, message})
      if (!(error instanceof UserError)) context.log.debug(String((error as Error).stack))
    }
  }

  // The GitHub part loads only when it is asked for: verifying and sealing need no network code.
  const told: Told = token
    ? await (
        await import('./notify.js')
      ).notify({
        token,
        github: deps.github,
        inputs,
        report,
        history,
        timings,
        chains,
        evidence,
        log: context.log,
        attempt
      })
    : {commentUrls: [], notices: [], deployments: []}
  const {issue, commentUrls, pulls, notices, deployments} = told

  // Seal: the last record names every other chain's head, so chain-head anchors them all.
  const heads = prior
    .filter(c => c.chain !== mine)
    .map(c => ({chain: c.chain, records: c.records.length, head: c.records.at(-1)?.hash}))
  const sealed = await evidence.append('sealed', {chains: heads, problems})
  const {manifest, path} = await seal(dir, now())
  setOutputs({
    manifest: path,
    'chain-head': sealed.hash,
    'issue-number': issue ? String(issue.number) : '',
    'comment-urls': JSON.stringify(commentUrls)
  })
  await writeSummary(
    renderSummary({
      report,
      manifest,
      chainHead: sealed.hash,
      timings,
      issue: issue?.url ? issue : undefined,
      pulls,
      notices,
      deployments,
      problems
    })
  )
  context.log.info(`Evidence sealed: ${manifest.chains.length} chain(s), chain-head ${sealed.hash}`)
  if (problems.length)
    throw new UserError(
      `record-evidence recorded stage '${report.stage}' and sealed the evidence, but not everything was done: ${problems.join(' | ')}`
    )
}

const isFinal = (stage: Stage): boolean => stage === 'complete' || stage === 'failed'

function stageReport(
  action: string,
  inputs: Inputs,
  repoName: string,
  prior: readonly ChainRecords[],
  when: Date
): StageReport {
  const done = timingsOf(prior)
    .spans.filter(s => s.action !== action)
    .map(s => `${s.action}: ${s.lastEvent} (${s.last})`)
  return {
    stage: inputs.stage,
    incident: inputs.incident,
    title: inputs.title ?? `Rollback of ${inputs.environment ?? repoName}`,
    repository: repoName,
    when: when.toISOString(),
    trigger: inputs.trigger,
    scope: inputs.scope,
    who: inputs.who ?? process.env.GITHUB_ACTOR,
    environment: inputs.environment,
    target: inputs.target ?? inputs['range-from'],
    rangeFrom: inputs['range-from'],
    rangeTo: inputs['range-to'],
    nextUpdateDue: isFinal(inputs.stage)
      ? undefined
      : new Date(when.getTime() + inputs['next-update'] * 60_000).toISOString(),
    done,
    inProgress: inputs['in-progress'],
    risks: inputs.risks,
    verifiedBy: inputs['verified-by'],
    frozen: inputs.frozen,
    followUps: inputs['follow-ups'],
    logUrl: inputs['log-url'],
    dryRun: inputs['dry-run']
  }
}

function withRecord(
  chains: readonly ChainRecords[],
  chain: string,
  record: EvidenceRecord
): ChainRecords[] {
  const found = chains.some(c => c.chain === chain)
  return found
    ? chains.map(c => (c.chain === chain ? {chain, records: [...c.records, record]} : c))
    : [...chains, {chain, records: [record]}]
}

const stageRecords = (action: string, chains: readonly ChainRecords[], incident: string) =>
  chains
    .flatMap(c => c.records)
    .filter(
      r => r.action === action && (r.data as {incident?: unknown} | null)?.incident === incident
    )

function stageHistory(
  action: string,
  chains: readonly ChainRecords[],
  incident: string
): StageEntry[] {
  return stageRecords(action, chains, incident)
    .filter(r => r.event === 'stage')
    .map(r => ({stage: (r.data as {stage: Stage}).stage, when: r.time}))
    .sort((a, b) => a.when.localeCompare(b.when))
}
