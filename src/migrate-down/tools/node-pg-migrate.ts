import {quoteTable} from '../db.js'
import {
  projectBin,
  runTool,
  splitTable,
  sqlBody,
  type Applied,
  type Assessment,
  type DryRun,
  type Tool,
  type ToolContext
} from './tool.js'

// node-pg-migrate's advisory lock key (src/runner.ts); held while any run is going on.
const LOCK_KEY = 7241865325823964n
const EXTENSIONS = /\.(js|cjs|mjs|ts|cts|mts|sql)$/
const DOWN_MARKER = /^\s*--[\s-]*down\s+migration/im
const UP_MARKER = /^\s*--[\s-]*up\s+migration/im

function baseArgs(context: ToolContext): string[] {
  const {schema, table} = splitTable(context.table)
  return [
    '--migrations-dir',
    context.dir,
    '--migrations-table',
    table,
    ...(schema ? ['--migrations-schema', schema] : [])
  ]
}

export const nodePgMigrate: Tool = {
  id: 'node-pg-migrate',
  defaultDir: 'migrations',
  defaultTable: 'pgmigrations',

  nameOf(path) {
    if (path.includes('/') || path.startsWith('.') || !EXTENSIONS.test(path)) return undefined
    return path.replace(EXTENSIONS, '')
  },

  async readApplied(db, table): Promise<Applied> {
    const rows = await db.query(`SELECT name FROM ${quoteTable(table)} ORDER BY run_on, id`)
    const locks = await db.query(
      `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = ${LOCK_KEY}`
    )
    return {
      names: rows.map(r => String(r.name)),
      dirty: [],
      locked: locks.length
        ? `node-pg-migrate's advisory lock is held (pid ${String(locks[0]?.pid)}): another migration run is going on`
        : undefined
    }
  },

  assess(name, files): Assessment {
    const [path, text] = [...files.entries()][0] ?? ['', '']
    if (path.endsWith('.sql')) {
      const down = DOWN_MARKER.exec(text)
      if (!down)
        return {
          name,
          reversible: false,
          reason: 'SQL migration without a -- Down Migration section',
          down: {migration: name}
        }
      const rest = text.slice(down.index + down[0].length)
      const up = UP_MARKER.exec(rest)
      const sql = (up ? rest.slice(0, up.index) : rest).replace(/^[^\n]*\n?/, '')
      if (sqlBody(sql) === '')
        return {
          name,
          reversible: false,
          reason: 'the -- Down Migration section is empty',
          down: {migration: name}
        }
      return {name, reversible: true, down: {migration: name, sql}}
    }
    if (/\bdown\s*[:=]\s*false\b/.test(text))
      return {
        name,
        reversible: false,
        reason: 'down = false (the author marked it irreversible)',
        down: {migration: name}
      }
    return {
      name,
      reversible: true,
      down: {
        migration: name,
        unknownWhy: "JavaScript migration: its SQL is read from the tool's dry run"
      }
    }
  },

  async dryRun(context, revert): Promise<DryRun> {
    const bin = projectBin(context.cwd, 'node-pg-migrate')
    const output = await runTool(
      context,
      bin,
      ['down', String(revert.length), '--dry-run', ...baseArgs(context)],
      `node-pg-migrate down ${revert.length} --dry-run`
    )
    return parseDryRun(output)
  },

  async up(context) {
    const bin = projectBin(context.cwd, 'node-pg-migrate')
    await runTool(context, bin, ['up', ...baseArgs(context)], 'node-pg-migrate up')
  },

  async execute(context, revert) {
    if (revert.length < 1)
      throw new Error('refusing to run node-pg-migrate down with a count below 1')
    const bin = projectBin(context.cwd, 'node-pg-migrate')
    await runTool(
      context,
      bin,
      ['down', String(revert.length), ...baseArgs(context)],
      `node-pg-migrate down ${revert.length}`
    )
  }
}

/** The list (`> - name`) and the SQL blocks (`### MIGRATION name (DOWN) ###`) of a dry run. */
export function parseDryRun(output: string): DryRun {
  const names: string[] = []
  const sql = new Map<string, string>()
  let current: string | undefined
  let block: string[] = []
  const flush = () => {
    if (current !== undefined) sql.set(current, block.join('\n'))
    current = undefined
    block = []
  }
  for (const line of output.split('\n')) {
    const listed = /^> - (.+)$/.exec(line)
    const header = /^### MIGRATION (.+) \(DOWN\) ###$/.exec(line)
    if (listed) names.push((listed[1] as string).trim())
    else if (header) {
      flush()
      current = header[1] as string
    } else if (/^Migrations complete!/.test(line)) flush()
    else if (current !== undefined) block.push(line)
  }
  flush()
  return {names, sql}
}
