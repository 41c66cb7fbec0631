// Bundled in place of node:crypto (see script/bundle.mjs): loading Node's crypto costs a few
// milliseconds of every start, and a step that fails on its inputs never hashes anything.
// Each function loads the real module on its first call. A name missing here fails the build.
import {createRequire} from 'node:module'

let real
const crypto = () => (real ??= createRequire(import.meta.url)('node:crypto'))

export const createHash = (...args) => crypto().createHash(...args)
export const createHmac = (...args) => crypto().createHmac(...args)
export const randomBytes = (...args) => crypto().randomBytes(...args)
export const randomInt = (...args) => crypto().randomInt(...args)
export const randomUUID = (...args) => crypto().randomUUID(...args)
export const timingSafeEqual = (...args) => crypto().timingSafeEqual(...args)
export default new Proxy({}, {get: (_target, name) => crypto()[name]})
