import {cell, table} from '../lib/summary.js'
import type {Manifest} from '../lib/evidence.js'
import type {DeploymentMark} from './deployments.js'
import {clip, type StageReport} from './incident.js'
import type {NoticeResult, RangePulls} from './pull-requests.js'
import {formatDuration, type Timings} from './timeline.js'

// GitHub drops a step summary over 1 MiB entirely; keep well inside it (bytes, not characters).
export const SUMMARY_LIMIT = 1024 * 1024 - 4096

export interface SummaryInput {
  report: StageReport
  manifest: Manifest
  chainHead: string
  timings: Timings
  issue?: {number: number; url: string; created: boolean}
  pulls?: RangePulls
  notices: NoticeResult[]
  deployments: DeploymentMark[]
  problems: string[]
}

export function renderSummary(input: SummaryInput): string {
  const {report, timings} = input
  const parts = [
    `## Rollback evidence: ${cell(report.title)} — ${report.stage}${report.dryRun ? ' (dry run)' : ''}`,
    '',
    `Chain head \`${input.chainHead}\` · incident \`${cell(report.incident)}\`` +
      (input.issue ? ` · issue [#${input.issue.number}](${input.issue.url})` : ''),
    '',
    ...(input.problems.length ? ['**Not done:**', ...input.problems.map(p => `- ${p}`), ''] : []),
    '### Timings',
    '',
    table(
      ['time to initiate', 'time to complete', 'time to verify'],
      [
        [
          formatDuration(timings.toInitiate),
          formatDuration(timings.toComplete),
          formatDuration(timings.toVerify)
        ]
      ]
    ),
    table(
      ['action', 'chain', 'first record', 'last record', 'records', 'last event'],
      timings.spans
        .filter(s => s.action !== 'record-evidence')
        .map(s => [s.action, s.chain, s.first, s.last, s.records, s.lastEvent])
    ),
    '### Evidence',
    '',
    table(
      ['chain', 'records', 'head'],
      input.manifest.chains.map(c => [c.file, c.records, `\`${c.head}\``])
    ),
    ...deploymentPart(input.deployments),
    ...pullPart(input)
  ]
  return capBytes(parts.join('\n'), SUMMARY_LIMIT)
}

function deploymentPart(marks: DeploymentMark[]): string[] {
  if (marks.length === 0) return []
  return [
    '### Deployments',
    '',
    table(
      ['deployment', 'ref', 'state', 'result'],
      marks.map(m => [m.deployment || '(new)', m.ref, m.state, m.result])
    )
  ]
}

function pullPart({pulls, notices}: SummaryInput): string[] {
  if (!pulls) return []
  const byNumber = new Map(notices.map(n => [n.number, n]))
  const head = `### Pull requests in the reverted range (${pulls.pulls.length} of ${pulls.pulls.length + pulls.omitted}, ${pulls.commits} commits)`
  return [
    head,
    '',
    ...(pulls.omitted ? [`_${pulls.omitted} more not commented on (pr-limit)._`, ''] : []),
    table(
      ['pull request', 'author', 'merged', 'notice'],
      pulls.pulls.map(p => {
        const n = byNumber.get(p.number)
        return [
          `#${p.number} ${p.title}`,
          p.author,
          p.mergedAt,
          n ? (n.error ?? n.sticky) : 'planned'
        ]
      })
    )
  ]
}

/** Cuts markdown to `limit` UTF-8 bytes at a line end, with a note. */
export function capBytes(text: string, limit: number): string {
  const bytes = Buffer.byteLength(text)
  if (bytes <= limit) return text
  // Start from the proportional length and shrink until the bytes fit (multi-byte text).
  let chars = Math.floor((text.length * limit) / bytes)
  let cut = clip(text, chars)
  while (Buffer.byteLength(cut) > limit) {
    chars = Math.floor(chars * 0.9)
    cut = clip(text, chars)
  }
  return cut
}
