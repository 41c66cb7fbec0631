// The double's world: plain mutable data. Tests seed it (directly or through `seed`) and read
// it back to check what an action did. Git data (tags, branches, commits) is not here: it comes
// from the real repository the double is given. Field names follow the REST API, snake_case,
// so a record reads like the JSON GitHub would send for it.

/** What a token may do; see permissions.ts for the table behind each kind. */
export type TokenKind = 'admin' | 'workflow' | 'read-only' | 'revoked'

export interface RepoState {
  id: number
  owner: string
  name: string
  ownerType: 'Organization' | 'User'
  private: boolean
  /** Repository setting "Allow auto-merge"; enabling auto-merge fails without it. */
  allowAutoMerge: boolean
  createdAt: string
}

export type CheckStatus =
  'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
export type CheckConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | 'startup_failure'

export interface CheckRunState {
  id: number
  head_sha: string
  name: string
  status: CheckStatus
  conclusion: CheckConclusion | null
  started_at: string | null
  completed_at: string | null
  external_id: string
  details_url: string | null
  /** The app that reported the run (slug); `github-actions` unless seeded otherwise. */
  app: string
  output: {title: string | null; summary: string | null; text: string | null}
}

export type CommitStatusState = 'error' | 'failure' | 'pending' | 'success'

export interface StatusState {
  id: number
  sha: string
  context: string
  state: CommitStatusState
  description: string | null
  target_url: string | null
  creator: string
  created_at: string
  updated_at: string
}

export type DeploymentStatusValue =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface DeploymentStatusState {
  id: number
  state: DeploymentStatusValue
  description: string
  environment: string
  target_url: string
  log_url: string
  environment_url: string
  creator: string
  created_at: string
  updated_at: string
}

export interface DeploymentState {
  id: number
  sha: string
  ref: string
  task: string
  payload: Record<string, unknown> | string
  environment: string
  original_environment: string
  description: string | null
  transient_environment: boolean
  production_environment: boolean
  creator: string
  created_at: string
  updated_at: string
  /** Oldest first, as they were created. */
  statuses: DeploymentStatusState[]
}

export interface AutoMergeState {
  merge_method: 'merge' | 'squash' | 'rebase'
  enabled_by: string
  enabled_at: string
  commit_title: string
  commit_message: string
}

export interface PullState {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  user: string
  base: string
  head: {ref: string; sha: string}
  labels: string[]
  merged_at: string | null
  merge_commit_sha: string | null
  /** GitHub's mergeability summary; auto-merge can only be enabled while it is not `clean`. */
  mergeable_state: 'blocked' | 'behind' | 'clean' | 'dirty' | 'unstable' | 'unknown' | 'draft'
  auto_merge: AutoMergeState | null
  /** The head is in another repository (a fork); GraphQL isCrossRepository. */
  fork?: boolean
  /** Reviews, oldest first; the latest non-comment review of each login counts. */
  reviews?: {user: string; state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'}[]
  created_at: string
  updated_at: string
  closed_at: string | null
}

export interface IssueState {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null
  labels: string[]
  assignees: string[]
  user: string
  created_at: string
  updated_at: string
  closed_at: string | null
}

export interface CommentState {
  id: number
  /** The issue or pull request the comment is on. */
  issue_number: number
  body: string
  user: string
  created_at: string
  updated_at: string
}

export interface WorkflowRunState {
  id: number
  name: string
  /** `.github/workflows/<file>`. */
  path: string
  workflow_id: number
  head_branch: string | null
  head_sha: string
  event: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion: string | null
  run_number: number
  run_attempt: number
  display_title: string
  created_at: string
  updated_at: string
  run_started_at: string
}

export interface VariableState {
  /** Stored upper-case, as GitHub does. */
  name: string
  value: string
  created_at: string
  updated_at: string
}

/** Classic branch protection, stored in the shape of the PUT body (GET renders it). */
export interface ProtectionState {
  required_status_checks: {
    strict: boolean
    checks: {context: string; app_id: number | null}[]
  } | null
  enforce_admins: boolean
  required_pull_request_reviews: {
    dismiss_stale_reviews: boolean
    require_code_owner_reviews: boolean
    required_approving_review_count: number
    require_last_push_approval: boolean
    dismissal_restrictions?: {users: string[]; teams: string[]; apps: string[]}
    bypass_pull_request_allowances?: {users: string[]; teams: string[]; apps: string[]}
  } | null
  restrictions: {users: string[]; teams: string[]; apps: string[]} | null
  required_linear_history: boolean
  allow_force_pushes: boolean
  allow_deletions: boolean
  block_creations: boolean
  required_conversation_resolution: boolean
  lock_branch: boolean
  allow_fork_syncing: boolean
  /** Set only through .../protection/required_signatures. */
  required_signatures: boolean
}

export interface RulesetState {
  id: number
  name: string
  target: 'branch' | 'tag' | 'push'
  enforcement: 'disabled' | 'active' | 'evaluate'
  bypass_actors: {actor_id?: number | null; actor_type: string; bypass_mode?: string}[]
  conditions: {ref_name?: {include?: string[]; exclude?: string[]}} | null
  rules: {type: string; parameters?: Record<string, unknown>}[]
  created_at: string
  updated_at: string
}

export interface DoubleState {
  repo: RepoState
  /** Token string → kind. Tokens not listed act as `defaultTokenKind`. */
  tokens: Record<string, TokenKind>
  defaultTokenKind: TokenKind
  checkRuns: CheckRunState[]
  statuses: StatusState[]
  deployments: DeploymentState[]
  pulls: PullState[]
  issues: IssueState[]
  comments: CommentState[]
  workflowRuns: WorkflowRunState[]
  variables: VariableState[]
  /** Branch name → its classic protection; absent = "Branch not protected". */
  protection: Record<string, ProtectionState>
  rulesets: RulesetState[]
  /** Team slug → its members' logins (the repository owner is the organization). */
  teams: Record<string, string[]>
  /** Next id for any created record; ids are unique across kinds, as on GitHub. */
  nextId: number
}

export function createState(owner: string, repo: string): DoubleState {
  return {
    repo: {
      id: 700_001,
      owner,
      name: repo,
      ownerType: 'Organization',
      private: false,
      allowAutoMerge: true,
      createdAt: '2026-01-01T00:00:00Z'
    },
    tokens: {},
    defaultTokenKind: 'admin',
    checkRuns: [],
    statuses: [],
    deployments: [],
    pulls: [],
    issues: [],
    comments: [],
    workflowRuns: [],
    variables: [],
    protection: {},
    rulesets: [],
    teams: {},
    nextId: 1000
  }
}

export function nextId(state: DoubleState): number {
  state.nextId += 1
  return state.nextId
}

/** Issues and pull requests share one number sequence. */
export function nextNumber(state: DoubleState): number {
  return Math.max(0, ...state.issues.map(i => i.number), ...state.pulls.map(p => p.number)) + 1
}

/** GitHub timestamps: ISO 8601 UTC without milliseconds. */
export function timestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
