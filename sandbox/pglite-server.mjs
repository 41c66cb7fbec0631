// An embedded PostgreSQL (PGlite, WASM) on a loopback port, for tests and the drill. Prints
// "listening <port>" once it accepts connections; stops on SIGTERM or when stdin closes.
// One PGlite backend serves every connection (PGlite is single-session): use one per test.
import {PGlite} from '@electric-sql/pglite'
import {PGLiteSocketServer} from '@electric-sql/pglite-socket'

const port = Number(process.argv[2] ?? 0)
const db = await PGlite.create()
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
