// Open pull requests into the frozen branches, with what the freeze needs of each in ONE
// GraphQL query per 100: head commit, the current state of the freeze check on it, labels,
// author and auto-merge.
import {gitHubError} from '../lib/github-errors.js'
import type {GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'
import type {MergeMethod} from './record.js'

export type CheckState = 'SUCCESS' | 'FAILURE' | 'ERROR' | 'PENDING' | 'EXPECTED'

export interface OpenPull {
  id: string
  number: number
  base: string
  headSha: string
  fork: boolean
  author: string
  labels: string[]
  autoMerge: {method: MergeMethod; title?: string; body?: string} | null
  /** The state of the freeze check on the head commit; null when never reported. */
  check: CheckState | null
}

interface PullNode {
  id: string
  number: number
  baseRefName: string
  headRefOid: string
  isCrossRepository: boolean
  author: {login: string} | null
  labels: {nodes: {name: string}[]} | null
  autoMergeRequest: {
    mergeMethod: MergeMethod
    commitHeadline: string | null
    commitBody: string | null
  } | null
  commits: {nodes: {commit: {oid: string; status: {context: {state: CheckState} | null} | null}}[]}
}

const PULL_FIELDS = `id number baseRefName headRefOid isCrossRepository
  author { login }
  labels(first: 100) { nodes { name } }
  autoMergeRequest { mergeMethod commitHeadline commitBody }
  commits(last: 1) { nodes { commit { oid status { context(name: $check) { state } } } } }`

const LIST = `query FreezePulls($owner: String!, $name: String!, $base: String!, $check: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: OPEN, baseRefName: $base, first: 100, after: $after, orderBy: {field: CREATED_AT, direction: ASC}) {
      pageInfo { hasNextPage endCursor }
      nodes { ${PULL_FIELDS} }
    }
  }
}`

const ONE = `query FreezePull($owner: String!, $name: String!, $number: Int!, $check: String!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      ${PULL_FIELDS}
      state
      latestOpinionatedReviews(first: 100, writersOnly: true) { nodes { state author { login } } }
    }
  }
}`

function toPull(node: PullNode): OpenPull {
  const head = node.commits.nodes[0]?.commit
  const auto = node.autoMergeRequest
  return {
    id: node.id,
    number: node.number,
    base: node.baseRefName,
    headSha: head?.oid ?? node.headRefOid,
    fork: node.isCrossRepository,
    author: node.author?.login ?? 'ghost',
    labels: (node.labels?.nodes ?? []).map(l => l.name),
    autoMerge: auto
      ? {
          method: auto.mergeMethod,
          ...(auto.commitHeadline ? {title: auto.commitHeadline} : {}),
          ...(auto.commitBody ? {body: auto.commitBody} : {})
        }
      : null,
    check: head?.status?.context?.state ?? null
  }
}

/** Every open pull request into `branch`, oldest first. */
export async function listOpenPulls(
  client: GitHubClient,
  {owner, repo}: Repository,
  branch: string,
  check: string
): Promise<OpenPull[]> {
  const pulls: OpenPull[] = []
  let after: string | null = null
  for (;;) {
    let data: {
      repository: {
        pullRequests: {
          pageInfo: {hasNextPage: boolean; endCursor: string | null}
          nodes: PullNode[]
        }
      } | null
    }
    try {
      data = await client.graphql(LIST, {owner, name: repo, base: branch, check, after})
    } catch (error) {
      throw gitHubError(error, `Listing open pull requests into ${branch}`, `${owner}/${repo}`)
    }
    const page = data.repository?.pullRequests
    if (!page) break
    pulls.push(...page.nodes.map(toPull))
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break
    after = page.pageInfo.endCursor
  }
  return pulls
}

export interface PullDetail extends OpenPull {
  open: boolean
  /** Logins whose latest review approves. */
  approvedBy: string[]
}

/** One pull request with its approving reviewers (the guard's view); undefined if missing. */
export async function getPull(
  client: GitHubClient,
  {owner, repo}: Repository,
  number: number,
  check: string
): Promise<PullDetail | undefined> {
  let data: {
    repository: {
      pullRequest:
        | (PullNode & {
            state: string
            latestOpinionatedReviews: {nodes: {state: string; author: {login: string} | null}[]}
          })
        | null
    } | null
  }
  try {
    data = await client.graphql(ONE, {owner, name: repo, number, check})
  } catch (error) {
    throw gitHubError(error, `Reading pull request #${number}`, `${owner}/${repo}`)
  }
  const node = data.repository?.pullRequest
  if (!node) return undefined
  return {
    ...toPull(node),
    open: node.state === 'OPEN',
    approvedBy: node.latestOpinionatedReviews.nodes
      .filter(r => r.state === 'APPROVED' && r.author)
      .map(r => r.author?.login ?? '')
  }
}
