// The smoke target in a process of its own, so the bench measures smoke-verify's event loop,
// not the server's. Prints the port on stdout, stops when stdin closes.
import {startSmokeTarget} from '../sandbox/smoke-target.js'

const target = await startSmokeTarget()
process.stdout.write(`${target.port}\n`)
process.stdin.resume()
process.stdin.on('end', () => void target.close().then(() => process.exit(0)))
