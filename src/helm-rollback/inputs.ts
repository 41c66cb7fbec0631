import {z} from 'zod'
import {InputError} from '../lib/errors.js'
import {bool, commonInputs, fail, integer, line, oneOf, unused} from '../lib/inputs.js'
import {goDurationMs} from '../lib/helm/duration.js'
import type {WaitMode} from '../lib/helm/argv.js'
import {namespaceProblem, releaseNameProblem} from '../lib/helm/release-name.js'

// Longer than any job may run (GitHub-hosted: 6 h; self-hosted: 5 days is the workflow limit,
// but a rollback that waits a day is a stuck one).
const MAX_TIMEOUT_MS = 24 * 3_600_000

/** helm-rollback's inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  // helm-rollback never calls GitHub; these exist so every action takes the same inputs, and
  // are never read (a token stays out of a process that has no use for it).
  token: unused,
  repository: unused,
  release: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined)
        return fail(ctx, 'is required: the Helm release to roll back, as `helm list` shows it')
      const problem = releaseNameProblem(v)
      return problem ? fail(ctx, problem) : v
    }),
  namespace: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined
      const problem = namespaceProblem(v)
      return problem ? fail(ctx, problem) : v
    }),
  revision: integer({
    min: 1,
    expected:
      "a revision number of 1 or more, as 'helm history' lists it (or leave it empty for the newest revision that deployed successfully)"
  }),
  'to-app-version': z
    .string()
    .optional()
    .transform((v, ctx) =>
      v !== undefined && (v.length > 128 || /\s/.test(v))
        ? fail(ctx, 'expected an app version as the chart states it, e.g. 1.4.2 or v1.4.2')
        : v
    ),
  'kube-context': line('one kubeconfig context name', 253),
  wait: oneOf<WaitMode>(['true', 'false', 'watcher', 'hookOnly', 'legacy'], 'true'),
  timeout: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return '5m0s'
      const ms = goDurationMs(v)
      if (ms === undefined)
        return fail(ctx, 'expected a duration as helm takes it, e.g. 5m0s, 300s or 1h30m')
      if (ms < 1000 || ms > MAX_TIMEOUT_MS)
        return fail(ctx, 'expected a duration from 1s to 24h, e.g. 5m0s, 300s or 1h30m')
      return v
    }),
  'cleanup-on-fail': bool(false),
  'history-max': integer({
    min: 0,
    fallback: 10,
    expected: 'a whole number of revisions to keep, 0 for no limit (helm --history-max)'
  }),
  'allow-pending': bool(false)
})

export type Inputs = z.output<typeof inputSchema>

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
