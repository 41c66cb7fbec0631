// Repository.deployments with Deployment and DeploymentStatus nodes.
import {nodeId} from '../../shapes.js'
import type {DeploymentState, DeploymentStatusState} from '../../state.js'
import {connection} from '../connection.js'
import type {Args, GqlContext, GqlNode} from '../context.js'
import {actorNode} from './actors.js'
import {commitNode, findRef} from './git.js'

/**
 * Deployment.state from its latest status: a successful deployment is ACTIVE until something
 * marks it inactive; without any status it is PENDING.
 */
function deploymentState(d: DeploymentState): string {
  const latest = d.statuses.at(-1)
  if (!latest) return 'PENDING'
  return latest.state === 'success' ? 'ACTIVE' : latest.state.toUpperCase()
}

function statusNode(ctx: GqlContext, d: DeploymentState, s: DeploymentStatusState): GqlNode {
  return {
    __typename: 'DeploymentStatus',
    id: nodeId('DES', s.id),
    state: s.state.toUpperCase(),
    description: s.description,
    environment: s.environment,
    environmentUrl: s.environment_url || null,
    logUrl: s.log_url || null,
    createdAt: s.created_at,
    updatedAt: s.updated_at,
    creator: actorNode(s.creator),
    deployment: () => deploymentNode(ctx, d)
  }
}

export function deploymentNode(ctx: GqlContext, d: DeploymentState): GqlNode {
  const latest = d.statuses.at(-1)
  return {
    __typename: 'Deployment',
    id: nodeId('DE', d.id),
    databaseId: d.id,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
    commitOid: d.sha,
    commit: () => commitNode(ctx, d.sha),
    // A deployment of a bare sha has no ref.
    ref: () => (/^[0-9a-f]{40}$/.test(d.ref) ? null : findRef(ctx, d.ref)),
    environment: d.environment,
    latestEnvironment: d.environment,
    originalEnvironment: d.original_environment,
    task: d.task,
    payload: typeof d.payload === 'string' ? d.payload : JSON.stringify(d.payload),
    description: d.description,
    creator: actorNode(d.creator),
    state: deploymentState(d),
    latestStatus: latest ? statusNode(ctx, d, latest) : null,
    statuses: (args: Args) =>
      connection(
        ctx,
        'statuses',
        d.statuses.map(s => statusNode(ctx, d, s)),
        args
      )
  }
}

/** Repository.deployments: ascending by creation unless orderBy says otherwise (GitHub's default). */
export function deploymentsConnection(ctx: GqlContext, args: Args): GqlNode {
  const environments = args.environments as string[] | null | undefined
  const direction = (args.orderBy as {direction?: string} | null)?.direction ?? 'ASC'
  const list = ctx.state.deployments
    .filter(d => !environments || environments.includes(d.environment))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id)
  if (direction === 'DESC') list.reverse()
  return connection(
    ctx,
    'deployments',
    list.map(d => deploymentNode(ctx, d)),
    args
  )
}
