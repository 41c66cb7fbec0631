import {existsSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'

/** e2e tests run the committed bundles: say clearly when one is missing instead of failing oddly. */
export default async function globalSetup(): Promise<void> {
  const root = resolve(import.meta.dirname, '..', '..')
  const actions = readdirSync(join(root, 'actions'))
  const missing = actions.filter(name => !existsSync(join(root, 'dist', name, 'index.js')))
  if (missing.length) {
    throw new Error(`dist/ has no bundle for: ${missing.join(', ')}. Run 'npm run bundle' first.`)
  }
}
