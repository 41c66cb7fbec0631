// The Repository node: the entry point of nearly every query.
import {nodeId} from '../../shapes.js'
import type {Args, GqlContext, GqlNode} from '../context.js'
import {actorNode} from './actors.js'
import {deploymentsConnection} from './deployments.js'
import {findRef, objectLookup, refsConnection} from './git.js'
import {findPull, pullsConnection} from './pulls.js'

export function repositoryNode(ctx: GqlContext): GqlNode {
  const {repo} = ctx.state
  return {
    __typename: 'Repository',
    id: nodeId('R', repo.id),
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    owner: {...actorNode(repo.owner), __typename: repo.ownerType},
    url: `https://github.com/${repo.owner}/${repo.name}`,
    isPrivate: repo.private,
    isArchived: false,
    autoMergeAllowed: repo.allowAutoMerge,
    defaultBranchRef: async () => {
      const branch = (await ctx.git.snapshot()).defaultBranch
      return branch ? findRef(ctx, `refs/heads/${branch}`) : null
    },
    ref: ({qualifiedName}: Args) => findRef(ctx, String(qualifiedName)),
    refs: (args: Args) => refsConnection(ctx, args),
    object: (args: Args) => objectLookup(ctx, args),
    deployments: (args: Args) => deploymentsConnection(ctx, args),
    pullRequest: ({number}: Args) => findPull(ctx, Number(number)),
    pullRequests: (args: Args) => pullsConnection(ctx, args)
  }
}
