// Databases for tests: an embedded PGlite per test (always there), and a database on the
// Debian PostgreSQL server that .ci/run starts (RK_POSTGRES_URL), for pg_dump and pg_restore.
import {spawn, type ChildProcess} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {createServer} from 'node:net'
import {join} from 'node:path'
import postgres from 'postgres'
import {ROOT} from './runner.js'

export interface TestDatabase {
  url: string
  /** Runs SQL (simple protocol, several statements allowed) and returns the last rows. */
  sql(text: string): Promise<Record<string, unknown>[]>
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function query(url: string, text: string): Promise<Record<string, unknown>[]> {
  const client = postgres(url, {max: 1, onnotice: () => undefined, prepare: false})
  try {
    return [...(await client.unsafe(text))] as Record<string, unknown>[]
  } finally {
    await client.end({timeout: 5})
  }
}

/** A fresh PGlite behind pglite-socket in its own process; the password is arbitrary. */
export async function startPglite(
  password = `pw-${randomBytes(6).toString('hex')}`
): Promise<TestDatabase & {port: number; child: ChildProcess}> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [join(ROOT, 'sandbox', 'pglite-server.mjs'), String(port)],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe']
    }
  )
  await new Promise<void>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`PGlite did not start within 120 s: ${out}`))
    }, 120_000)
    child.stdout?.on('data', chunk => {
      out += chunk
      if (out.includes('listening')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr?.on('data', chunk => (out += chunk))
    child.once('exit', code => reject(new Error(`PGlite exited ${code}: ${out}`)))
  })
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres?sslmode=disable`
  return {
    url,
    port,
    child,
    sql: text => query(url, text),
    async close() {
      if (child.exitCode !== null) return
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }
}

/** The Debian PostgreSQL server's URL, or why it cannot be used (tests skip, or fail under CI). */
export function serverUrl(): {url?: string; why?: string} {
  const url = process.env.RK_POSTGRES_URL
  if (!url)
    return {why: 'RK_POSTGRES_URL is not set (.ci/run starts Debian PostgreSQL and sets it)'}
  return {url}
}

/** A new, empty database on the Debian server; dropped by close(). */
export async function createServerDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `rk_md_${randomBytes(5).toString('hex')}`
  await query(adminUrl, `CREATE DATABASE ${name}`)
  const u = new URL(adminUrl)
  u.pathname = `/${name}`
  // The server has no TLS; lib/pq-based tools (dbmate) would otherwise insist on it.
  u.searchParams.set('sslmode', 'disable')
  const url = u.toString()
  return {
    url,
    sql: text => query(url, text),
    async close() {
      await query(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    }
  }
}

/** libpq's variables for a URL, for running psql or pg_restore in tests without argv secrets. */
export function pgEnvFor(url: string): Record<string, string> {
  const u = new URL(url)
  return {
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: u.pathname.slice(1)
  }
}
