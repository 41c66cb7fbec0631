import {gitHubError, type GitHubClient} from '../lib/github.js'
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
  const object = peelingSelection(rollup)
  const fields = names
    .map((_, i) => `t${i}: ref(qualifiedName: $q${i}) { target { ${object} } }`)
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
    const peeled = await peel(client, owner, repo, data.repository[`t${i}`]?.target, rollup)
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

// Annotated tags are Tag objects whose target may be another tag (git peels any depth): one
// query reads PEEL_DEPTH levels, and a deeper chain continues by object id.
const PEEL_DEPTH = 4
const MAX_DEPTH = 32

function peelingSelection(rollup: string, depth = PEEL_DEPTH): string {
  // A commit selection may not be empty: ask for oid again when checks are not wanted.
  const commit = `__typename oid ... on Commit { ${rollup || 'oid'} }`
  return depth === 0
    ? commit
    : `${commit} ... on Tag { target { ${peelingSelection(rollup, depth - 1)} } }`
}

async function peel(
  client: GitHubClient,
  owner: string,
  repo: string,
  start: CommitNode | undefined,
  rollup: string
): Promise<CommitNode | undefined> {
  let node = start
  for (let level = 0; node?.__typename === 'Tag'; level++) {
    if (node.target) {
      node = node.target
      continue
    }
    if (level > MAX_DEPTH) return undefined
    // The query's nesting ended on a tag: continue from its object id.
    const query = `query PeelTag($owner: String!, $name: String!, $oid: GitObjectID!) {
  repository(owner: $owner, name: $name) { object(oid: $oid) { ${peelingSelection(rollup)} } }
}`
    let data: {repository: {object: CommitNode | null} | null}
    try {
      data = await client.graphql(query, {owner, name: repo, oid: node.oid})
    } catch (error) {
      throw gitHubError(error, `Peeling tag object ${node.oid}`, `${owner}/${repo}`)
    }
    const next = data.repository?.object ?? undefined
    if (!next || next.oid === node.oid) return undefined
    node = next
  }
  return node
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
