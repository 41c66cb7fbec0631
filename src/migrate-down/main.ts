import {runAction, type ActionContext} from '../lib/action.js'
import {readInputs, runnerInputs, type InputSource} from '../lib/inputs.js'
import {checkInputs, databaseUrl, inputSchema} from './inputs.js'
import {loadWaiverParser} from './waiver.js'
import type {CommandRunner} from '../lib/exec.js'

export const ACTION = 'migrate-down'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  exec?: CommandRunner
  /** The user's repository (default: the current directory, GITHUB_WORKSPACE on a runner). */
  cwd?: string
}

/** Reverts exactly the migrations the bad release added, after the gates and a backup. */
export async function run(deps: Deps = {}): Promise<void> {
  await runAction(ACTION, async context => migrateDown(context, deps), {inputs: deps.inputs})
}

// Start-up: only reading and checking the inputs loads up front; the database client, the
// tools, git and the backup load once they validate (revert.ts, rehearse.ts).
async function migrateDown(context: ActionContext, deps: Deps): Promise<void> {
  const source = deps.inputs ?? runnerInputs
  if (source('waiver') !== undefined) await loadWaiverParser()
  const inputs = readInputs(inputSchema, source, checkInputs)
  if (inputs.mode === 'rehearse') {
    await (await import('./rehearse.js')).rehearse(context, deps, inputs)
    return
  }
  const url = databaseUrl(inputs['database-url'])
  await (await import('./revert.js')).revert(context, deps, inputs, url)
}
