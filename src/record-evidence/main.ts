import {runAction, type ActionContext} from '../lib/action.js'
import {readInputs, requireToken, runnerInputs, type InputSource} from '../lib/inputs.js'
import {checkInputs, inputSchema} from './inputs.js'
import type {GitHubClient} from '../lib/github.js'

export const ACTION = 'record-evidence'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  github?: (token: string) => GitHubClient
  now?: () => Date
}

/**
 * Verifies every evidence chain, tells people where the rollback stands (incident issue, pull
 * request notices, deployment statuses) and seals the directory with manifest.json.
 */
export async function run(deps: Deps = {}): Promise<void> {
  await runAction(ACTION, async context => record(context, deps))
}

async function record(context: ActionContext, deps: Deps): Promise<void> {
  // Every input is checked, and every chain verified, before anything is written.
  const inputs = readInputs(inputSchema, deps.inputs ?? runnerInputs, checkInputs)
  const needsGitHub =
    inputs.issue.kind !== 'none' || inputs['pr-comment'] || inputs['deployment-status']
  const token = needsGitHub ? requireToken(inputs.token) : undefined
  // Start-up: the rest loads only once the inputs are valid (record.ts).
  await (await import('./record.js')).recordStage(context, deps, inputs, token)
}
