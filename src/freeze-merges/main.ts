import {runAction, type ActionContext} from '../lib/action.js'
import {readInputs, requireToken, runnerInputs, type InputSource} from '../lib/inputs.js'
import {inputSchema} from './inputs.js'
import type {GitHubClient} from '../lib/github.js'

export const ACTION = 'freeze-merges'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  github?: (token: string) => GitHubClient
  now?: () => Date
}

/** Runs the mode the inputs ask for: freeze, unfreeze, status, guard or setup (modes.ts). */
export async function run(deps: Deps = {}): Promise<void> {
  await runAction(ACTION, async context => freezeMerges(context, deps), {inputs: deps.inputs})
}

// Start-up: only reading and checking the inputs loads up front; the client, the modes and
// everything they use load once the inputs validate (modes.ts).
async function freezeMerges(context: ActionContext, deps: Deps): Promise<void> {
  // Every input is checked before the first request.
  const inputs = readInputs(inputSchema, deps.inputs ?? runnerInputs)
  const token = requireToken(inputs.token)
  await (await import('./modes.js')).runMode(context, deps, inputs, token)
}
