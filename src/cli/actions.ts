import type {InputSource} from '../lib/inputs.js'

/** Every action the CLI can run: its name and a lazy import of its run(deps). */
export const ACTIONS: Record<
  string,
  () => Promise<{run: (deps: {inputs?: InputSource}) => Promise<void>}>
> = {
  'identify-lkg-tag': async () => import('../identify-lkg-tag/main.js'),
  'helm-rollback': async () => import('../helm-rollback/main.js'),
  'migrate-down': async () => import('../migrate-down/main.js')
}
