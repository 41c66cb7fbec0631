import {quoteTable} from '../db.js'
import {DatabaseError} from '../db.js'
import {projectBin, runTool, type Applied, type Assessment, type Tool} from './tool.js'

const EXTENSIONS = /\.(js|cjs|mjs|ts|cts|mts)$/
// Where a migration file defines its down step, in the forms knex users write.
const DOWN =
  /(?:exports\.down\s*=|export\s+(?:async\s+)?function\s+down\b|export\s+const\s+down\s*=|\bdown\s*:|(?:async\s+)?function\s+down\s*\(|\bconst\s+down\s*=|(?:^|[\s,{])(?:async\s+)?down\s*\([^)]*\)\s*(?=\{))/

export const knex: Tool = {
  id: 'knex',
  defaultDir: 'migrations',
  defaultTable: 'knex_migrations',

  // knex records the file name with its extension.
  nameOf: path =>
    path.includes('/') || path.startsWith('.') || !EXTENSIONS.test(path) || path.endsWith('.d.ts')
      ? undefined
      : path,

  async readApplied(db, table): Promise<Applied> {
    const rows = await db.query(`SELECT name FROM ${quoteTable(table)} ORDER BY id`)
    let locked: string | undefined
    try {
      const lock = await db.query(`SELECT is_locked FROM ${quoteTable(`${table}_lock`)}`)
      if (lock.some(r => Number(r.is_locked) === 1))
        locked = `knex's lock table ${table}_lock says a migration run is going on (is_locked = 1); if none is, clear it with 'knex migrate:unlock'`
    } catch (error) {
      if (!(error instanceof DatabaseError && error.code === '42P01')) throw error
    }
    return {names: rows.map(r => String(r.name)), dirty: [], locked}
  },

  assess(name, files): Assessment {
    const text = [...files.values()][0] ?? ''
    const unknown = {
      migration: name,
      unknownWhy: 'knex migration in JavaScript: its SQL is not known before it runs'
    }
    const body = downBody(stripComments(text))
    if (body === undefined)
      return {name, reversible: false, reason: 'no down function', down: {migration: name}}
    if (
      /^(throw\b|return\s+Promise\.reject\b|Promise\.reject\b)[^;]*;?$/.test(body.trim()) ||
      body.trim() === ''
    )
      return {
        name,
        reversible: false,
        reason: body.trim() === '' ? 'the down function is empty' : 'the down function only throws',
        down: {migration: name}
      }
    return {name, reversible: true, down: unknown}
  },

  async up(context) {
    const bin = projectBin(context.cwd, 'knex')
    await runTool(
      context,
      bin,
      [
        'migrate:latest',
        '--migrations-directory',
        context.dir,
        '--migrations-table-name',
        context.table
      ],
      'knex migrate:latest'
    )
  },

  async execute(context, revert) {
    const bin = projectBin(context.cwd, 'knex')
    // One named migration at a time, newest first: knex has no count, and `migrate:rollback`
    // reverts a whole batch, which need not match the release.
    for (const name of revert) {
      await runTool(
        context,
        bin,
        [
          'migrate:down',
          name,
          '--migrations-directory',
          context.dir,
          '--migrations-table-name',
          context.table
        ],
        `knex migrate:down ${name}`
      )
    }
  }
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1')
}

/** The statements of the down function, or undefined when the file defines none. */
export function downBody(text: string): string | undefined {
  const match = DOWN.exec(text)
  if (!match) return undefined
  let at = match.index + match[0].length
  // Skip the parameter list and an arrow to the body.
  const open = text.indexOf('{', at)
  const arrow = text.indexOf('=>', at)
  if (arrow !== -1 && (open === -1 || arrow < open)) {
    at = arrow + 2
    const rest = text.slice(at).trimStart()
    if (!rest.startsWith('{'))
      return `return ${rest.split(/\n\s*(?:export|exports|module)\b/)[0]?.trim()}`
  }
  const start = text.indexOf('{', at)
  if (start === -1) return undefined
  let depth = 0
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return text.slice(start + 1, i).trim()
  }
  return undefined
}
