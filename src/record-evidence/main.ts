import {basename} from 'node:path'
import {runAction, type ActionContext} from '../lib/action.js'
import {UserError, errorMessage} from '../lib/errors.js'
import type {EvidenceRecord} from '../lib/evidence.js'
import {createGitHubClient, type GitHubClient} from '../lib/github.js'
import {readInputs, requireToken, runnerInputs, type InputSource} from '../lib/inputs.js'
import {setOutputs} from '../lib/outputs.js'
import {writeSummary} from '../lib/summary.js'
import {markBad, markRestored, type DeploymentMark} from './deployments.js'
import {
  outcomeMarker,
  renderIssueBody,
  renderOutcomeComment,
  renderStageComment,
  renderStickyComment,
  stickyMarker,
  type StageEntry,
  type StageReport
} from './incident.js'
import {checkInputs, inputSchema, type Inputs, type Stage} from './inputs.js'
import {commentOnIssue, upsertIssue, type IssueRef} from './issue.js'
import {notifyPulls, pullsInRange, type NoticeResult, type RangePulls} from './pull-requests.js'
import {readVerified, seal} from './seal.js'
import {renderSummary} from './summary.js'
import {timingsOf, type ChainRecords} from './timeline.js'

export const ACTION = 'record-evidence'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  github?: (token: string) => GitHubClient
  now?: () => Date
}

/**
 * Verifies every evidence chain, tells people where the rollback stands (incident issue, pull
 * request notices, deployment statuses) and seals the directory with manifest.json.
 */
export async function run(deps: Deps = {}): Promise<void> {
  await runAction(ACTION, async context => record(context, deps))
}

async function record(context: ActionContext, deps: Deps): Promise<void> {
  // Every input is checked, and every chain verified, before anything is written.
  const inputs = readInputs(inputSchema, deps.inputs ?? runnerInputs, checkInputs)
  const now = deps.now ?? (() => new Date())
  const needsGitHub =
    inputs.issue.kind !== 'none' || inputs['pr-comment'] || inputs['deployment-status']
  const token = needsGitHub ? requireToken(inputs.token) : undefined
  const dir = inputs['evidence-dir']
  const prior = await readVerified(dir)
  const evidence = context.openEvidence(dir, [inputs.token])
  const repository = inputs.repository
  const repoName = `${repository.owner}/${repository.repo}`
  await evidence.append('inputs', {...inputs, token: undefined, repository: repoName})
  await evidence.append('verified', {
    chains: prior.map(c => ({chain: c.chain, records: c.records.length}))
  })

  const report = stageReport(inputs, repoName, prior, now())
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
  const history = stageHistory(chains, report.incident)

  const client = token ? (deps.github ?? (t => createGitHubClient({token: t})))(token) : undefined
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

  // 1. The incident issue, so its link can go into every other notice.
  let issue: IssueRef | undefined
  const commentUrls: string[] = []
  if (client && inputs.issue.kind !== 'none') {
    const known =
      inputs.issue.kind === 'number'
        ? inputs.issue.number
        : issueFromEvidence(chains, report.incident)
    await attempt('incident issue', async () => {
      if (report.dryRun) {
        await evidence.append('incident-issue', {
          incident: report.incident,
          number: known,
          'dry-run': true
        })
        if (known !== undefined) issue = {number: known, url: '', created: false}
        return
      }
      issue = await upsertIssue(client, repository, {
        number: known,
        title: report.title,
        body: renderIssueBody(report, history, timings)
      })
      await evidence.append('incident-issue', {incident: report.incident, ...issue})
      context.log.info(
        `Incident issue #${issue.number} ${issue.created ? 'created' : 'updated'}: ${issue.url}`
      )
      const url = await commentOnIssue(
        client,
        repository,
        issue.number,
        renderStageComment(report),
        report.stage === 'complete'
      )
      commentUrls.push(url)
      await evidence.append('incident-comment', {number: issue.number, stage: report.stage, url})
    })
  }

  // 2. The pull requests the rollback reverted.
  let pulls: RangePulls | undefined
  let notices: NoticeResult[] = []
  if (client && inputs['pr-comment']) {
    await attempt('pull request notices', async () => {
      const found = await pullsInRange(
        client,
        repository,
        inputs['range-from'] as string,
        inputs['range-to'] as string,
        inputs['pr-limit']
      )
      pulls = found
      await evidence.append('pull-requests', {
        range: `${inputs['range-from']}...${inputs['range-to']}`,
        commits: found.commits,
        numbers: found.pulls.map(p => p.number),
        omitted: found.omitted,
        'commits-not-read': found.commitsNotRead
      })
      context.log.info(
        `${found.pulls.length} merged pull request(s) in ${inputs['range-from']}...${inputs['range-to']} (${found.commits} commits)`
      )
      if (found.omitted)
        context.log.warning(
          `${found.omitted} more pull request(s) in the range were not commented on: pr-limit is ${inputs['pr-limit']}`
        )
      if (found.commitsNotRead)
        context.log.warning(
          `The range holds ${found.commitsNotRead} more commits than were read; their pull requests were not commented on`
        )
      if (report.dryRun) return
      const issueUrl = issue?.url || undefined
      notices = await notifyPulls(client, repository, found.pulls, {
        stickyMarker: stickyMarker(report.incident),
        sticky: renderStickyComment({report, issueUrl}),
        outcome: isFinal(report.stage)
          ? {
              marker: outcomeMarker(report.incident, report.stage),
              body: renderOutcomeComment({report, issueUrl})
            }
          : undefined
      })
      const failed = notices.filter(n => n.sticky === 'failed')
      commentUrls.push(...notices.flatMap(n => (n.url ? [n.url] : [])))
      await evidence.append('pr-notices', {
        created: notices.filter(n => n.sticky === 'created').map(n => n.number),
        updated: notices.filter(n => n.sticky === 'updated').map(n => n.number),
        unchanged: notices.filter(n => n.sticky === 'unchanged').map(n => n.number),
        outcome: notices.filter(n => n.outcome === 'created').map(n => n.number),
        failed: failed.map(n => ({number: n.number, error: n.error}))
      })
      if (failed.length)
        throw new UserError(
          `${failed.length} of ${notices.length} pull request notice(s) failed, first #${failed[0]?.number}: ${failed[0]?.error}`
        )
    })
  }

  // 3. Deployment statuses.
  const deployments: DeploymentMark[] = []
  if (client && inputs['deployment-status']) {
    const target = {
      environment: inputs.environment as string,
      logUrl: inputs['log-url'],
      dryRun: report.dryRun,
      incident: report.incident
    }
    await attempt('bad deployment status', async () => {
      const bad = await markBad(client, repository, inputs['range-to'] as string, target)
      if (bad) deployments.push(bad)
      else
        context.log.warning(
          `No deployment of range-to '${inputs['range-to']}' to ${target.environment} was found; there is no deployment to mark as failure`
        )
      await evidence.append('deployment-failure', bad ?? {found: false, ref: inputs['range-to']})
    })
    if (report.stage === 'complete')
      await attempt('restored deployment status', async () => {
        const restored = await markRestored(
          client,
          repository,
          inputs['range-from'] as string,
          target
        )
        deployments.push(restored)
        await evidence.append('deployment-success', restored)
      })
  }

  // 4. Seal: the last record names every other chain's head, so chain-head anchors them all.
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
  inputs: Inputs,
  repoName: string,
  prior: readonly ChainRecords[],
  when: Date
): StageReport {
  const done = timingsOf(prior)
    .spans.filter(s => s.action !== ACTION)
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

const stageRecords = (chains: readonly ChainRecords[], incident: string) =>
  chains
    .flatMap(c => c.records)
    .filter(
      r => r.action === ACTION && (r.data as {incident?: unknown} | null)?.incident === incident
    )

function stageHistory(chains: readonly ChainRecords[], incident: string): StageEntry[] {
  return stageRecords(chains, incident)
    .filter(r => r.event === 'stage')
    .map(r => ({stage: (r.data as {stage: Stage}).stage, when: r.time}))
    .sort((a, b) => a.when.localeCompare(b.when))
}

/** The issue an earlier stage of this incident created, so `issue: create` creates it once. */
function issueFromEvidence(chains: readonly ChainRecords[], incident: string): number | undefined {
  const found = stageRecords(chains, incident)
    .filter(r => r.event === 'incident-issue')
    .map(r => (r.data as {number?: unknown}).number)
    .filter((n): n is number => typeof n === 'number')
  return found.at(-1)
}
