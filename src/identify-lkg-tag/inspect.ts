import {gitHubError} from '../lib/github-errors.js'
import type {GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'
import type {CheckSignal} from './checks.js'
import type {CommitInfo} from './select.js'

interface ContextNode {
  __typename: 'CheckRun' | 'StatusContext'
  name?: string
  status?: string
  conclusion?: string | null
  context?: string
  state?: string
}

interface Contexts {
  pageInfo: {hasNextPage: boolean; endCursor: string | null}
  nodes: (ContextNode | null)[]
}

interface CommitNode {
  __typename: string
  oid: string
  statusCheckRollup?: {contexts: Contexts} | null
  target?: CommitNode
}

const CONTEXTS = `contexts(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { __typename ... on CheckRun { name status conclusion } ... on StatusContext { context state } }
}`

/**
 * Peels a batch of tags to their commits and reads each commit's check runs and statuses in
 * ONE GraphQL query (one aliased `ref` field per tag); only a commit with more than 100 checks
 * costs a follow-up query.
 */
export async function inspectTags(
  client: GitHubClient,
  {owner, repo}: Repository,
  names: readonly string[],
  withChecks: boolean
): Promise<Map<string, CommitInfo>> {
  const rollup = withChecks
    ? `statusCheckRollup { ${CONTEXTS.replace(', after: $after', '')} }`
    : ''
  // A commit selection may not be empty: ask for oid again when checks are not wanted.
  const commit = `__typename oid ... on Commit { ${rollup || 'oid'} }`
  const fields = names
    .map(
      (_, i) =>
        `t${i}: ref(qualifiedName: $q${i}) { target { ${commit} ... on Tag { target { ${commit} } } } }`
    )
    .join('\n')
  const params = names.map((_, i) => `$q${i}: String!`).join(', ')
  const query = `query InspectTags($owner: String!, $name: String!, ${params}) {
  repository(owner: $owner, name: $name) { ${fields} }
}`
  const variables: Record<string, string> = {owner, name: repo}
  names.forEach((n, i) => (variables[`q${i}`] = `refs/tags/${n}`))
  let data: {repository: Record<string, {target: CommitNode} | null> | null}
  try {
    data = await client.graphql(query, variables)
  } catch (error) {
    throw gitHubError(
      error,
      `Reading the checks of ${names.length} tag(s) in ${owner}/${repo}`,
      `${owner}/${repo}`
    )
  }
  if (!data.repository)
    throw gitHubError(
      {status: 404, message: 'Could not resolve to a Repository'},
      'Reading tags',
      `${owner}/${repo}`
    )
  const result = new Map<string, CommitInfo>()
  for (const [i, name] of names.entries()) {
    const target = data.repository[`t${i}`]?.target
    // Annotated tags are Tag objects: peel once to the commit.
    const peeled = target?.__typename === 'Tag' ? target.target : target
    if (!peeled || peeled.__typename !== 'Commit') continue
    const contexts = peeled.statusCheckRollup?.contexts
    const signals = contexts ? toSignals(contexts.nodes) : []
    if (contexts?.pageInfo.hasNextPage) {
      signals.push(
        ...(await remainingSignals(client, owner, repo, peeled.oid, contexts.pageInfo.endCursor))
      )
    }
    result.set(name, {sha: peeled.oid, signals})
  }
  return result
}

async function remainingSignals(
  client: GitHubClient,
  owner: string,
  repo: string,
  oid: string,
  cursor: string | null
): Promise<CheckSignal[]> {
  const query = `query MoreChecks($owner: String!, $name: String!, $oid: GitObjectID!, $after: String) {
  repository(owner: $owner, name: $name) { object(oid: $oid) { ... on Commit { statusCheckRollup { ${CONTEXTS} } } } }
}`
  const signals: CheckSignal[] = []
  let after = cursor
  while (after) {
    let data: {repository: {object: {statusCheckRollup: {contexts: Contexts} | null} | null}}
    try {
      data = await client.graphql(query, {owner, name: repo, oid, after})
    } catch (error) {
      throw gitHubError(error, `Reading more checks of ${oid}`, `${owner}/${repo}`)
    }
    const contexts = data.repository.object?.statusCheckRollup?.contexts
    if (!contexts) break
    signals.push(...toSignals(contexts.nodes))
    after = contexts.pageInfo.hasNextPage ? contexts.pageInfo.endCursor : null
  }
  return signals
}

function toSignals(nodes: readonly (ContextNode | null)[]): CheckSignal[] {
  return nodes.flatMap((node): CheckSignal[] => {
    if (!node) return []
    if (node.__typename === 'CheckRun') {
      return [
        {
          kind: 'check-run',
          name: node.name ?? '',
          status: node.status ?? '',
          conclusion: node.conclusion ?? null
        }
      ]
    }
    return [{kind: 'status', name: node.context ?? '', status: node.state ?? '', conclusion: null}]
  })
}
