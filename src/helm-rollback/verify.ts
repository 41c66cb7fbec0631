import type {Revision} from '../lib/helm/history.js'
import type {RollbackPlan} from './target.js'

export interface Verification {
  /** The revision the rollback created, when the history shows one. */
  created: Revision | undefined
  /** What is wrong, or undefined when the release is deployed at the new revision as planned. */
  problem: string | undefined
}

/**
 * Checks the history read after `helm rollback` exited 0: the latest revision must be the new
 * one (from + 1), `deployed`, and run the target's app_version. One `helm history` call gives
 * all three; `helm status -o json` has no app_version (helm strips the chart from it).
 * @param plan what was rolled back from and to
 * @param after the release history read after the rollback
 * @returns the created revision and the problem, if any
 */
export function verifyRollback(plan: RollbackPlan, after: readonly Revision[]): Verification {
  const created = [...after].sort((a, b) => a.revision - b.revision).at(-1)
  const expected = plan.from.revision + 1
  if (!created || created.revision < expected) {
    return {
      created: undefined,
      problem: `no new revision: the latest is still ${created ? `${created.revision} (${created.status})` : 'missing'}`
    }
  }
  if (created.revision > expected) {
    const ours = after.find(r => r.revision === expected)
    return {
      created: ours,
      problem: `revision ${created.revision} (${created.status}) is newer than the one this rollback created (${expected}): another helm operation changed the release at the same time`
    }
  }
  if (created.status !== 'deployed') {
    return {
      created,
      problem: `the new revision ${created.revision} is ${created.status}${created.description ? ` ("${created.description}")` : ''}, not deployed`
    }
  }
  if (created.appVersion !== plan.to.appVersion) {
    return {
      created,
      problem: `the new revision ${created.revision} runs app_version '${created.appVersion}', not '${plan.to.appVersion}' of revision ${plan.to.revision}`
    }
  }
  return {created, problem: undefined}
}
