// Classic branch protection: GET and PUT speak different shapes (objects with `enabled` vs
// booleans, full user/team/app objects vs logins and slugs, `app_id: null` vs `-1` for "any
// source", sections absent vs null). A faithful restore maps every field; `required_signatures`
// is not part of the PUT at all and has its own endpoints.

type Named = {login?: string; slug?: string}
interface ActorLists {
  users?: Named[]
  teams?: Named[]
  apps?: Named[]
}
type Flag = {enabled?: boolean} | undefined

/** What GET .../protection returns (the parts a restore needs). */
export interface ProtectionGet {
  required_status_checks?: {
    strict?: boolean
    contexts?: string[]
    checks?: {context: string; app_id: number | null}[]
  }
  enforce_admins?: Flag
  required_pull_request_reviews?: {
    dismissal_restrictions?: ActorLists
    bypass_pull_request_allowances?: ActorLists
    dismiss_stale_reviews?: boolean
    require_code_owner_reviews?: boolean
    required_approving_review_count?: number
    require_last_push_approval?: boolean
  }
  restrictions?: ActorLists
  required_signatures?: Flag
  required_linear_history?: Flag
  allow_force_pushes?: Flag
  allow_deletions?: Flag
  block_creations?: Flag
  required_conversation_resolution?: Flag
  lock_branch?: Flag
  allow_fork_syncing?: Flag
}

interface PutLists {
  users: string[]
  teams: string[]
  apps: string[]
}

/** The PUT body (every rule; null = off), which is also what the freeze record stores. */
export interface ProtectionPut {
  required_status_checks: {strict: boolean; checks: {context: string; app_id: number}[]} | null
  enforce_admins: boolean
  required_pull_request_reviews: {
    dismiss_stale_reviews: boolean
    require_code_owner_reviews: boolean
    required_approving_review_count: number
    require_last_push_approval: boolean
    dismissal_restrictions?: PutLists
    bypass_pull_request_allowances?: PutLists
  } | null
  restrictions: PutLists | null
  required_linear_history: boolean
  allow_force_pushes: boolean
  allow_deletions: boolean
  block_creations: boolean
  required_conversation_resolution: boolean
  lock_branch: boolean
  allow_fork_syncing: boolean
}

export interface ProtectionSnapshot {
  put: ProtectionPut
  signatures: boolean
}

/** Protection with every rule off: the start for a branch that had none. */
const UNPROTECTED: ProtectionPut = {
  required_status_checks: null,
  enforce_admins: false,
  required_pull_request_reviews: null,
  restrictions: null,
  required_linear_history: false,
  allow_force_pushes: false,
  allow_deletions: false,
  block_creations: false,
  required_conversation_resolution: false,
  lock_branch: false,
  allow_fork_syncing: false
}

const names = (list: Named[] | undefined, key: 'login' | 'slug'): string[] =>
  (list ?? []).map(entry => entry[key] ?? '').filter(Boolean)

const lists = (l: ActorLists): PutLists => ({
  users: names(l.users, 'login'),
  teams: names(l.teams, 'slug'),
  apps: names(l.apps, 'slug')
})

/** GET shape → PUT body plus the signatures flag. */
export function toSnapshot(g: ProtectionGet): ProtectionSnapshot {
  const checks = g.required_status_checks
  const reviews = g.required_pull_request_reviews
  const on = (flag: Flag): boolean => flag?.enabled === true
  return {
    put: {
      required_status_checks: checks
        ? {
            strict: checks.strict === true,
            // Only `checks`, never `contexts` too (GitHub takes exactly one); null = any app.
            checks: (
              checks.checks ?? (checks.contexts ?? []).map(context => ({context, app_id: null}))
            ).map(c => ({context: c.context, app_id: c.app_id ?? -1}))
          }
        : null,
      enforce_admins: on(g.enforce_admins),
      required_pull_request_reviews: reviews
        ? {
            dismiss_stale_reviews: reviews.dismiss_stale_reviews === true,
            require_code_owner_reviews: reviews.require_code_owner_reviews === true,
            required_approving_review_count: reviews.required_approving_review_count ?? 0,
            require_last_push_approval: reviews.require_last_push_approval === true,
            ...(reviews.dismissal_restrictions
              ? {dismissal_restrictions: lists(reviews.dismissal_restrictions)}
              : {}),
            ...(reviews.bypass_pull_request_allowances
              ? {bypass_pull_request_allowances: lists(reviews.bypass_pull_request_allowances)}
              : {})
          }
        : null,
      restrictions: g.restrictions ? lists(g.restrictions) : null,
      required_linear_history: on(g.required_linear_history),
      allow_force_pushes: on(g.allow_force_pushes),
      allow_deletions: on(g.allow_deletions),
      block_creations: on(g.block_creations),
      required_conversation_resolution: on(g.required_conversation_resolution),
      lock_branch: on(g.lock_branch),
      allow_fork_syncing: on(g.allow_fork_syncing)
    },
    signatures: on(g.required_signatures)
  }
}

/** `put` with `checkName` added to the required checks (any source), nothing else changed. */
export function withRequiredCheck(put: ProtectionPut | null, checkName: string): ProtectionPut {
  const base = put ?? UNPROTECTED
  const checks = base.required_status_checks?.checks ?? []
  if (checks.some(c => c.context === checkName)) return base
  return {
    ...base,
    required_status_checks: {
      strict: base.required_status_checks?.strict ?? false,
      checks: [...checks, {context: checkName, app_id: -1}]
    }
  }
}

/** The freeze: the branch becomes read-only (no merges, no pushes); nothing else changes. */
export function locked(put: ProtectionPut | null): ProtectionPut {
  return {...(put ?? UNPROTECTED), lock_branch: true}
}

/** Canonical form for comparing: order of lists does not matter to GitHub. */
export function canonical(snapshot: ProtectionSnapshot | null): string {
  if (!snapshot) return 'null'
  const sortLists = (l: PutLists | undefined) =>
    l && {users: [...l.users].sort(), teams: [...l.teams].sort(), apps: [...l.apps].sort()}
  const p = snapshot.put
  const r = p.required_pull_request_reviews
  return JSON.stringify({
    ...p,
    required_status_checks: p.required_status_checks && {
      strict: p.required_status_checks.strict,
      checks: [...p.required_status_checks.checks].sort((a, b) =>
        `${a.context}\u0000${a.app_id}`.localeCompare(`${b.context}\u0000${b.app_id}`)
      )
    },
    required_pull_request_reviews: r && {
      ...r,
      dismissal_restrictions: sortLists(r.dismissal_restrictions),
      bypass_pull_request_allowances: sortLists(r.bypass_pull_request_allowances)
    },
    restrictions: sortLists(p.restrictions ?? undefined) ?? null,
    signatures: snapshot.signatures
  })
}

/** Field paths where two snapshots differ, for the error when a read-back does not match. */
export function differences(
  want: ProtectionSnapshot | null,
  got: ProtectionSnapshot | null
): string[] {
  if (!want || !got) return want === got ? [] : ['(protected vs not protected)']
  const a = JSON.parse(canonical(want)) as Record<string, unknown>
  const b = JSON.parse(canonical(got)) as Record<string, unknown>
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    key => JSON.stringify(a[key]) !== JSON.stringify(b[key])
  )
}
