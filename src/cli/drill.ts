import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * `rollback-kit drill`: the drill lives in sandbox/ with the API double, the helm stand-in and
 * the workflow executor (devDependencies), so it runs from a clone after `npm ci`, through tsx.
 * Flags are passed on as they are; the drill checks them.
 */
export async function drillCommand(args: readonly string[]): Promise<number> {
  // dist/cli/index.js and src/cli/drill.ts both sit two levels below the repository root.
  // (Path arithmetic, not new URL(..., import.meta.url): the bundler would copy that as an asset.)
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const entry = join(root, 'sandbox', 'drill.ts')
  let tsx: string | undefined
  try {
    tsx = createRequire(join(root, 'package.json')).resolve('tsx')
  } catch {
    tsx = undefined
  }
  if (!existsSync(entry) || !tsx) {
    console.error(
      `rollback-kit drill runs from a clone of rollback-kit with its dev dependencies: git clone, then 'npm ci', then 'npx rollback-kit drill' (missing: ${!existsSync(entry) ? 'sandbox/drill.ts' : 'tsx'}).`
    )
    return 2
  }
  return new Promise(resolve => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: root,
      stdio: 'inherit'
    })
    child.on('error', error => {
      console.error(`rollback-kit drill could not start: ${error.message}`)
      resolve(2)
    })
    child.on('close', code => resolve(code ?? 1))
  })
}
