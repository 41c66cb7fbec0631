// script/stubs/lazy-crypto.mjs stands in for node:crypto in the bundles. Its randomUUID gives
// @actions/core the delimiter of every output-file write, without loading crypto.
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {NODE, ROOT} from '../../../sandbox/runner.js'

const STUB = pathToFileURL(join(ROOT, 'script', 'stubs', 'lazy-crypto.mjs')).href

function inNode(body: string): unknown {
  const script = `import * as stub from '${STUB}'\n${body}`
  const run = spawnSync(NODE, ['--input-type=module', '-e', script], {encoding: 'utf8'})
  if (run.status !== 0) throw new Error(run.stderr)
  return JSON.parse(run.stdout)
}

describe('the bundles’ lazy node:crypto', () => {
  it('makes distinct version 4 UUIDs without loading node:crypto', () => {
    const result = inNode(`
      const ids = Array.from({length: 2000}, () => stub.randomUUID())
      console.log(JSON.stringify({ids, crypto: process.moduleLoadList.includes('NativeModule crypto')}))
    `) as {ids: string[]; crypto: boolean}
    expect(result.crypto).toBe(false)
    expect(new Set(result.ids).size).toBe(2000)
    for (const id of result.ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('loads the real module on the first call of anything else', () => {
    const result = inNode(`
      const before = process.moduleLoadList.includes('NativeModule crypto')
      const hash = stub.createHash('sha256').update('abc').digest('hex')
      console.log(JSON.stringify({before, hash, after: process.moduleLoadList.includes('NativeModule crypto')}))
    `)
    expect(result).toEqual({
      before: false,
      hash: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      after: true
    })
  })
})
