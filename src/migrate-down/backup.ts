import {createHash} from 'node:crypto'
import {createReadStream, existsSync, readdirSync} from 'node:fs'
import {rename, rm, stat} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {UserError} from '../lib/errors.js'
import type {CommandRunner} from '../lib/exec.js'
import type {Masker} from './mask.js'

const DUMP_TIMEOUT_MS = 60 * 60_000
const QUICK_TIMEOUT_MS = 60_000

export interface PgClient {
  dump: string
  restore: string
  major: number
  version: string
}

export interface Backup {
  path: string
  bytes: number
  sha256: string
  entries: number
  pgDump: string
  server: string
  restoreCommand: string
}

/** libpq's variables for a postgres:// URL, so the URL itself never reaches argv. */
export function pgEnv(url: string): Record<string, string> {
  const u = new URL(url)
  const env: Record<string, string> = {PGHOST: u.hostname.replace(/^\[|\]$/g, '')}
  if (u.port) env.PGPORT = u.port
  if (u.username) env.PGUSER = decodeURIComponent(u.username)
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password)
  const db = decodeURIComponent(u.pathname.replace(/^\//, ''))
  if (db) env.PGDATABASE = db
  const params: Record<string, string> = {
    sslmode: 'PGSSLMODE',
    sslrootcert: 'PGSSLROOTCERT',
    sslcert: 'PGSSLCERT',
    sslkey: 'PGSSLKEY',
    application_name: 'PGAPPNAME',
    connect_timeout: 'PGCONNECT_TIMEOUT',
    options: 'PGOPTIONS'
  }
  for (const [key, value] of u.searchParams) if (params[key]) env[params[key] as string] = value
  return env
}

/**
 * The pg_dump to use: the newest installed client (Debian/Ubuntu keep each major in
 * /usr/lib/postgresql/<major>/bin, and pg_wrapper's default may be older), or PATH's. It must
 * be at least the server's major version: an older pg_dump refuses, or worse, misses objects.
 */
export async function choosePgDump(
  exec: CommandRunner,
  serverMajor: number,
  serverVersion: string,
  roots: readonly string[] = ['/usr/lib/postgresql']
): Promise<PgClient> {
  const candidates: string[] = []
  for (const root of roots) {
    if (!existsSync(root)) continue
    for (const major of readdirSync(root)) {
      const bin = join(root, major, 'bin', 'pg_dump')
      if (existsSync(bin)) candidates.push(bin)
    }
  }
  candidates.push('pg_dump')
  const found: PgClient[] = []
  for (const dump of candidates) {
    const result = await exec
      .run(dump, ['--version'], {timeoutMs: QUICK_TIMEOUT_MS})
      .catch(() => undefined)
    const match =
      result?.exitCode === 0 ? /\(PostgreSQL\)\s+(\d+)(\.\d+)?/.exec(result.stdout) : null
    if (!match) continue
    const restore = dump === 'pg_dump' ? 'pg_restore' : join(dirname(dump), 'pg_restore')
    found.push({dump, restore, major: Number(match[1]), version: `${match[1]}${match[2] ?? ''}`})
  }
  if (found.length === 0)
    throw new UserError(
      `backup is true but no pg_dump was found. Install the PostgreSQL ${serverMajor} client (e.g. apt-get install postgresql-client-${serverMajor} from the PGDG repository) in an earlier step, or set backup: false if a backup is taken another way.`
    )
  const best = found.sort((a, b) => b.major - a.major)[0] as PgClient
  if (best.major < serverMajor)
    throw new UserError(
      `pg_dump ${best.version} is older than the database server (PostgreSQL ${serverVersion}); pg_dump refuses to dump a newer server ("server version mismatch"). Install postgresql-client-${serverMajor} (PGDG repository) in an earlier step; the newest pg_dump found is ${best.dump}.`
    )
  return best
}

/**
 * pg_dump -Fc into a temporary name next to `path`, checked non-empty and listable with
 * pg_restore --list, then renamed into place: a failed backup never leaves a file that looks
 * good. An existing file at `path` is never overwritten.
 */
export async function takeBackup(
  exec: CommandRunner,
  client: PgClient,
  url: string,
  path: string,
  mask: Masker,
  serverVersion: string
): Promise<Backup> {
  if (existsSync(path))
    throw new UserError(
      `Input 'backup-path' has the value '${path}': a file is already there. Choose a new path; an existing backup is never overwritten.`
    )
  const partial = `${path}.partial-${process.pid}`
  const env = pgEnv(url)
  try {
    const dump = await exec.run(
      client.dump,
      ['--format=custom', '--no-password', `--file=${partial}`],
      {
        env,
        timeoutMs: DUMP_TIMEOUT_MS
      }
    )
    if (dump.exitCode !== 0)
      throw new UserError(
        `pg_dump failed (exit code ${dump.exitCode}), nothing was reverted: ${mask(dump.stderr.trim())}`
      )
    const bytes = (await stat(partial)).size
    if (bytes === 0)
      throw new UserError('pg_dump exited 0 but wrote an empty file; nothing was reverted.')
    const list = await exec.run(client.restore, ['--list', partial], {
      timeoutMs: QUICK_TIMEOUT_MS * 5
    })
    if (list.exitCode !== 0)
      throw new UserError(
        `pg_restore --list cannot read the backup pg_dump wrote (${mask(list.stderr.trim())}); nothing was reverted.`
      )
    const entries = list.stdout.split('\n').filter(line => /^\d+;/.test(line)).length
    const sha256 = await hashFile(partial)
    await rename(partial, path)
    return {
      path,
      bytes,
      sha256,
      entries,
      pgDump: `${client.dump} ${client.version}`,
      server: serverVersion,
      restoreCommand: `pg_restore --clean --if-exists --no-owner --single-transaction --dbname "$DATABASE_URL" ${shellQuote(path)}`
    }
  } catch (error) {
    await rm(partial, {force: true})
    throw error
  }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`
}
