import {quoteTable} from '../db.js'
import {projectBin, runTool, sqlBody, type Applied, type Assessment, type Tool} from './tool.js'

const UP = /^--\s*migrate:up\b.*$/m
const DOWN = /^--\s*migrate:down\b.*$/m

export const dbmate: Tool = {
  id: 'dbmate',
  defaultDir: 'db/migrations',
  defaultTable: 'schema_migrations',

  // dbmate's version is the file name up to the first underscore.
  nameOf(path) {
    if (path.includes('/') || !path.endsWith('.sql')) return undefined
    return /^(\d+)_/.exec(path)?.[1]
  },

  async readApplied(db, table): Promise<Applied> {
    // dbmate keeps no order of application; it always rolls back the highest version.
    const rows = await db.query(`SELECT version FROM ${quoteTable(table)} ORDER BY version`)
    return {names: rows.map(r => String(r.version)), dirty: []}
  },

  assess(name, files): Assessment {
    const text = [...files.values()][0] ?? ''
    const down = DOWN.exec(text)
    if (!down)
      return {
        name,
        reversible: false,
        reason: 'no -- migrate:down section',
        down: {migration: name}
      }
    const rest = text.slice(down.index + down[0].length)
    const up = UP.exec(rest)
    const sql = up ? rest.slice(0, up.index) : rest
    if (sqlBody(sql) === '')
      return {
        name,
        reversible: false,
        reason:
          'the -- migrate:down section is empty (dbmate would drop the row and change nothing)',
        down: {migration: name}
      }
    return {name, reversible: true, down: {migration: name, sql}}
  },

  async up(context) {
    const bin = projectBin(context.cwd, 'dbmate')
    await runTool(context, bin, [...where(context), 'migrate'], 'dbmate migrate')
  },

  async execute(context, revert) {
    const bin = projectBin(context.cwd, 'dbmate')
    // `dbmate rollback` reverts one migration, the highest applied version with a file; the
    // plan's missing-file and tail gates make that the next one in `revert`.
    for (const name of revert) {
      await runTool(context, bin, [...where(context), 'rollback'], `dbmate rollback (${name})`)
    }
  }
}

/** The flags every dbmate command gets: our migrations folder and table, no schema.sql written. */
function where(context: {dir: string; table: string}): string[] {
  return ['--migrations-dir', context.dir, '--migrations-table', context.table, '--no-dump-schema']
}
