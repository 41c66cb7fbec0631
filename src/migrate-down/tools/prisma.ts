import {quoteTable} from '../db.js'
import {UserError} from '../../lib/errors.js'
import {applyDownSql} from '../down-sql.js'
import type {Applied, Assessment, Tool} from './tool.js'

// Prisma Migrate has no down migrations: every applied one needs a forward fix.
export const prisma: Tool = {
  id: 'prisma',
  defaultDir: 'prisma/migrations',
  defaultTable: '_prisma_migrations',

  nameOf(path) {
    const match = /^([^/]+)\/migration\.sql$/.exec(path)
    return match?.[1]
  },

  async readApplied(db, table): Promise<Applied> {
    const rows = await db.query(
      `SELECT migration_name, finished_at, rolled_back_at FROM ${quoteTable(table)} ORDER BY started_at, migration_name`
    )
    const live = rows.filter(r => r.rolled_back_at === null)
    return {
      names: live.filter(r => r.finished_at !== null).map(r => String(r.migration_name)),
      dirty: live.filter(r => r.finished_at === null).map(r => String(r.migration_name))
    }
  },

  assess: (name): Assessment => ({
    name,
    reversible: false,
    reason: 'Prisma Migrate has no down migrations',
    down: {migration: name}
  }),

  async execute(context, revert) {
    // Only reached with a reviewed down-sql file under a waiver covering every migration.
    if (context.downSql === undefined || revert.length < 1)
      throw new UserError(
        'Prisma migrations are reverted only with a reviewed down-sql file and a waiver; otherwise write a forward fix.'
      )
    context.log(`down-sql: ${revert.length} migration(s) in one transaction`)
    await applyDownSql(
      context.env.DATABASE_URL as string,
      context.mask,
      context.downSql,
      context.table,
      revert,
      context.timeoutMs
    )
  }
}
