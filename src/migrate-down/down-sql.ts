import {readFile, stat} from 'node:fs/promises'
import {isAbsolute, join} from 'node:path'
import postgres from 'postgres'
import {InputError, errorMessage} from '../lib/errors.js'
import {quoteTable} from './db.js'
import type {Masker} from './mask.js'
import {ToolFailed} from './tools/tool.js'

const MAX_BYTES = 10 * 1024 * 1024

/** The reviewed down SQL file of input down-sql, read from the repository. */
export async function readDownSql(cwd: string, path: string): Promise<string> {
  const file = isAbsolute(path) ? path : join(cwd, path)
  const size = await stat(file).then(
    s => (s.isFile() ? s.size : -1),
    () => -1
  )
  if (size < 0)
    throw new InputError(
      'down-sql',
      path,
      'no such file in the repository: commit the reviewed down SQL and check it out'
    )
  if (size > MAX_BYTES)
    throw new InputError(
      'down-sql',
      path,
      `the file is ${size} bytes; a reviewed down SQL file is at most ${MAX_BYTES}`
    )
  const sql = await readFile(file, 'utf8')
  if (sql.trim() === '')
    throw new InputError(
      'down-sql',
      path,
      'the file is empty: write the SQL that reverts the migrations'
    )
  return sql
}

/**
 * Runs the reviewed down SQL and removes the migrations' rows from _prisma_migrations in one
 * transaction: either both happen or neither (Prisma's `migrate resolve --rolled-back` only
 * works on failed migrations, so the rows are deleted, as Prisma's docs describe).
 */
export async function applyDownSql(
  url: string,
  mask: Masker,
  downSql: string,
  table: string,
  names: readonly string[],
  timeoutMs: number
): Promise<void> {
  const sql = postgres(url, {
    max: 1,
    connect_timeout: 10,
    prepare: false,
    onnotice: () => undefined
  })
  let timer: NodeJS.Timeout | undefined
  try {
    const work = sql.begin(async tx => {
      await tx.unsafe(downSql)
      const deleted = await tx.unsafe(
        `DELETE FROM ${quoteTable(table)} WHERE migration_name = ANY($1::text[]) RETURNING migration_name`,
        [names as string[]]
      )
      if (deleted.length < names.length)
        throw new Error(
          `${table} held ${deleted.length} of the ${names.length} rows to remove; rolled back`
        )
    })
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`did not finish within ${Math.round(timeoutMs / 1000)} s`)),
        timeoutMs
      )
    })
    await Promise.race([work, timeout])
  } catch (error) {
    const why = mask(errorMessage(error))
    throw new ToolFailed(`down-sql (one transaction, rolled back: ${why})`, why)
  } finally {
    clearTimeout(timer)
    await sql.end({timeout: 5}).catch(() => undefined)
  }
}
