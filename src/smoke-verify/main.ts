import {runAction, type ActionContext} from '../lib/action.js'
import {runnerInputs, type InputSource} from '../lib/inputs.js'
import {readSmokeVerifyInputs} from './inputs.js'

export const ACTION = 'smoke-verify'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  /** Where `${VAR}` in headers is read, and the commands' environment (default: process.env). */
  env?: NodeJS.ProcessEnv
}

/** Decides whether a deployment is healthy: checks sampled on one schedule, then a verdict. */
export async function run(deps: Deps = {}): Promise<void> {
  await runAction(ACTION, async context => smokeVerify(context, deps), {inputs: deps.inputs})
}

// Start-up: only reading and checking the inputs loads up front; resolving and sampling the
// checks, the verdict, the report and the summary load once they validate (verify.ts).
async function smokeVerify(context: ActionContext, deps: Deps): Promise<void> {
  // Every input, the checks YAML included, is valid before anything is sampled.
  const inputs = await readSmokeVerifyInputs(deps.inputs ?? runnerInputs)
  await (await import('./verify.js')).verify(context, inputs, deps.env ?? process.env)
}
