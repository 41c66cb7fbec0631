import postgres from 'postgres'
import {UserError, errorMessage} from '../lib/errors.js'
import type {Masker} from './mask.js'

/** The few reads migrate-down makes itself; tools do every write. */
export interface Database {
  /** Runs one read-only query and returns its rows. */
  query(text: string): Promise<Record<string, unknown>[]>
  /** The server's major version, from server_version_num. */
  serverMajor(): Promise<{major: number; version: string}>
  close(): Promise<void>
}

const QUERY_TIMEOUT_MS = 30_000

/**
 * One connection, opened per phase and closed before a tool runs: PGlite and poolers share one
 * session across connections, and an idle connection of ours must not hold locks a tool needs.
 */
export function openDatabase(url: string, mask: Masker): Database {
  const sql = postgres(url, {
    max: 1,
    connect_timeout: 10,
    idle_timeout: 5,
    prepare: false,
    onnotice: () => undefined
  })
  const query = async (text: string): Promise<Record<string, unknown>[]> => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new UserError(`The database did not answer within ${QUERY_TIMEOUT_MS / 1000} s.`)),
        QUERY_TIMEOUT_MS
      )
    })
    try {
      const rows = await Promise.race([sql.unsafe(text), timeout])
      return [...rows] as Record<string, unknown>[]
    } catch (error) {
      if (error instanceof UserError) throw error
      throw new DatabaseError(mask(errorMessage(error)), (error as {code?: string}).code)
    } finally {
      clearTimeout(timer)
    }
  }
  return {
    query,
    async serverMajor() {
      const rows = await query(
        'SELECT current_setting($$server_version_num$$)::int AS num, current_setting($$server_version$$) AS version'
      )
      const num = Number(rows[0]?.num)
      return {major: Math.floor(num / 10000), version: String(rows[0]?.version ?? num)}
    },
    async close() {
      await sql.end({timeout: 5}).catch(() => undefined)
    }
  }
}

/** A failed query, its message masked; `code` is PostgreSQL's SQLSTATE when there is one. */
export class DatabaseError extends UserError {
  constructor(
    message: string,
    readonly code?: string
  ) {
    super(message)
    this.name = 'DatabaseError'
  }
}

/** Double-quotes a validated table name, schema-qualified or not. */
export function quoteTable(name: string): string {
  return name
    .split('.')
    .map(part => `"${part.replace(/"/g, '""')}"`)
    .join('.')
}
