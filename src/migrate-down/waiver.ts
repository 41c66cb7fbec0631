import type {parse as parseYamlText} from 'yaml'

// The YAML parser (about 115 KB) loads only when a waiver is given: a step without one, or one
// that fails on another input, never pays for it at start-up.
let parseYaml: typeof parseYamlText | undefined

/** Loads the YAML parser; call it before the inputs are read whenever `waiver` is set. */
export async function loadWaiverParser(): Promise<void> {
  parseYaml ??= (await import('../lib/yaml.js')).parse
}

/** A signed-off exception for irreversible migrations (DESIGN.md, migrate-down `waiver`). */
export interface Waiver {
  id: string
  reason: string
  approver: string
  /** The migrations it covers; undefined covers every irreversible one in the plan. */
  migrations?: string[]
}

const FORMAT =
  'expected YAML or JSON with id, reason and approver (and optionally migrations: [names]), e.g. {"id": "INC-123", "reason": "forward-fix in 1.4.3", "approver": "@dba-lead"}'

/** Parses the `waiver` input; `problem` reports what is wrong (it never returns). */
export function parseWaiver(text: string, problem: (message: string) => never): Waiver {
  const parse = parseYaml
  if (!parse)
    throw new Error('parseWaiver ran before loadWaiverParser: the YAML parser is not loaded')
  if (text.length > 20_000) problem(`is too long (${text.length} characters). ${FORMAT}`)
  let value: unknown
  try {
    value = parse(text, {maxAliasCount: 10})
  } catch {
    problem(`is not valid YAML or JSON. ${FORMAT}`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) problem(FORMAT)
  const record = value as Record<string, unknown>
  const known = new Set(['id', 'reason', 'approver', 'migrations'])
  const extra = Object.keys(record).filter(key => !known.has(key))
  if (extra.length) problem(`has unknown field ${extra.join(', ')}. ${FORMAT}`)
  const field = (name: string, max: number, oneLine: boolean): string => {
    const v = record[name]
    if (typeof v !== 'string' && typeof v !== 'number') problem(`needs '${name}'. ${FORMAT}`)
    const s = String(v).trim()
    if (s === '' || s.length > max || (oneLine && /[\r\n]/.test(s)))
      problem(
        `'${name}' must be non-empty${oneLine ? ', one line' : ''} and at most ${max} characters`
      )
    return s
  }
  const waiver: Waiver = {
    id: field('id', 200, true),
    reason: field('reason', 2000, false),
    approver: field('approver', 200, true)
  }
  if (record.migrations !== undefined) {
    const list = record.migrations
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      list.some(m => typeof m !== 'string' || m.trim() === '' || m.length > 255)
    )
      problem(`'migrations' must be a non-empty list of migration names. ${FORMAT}`)
    waiver.migrations = (list as string[]).map(m => m.trim())
  }
  return waiver
}

/** Whether the waiver covers a migration. */
export function waives(waiver: Waiver | undefined, name: string): boolean {
  if (!waiver) return false
  return waiver.migrations === undefined || waiver.migrations.includes(name)
}
