// Users and bots as GraphQL Actors.
import {idFor, nodeId} from '../../shapes.js'
import type {GqlNode} from '../context.js'

export function actorNode(login: string): GqlNode {
  const isBot = login.endsWith('[bot]')
  const path = isBot ? `/apps/${login.replace(/\[bot\]$/, '')}` : `/${login}`
  return {
    __typename: isBot ? 'Bot' : 'User',
    id: nodeId(isBot ? 'BOT' : 'U', login),
    databaseId: idFor(login),
    login,
    avatarUrl: `https://avatars.githubusercontent.com/u/${idFor(login)}?v=4`,
    resourcePath: path,
    url: `https://github.com${path}`
  }
}
