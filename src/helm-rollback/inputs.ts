import * as z from 'zod/mini'
import {InputError} from '../lib/errors.js'
import {bool, commonInputs, integer, oneOf, parsed, text, type InputsOf} from '../lib/inputs.js'
import type {WaitMode} from '../lib/helm/argv.js'
import {namespaceProblem, releaseNameProblem} from '../lib/helm/release-name.js'

// A Go duration as helm's --timeout parses it: 300s, 5m, 5m0s, 1h30m, 1.5h.
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/

/** helm-rollback's inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  // helm-rollback never calls GitHub; the input exists so every action takes the same ones.
  repository: text(),
  release: parsed((v, fail) => {
    if (v === undefined)
      return fail('is required: the Helm release to roll back, as `helm list` shows it')
    const problem = releaseNameProblem(v)
    return problem ? fail(problem) : v
  }),
  namespace: parsed((v, fail) => {
    if (v === undefined) return undefined
    const problem = namespaceProblem(v)
    return problem ? fail(problem) : v
  }),
  revision: integer({
    min: 1,
    expected:
      "a revision number of 1 or more, as 'helm history' lists it (or leave it empty for the newest revision that deployed successfully)"
  }),
  'to-app-version': parsed((v, fail) =>
    v !== undefined && (v.length > 128 || /\s/.test(v))
      ? fail('expected an app version as the chart states it, e.g. 1.4.2 or v1.4.2')
      : v
  ),
  'kube-context': parsed((v, fail) =>
    v !== undefined && /[\r\n]/.test(v)
      ? fail('expected one kubeconfig context name on one line')
      : v
  ),
  wait: oneOf<WaitMode>(['true', 'false', 'watcher', 'hookOnly', 'legacy'], 'true'),
  timeout: parsed((v, fail) =>
    v === undefined
      ? '5m0s'
      : GO_DURATION.test(v)
        ? v
        : fail('expected a duration as helm takes it, e.g. 5m0s, 300s or 1h30m')
  ),
  'cleanup-on-fail': bool(false),
  'history-max': integer({
    min: 0,
    fallback: 10,
    expected: 'a whole number of revisions to keep, 0 for no limit (helm --history-max)'
  }),
  'allow-pending': bool(false)
})

export type Inputs = InputsOf<typeof inputSchema>

/** Checks that span inputs: `revision` and `to-app-version` pick the target two ways. */
export function checkInputs(inputs: Inputs): void {
  if (inputs.revision !== undefined && inputs['to-app-version'] !== undefined) {
    throw new InputError(
      'to-app-version',
      inputs['to-app-version'],
      `pass either 'revision' (${inputs.revision}) or 'to-app-version', not both`
    )
  }
}
