import {runAction, type ActionContext} from '../lib/action.js'
import type {CommandRunner} from '../lib/exec.js'
import {readInputs, runnerInputs, type InputSource} from '../lib/inputs.js'
import {checkInputs, inputSchema} from './inputs.js'

export const ACTION = 'helm-rollback'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  exec?: CommandRunner
  /** The helm program (default: `helm` from PATH). */
  helmBin?: string
}

/**
 * Rolls a Helm release back to a revision that deployed successfully. At most four helm
 * processes: version, history, rollback, and history again to verify (and as evidence).
 */
export async function run(deps: Deps = {}): Promise<void> {
  await runAction(ACTION, async context => start(context, deps), {inputs: deps.inputs})
}

async function start(context: ActionContext, deps: Deps): Promise<void> {
  // Every input is checked before helm runs at all.
  const inputs = readInputs(inputSchema, deps.inputs ?? runnerInputs, checkInputs)
  const evidence = context.openEvidence(inputs['evidence-dir'])
  await evidence.append('inputs', {...inputs, token: undefined, repository: undefined})
  // The rollback's code loads only now: a step that fails on its inputs never parses it.
  const {rollback} = await import('./rollback.js')
  await rollback(context, deps, inputs, evidence)
}
