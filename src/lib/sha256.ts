import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'

const utf8 = new TextEncoder()

/**
 * SHA-256 as lowercase hex, for the evidence chain. A maintained pure-JS implementation
 * instead of node:crypto: loading Node's crypto module costs about 6 ms of every start (a fifth
 * of bare node), and a step that fails on its inputs still hashes its `failed` record. The
 * records are small, so a JS hash is not slower in any way that shows.
 */
export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8.encode(data) : data))
}
