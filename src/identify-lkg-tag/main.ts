import {releaseNameProblem, namespaceProblem} from '../lib/helm/release-name.js'
import {runAction, type ActionContext} from '../lib/action.js'
import type {CommandRunner} from '../lib/exec.js'
import {InputError} from '../lib/errors.js'
import type {GitHubClient} from '../lib/connect-github.js'
import {readInputs, requireToken, runnerInputs, type InputSource} from '../lib/inputs.js'
import {parseRequiredChecks} from './checks.js'
import {inputSchema, type Inputs} from './inputs.js'
import {compileTagPattern, type TagPattern} from './tag-pattern.js'

export const ACTION = 'identify-lkg-tag'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  github?: (token: string) => GitHubClient
  /** Runs helm for the helm-release mapping. */
  exec?: CommandRunner
}

export async function run(deps: Deps = {}): Promise<void> {
  await runAction(ACTION, async context => identify(context, deps), {inputs: deps.inputs})
}

async function identify(context: ActionContext, deps: Deps): Promise<void> {
  // Every input is checked before the first request.
  const inputs = readInputs(inputSchema, deps.inputs ?? runnerInputs)
  const patterns = compilePatterns(inputs['tag-pattern'])
  const token = requireToken(inputs.token)
  const evidence = context.openEvidence(inputs['evidence-dir'], [token])
  const repository = inputs.repository
  const repoName = `${repository.owner}/${repository.repo}`
  const required = parseRequiredChecks(inputs['required-checks'])
  checkHelmInputs(inputs)
  await evidence.append('inputs', {...inputs, token: undefined, repository: repoName})
  // The search's code loads only now: a step that fails on its inputs never parses it.
  const {search} = await import('./search.js')
  await search(context, deps, {inputs, patterns, token, evidence, required})
}

function compilePatterns(globs: readonly string[]): TagPattern[] {
  return globs.map(glob => {
    const compiled = compileTagPattern(glob)
    if (typeof compiled === 'string') throw new InputError('tag-pattern', glob, compiled)
    return compiled
  })
}

function checkHelmInputs(inputs: Inputs): void {
  const release = inputs['helm-release']
  const namespace = inputs['helm-namespace']
  const problem = release ? releaseNameProblem(release) : undefined
  if (release && problem) throw new InputError('helm-release', release, problem)
  const nsProblem = namespace ? namespaceProblem(namespace) : undefined
  if (namespace && nsProblem) throw new InputError('helm-namespace', namespace, nsProblem)
  if (namespace && !release) {
    throw new InputError(
      'helm-namespace',
      namespace,
      'only means something with helm-release; set helm-release too or drop it'
    )
  }
}
