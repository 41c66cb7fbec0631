// Deployments and their statuses: the history identify-lkg-tag reads and record-evidence writes.
import {
  bodyOf,
  HttpError,
  json,
  notFound,
  pagedJson,
  repoUrl,
  type RouteContext,
  type Routes
} from '../http.js'
import {checkRunState, latestCheckRuns, latestStatuses} from '../model/checks.js'
import {nodeId, user} from '../shapes.js'
import type {DeploymentState, DeploymentStatusState, DeploymentStatusValue} from '../state.js'
import {resolveCommit} from './git-data.js'

function deploymentJson(ctx: RouteContext, d: DeploymentState): Record<string, unknown> {
  const api = repoUrl(ctx)
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.original_environment,
    environment: d.environment,
    description: d.description,
    creator: user(ctx, d.creator),
    created_at: d.created_at,
    updated_at: d.updated_at,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    transient_environment: d.transient_environment,
    production_environment: d.production_environment
  }
}

function statusJson(
  ctx: RouteContext,
  d: DeploymentState,
  s: DeploymentStatusState
): Record<string, unknown> {
  const api = repoUrl(ctx)
  return {
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: user(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.target_url,
    log_url: s.log_url,
    environment_url: s.environment_url,
    created_at: s.created_at,
    updated_at: s.updated_at,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api
  }
}

function findDeployment(ctx: RouteContext): DeploymentState {
  const id = Number(ctx.params.deployment_id)
  const found = ctx.state.deployments.find(d => d.id === id)
  if (!found) throw notFound()
  return found
}

/**
 * GitHub refuses to deploy a commit whose required contexts (by default every commit status and
 * check run on it) are not green; that is why re-deploying an old tag must pass
 * `required_contexts: []`.
 */
function checkRequiredContexts(ctx: RouteContext, sha: string, ref: string, required?: string[]) {
  const green = new Map<string, boolean>()
  for (const s of latestStatuses(ctx.state, sha))
    green.set(s.context.toLowerCase(), s.state === 'success')
  for (const run of latestCheckRuns(ctx.state, sha)) {
    green.set(run.name.toLowerCase(), checkRunState(run) === 'SUCCESS')
  }
  const wanted = required ? required.map(c => c.toLowerCase()) : [...green.keys()]
  const failing = wanted.filter(context => green.get(context) !== true)
  if (failing.length > 0) {
    throw new HttpError(
      409,
      `Conflict: Commit status checks failed for ${ref}.`,
      {},
      {
        errors: [
          {
            contexts: failing.map(context => ({context, state: 'failure'})),
            resource: 'Deployment',
            field: 'required_contexts',
            code: 'invalid'
          }
        ]
      }
    )
  }
}

export const deploymentRoutes: Routes = {
  'repos/list-deployments': {
    needs: 'deployments:read',
    handle(ctx) {
      const q = ctx.query
      const list = ctx.state.deployments
        .filter(
          d =>
            (!q.has('sha') || d.sha === q.get('sha')) &&
            (!q.has('ref') || d.ref === q.get('ref')) &&
            (!q.has('task') || d.task === q.get('task')) &&
            (!q.has('environment') || d.environment === q.get('environment'))
        )
        .sort((a, b) => b.id - a.id)
      return pagedJson(
        ctx,
        list.map(d => deploymentJson(ctx, d))
      )
    }
  },

  'repos/create-deployment': {
    needs: 'deployments:write',
    async handle(ctx) {
      const body = bodyOf(ctx)
      const ref = String(body.ref)
      const sha = await resolveCommit(ctx, ref)
      if (!sha) throw new HttpError(422, `No ref found for: ${ref}`)
      checkRequiredContexts(ctx, sha, ref, body.required_contexts as string[] | undefined)
      const environment = (body.environment as string | undefined) ?? 'production'
      const deployment = ctx.seed.deployment({
        sha,
        ref,
        task: (body.task as string | undefined) ?? 'deploy',
        payload: (body.payload as DeploymentState['payload'] | undefined) ?? {},
        environment,
        original_environment: environment,
        description: (body.description as string | undefined) ?? null,
        transient_environment: (body.transient_environment as boolean | undefined) ?? false,
        production_environment:
          (body.production_environment as boolean | undefined) ?? environment === 'production',
        creator: ctx.actor.login
      })
      return json(201, deploymentJson(ctx, deployment))
    }
  },

  'repos/get-deployment': {
    needs: 'deployments:read',
    handle: ctx => json(200, deploymentJson(ctx, findDeployment(ctx)))
  },

  'repos/list-deployment-statuses': {
    needs: 'deployments:read',
    handle(ctx) {
      const deployment = findDeployment(ctx)
      const newestFirst = [...deployment.statuses].sort((a, b) => b.id - a.id)
      return pagedJson(
        ctx,
        newestFirst.map(s => statusJson(ctx, deployment, s))
      )
    }
  },

  'repos/create-deployment-status': {
    needs: 'deployments:write',
    handle(ctx) {
      const deployment = findDeployment(ctx)
      const body = bodyOf(ctx)
      const state = body.state as DeploymentStatusValue
      if (typeof body.environment === 'string') deployment.environment = body.environment
      const targetUrl = (body.target_url as string | undefined) ?? ''
      const status = ctx.seed.deploymentStatus(deployment, {
        state,
        description: (body.description as string | undefined) ?? '',
        environment: deployment.environment,
        target_url: targetUrl,
        log_url: (body.log_url as string | undefined) ?? targetUrl,
        environment_url: (body.environment_url as string | undefined) ?? '',
        creator: ctx.actor.login
      })
      if (state === 'success' && body.auto_inactive !== false) deactivateOlder(ctx, deployment)
      return json(201, statusJson(ctx, deployment, status))
    }
  }
}

/**
 * auto_inactive: a new success makes earlier non-transient, non-production deployments of the
 * same environment whose latest status is success `inactive`.
 */
function deactivateOlder(ctx: RouteContext, current: DeploymentState): void {
  for (const d of ctx.state.deployments) {
    if (d === current || d.environment !== current.environment) continue
    if (d.id > current.id || d.transient_environment || d.production_environment) continue
    if (d.statuses.at(-1)?.state !== 'success') continue
    ctx.seed.deploymentStatus(d, {state: 'inactive', creator: ctx.actor.login})
  }
}
