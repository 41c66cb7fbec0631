// The GitHub half of record-evidence, loaded only when an issue, notices or deployment statuses
// are asked for: the incident issue, the notices on the reverted pull requests and the
// deployment statuses. A failure in one part is recorded and the others go on (attempt).
import type {EvidenceWriter} from '../lib/evidence.js'
import {createGitHubClient, type GitHubClient} from '../lib/github.js'
import type {Logger} from '../lib/log.js'
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
import type {Inputs, Stage} from './inputs.js'
import {commentOnIssue, upsertIssue, type IssueRef} from './issue.js'
import {notifyPulls, pullsInRange, type NoticeResult, type RangePulls} from './pull-requests.js'
import type {ChainRecords, Timings} from './timeline.js'
import {UserError} from '../lib/errors.js'

export interface Told {
  issue?: IssueRef
  commentUrls: string[]
  pulls?: RangePulls
  notices: NoticeResult[]
  deployments: DeploymentMark[]
}

export interface NotifyContext {
  token: string
  github?: (token: string) => GitHubClient
  inputs: Inputs
  report: StageReport
  history: StageEntry[]
  timings: Timings
  chains: readonly ChainRecords[]
  evidence: EvidenceWriter
  log: Logger
  attempt: (what: string, work: () => Promise<void>) => Promise<void>
}

export async function notify(ctx: NotifyContext): Promise<Told> {
  const {inputs, report, history, timings, chains, evidence, log, attempt} = ctx
  const repository = inputs.repository
  const client = (ctx.github ?? (t => createGitHubClient({token: t})))(ctx.token)

  // 1. The incident issue, so its link can go into every other notice.
  let issue: IssueRef | undefined
  const commentUrls: string[] = []
  if (inputs.issue.kind !== 'none') {
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
      log.info(
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
  if (inputs['pr-comment']) {
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
      log.info(
        `${found.pulls.length} merged pull request(s) in ${inputs['range-from']}...${inputs['range-to']} (${found.commits} commits)`
      )
      if (found.omitted)
        log.warning(
          `${found.omitted} more pull request(s) in the range were not commented on: pr-limit is ${inputs['pr-limit']}`
        )
      if (found.commitsNotRead)
        log.warning(
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
  if (inputs['deployment-status']) {
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
        log.warning(
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

  return {issue, commentUrls, pulls, notices, deployments}
}

const isFinal = (stage: Stage): boolean => stage === 'complete' || stage === 'failed'

/** The issue an earlier stage of this incident created, so `issue: create` creates it once. */
function issueFromEvidence(chains: readonly ChainRecords[], incident: string): number | undefined {
  const found = chains
    .flatMap(c => c.records)
    .filter(
      r =>
        r.action === 'record-evidence' &&
        r.event === 'incident-issue' &&
        (r.data as {incident?: unknown} | null)?.incident === incident
    )
    .map(r => (r.data as {number?: unknown}).number)
    .filter((n): n is number => typeof n === 'number')
  return found.at(-1)
}
