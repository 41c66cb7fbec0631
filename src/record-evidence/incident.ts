// What people read: the incident issue, its per-stage comments and the notices on pull
// requests, following the incident templates teams use (declared → progress → complete/failed).
import type {Scope, Stage} from './inputs.js'
import {formatDuration, type Timings} from './timeline.js'

export interface StageReport {
  stage: Stage
  incident: string
  title: string
  repository: string
  /** When this stage was recorded (ISO). */
  when: string
  trigger: 'manual' | 'auto'
  scope: Scope
  who?: string
  environment?: string
  target?: string
  rangeFrom?: string
  rangeTo?: string
  /** Declared/progress: when the next update is due (ISO). */
  nextUpdateDue?: string
  /** What the evidence shows as done: `action: last event`. */
  done: string[]
  inProgress?: string
  risks?: string
  verifiedBy?: string
  frozen?: string
  followUps?: string
  logUrl?: string
  dryRun: boolean
}

export interface StageEntry {
  stage: Stage
  when: string
}

const SCOPE_TEXT: Record<Scope, string> = {
  L1: 'L1: code and configuration',
  L2: 'L2: code, configuration and data (database migrations reverted)',
  L3: 'L3: code, configuration, data and credentials'
}

const STATUS: Record<Stage, string> = {
  declared: '🔴 Rollback declared',
  progress: '🟠 Rollback in progress',
  complete: '🟢 Rollback complete',
  failed: '⛔ Rollback failed'
}

// GitHub refuses issue and comment bodies over 65,536 characters.
export const BODY_LIMIT = 65_536

export const issueMarker = (incident: string): string =>
  `<!-- rollback-kit:incident ${incident} -->`
export const stickyMarker = (incident: string): string =>
  `<!-- rollback-kit:pr-notice incident=${incident} -->`
export const outcomeMarker = (incident: string, stage: Stage): string =>
  `<!-- rollback-kit:pr-outcome incident=${incident} stage=${stage} -->`

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``

function fields(report: StageReport): string[] {
  const rows: [string, string | undefined][] = [
    ['Status', STATUS[report.stage] + (report.dryRun ? ' (dry run: nothing was changed)' : '')],
    ['Incident', code(report.incident)],
    ['Trigger', report.trigger === 'auto' ? 'automatic (post-deploy checks failed)' : 'manual'],
    ['Scope', SCOPE_TEXT[report.scope]],
    ['Lead', report.who],
    ['Environment', report.environment && code(report.environment)],
    ['Restoring', report.target && code(report.target)],
    [
      'Reverted range',
      report.rangeFrom && report.rangeTo
        ? `${code(report.rangeFrom)} … ${code(report.rangeTo)}`
        : undefined
    ],
    ['Next update due', report.nextUpdateDue],
    ['Run', report.logUrl]
  ]
  return rows.filter(([, v]) => v).map(([k, v]) => `- **${k}:** ${v}`)
}

function section(title: string, body: string | undefined): string[] {
  return body && body.trim() ? [`### ${title}`, '', body.trim(), ''] : []
}

/** The part of the template each stage adds. */
function stageSections(report: StageReport): string[] {
  const done = report.done.length ? report.done.map(d => `- ${d}`).join('\n') : undefined
  switch (report.stage) {
    case 'declared':
      return [...section('Risks', report.risks)]
    case 'progress':
      return [
        ...section('Target', report.target && `Restore ${code(report.target)}`),
        ...section('Done', done),
        ...section('In progress', report.inProgress),
        ...section('Risks', report.risks)
      ]
    case 'complete':
    case 'failed':
      return [
        ...section('When', report.when),
        ...section('Done', done),
        ...section('How it was verified', report.verifiedBy),
        ...section(
          'What stays frozen',
          report.frozen ??
            (report.stage === 'failed'
              ? 'The merge freeze stays on: the rollback did not finish.'
              : undefined)
        ),
        ...section('Follow-ups', report.followUps)
      ]
  }
}

/** The incident issue's body: the current state plus the stage history and timings. */
export function renderIssueBody(
  report: StageReport,
  history: readonly StageEntry[],
  timings: Timings
): string {
  const lines = [
    issueMarker(report.incident),
    `## ${report.title}`,
    '',
    ...fields(report),
    '',
    ...stageSections(report),
    '### Timeline',
    '',
    '| stage | when |',
    '| --- | --- |',
    ...history.map(h => `| ${h.stage} | ${h.when} |`),
    '',
    `Time to initiate: ${formatDuration(timings.toInitiate)} · to complete: ${formatDuration(timings.toComplete)} · to verify: ${formatDuration(timings.toVerify)}`,
    '',
    '_Kept up to date by rollback-kit record-evidence; each stage is also posted as a comment._'
  ]
  return clip(lines.join('\n'), BODY_LIMIT)
}

/** The comment posted at each stage, so everyone watching the issue is notified. */
export function renderStageComment(report: StageReport): string {
  return clip(
    [`### ${STATUS[report.stage]}`, '', ...fields(report), '', ...stageSections(report)].join('\n'),
    BODY_LIMIT
  )
}

export interface PullNotice {
  report: StageReport
  issueUrl?: string
}

/** The sticky notice on each reverted pull request, edited in place as the stages change. */
export function renderStickyComment({report, issueUrl}: PullNotice): string {
  const where = report.environment ? ` in ${code(report.environment)}` : ''
  const range =
    report.rangeFrom && report.rangeTo
      ? `${code(report.rangeFrom)} … ${code(report.rangeTo)}`
      : 'the reverted range'
  const state: Record<Stage, string> = {
    declared: 'A rollback has been declared',
    progress: 'A rollback is in progress',
    complete: 'This change was rolled back',
    failed: 'A rollback was attempted and failed; this change may still be live'
  }
  return [
    stickyMarker(report.incident),
    `**${state[report.stage]}${where}.** This pull request was merged in ${range}, the release range being taken back to ${report.target ? code(report.target) : 'the last known-good release'}.`,
    '',
    `- Stage: ${report.stage} (${report.when})`,
    issueUrl ? `- Incident: ${issueUrl}` : `- Incident: ${code(report.incident)}`,
    report.logUrl ? `- Run: ${report.logUrl}` : '',
    '',
    '_This comment is updated in place by rollback-kit._'
  ]
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .join('\n')
}

/** The one new comment at complete or failed, so the author is notified of the outcome. */
export function renderOutcomeComment({report, issueUrl}: PullNotice): string {
  const what =
    report.stage === 'complete'
      ? `The rollback of ${report.environment ? code(report.environment) : 'this release'} to ${report.target ? code(report.target) : 'the last known-good release'} is complete, so this change is no longer live there. Re-land it with a fix when ready.`
      : 'The rollback failed; the merge freeze stays on while the incident continues.'
  return [
    outcomeMarker(report.incident, report.stage),
    what,
    issueUrl ? `Incident: ${issueUrl}` : ''
  ]
    .filter(Boolean)
    .join('\n\n')
}

/** Cuts text to `limit` characters at a line end, saying so. */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text
  const note = '\n\n_… truncated to fit GitHub’s limit; the evidence holds everything._'
  const cut = text.lastIndexOf('\n', limit - note.length)
  return text.slice(0, cut > 0 ? cut : limit - note.length) + note
}
