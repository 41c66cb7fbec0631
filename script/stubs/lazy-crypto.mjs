// Bundled in place of node:crypto (see script/bundle.mjs): loading Node's crypto costs about
// 6 ms of every start. Each function loads the real module on its first call, except
// randomUUID below. A name missing here fails the build.
import {Buffer} from 'node:buffer'
import {closeSync, openSync, readSync} from 'node:fs'

let real
const crypto = () => (real ??= process.getBuiltinModule('node:crypto'))

export const createHash = (...args) => crypto().createHash(...args)
export const createHmac = (...args) => crypto().createHmac(...args)
export const randomBytes = (...args) => crypto().randomBytes(...args)
export const randomInt = (...args) => crypto().randomInt(...args)
// @actions/core's output and state files take a random delimiter on every write. Node's
// randomUUID (and Web Crypto's) load crypto and streams, about 6 ms of a start: on Linux and
// macOS a version 4 UUID is built from the kernel's random source instead, the same source
// Node's generator draws from. Elsewhere (Windows) the real one.
export const randomUUID = () => {
  let bytes
  try {
    bytes = Buffer.alloc(16)
    const fd = openSync('/dev/urandom', 'r')
    try {
      if (readSync(fd, bytes, 0, 16, null) !== 16) return crypto().randomUUID()
    } finally {
      closeSync(fd)
    }
  } catch {
    return crypto().randomUUID()
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
export const timingSafeEqual = (...args) => crypto().timingSafeEqual(...args)
export default new Proxy({}, {get: (_target, name) => crypto()[name]})
