// How GitHub sums up a commit's check runs and commit statuses. REST (combined status) and
// GraphQL (statusCheckRollup) share these rules.
import type {CheckRunState, DoubleState, StatusState} from '../state.js'

/** The newest check run of each name (and app) on a commit, newest first: filter=latest. */
export function latestCheckRuns(state: DoubleState, sha: string): CheckRunState[] {
  const seen = new Set<string>()
  return state.checkRuns
    .filter(run => run.head_sha === sha)
    .sort((a, b) => b.id - a.id)
    .filter(run => {
      const key = `${run.app}\u0000${run.name}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/** The newest status of each context on a commit (contexts are case-insensitive), newest first. */
export function latestStatuses(state: DoubleState, sha: string): StatusState[] {
  const seen = new Set<string>()
  return state.statuses
    .filter(status => status.sha === sha)
    .sort((a, b) => b.id - a.id)
    .filter(status => {
      const key = status.context.toLowerCase()
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/** REST combined status: failure if any failed, pending if none or any pending, else success. */
export function combinedState(statuses: StatusState[]): 'failure' | 'pending' | 'success' {
  if (statuses.some(s => s.state === 'error' || s.state === 'failure')) return 'failure'
  if (statuses.length === 0 || statuses.some(s => s.state === 'pending')) return 'pending'
  return 'success'
}

export type RollupState = 'ERROR' | 'EXPECTED' | 'FAILURE' | 'PENDING' | 'SUCCESS'

const FAILING_CONCLUSIONS = new Set([
  'failure',
  'cancelled',
  'timed_out',
  'action_required',
  'startup_failure',
  'stale'
])

/** One check run in rollup terms: unfinished is pending; neutral and skipped count as passing. */
export function checkRunState(run: CheckRunState): RollupState {
  if (run.status !== 'completed') return 'PENDING'
  return run.conclusion && FAILING_CONCLUSIONS.has(run.conclusion) ? 'FAILURE' : 'SUCCESS'
}

/**
 * GraphQL statusCheckRollup.state: null without any signal; FAILURE or ERROR if anything
 * failed, PENDING if anything is still running, SUCCESS otherwise.
 */
export function rollupState(runs: CheckRunState[], statuses: StatusState[]): RollupState | null {
  if (runs.length === 0 && statuses.length === 0) return null
  const states = [
    ...runs.map(checkRunState),
    ...statuses.map(s => s.state.toUpperCase() as RollupState)
  ]
  if (states.includes('FAILURE')) return 'FAILURE'
  if (states.includes('ERROR')) return 'ERROR'
  if (states.includes('PENDING') || states.includes('EXPECTED')) return 'PENDING'
  return 'SUCCESS'
}
