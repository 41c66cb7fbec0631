// An embedded PostgreSQL (PGlite, WASM) on a loopback port, for tests and the drill. Prints
// "listening <port>" once it accepts connections; stops on SIGTERM or when stdin closes.
// One PGlite backend serves every connection (PGlite is single-session): use one per test.
// A fresh cluster costs an initdb (~10 s on a busy machine), so the first run saves the empty
// data directory as a template beside the OS temp files and later runs start from a copy.
import {Blob, Buffer} from 'node:buffer'
import {PGlite} from '@electric-sql/pglite'
import {PGLiteSocketServer} from '@electric-sql/pglite-socket'
import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const port = Number(process.argv[2] ?? 0)
// The template is only valid for the PGlite build that wrote it.
const pkg = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.resolve('@electric-sql/pglite')), 'utf8')
)
const template = join(tmpdir(), `rollback-kit-pglite-${pkg.version}.tar`)

let db
if (existsSync(template)) {
  db = await PGlite.create({loadDataDir: new Blob([readFileSync(template)])})
} else {
  db = await PGlite.create()
  const data = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer())
  const partial = `${template}.${process.pid}`
  writeFileSync(partial, data)
  renameSync(partial, template)
}
const server = new PGLiteSocketServer({db, port, host: '127.0.0.1', maxConnections: 16})
await server.start()
process.stdout.write(`listening ${port}\n`)
const stop = async () => {
  await server.stop().catch(() => undefined)
  await db.close().catch(() => undefined)
  process.exit(0)
}
process.on('SIGTERM', stop)
process.stdin.on('end', stop)
process.stdin.resume()
