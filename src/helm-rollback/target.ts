import {InputError, UserError} from '../lib/errors.js'
import {appVersionMatches} from '../lib/helm/app-version.js'
import {isPending, isSuccessful, type Revision} from '../lib/helm/history.js'

/** What the user asked to roll back to. */
export type TargetRequest =
  | {by: 'previous-good'}
  | {by: 'revision'; revision: number}
  | {by: 'app-version'; appVersion: string}

export interface PlanContext {
  /** How messages name the release, e.g. "release 'myapp' in namespace 'prod'". */
  release: string
  allowPending: boolean
}

/** A revision passed over on the way down to the target, and why. */
export interface Skipped {
  revision: number
  reason: string
}

export interface RollbackPlan {
  /** The release's latest revision: what helm rolls back from (whatever its status). */
  from: Revision
  to: Revision
  /** `already-at-target` when the latest revision is deployed and already runs the target. */
  action: 'rollback' | 'already-at-target'
  /** One sentence: why this target. */
  why: string
  /** The latest revision is stuck in pending-*, allowed by allow-pending: the rollback frees it. */
  unsticks: boolean
  skipped: Skipped[]
}

/**
 * Chooses the revision to roll back to, or says why none qualifies. Only a revision that
 * deployed successfully (deployed or superseded) is ever a target, never failed or pending-*:
 * helm's own default (the latest revision minus one) can land on a failed one.
 * @param history the release's revisions (any order, at least one)
 * @param request the explicit revision, an app_version, or the default
 * @param context how to name the release, and whether a pending release may be rolled back
 * @returns the plan
 */
export function chooseTarget(
  history: readonly Revision[],
  request: TargetRequest,
  context: PlanContext
): RollbackPlan {
  const revisions = [...history].sort((a, b) => a.revision - b.revision)
  const from = revisions.at(-1)
  if (!from) throw new UserError(`Helm reported no revisions for ${context.release}.`)

  const unsticks = isPending(from.status)
  if (unsticks && !context.allowPending) {
    throw new UserError(
      `The ${context.release} is stuck in ${from.status} at revision ${from.revision}: a helm operation is running, or one was interrupted (a cancelled job leaves the release this way). Make sure no other deploy or rollback is running (check the workflow runs of this environment), then re-run with allow-pending: true; the rollback is what un-sticks the release.`
    )
  }

  const pick = pickTarget(revisions, from, request, context)
  const already =
    from.status === 'deployed' &&
    (pick.to.revision === from.revision || from.rollbackOf === pick.to.revision)
  const why = already
    ? `${pick.why}; ${from.revision === pick.to.revision ? `it is the deployed revision` : `the deployed revision ${from.revision} is already a rollback to it`}, so there is nothing to do`
    : unsticks
      ? `${pick.why}; the latest revision ${from.revision} is stuck in ${from.status} and this rollback un-sticks it (allow-pending: true)`
      : pick.why
  return {
    from,
    to: pick.to,
    action: already ? 'already-at-target' : 'rollback',
    why,
    unsticks,
    skipped: pick.skipped
  }
}

interface Pick {
  to: Revision
  why: string
  skipped: Skipped[]
}

function pickTarget(
  revisions: Revision[],
  from: Revision,
  request: TargetRequest,
  context: PlanContext
): Pick {
  switch (request.by) {
    case 'revision':
      return byRevision(revisions, request.revision, context)
    case 'app-version':
      return byAppVersion(revisions, request.appVersion, context)
    default:
      return previousGood(revisions, from, context)
  }
}

function byRevision(revisions: Revision[], wanted: number, context: PlanContext): Pick {
  const to = revisions.find(r => r.revision === wanted)
  if (!to) {
    const oldest = revisions[0] as Revision
    const newest = revisions.at(-1) as Revision
    const where =
      wanted > newest.revision
        ? `the latest revision of the ${context.release} is ${newest.revision}`
        : wanted < oldest.revision
          ? `helm keeps only the newest revisions (history-max) and the oldest left is ${oldest.revision}`
          : `it is not in the history of the ${context.release}`
    throw new InputError('revision', String(wanted), `${where}; ${candidates(revisions)}`)
  }
  if (!isSuccessful(to.status)) {
    throw new InputError(
      'revision',
      String(wanted),
      `revision ${wanted} has status ${to.status}, and rollback-kit only rolls back to a revision that deployed successfully (deployed or superseded); ${candidates(revisions)}`
    )
  }
  return {to, why: `revision ${wanted} was asked for (revision input)`, skipped: []}
}

function byAppVersion(revisions: Revision[], wanted: string, context: PlanContext): Pick {
  const matching = revisions.filter(r => appVersionMatches(r.appVersion, wanted))
  const to = matching.filter(r => isSuccessful(r.status)).at(-1)
  if (!to) {
    const why = matching.length
      ? `app_version ${wanted} appears only in revisions that did not deploy successfully: ${matching.map(label).join(', ')}`
      : `no revision of the ${context.release} has app_version ${wanted} (the history has: ${appVersions(revisions)})`
    throw new InputError('to-app-version', wanted, `${why}; ${candidates(revisions)}`)
  }
  return {
    to,
    why: `revision ${to.revision} is the newest that deployed app_version ${to.appVersion} successfully (to-app-version input)`,
    skipped: []
  }
}

function previousGood(revisions: Revision[], from: Revision, context: PlanContext): Pick {
  const rolledAway = rolledAwayFrom(revisions)
  const skipped: Skipped[] = []
  for (const r of [...revisions].reverse()) {
    if (r.revision >= from.revision) continue
    const awayBy = rolledAway.get(r.revision)
    if (isSuccessful(r.status) && awayBy === undefined) {
      const passed = skipped.length
        ? `; skipped ${skipped.map(s => `${s.revision} (${s.reason})`).join(', ')}`
        : ''
      return {
        to: r,
        why: `revision ${r.revision} is the newest below the latest revision ${from.revision} that deployed successfully (${r.status})${passed}`,
        skipped
      }
    }
    skipped.push({
      revision: r.revision,
      reason: awayBy === undefined ? r.status : `rolled back from by revision ${awayBy}`
    })
  }
  const listed = skipped.length
    ? `: ${skipped.map(s => `${s.revision} ${s.reason}`).join(', ')}`
    : ' (it is the only revision)'
  throw new UserError(
    `No revision of the ${context.release} below the latest revision ${from.revision} deployed successfully${listed}. Helm keeps only the newest history-max revisions. Pass 'revision' with a revision you trust, or deploy a known-good version with helm upgrade.`
  )
}

/**
 * Revisions that a later rollback moved away from (the ones between its target and itself):
 * somebody judged them bad, so the default never goes back to them. This also makes a re-run
 * after a successful rollback find the release already at its target.
 */
function rolledAwayFrom(revisions: Revision[]): Map<number, number> {
  const away = new Map<number, number>()
  for (const r of revisions) {
    if (r.rollbackOf === undefined) continue
    for (const other of revisions) {
      if (other.revision > r.rollbackOf && other.revision < r.revision && !away.has(other.revision))
        away.set(other.revision, r.revision)
    }
  }
  return away
}

function label(r: Revision): string {
  return `${r.revision} (${r.status}${r.appVersion ? `, app ${r.appVersion}` : ''})`
}

function candidates(revisions: Revision[]): string {
  const good = revisions.filter(r => isSuccessful(r.status)).reverse()
  return good.length
    ? `revisions that deployed successfully: ${good.map(label).join(', ')}`
    : 'no revision in the history deployed successfully'
}

function appVersions(revisions: Revision[]): string {
  const seen = [...new Set(revisions.map(r => r.appVersion || '(none)'))]
  return seen.join(', ')
}
