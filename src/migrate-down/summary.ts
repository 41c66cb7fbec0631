import {cell, table} from '../lib/summary.js'
import type {Backup} from './backup.js'
import type {Finding} from './data-loss.js'
import type {Plan, Refusal} from './plan.js'
import type {Waiver} from './waiver.js'

export type Status =
  | 'reverted'
  | 'rehearsed'
  | 'dry-run'
  | 'nothing-to-revert'
  | 'forward-fix-required'
  | 'refused'
  | 'failed'

export interface Report {
  status: Status
  tool: string
  toolWhy: string
  fromRef: string
  toRef?: string
  plan?: Plan
  kept: string[]
  refusals: Refusal[]
  findings: Finding[]
  allowDataLoss: boolean
  waiver?: Waiver
  backup?: Backup
  backupNote?: string
  reverted: string[]
  notReverted: string[]
  versionAfter?: string
  problem?: string
  toolOutput?: string
}

const TITLE: Record<Status, string> = {
  reverted: 'reverted',
  rehearsed: 'rehearsed on a scratch database (PGlite); your database was not touched',
  'dry-run': 'dry run: nothing changed',
  'nothing-to-revert': 'nothing to revert',
  'forward-fix-required': 'forward fix required: nothing changed',
  refused: 'refused: nothing changed',
  failed: 'FAILED'
}

/** The job summary: what was planned, which gates held, what the database says now. */
export function renderSummary(r: Report): string {
  const out: string[] = [`## migrate-down: ${TITLE[r.status]}\n`]
  out.push(
    `Tool: **${r.tool}** (${cell(r.toolWhy)}). From \`${r.fromRef}\`${r.toRef ? ` back to \`${r.toRef}\`` : ''}.\n`
  )
  if (r.plan) {
    const rows: string[][] = [
      ...r.plan.revert.map((name, i) => [String(i + 1), name, revertState(r, name)]),
      ...r.kept.map(name => ['', name, 'kept: irreversible, waived (needs a forward fix)']),
      ...r.plan.pending.map(name => ['', name, 'not applied: untouched'])
    ]
    if (rows.length) out.push(table(['#', 'migration', 'state'], rows))
    out.push(
      `\nVersion before: \`${r.plan.versionBefore || '(none)'}\`; after: \`${r.versionAfter ?? r.plan.versionAfter ?? ''}\`${r.versionAfter === undefined ? ' (planned)' : ' (read back)'}.\n`
    )
  }
  if (r.refusals.length) {
    out.push('\n### Refused\n')
    for (const refusal of r.refusals) out.push(`- **${refusal.gate}**: ${cell(refusal.message)}`)
    if (r.refusals.some(x => x.gate === 'irreversible'))
      out.push(
        '\nWrite a forward-fix migration, or pass a `waiver` (id, reason, approver) to revert only the migrations newer than the irreversible one.'
      )
    out.push('')
  }
  if (r.findings.length) {
    out.push(
      `\n### Data-loss gate (${r.allowDataLoss ? 'allowed by allow-data-loss' : 'blocked'})\n`
    )
    out.push(
      table(
        ['migration', 'statement', 'why'],
        r.findings.map(f => [f.migration, f.statement, f.why])
      )
    )
  }
  if (r.waiver)
    out.push(
      `\nWaiver **${cell(r.waiver.id)}** approved by ${cell(r.waiver.approver)}: ${cell(r.waiver.reason)}\n`
    )
  if (r.backup) {
    out.push('\n### Backup\n')
    out.push(
      table(
        ['path', 'bytes', 'sha256', 'pg_dump', 'server'],
        [[r.backup.path, r.backup.bytes, r.backup.sha256, r.backup.pgDump, r.backup.server]]
      )
    )
    out.push(
      `\nRestore (operator, after review):\n\n\`\`\`sh\n${r.backup.restoreCommand}\n\`\`\`\n`
    )
  } else if (r.backupNote) out.push(`\nBackup: ${r.backupNote}\n`)
  if (r.problem) out.push(`\n**Problem:** ${cell(r.problem)}\n`)
  if (r.toolOutput)
    out.push(
      `\n<details><summary>tool output</summary>\n\n\`\`\`\n${r.toolOutput.slice(-6000)}\n\`\`\`\n</details>\n`
    )
  return `${out.join('\n')}\n`
}

function revertState(r: Report, name: string): string {
  if (r.reverted.includes(name)) return 'reverted (read back)'
  if (r.notReverted.includes(name)) return 'NOT reverted (still applied, read back)'
  if (r.status === 'failed') return 'unknown: could not read back'
  return 'to revert'
}
