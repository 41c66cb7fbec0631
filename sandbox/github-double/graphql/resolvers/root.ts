// Query and Mutation roots. A new area adds its fields here and its nodes in its own file.
import {GqlError, type Args, type GqlContext, type GqlNode} from '../context.js'
import {actorNode} from './actors.js'
import {pullById, pullMutations, pullNode} from './pulls.js'
import {repositoryNode} from './repository.js'

function node(ctx: GqlContext, id: string): GqlNode | null {
  const pr = pullById(ctx, id)
  return pr ? pullNode(ctx, pr) : null
}

export function queryRoot(ctx: GqlContext): GqlNode {
  return {
    repository({owner, name}: Args) {
      const {repo} = ctx.state
      if (
        String(owner).toLowerCase() !== repo.owner.toLowerCase() ||
        String(name).toLowerCase() !== repo.name.toLowerCase()
      ) {
        throw new GqlError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${String(owner)}/${String(name)}'.`
        )
      }
      return repositoryNode(ctx)
    },
    node: ({id}: Args) => node(ctx, String(id)),
    nodes: ({ids}: Args) => (ids as string[]).map(id => node(ctx, id)),
    viewer: actorNode(ctx.actor.login),
    // Any login resolves: the double has no user directory (ruleset bypass looks ids up here).
    user: ({login}: Args) => actorNode(String(login)),
    rateLimit: {
      __typename: 'RateLimit',
      cost: 1,
      limit: 5000,
      remaining: 4999,
      used: 1,
      nodeCount: 0,
      resetAt: new Date(Date.now() + 3_600_000).toISOString()
    }
  }
}

export function mutationRoot(): GqlNode {
  return {...pullMutations}
}
