// The freeze record: everything a later step (on a fresh runner) needs to unfreeze exactly.
// It lives in the body of the freeze issue, as JSON inside an HTML comment under a plain-words
// rendering of the same facts.
import type {Method} from './inputs.js'
import type {ProtectionPut} from './protection.js'
import type {RulesetChange} from './ruleset.js'

export const FREEZE_LABEL = 'merge-freeze'
const OPEN = '<!-- rollback-kit:freeze-record'
const CLOSE = '-->'

export type MergeMethod = 'MERGE' | 'SQUASH' | 'REBASE'

export interface AutoMergeChange {
  number: number
  /** GraphQL node id, for the enable mutation. */
  id: string
  method: MergeMethod
  title?: string
  body?: string
}

export interface ProtectionChange {
  branch: string
  /** The protection before the freeze, in PUT shape; null = the branch was not protected. */
  before: ProtectionPut | null
  signatures: boolean
}

export interface FreezeRecord {
  version: 1
  method: Method
  branches: string[]
  checkName: string
  reason: string
  /** Who froze, and when (ISO 8601 UTC). */
  by: string
  at: string
  /** null = never expires. */
  expiresAt: string | null
  /** Every freeze request, the first one included; a second freeze adds to this list. */
  incidents: {incident: string; reason: string; by: string; at: string}[]
  /** Everything freeze changed, each written here BEFORE the change is made. */
  changes: {
    autoMerge: AutoMergeChange[]
    cancelledRuns: {id: number; workflow: string; status: string}[]
    protection: ProtectionChange[]
    /** method: ruleset. */
    ruleset?: RulesetChange
  }
  exemptions: {number: number; why: string; at: string}[]
  /** false while a freeze is still being applied (an interrupted freeze stays false). */
  complete: boolean
}

/** The issue body: plain words for people, then the record for the next step. */
export function renderRecord(record: FreezeRecord, issueUrl?: string): string {
  const expires = record.expiresAt ? `until ${record.expiresAt}` : 'until unfrozen'
  const lines = [
    `## Merges into ${record.branches.map(b => `\`${b}\``).join(', ')} are frozen`,
    '',
    `- Reason: ${plain(record.reason) || '(none given)'}`,
    `- Frozen by @${plain(record.by)} at ${record.at}, ${expires}`,
    `- Method: \`${record.method}\`; merges need the \`${plain(record.checkName)}\` check`,
    ...record.incidents.map(
      i =>
        `- Incident ${plain(i.incident) || '(none)'}: ${plain(i.reason)} (@${plain(i.by)}, ${i.at})`
    ),
    record.complete
      ? ''
      : '- ⚠️ The freeze was not applied completely yet: run freeze again, or unfreeze.',
    '',
    '### What the freeze changed (unfreeze restores it)',
    '',
    record.changes.autoMerge.length
      ? `- Auto-merge turned off on: ${record.changes.autoMerge.map(a => `#${a.number} (${a.method.toLowerCase()})`).join(', ')}`
      : '- Auto-merge: nothing turned off',
    record.changes.cancelledRuns.length
      ? `- Workflow runs cancelled: ${record.changes.cancelledRuns.map(r => `${r.id} (${plain(r.workflow)}, was ${r.status})`).join(', ')}`
      : '- Workflow runs: none cancelled',
    record.changes.ruleset
      ? `- Ruleset '${plain(record.changes.ruleset.name)}'${record.changes.ruleset.id ? ` (id ${record.changes.ruleset.id})` : ''}: ${record.changes.ruleset.before ? `enabled (it existed, ${record.changes.ruleset.before.enforcement} before)` : 'created by the freeze'}`
      : '',
    ...record.changes.protection.map(
      p =>
        `- Branch protection of \`${p.branch}\` saved (${p.before ? 'protected' : 'not protected'} before the freeze)`
    ),
    record.exemptions.length
      ? `- Exempt pull requests: ${record.exemptions.map(e => `#${e.number} (${plain(e.why)})`).join(', ')}`
      : '',
    '',
    issueUrl ? `Unfreeze with the merge-freeze workflow, mode \`unfreeze\`.` : '',
    '',
    OPEN,
    // `>` only occurs inside JSON strings; escaping it keeps `-->` out of the comment.
    JSON.stringify(record).replace(/>/g, '\\u003e'),
    CLOSE,
    ''
  ]
  return lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n')
}

/** Text a person typed, safe inside one markdown list item. */
function plain(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[<>]/g, c => (c === '<' ? '&lt;' : '&gt;'))
}

/** The record in an issue body, or undefined when the body holds none (or a damaged one). */
export function parseRecord(body: string | null | undefined): FreezeRecord | undefined {
  if (!body) return undefined
  const start = body.lastIndexOf(OPEN)
  if (start < 0) return undefined
  const end = body.indexOf(CLOSE, start + OPEN.length)
  if (end < 0) return undefined
  try {
    const value = JSON.parse(body.slice(start + OPEN.length, end)) as FreezeRecord
    return value && value.version === 1 && Array.isArray(value.branches) ? value : undefined
  } catch {
    return undefined
  }
}

/** True once the freeze's expiry has passed. */
export function isExpired(record: FreezeRecord, now: Date): boolean {
  return record.expiresAt !== null && Date.parse(record.expiresAt) <= now.getTime()
}

/** GitHub's issue body limit (65536 characters), with room for the plain-words part. */
export const MAX_BODY = 65_000
