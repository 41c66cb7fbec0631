import type {InputSource} from '../lib/inputs.js'

/** Every action the CLI can run: its name and a lazy import of its run(deps). */
export const ACTIONS: Record<
  string,
  () => Promise<{run: (deps: {inputs?: InputSource}) => Promise<void>}>
> = {
  'identify-lkg-tag': async () => import('../identify-lkg-tag/main.js'),
  'helm-rollback': async () => import('../helm-rollback/main.js'),
  'migrate-down': async () => import('../migrate-down/main.js'),
  'smoke-verify': async () => import('../smoke-verify/main.js'),
  'record-evidence': async () => import('../record-evidence/main.js'),
  'freeze-merges': async () => import('../freeze-merges/main.js')
}

/**
 * Actions that never call GitHub: the CLI does not read $GITHUB_TOKEN / $GH_TOKEN for them,
 * so a token never enters a process that has no use for it.
 */
export const WITHOUT_GITHUB: ReadonlySet<string> = new Set([
  'helm-rollback',
  'smoke-verify',
  'migrate-down'
])
