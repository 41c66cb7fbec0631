import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** A down statement that can lose data written since the release, or that we cannot read. */
export interface Finding {
  migration: string
  statement: string
  why: string
}

/** What we know about a migration's down step before it runs. */
export interface DownSql {
  migration: string
  /** The SQL its down step runs; undefined when it cannot be known before running (JS). */
  sql?: string
  /** Why the SQL is unknown, for the summary. */
  unknownWhy?: string
}

type Node = Record<string, unknown>

// The PostgreSQL parser (WASM) loads only when there is down SQL to read.
async function parser(): Promise<
  (sql: string) => {stmts?: {stmt?: Node; stmt_location?: number; stmt_len?: number}[]}
> {
  // Emscripten's loader finds libpg-query.wasm via __dirname, which an ESM bundle lacks; the
  // bundle ships the .wasm beside index.js (script/bundle.mjs), and this code may sit in a
  // chunk one folder below it, so point there.
  const g = globalThis as {__dirname?: string}
  const here = dirname(fileURLToPath(import.meta.url))
  g.__dirname ??= [here, dirname(here)].find(d => existsSync(join(d, 'libpg-query.wasm'))) ?? here
  const lib = await import('libpg-query/wasm/index.js')
  await lib.loadModule()
  return sql => lib.parseSync(sql) as never
}

/**
 * Finds statements in down SQL that drop or rewrite data, with the real PostgreSQL parser.
 * SQL that cannot be parsed, or that runs code we cannot see (DO, CALL, EXECUTE), counts as a
 * finding: it needs the same acknowledgement as a DROP.
 */
export async function findDataLoss(downs: readonly DownSql[]): Promise<Finding[]> {
  const findings: Finding[] = []
  const withSql = downs.filter(d => d.sql !== undefined && d.sql.trim() !== '')
  const parse = withSql.length ? await parser() : undefined
  for (const down of downs) {
    if (down.sql === undefined)
      findings.push({
        migration: down.migration,
        statement: '(not known before it runs)',
        why: down.unknownWhy ?? 'the down step is code whose SQL cannot be read before it runs'
      })
  }
  if (!parse) return findings
  // One parse for all migrations (a call costs more than a statement); statements are mapped
  // back by offset. If any SQL does not parse, each migration is parsed alone to name it.
  const parts: {down: DownSql; start: number; end: number}[] = []
  let text = ''
  for (const down of withSql) {
    const start = text.length
    text += down.sql as string
    parts.push({down, start, end: text.length})
    text += '\n;\n'
  }
  try {
    findings.push(...statements(parse, text, parts))
  } catch {
    for (const part of parts) {
      const sql = part.down.sql as string
      try {
        findings.push(...statements(parse, sql, [{down: part.down, start: 0, end: sql.length}]))
      } catch (error) {
        findings.push({
          migration: part.down.migration,
          statement: excerpt(sql),
          why: `the PostgreSQL parser cannot read it (${error instanceof Error ? error.message : String(error)})`
        })
      }
    }
  }
  const order = new Map(downs.map((d, i) => [d.migration, i]))
  return findings.sort((a, b) => (order.get(a.migration) ?? 0) - (order.get(b.migration) ?? 0))
}

function statements(
  parse: Awaited<ReturnType<typeof parser>>,
  text: string,
  parts: {down: DownSql; start: number; end: number}[]
): Finding[] {
  const found: Finding[] = []
  for (const raw of parse(text).stmts ?? []) {
    const start = raw.stmt_location ?? 0
    const sql = raw.stmt_len ? text.slice(start, start + raw.stmt_len) : text.slice(start)
    const part =
      parts.find(p => start >= p.start && start < p.end) ?? parts.find(p => start < p.end)
    if (!part) continue
    for (const why of classify(raw.stmt ?? {}))
      found.push({migration: part.down.migration, statement: excerpt(sql), why})
  }
  return found
}

function excerpt(sql: string): string {
  const one = sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return one.length > 200 ? `${one.slice(0, 197)}...` : one
}

const DROPS_DATA: Record<string, string> = {
  OBJECT_TABLE: 'drops a table and every row in it',
  OBJECT_SCHEMA: 'drops a schema and everything in it',
  OBJECT_FOREIGN_TABLE: 'drops a table'
}

/** The reasons one parsed statement can lose data (none for safe statements). */
export function classify(stmt: Node): string[] {
  const [kind, body] = Object.entries(stmt)[0] ?? ['', {}]
  const node = (body ?? {}) as Node
  switch (kind) {
    case 'DropStmt': {
      const type = String(node.removeType)
      const reasons: string[] = []
      if (DROPS_DATA[type]) reasons.push(DROPS_DATA[type] as string)
      else if (node.behavior === 'DROP_CASCADE')
        reasons.push(
          `${type.replace('OBJECT_', '').toLowerCase()} dropped with CASCADE (can drop columns and tables that depend on it)`
        )
      return reasons
    }
    case 'DropdbStmt':
      return ['drops a database']
    case 'TruncateStmt':
      return ['truncates a table']
    case 'DeleteStmt':
      return node.whereClause ? [] : ['DELETE without WHERE removes every row']
    case 'UpdateStmt':
      return node.whereClause ? [] : ['UPDATE without WHERE rewrites every row']
    case 'AlterTableStmt': {
      const reasons: string[] = []
      for (const cmd of (node.cmds ?? []) as Node[]) {
        const sub = String((cmd.AlterTableCmd as Node | undefined)?.subtype)
        if (sub === 'AT_DropColumn') reasons.push('drops a column and its data')
        if (sub === 'AT_AlterColumnType')
          reasons.push('changes a column type (a narrowing change truncates or rejects data)')
      }
      return reasons
    }
    case 'DoStmt':
      return ['a DO block runs code that cannot be analysed']
    case 'CallStmt':
      return ['CALL runs a procedure that cannot be analysed']
    case 'ExecuteStmt':
      return ['EXECUTE runs a prepared statement that cannot be analysed']
    default:
      return []
  }
}
