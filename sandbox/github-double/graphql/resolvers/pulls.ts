// Pull requests and their auto-merge, including the two mutations a freeze uses.
import {allows} from '../../permissions.js'
import {nodeId, nodeKey} from '../../shapes.js'
import {timestamp, type PullState} from '../../state.js'
import {connection} from '../connection.js'
import {GqlError, type Args, type GqlContext, type GqlNode} from '../context.js'
import {actorNode} from './actors.js'
import {commitNode} from './git.js'

const pullId = (ctx: GqlContext, number: number): string =>
  nodeId('PR', `${ctx.state.repo.id}:${number}`)

export function pullNode(ctx: GqlContext, pr: PullState): GqlNode {
  const url = `https://github.com/${ctx.state.repo.owner}/${ctx.state.repo.name}/pull/${pr.number}`
  const node: GqlNode = {
    __typename: 'PullRequest',
    id: pullId(ctx, pr.number),
    number: pr.number,
    title: pr.title,
    body: pr.body ?? '',
    url,
    state: pr.merged_at ? 'MERGED' : pr.state.toUpperCase(),
    isDraft: pr.draft,
    merged: pr.merged_at !== null,
    mergedAt: pr.merged_at,
    closed: pr.state === 'closed',
    closedAt: pr.closed_at,
    createdAt: pr.created_at,
    updatedAt: pr.updated_at,
    baseRefName: pr.base,
    headRefName: pr.head.ref,
    headRefOid: pr.head.sha,
    mergeCommit: () => (pr.merge_commit_sha ? commitNode(ctx, pr.merge_commit_sha) : null),
    mergeStateStatus: pr.mergeable_state.toUpperCase(),
    isCrossRepository: pr.fork === true,
    commits: async (args: Args) => {
      const commit = await commitNode(ctx, pr.head.sha)
      const nodes = commit
        ? [
            {
              __typename: 'PullRequestCommit',
              id: nodeId('PRC', `${pr.number}:${pr.head.sha}`),
              commit
            }
          ]
        : []
      return connection(ctx, 'commits', nodes, args)
    },
    latestOpinionatedReviews: (args: Args) => {
      // The latest approving / changes-requested review of each author.
      const latest = new Map<string, {user: string; state: string}>()
      for (const review of pr.reviews ?? []) {
        if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED')
          latest.set(review.user, review)
        if (review.state === 'DISMISSED') latest.delete(review.user)
      }
      const nodes = [...latest.values()].map((review, i) => ({
        __typename: 'PullRequestReview',
        id: nodeId('PRR', `${pr.number}:${i}`),
        state: review.state,
        author: actorNode(review.user)
      }))
      return connection(ctx, 'latestOpinionatedReviews', nodes, args)
    },
    author: actorNode(pr.user),
    labels: (args: Args) =>
      connection(
        ctx,
        'labels',
        pr.labels.map(name => ({
          __typename: 'Label',
          id: nodeId('LA', name),
          name,
          color: 'ededed'
        })),
        args
      ),
    autoMergeRequest: () =>
      pr.auto_merge
        ? {
            __typename: 'AutoMergeRequest',
            enabledAt: pr.auto_merge.enabled_at,
            enabledBy: actorNode(pr.auto_merge.enabled_by),
            mergeMethod: pr.auto_merge.merge_method.toUpperCase(),
            commitHeadline: pr.auto_merge.commit_title,
            commitBody: pr.auto_merge.commit_message,
            authorEmail: null,
            pullRequest: node
          }
        : null
  }
  return node
}

export function findPull(ctx: GqlContext, number: number): GqlNode | null {
  const pr = ctx.state.pulls.find(p => p.number === number)
  return pr ? pullNode(ctx, pr) : null
}

/** The pull request a global id names, if it is one of ours. */
export function pullById(ctx: GqlContext, id: string): PullState | undefined {
  const key = nodeKey('PR', id)
  const [repoId, number] = (key ?? '').split(':')
  if (Number(repoId) !== ctx.state.repo.id) return undefined
  return ctx.state.pulls.find(p => p.number === Number(number))
}

export function pullsConnection(ctx: GqlContext, args: Args): GqlNode {
  const states = args.states as string[] | null | undefined
  const labels = args.labels as string[] | null | undefined
  const order = args.orderBy as {
    field: 'CREATED_AT' | 'UPDATED_AT' | 'COMMENTS'
    direction: string
  } | null
  const list = ctx.state.pulls
    .filter(pr => !states || states.includes(pr.merged_at ? 'MERGED' : pr.state.toUpperCase()))
    .filter(pr => args.baseRefName == null || pr.base === args.baseRefName)
    .filter(pr => args.headRefName == null || pr.head.ref === args.headRefName)
    .filter(pr => !labels || pr.labels.some(l => labels.includes(l)))
    .sort((a, b) =>
      order?.field === 'UPDATED_AT'
        ? a.updated_at.localeCompare(b.updated_at)
        : a.created_at.localeCompare(b.created_at) || a.number - b.number
    )
  if (order?.direction === 'DESC') list.reverse()
  return connection(
    ctx,
    'pullRequests',
    list.map(pr => pullNode(ctx, pr)),
    args
  )
}

function mutablePull(ctx: GqlContext, input: Args): PullState {
  if (!allows(ctx.actor.kind, 'pull_requests:write')) {
    throw new GqlError('FORBIDDEN', 'Resource not accessible by integration')
  }
  const id = String(input.pullRequestId)
  const pr = pullById(ctx, id)
  if (!pr)
    throw new GqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)
  return pr
}

function payload(ctx: GqlContext, input: Args, pr: PullState): GqlNode {
  return {
    clientMutationId: input.clientMutationId ?? null,
    actor: actorNode(ctx.actor.login),
    pullRequest: pullNode(ctx, pr)
  }
}

export const pullMutations = {
  disablePullRequestAutoMerge({input}: Args, ctx: GqlContext): GqlNode {
    const pr = mutablePull(ctx, input as Args)
    pr.auto_merge = null
    pr.updated_at = timestamp()
    return payload(ctx, input as Args, pr)
  },

  enablePullRequestAutoMerge({input}: Args, ctx: GqlContext): GqlNode {
    const args = input as Args
    const pr = mutablePull(ctx, args)
    const fail = (message: string): never => {
      throw new GqlError('UNPROCESSABLE', message)
    }
    if (!ctx.state.repo.allowAutoMerge) fail('Auto merge is not allowed for this repository')
    if (pr.state === 'closed') fail('Pull request Pull request is closed')
    if (pr.mergeable_state === 'clean' || pr.mergeable_state === 'unstable') {
      fail(`Pull request Pull request is in ${pr.mergeable_state} status`)
    }
    if (args.expectedHeadOid != null && args.expectedHeadOid !== pr.head.sha) {
      fail('Head branch was modified. Review and try the merge again.')
    }
    const method = String(args.mergeMethod ?? 'MERGE').toLowerCase() as
      'merge' | 'squash' | 'rebase'
    pr.auto_merge = {
      merge_method: method,
      enabled_by: ctx.actor.login,
      enabled_at: timestamp(),
      commit_title: (args.commitHeadline as string | undefined) ?? `${pr.title} (#${pr.number})`,
      commit_message: (args.commitBody as string | undefined) ?? ''
    }
    pr.updated_at = timestamp()
    return payload(ctx, args, pr)
  }
}
