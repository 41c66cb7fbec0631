import {table} from '../lib/summary.js'
import type {FreezeRecord} from './record.js'

export interface FreezeFacts {
  dryRun?: boolean
  already?: boolean
  expired?: boolean
  statusWrites?: number
  autoMerge?: number
  runs?: number
  renewedBy?: {incident: string; reason: string}
}

export function renderFreeze(
  repo: string,
  record: FreezeRecord,
  f: FreezeFacts,
  issue?: number
): string {
  const head = f.dryRun
    ? `## Merge freeze planned (dry run): ${repo}`
    : f.already
      ? `## Already frozen: ${repo} (#${issue})`
      : `## Merges frozen: ${repo} (#${issue})`
  const rows = [
    ['Branches', record.branches.join(', ')],
    ['Method', record.method],
    ['Reason', record.reason],
    ['Expires', record.expiresAt ?? 'never (unfreeze by hand)'],
    ['Commit statuses set', String(f.statusWrites ?? 0)],
    ['Auto-merge turned off', String(f.autoMerge ?? 0)],
    ['Workflow runs cancelled', String(f.runs ?? 0)],
    ['Exempt pull requests', record.exemptions.map(e => `#${e.number}`).join(', ') || 'none']
  ]
  const notes = [
    f.expired ? '- The previous freeze had expired; this freeze renews it.' : '',
    f.renewedBy && !f.already ? '- Already frozen: this request was added to the same freeze.' : ''
  ].filter(Boolean)
  return `${head}\n\n${table(['', ''], rows)}${notes.length ? `\n${notes.join('\n')}\n` : ''}`
}

export interface UnfreezeFacts {
  issue: number
  expired: boolean
  statuses: number
  queue: number
  autoMergeOn: number[]
  autoMergeSkipped: {number: number; why: string}[]
  protection: string[]
  dryRun: boolean
}

export function renderUnfreeze(
  repo: string,
  record: FreezeRecord | undefined,
  f: UnfreezeFacts | undefined
): string {
  if (!record || !f) return `## Not frozen: ${repo}\n\nThere was no open freeze; nothing changed.\n`
  const head = f.dryRun
    ? `## Unfreeze planned (dry run): ${repo} (#${f.issue})`
    : `## Merges unfrozen: ${repo} (#${f.issue})`
  const lines = [
    `- Branches: ${record.branches.join(', ')}`,
    `- Pull requests unblocked (status set to success): ${f.statuses}`,
    f.queue ? `- Merge queue groups released: ${f.queue}` : '',
    f.protection.length ? `- Restored exactly: ${f.protection.join(', ')}` : '',
    f.autoMergeOn.length
      ? `- Auto-merge turned back on: ${f.autoMergeOn.map(n => `#${n}`).join(', ')}`
      : '',
    ...f.autoMergeSkipped.map(s => `- Auto-merge not restored on #${s.number}: ${s.why}`),
    f.expired ? '- The freeze had expired before this unfreeze.' : ''
  ].filter(Boolean)
  return `${head}\n\n${lines.join('\n')}\n`
}

export function renderGuard(
  repo: string,
  g: {
    target: {kind: string; number?: number; sha?: string}
    blocked: boolean
    exempt?: string
    expired: boolean
    issue?: number
    failure?: string
  }
): string {
  const what =
    g.target.kind === 'pull'
      ? `#${g.target.number}`
      : g.target.kind === 'merge-group'
        ? `merge group ${g.target.sha?.slice(0, 12)}`
        : 'this deployment'
  if (g.blocked) return `## ⛔ Merge freeze: ${what} blocked\n\n${g.failure}\n`
  if (g.exempt)
    return `## ✅ ${what} is exempt from the merge freeze (#${g.issue})\n\n${g.exempt}\n`
  return `## ✅ No merge freeze for ${what} in ${repo}\n${g.expired ? `\nFreeze #${g.issue} has expired and no longer blocks.\n` : ''}`
}

export function renderStatus(
  repo: string,
  record: FreezeRecord | undefined,
  issue: number | undefined,
  expired: boolean,
  blocked: number
): string {
  if (!record) return `## Not frozen: ${repo}\n`
  return `## ${expired ? 'Freeze expired' : 'Frozen'}: ${repo} (#${issue})\n\n${table(
    ['', ''],
    [
      ['Branches', record.branches.join(', ')],
      ['Method', record.method],
      ['Reason', record.reason],
      ['Since', `${record.at} by @${record.by}`],
      ['Expires', record.expiresAt ?? 'never'],
      ['Pull requests blocked', String(blocked)],
      ['Complete', record.complete ? 'yes' : 'no: run freeze again or unfreeze']
    ]
  )}`
}
