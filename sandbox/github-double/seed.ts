// Adds records to the double's state with GitHub's defaults filled in, so a test writes only
// what it cares about: `seed.checkRun({head_sha, name: 'test', conclusion: 'failure'})`.
// Routes create records through the same functions, so seeded and created data look alike.
import {
  nextId,
  nextNumber,
  timestamp,
  type CheckRunState,
  type CommentState,
  type DeploymentState,
  type DeploymentStatusState,
  type DoubleState,
  type IssueState,
  type ProtectionState,
  type PullState,
  type RulesetState,
  type StatusState,
  type VariableState,
  type WorkflowRunState
} from './state.js'

type Needs<T, K extends keyof T> = Partial<T> & Pick<T, K>

export interface Seeder {
  checkRun(run: Needs<CheckRunState, 'head_sha' | 'name'>): CheckRunState
  status(status: Needs<StatusState, 'sha' | 'state'>): StatusState
  /** A deployment; `statuses` may be given as just their states, oldest first. */
  deployment(
    deployment: Needs<Omit<DeploymentState, 'statuses'>, 'sha'> & {
      statuses?: (Partial<DeploymentStatusState> & Pick<DeploymentStatusState, 'state'>)[]
    }
  ): DeploymentState
  deploymentStatus(
    deployment: DeploymentState,
    status: Needs<DeploymentStatusState, 'state'>
  ): DeploymentStatusState
  pull(pull: Needs<PullState, 'head'> & {number?: number}): PullState
  issue(issue: Needs<IssueState, 'title'>): IssueState
  comment(comment: Needs<CommentState, 'issue_number' | 'body'>): CommentState
  workflowRun(run: Needs<WorkflowRunState, 'head_sha'>): WorkflowRunState
  variable(name: string, value: string): VariableState
  /** Classic protection in the PUT body's shape; unspecified rules are off. */
  protection(branch: string, protection?: Partial<ProtectionState>): ProtectionState
  ruleset(ruleset: Needs<RulesetState, 'name'>): RulesetState
}

export function createSeeder(state: DoubleState): Seeder {
  const now = (): string => timestamp()
  return {
    checkRun(run) {
      const completed = run.conclusion !== undefined && run.conclusion !== null
      const record: CheckRunState = {
        id: nextId(state),
        status: completed ? 'completed' : 'queued',
        conclusion: null,
        started_at: now(),
        completed_at: completed ? now() : null,
        external_id: '',
        details_url: null,
        app: 'github-actions',
        output: {title: null, summary: null, text: null},
        ...run
      }
      state.checkRuns.push(record)
      return record
    },

    status(status) {
      const record: StatusState = {
        id: nextId(state),
        context: 'default',
        description: null,
        target_url: null,
        creator: 'rollback-admin',
        created_at: now(),
        updated_at: now(),
        ...status
      }
      state.statuses.push(record)
      return record
    },

    deployment({statuses = [], ...deployment}) {
      const environment = deployment.environment ?? 'production'
      const created = deployment.created_at ?? now()
      const record: DeploymentState = {
        id: nextId(state),
        ref: deployment.sha,
        task: 'deploy',
        payload: {},
        environment,
        original_environment: environment,
        description: null,
        transient_environment: false,
        production_environment: environment === 'production',
        creator: 'rollback-admin',
        created_at: created,
        updated_at: created,
        ...deployment,
        statuses: []
      }
      state.deployments.push(record)
      for (const status of statuses) this.deploymentStatus(record, {created_at: created, ...status})
      return record
    },

    deploymentStatus(deployment, status) {
      const created = status.created_at ?? now()
      const record: DeploymentStatusState = {
        id: nextId(state),
        description: '',
        environment: deployment.environment,
        target_url: '',
        log_url: status.target_url ?? '',
        environment_url: '',
        creator: 'rollback-admin',
        created_at: created,
        updated_at: created,
        ...status
      }
      deployment.statuses.push(record)
      deployment.updated_at = created
      return record
    },

    pull(pull) {
      const created = pull.created_at ?? now()
      const record: PullState = {
        number: nextNumber(state),
        title: `Pull request ${pull.head.ref}`,
        body: null,
        state: 'open',
        draft: false,
        user: 'octocat',
        base: 'main',
        labels: [],
        merged_at: null,
        merge_commit_sha: null,
        mergeable_state: 'blocked',
        auto_merge: null,
        created_at: created,
        updated_at: created,
        closed_at: null,
        ...pull
      }
      state.pulls.push(record)
      return record
    },

    issue(issue) {
      const created = issue.created_at ?? now()
      const record: IssueState = {
        number: nextNumber(state),
        body: null,
        state: 'open',
        state_reason: null,
        labels: [],
        assignees: [],
        user: 'rollback-admin',
        created_at: created,
        updated_at: created,
        closed_at: null,
        ...issue
      }
      state.issues.push(record)
      return record
    },

    comment(comment) {
      const created = comment.created_at ?? now()
      const record: CommentState = {
        id: nextId(state),
        user: 'rollback-admin',
        created_at: created,
        updated_at: created,
        ...comment
      }
      state.comments.push(record)
      return record
    },

    workflowRun(run) {
      const created = run.created_at ?? now()
      const id = run.id ?? nextId(state)
      const record: WorkflowRunState = {
        id,
        name: 'CI',
        path: '.github/workflows/ci.yml',
        workflow_id: 161335,
        head_branch: 'main',
        event: 'push',
        status: 'in_progress',
        conclusion: null,
        run_number: state.workflowRuns.length + 1,
        run_attempt: 1,
        display_title: 'CI',
        created_at: created,
        updated_at: created,
        run_started_at: created,
        ...run
      }
      state.workflowRuns.push(record)
      return record
    },

    variable(name, value) {
      const record: VariableState = {
        name: name.toUpperCase(),
        value,
        created_at: now(),
        updated_at: now()
      }
      state.variables = state.variables.filter(v => v.name !== record.name).concat(record)
      return record
    },

    protection(branch, protection = {}) {
      const record: ProtectionState = {
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
        allow_fork_syncing: false,
        required_signatures: false,
        ...protection
      }
      state.protection[branch] = record
      return record
    },

    ruleset(ruleset) {
      const record: RulesetState = {
        id: nextId(state),
        target: 'branch',
        enforcement: 'active',
        bypass_actors: [],
        conditions: null,
        rules: [],
        created_at: now(),
        updated_at: now(),
        ...ruleset
      }
      state.rulesets.push(record)
      return record
    }
  }
}
