// Commit.statusCheckRollup, Commit.status and their CheckRun / StatusContext nodes.
import {combinedState, latestCheckRuns, latestStatuses, rollupState} from '../../model/checks.js'
import {nodeId} from '../../shapes.js'
import type {CheckRunState, StatusState} from '../../state.js'
import {connection} from '../connection.js'
import type {Args, GqlContext, GqlNode} from '../context.js'
import {actorNode} from './actors.js'

function checkRunNode(ctx: GqlContext, run: CheckRunState): GqlNode {
  const {owner, name} = ctx.state.repo
  return {
    __typename: 'CheckRun',
    id: nodeId('CR', run.id),
    databaseId: run.id,
    name: run.name,
    status: run.status.toUpperCase(),
    conclusion: run.conclusion?.toUpperCase() ?? null,
    startedAt: run.started_at,
    completedAt: run.completed_at,
    detailsUrl: run.details_url,
    externalId: run.external_id,
    title: run.output.title,
    summary: run.output.summary,
    text: run.output.text,
    url: `https://github.com/${owner}/${name}/runs/${run.id}`,
    permalink: `https://github.com/${owner}/${name}/runs/${run.id}`,
    isRequired: () => false
  }
}

function statusContextNode(status: StatusState): GqlNode {
  return {
    __typename: 'StatusContext',
    id: nodeId('SC', status.id),
    context: status.context,
    state: status.state.toUpperCase(),
    description: status.description,
    targetUrl: status.target_url,
    createdAt: status.created_at,
    creator: actorNode(status.creator),
    avatarUrl: null,
    isRequired: () => false
  }
}

function countBy(values: string[]): {state: string; count: number}[] {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].map(([state, count]) => ({state, count}))
}

/** null when the commit has no check runs and no statuses, as on GitHub. */
export function rollupNode(ctx: GqlContext, sha: string): GqlNode | null {
  const runs = latestCheckRuns(ctx.state, sha)
  const statuses = latestStatuses(ctx.state, sha)
  const state = rollupState(runs, statuses)
  if (state === null) return null
  return {
    __typename: 'StatusCheckRollup',
    id: nodeId('SCR', sha),
    state,
    contexts: (args: Args) =>
      connection(
        ctx,
        'contexts',
        [...runs.map(run => checkRunNode(ctx, run)), ...statuses.map(statusContextNode)],
        args,
        {
          checkRunCount: runs.length,
          statusContextCount: statuses.length,
          checkRunCountsByState: countBy(
            runs.map(r =>
              (r.status === 'completed' ? (r.conclusion ?? 'neutral') : r.status).toUpperCase()
            )
          ),
          statusContextCountsByState: countBy(statuses.map(s => s.state.toUpperCase()))
        }
      )
  }
}

/** Commit.status: only commit statuses (not check runs); null when there are none. */
export function statusNode(ctx: GqlContext, sha: string): GqlNode | null {
  const statuses = latestStatuses(ctx.state, sha)
  if (statuses.length === 0) return null
  return {
    __typename: 'Status',
    id: nodeId('ST', sha),
    state: combinedState(statuses).toUpperCase(),
    contexts: statuses.map(statusContextNode),
    context: ({name}: Args) => statuses.map(statusContextNode).find(s => s.context === name) ?? null
  }
}
