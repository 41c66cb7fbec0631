// GitHub Actions: workflow runs (a freeze cancels queued and running deploys) and repository
// variables (the freeze flag; the workflow token cannot write them).
import {
  bodyOf,
  HttpError,
  json,
  noContent,
  notFound,
  pagedEnvelope,
  repoUrl,
  type RouteContext,
  type Routes
} from '../http.js'
import {idFor, nodeId, repository, user} from '../shapes.js'
import {timestamp, type VariableState, type WorkflowRunState} from '../state.js'
import {defaultBranch} from './git-data.js'

async function runJson(ctx: RouteContext, run: WorkflowRunState): Promise<Record<string, unknown>> {
  const api = repoUrl(ctx)
  const repo = repository(ctx, await defaultBranch(ctx))
  const commit = await ctx.git.commit(run.head_sha)
  const actor = user(ctx, 'octocat')
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WFR', run.id),
    check_suite_id: idFor(`suite:run:${run.id}`),
    check_suite_node_id: nodeId('CS', run.id),
    head_branch: run.head_branch,
    head_sha: run.head_sha,
    path: run.path,
    run_number: run.run_number,
    run_attempt: run.run_attempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflow_id,
    url: `${api}/actions/runs/${run.id}`,
    html_url: `https://github.com/${ctx.state.repo.owner}/${ctx.state.repo.name}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.created_at,
    updated_at: run.updated_at,
    run_started_at: run.run_started_at,
    actor,
    triggering_actor: actor,
    jobs_url: `${api}/actions/runs/${run.id}/jobs`,
    logs_url: `${api}/actions/runs/${run.id}/logs`,
    check_suite_url: `${api}/check-suites/${idFor(`suite:run:${run.id}`)}`,
    artifacts_url: `${api}/actions/runs/${run.id}/artifacts`,
    cancel_url: `${api}/actions/runs/${run.id}/cancel`,
    rerun_url: `${api}/actions/runs/${run.id}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${run.workflow_id}`,
    head_commit: commit
      ? {
          id: commit.sha,
          tree_id: commit.tree,
          message: commit.message.replace(/\n$/, ''),
          timestamp: commit.committer.date,
          author: {name: commit.author.name, email: commit.author.email},
          committer: {name: commit.committer.name, email: commit.committer.email}
        }
      : null,
    repository: repo,
    head_repository: repo,
    display_title: run.display_title
  }
}

function findVariable(ctx: RouteContext): VariableState {
  const name = (ctx.params.name ?? '').toUpperCase()
  const found = ctx.state.variables.find(v => v.name === name)
  if (!found) throw notFound()
  return found
}

/** GitHub's naming rules for variables; it answers 422 when they are broken. */
function checkVariable(ctx: RouteContext, name: string, value?: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^GITHUB_/i.test(name)) {
    throw ctx.reject(
      `Variable name '${name}' is invalid: use letters, digits and _, not starting with a digit or GITHUB_`
    )
  }
  if (value !== undefined && Buffer.byteLength(value) > 48 * 1024) {
    throw ctx.reject(`Variable '${name}' is larger than 48 KB`)
  }
}

export const actionRoutes: Routes = {
  'actions/list-workflow-runs-for-repo': {
    needs: 'actions:read',
    async handle(ctx) {
      const q = ctx.query
      const runs = ctx.state.workflowRuns
        .filter(
          r =>
            (!q.has('status') ||
              r.status === q.get('status') ||
              r.conclusion === q.get('status')) &&
            (!q.has('branch') || r.head_branch === q.get('branch')) &&
            (!q.has('event') || r.event === q.get('event')) &&
            (!q.has('head_sha') || r.head_sha === q.get('head_sha'))
        )
        .sort((a, b) => b.id - a.id)
      return pagedEnvelope(ctx, 'workflow_runs', await Promise.all(runs.map(r => runJson(ctx, r))))
    }
  },

  'actions/cancel-workflow-run': {
    needs: 'actions:write',
    handle(ctx) {
      const run = ctx.state.workflowRuns.find(r => r.id === Number(ctx.params.run_id))
      if (!run) throw notFound()
      if (run.status === 'completed') {
        throw new HttpError(409, 'Cannot cancel a workflow run that is completed.')
      }
      run.status = 'completed'
      run.conclusion = 'cancelled'
      run.updated_at = timestamp()
      return json(202, {})
    }
  },

  'actions/list-repo-variables': {
    needs: 'actions_variables:read',
    handle(ctx) {
      const sorted = [...ctx.state.variables].sort((a, b) => a.name.localeCompare(b.name))
      return pagedEnvelope(ctx, 'variables', sorted, {defaultPerPage: 10, maxPerPage: 30})
    }
  },

  'actions/create-repo-variable': {
    needs: 'actions_variables:write',
    handle(ctx) {
      const body = bodyOf(ctx)
      const name = String(body.name)
      checkVariable(ctx, name, String(body.value))
      if (ctx.state.variables.some(v => v.name === name.toUpperCase())) {
        throw new HttpError(409, 'Already exists - Variable already exists')
      }
      ctx.seed.variable(name, String(body.value))
      return json(201, {})
    }
  },

  'actions/get-repo-variable': {
    needs: 'actions_variables:read',
    handle: ctx => json(200, findVariable(ctx))
  },

  'actions/update-repo-variable': {
    needs: 'actions_variables:write',
    handle(ctx) {
      const variable = findVariable(ctx)
      const body = bodyOf(ctx)
      if (typeof body.name === 'string') {
        checkVariable(ctx, body.name)
        const renamed = body.name.toUpperCase()
        if (renamed !== variable.name && ctx.state.variables.some(v => v.name === renamed)) {
          throw new HttpError(409, 'Already exists - Variable already exists')
        }
        variable.name = renamed
      }
      if (typeof body.value === 'string') {
        checkVariable(ctx, variable.name, body.value)
        variable.value = body.value
      }
      variable.updated_at = timestamp()
      return noContent()
    }
  },

  'actions/delete-repo-variable': {
    needs: 'actions_variables:write',
    handle(ctx) {
      const variable = findVariable(ctx)
      ctx.state.variables = ctx.state.variables.filter(v => v !== variable)
      return noContent()
    }
  }
}
