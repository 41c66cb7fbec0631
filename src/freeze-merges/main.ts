import {runAction, type ActionContext} from '../lib/action.js'
import {readInputs, requireToken, runnerInputs} from '../lib/inputs.js'
import type {Deps} from './deps.js'
import {inputSchema} from './inputs.js'

export type {Deps} from './deps.js'

export const ACTION = 'freeze-merges'

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
