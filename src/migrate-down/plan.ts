import type {Change} from './git.js'

/** A migration as the tool names it, and the file (or folder) that holds it at from-ref. */
export interface MigrationFile {
  name: string
  path: string
}

export type Gate =
  | 'count'
  | 'tail'
  | 'missing-file'
  | 'modified'
  | 'renamed'
  | 'deleted'
  | 'dirty'
  | 'locked'
  | 'irreversible'
  | 'data-loss'
  | 'work-tree'
  | 'dry-run-differs'

/** Why a plan is refused, and the migrations concerned. */
export interface Refusal {
  gate: Gate
  message: string
  migrations: string[]
}

export interface PlanRequest {
  /** Every migration at from-ref. */
  files: readonly MigrationFile[]
  /** Applied migrations in application order, oldest first. */
  applied: readonly string[]
  /** to-ref mode: git's changes under the folder from to-ref to from-ref. */
  changes?: readonly Change[]
  /** count mode: the newest N applied. */
  count?: number
  /** Maps a changed path to the migration it belongs to (undefined: not a migration). */
  nameOf: (path: string) => string | undefined
}

export interface Plan {
  mode: 'to-ref' | 'count'
  /** To revert, newest first: the order they run down. */
  revert: string[]
  /** Added since to-ref but never applied: reported, not touched. */
  pending: string[]
  versionBefore: string
  versionAfter: string
}

/**
 * The migrations to revert: added between to-ref and from-ref and applied, which must be the
 * newest applied ones. Pure: every refusal is returned, none thrown, so all show at once.
 */
export function planRevert(request: PlanRequest): {plan: Plan; refusals: Refusal[]} {
  const {applied} = request
  const refusals: Refusal[] = []
  const known = new Set(request.files.map(f => f.name))
  const missing = applied.filter(name => !known.has(name))
  if (missing.length)
    refusals.push({
      gate: 'missing-file',
      migrations: missing,
      message: `Applied in the database but with no file at from-ref: ${missing.join(', ')}. The down step would run against the wrong files (dbmate even reverts a different migration). Check from-ref and migrations-dir.`
    })

  let revert: string[]
  let pending: string[] = []
  if (request.count !== undefined) {
    if (request.count > applied.length)
      refusals.push({
        gate: 'count',
        migrations: [],
        message: `count is ${request.count} but only ${applied.length} migration(s) are applied; tools would silently revert everything. Pass at most ${applied.length}.`
      })
    revert = applied.slice(Math.max(0, applied.length - request.count)).reverse()
  } else {
    const added = new Set<string>()
    for (const change of request.changes ?? []) {
      const name = request.nameOf(change.path)
      const old = change.from === undefined ? undefined : request.nameOf(change.from)
      if (change.status === 'A' || change.status === 'C') {
        if (name !== undefined) added.add(name)
      } else if (change.status === 'R') {
        if (old !== undefined)
          refusals.push({
            gate: 'renamed',
            migrations: [old],
            message: `Migration ${old} (older than to-ref) was renamed to ${change.path}; the tool would see it as a different migration.`
          })
        else if (name !== undefined) added.add(name)
      } else if (name !== undefined) {
        const gate = change.status === 'D' ? 'deleted' : 'modified'
        refusals.push({
          gate,
          migrations: [name],
          message: `Migration ${name} (older than to-ref) was ${gate} since to-ref (${change.path}); its down step no longer matches what ran.`
        })
      }
    }
    const appliedSet = new Set(applied)
    const toRevert = applied.filter(name => added.has(name))
    pending = [...added].filter(name => !appliedSet.has(name) && known.has(name)).sort()
    const tail = applied.slice(applied.length - toRevert.length)
    const interleaved = tail.filter(name => !added.has(name))
    if (interleaved.length)
      refusals.push({
        gate: 'tail',
        migrations: interleaved,
        message: `The migrations added since to-ref are not the newest applied: ${interleaved.join(', ')} (older than to-ref) ran after some of them. Reverting in order would undo those too; revert by hand or pass count.`
      })
    revert = toRevert.reverse()
  }
  const keep = applied.length - revert.length
  return {
    plan: {
      mode: request.count !== undefined ? 'count' : 'to-ref',
      revert,
      pending,
      versionBefore: applied.at(-1) ?? '',
      versionAfter: keep > 0 ? (applied[keep - 1] as string) : ''
    },
    refusals
  }
}
