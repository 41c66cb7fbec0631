import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {PGlite, PGliteOptions} from '@electric-sql/pglite'
import type {PGLiteSocketServer} from '@electric-sql/pglite-socket'

/** An embedded PostgreSQL (PGlite) on a loopback port, for rehearsals: never a real database. */
export interface ScratchDatabase {
  /** postgres://… of the loopback socket; no secret in it. */
  url: string
  query(text: string): Promise<Record<string, unknown>[]>
  close(): Promise<void>
}

/** A fresh, empty cluster; a second one starts from `template` (an empty one's data dir). */
export async function startScratch(template?: Blob): Promise<ScratchDatabase & {empty: Blob}> {
  const {PGlite} = await import('@electric-sql/pglite')
  const {PGLiteSocketServer} = await import('@electric-sql/pglite-socket')
  const db: PGlite = await PGlite.create({...(await bundledAssets()), loadDataDir: template})
  const empty = template ?? (await db.dumpDataDir('none'))
  const server: PGLiteSocketServer = new PGLiteSocketServer({
    db,
    port: 0,
    host: '127.0.0.1',
    maxConnections: 16
  })
  await server.start()
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    empty,
    query: async text => (await db.query<Record<string, unknown>>(text)).rows,
    async close() {
      await server.stop().catch(() => undefined)
      await db.close().catch(() => undefined)
    }
  }
}

// Inside dist/ the PGlite code sits in a chunk while its WASM and data files are copied beside
// index.js (script/bundle.mjs), not where PGlite looks (beside its own module): pass them in.
// Unbundled (tests on src/), PGlite finds its own files in node_modules.
async function bundledAssets(): Promise<PGliteOptions> {
  const here = dirname(fileURLToPath(import.meta.url))
  const dir = [here, join(here, '..')].find(d => existsSync(join(d, 'pglite.wasm')))
  if (!dir) return {}
  // Node's global WebAssembly; this project's TypeScript libs do not declare it.
  const wasm = (globalThis as unknown as {WebAssembly: {compile(b: Uint8Array): Promise<never>}})
    .WebAssembly
  return {
    pgliteWasmModule: await wasm.compile(readFileSync(join(dir, 'pglite.wasm'))),
    initdbWasmModule: await wasm.compile(readFileSync(join(dir, 'initdb.wasm'))),
    fsBundle: new Blob([readFileSync(join(dir, 'pglite.data'))])
  }
}
