// Check runs and commit statuses: the quality signals on a tag's commit.
import {
  bodyOf,
  HttpError,
  json,
  pagedEnvelope,
  paginate,
  repoUrl,
  type RouteContext,
  type Routes
} from '../http.js'
import {combinedState, latestCheckRuns, latestStatuses} from '../model/checks.js'
import {app, idFor, nodeId, repository, user} from '../shapes.js'
import type {CheckRunState, CommitStatusState, StatusState} from '../state.js'
import {timestamp} from '../state.js'
import {defaultBranch, requireCommit} from './git-data.js'

export function checkRunJson(ctx: RouteContext, run: CheckRunState): Record<string, unknown> {
  const api = repoUrl(ctx)
  return {
    id: run.id,
    head_sha: run.head_sha,
    node_id: nodeId('CR', run.id),
    external_id: run.external_id,
    url: `${api}/check-runs/${run.id}`,
    html_url: `https://github.com/${ctx.state.repo.owner}/${ctx.state.repo.name}/runs/${run.id}`,
    details_url: run.details_url,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      ...run.output,
      annotations_count: 0,
      annotations_url: `${api}/check-runs/${run.id}/annotations`
    },
    name: run.name,
    check_suite: {id: idFor(`suite:${run.app}:${run.head_sha}`)},
    app: app(ctx, run.app),
    pull_requests: []
  }
}

function statusJson(ctx: RouteContext, status: StatusState): Record<string, unknown> {
  const creator = user(ctx, status.creator)
  return {
    url: `${repoUrl(ctx)}/statuses/${status.sha}`,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: nodeId('SC', status.id),
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: status.created_at,
    updated_at: status.updated_at,
    creator
  }
}

export const checkRoutes: Routes = {
  'checks/list-for-ref': {
    needs: 'checks:read',
    async handle(ctx) {
      const sha = await requireCommit(ctx, ctx.params.ref ?? '')
      const q = ctx.query
      const runs = (
        q.get('filter') === 'all'
          ? ctx.state.checkRuns.filter(r => r.head_sha === sha).sort((a, b) => b.id - a.id)
          : latestCheckRuns(ctx.state, sha)
      ).filter(
        run =>
          (!q.has('check_name') || run.name === q.get('check_name')) &&
          (!q.has('status') || run.status === q.get('status')) &&
          (!q.has('app_id') || app(ctx, run.app).id === Number(q.get('app_id')))
      )
      return pagedEnvelope(
        ctx,
        'check_runs',
        runs.map(run => checkRunJson(ctx, run))
      )
    }
  },

  'checks/create': {
    needs: 'checks:write',
    async handle(ctx) {
      const body = bodyOf(ctx)
      const sha = await requireCommit(ctx, String(body.head_sha))
      const conclusion = (body.conclusion as CheckRunState['conclusion'] | undefined) ?? null
      const status = conclusion
        ? 'completed'
        : ((body.status as CheckRunState['status']) ?? 'queued')
      if (status === 'completed' && !conclusion) {
        throw new HttpError(
          422,
          'Invalid request.\n\nconclusion is required when status is completed.'
        )
      }
      const output = (body.output ?? {}) as Record<string, string | undefined>
      const run = ctx.seed.checkRun({
        head_sha: sha,
        name: String(body.name),
        status,
        conclusion,
        started_at: (body.started_at as string | undefined) ?? timestamp(),
        completed_at:
          status === 'completed' ? ((body.completed_at as string) ?? timestamp()) : null,
        external_id: (body.external_id as string | undefined) ?? '',
        details_url: (body.details_url as string | undefined) ?? null,
        app: ctx.actor.kind === 'workflow' ? 'github-actions' : 'rollback-kit',
        output: {
          title: output.title ?? null,
          summary: output.summary ?? null,
          text: output.text ?? null
        }
      })
      return json(201, checkRunJson(ctx, run))
    }
  },

  'repos/get-combined-status-for-ref': {
    needs: 'statuses:read',
    async handle(ctx) {
      const sha = await requireCommit(ctx, ctx.params.ref ?? '')
      const statuses = latestStatuses(ctx.state, sha)
      const page = paginate(ctx, statuses)
      const api = repoUrl(ctx)
      return json(
        200,
        {
          state: combinedState(statuses),
          statuses: page.items.map(s => statusJson(ctx, s)),
          sha,
          total_count: statuses.length,
          repository: repository(ctx, await defaultBranch(ctx)),
          commit_url: `${api}/commits/${sha}`,
          url: `${api}/commits/${sha}/status`
        },
        page.headers
      )
    }
  },

  'repos/create-commit-status': {
    needs: 'statuses:write',
    async handle(ctx) {
      const body = bodyOf(ctx)
      const sha = await requireCommit(ctx, ctx.params.sha ?? '')
      const status = ctx.seed.status({
        sha,
        state: body.state as CommitStatusState,
        context: (body.context as string | undefined) ?? 'default',
        description: (body.description as string | undefined) ?? null,
        target_url: (body.target_url as string | undefined) ?? null,
        creator: ctx.actor.login
      })
      return json(201, statusJson(ctx, status))
    }
  }
}
