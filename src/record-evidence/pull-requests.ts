// The pull requests a rollback reverted, and the notices their authors get. The range's commits
// come from one paged compare; their pull requests from GraphQL, 50 commits a query, instead of
// one REST call per commit.
import {UserError} from '../lib/errors.js'
import {gitHubError, type GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'

export interface MergedPull {
  number: number
  title: string
  url: string
  author?: string
  mergedAt: string
}

export interface RangePulls {
  pulls: MergedPull[]
  commits: number
  /** Pull requests left out because of the bound (pr-limit). */
  omitted: number
  /** Commits not read because the range is longer than the compare bound. */
  commitsNotRead: number
}

const PER_PAGE = 100
/** 5,000 commits: far beyond a release range; a longer one is reported, not read on. */
const MAX_PAGES = 50
const BATCH = 50

/** Every commit of `from...to`, oldest first, read 100 a page up to the bound. */
async function rangeCommits(
  client: GitHubClient,
  repository: Repository,
  from: string,
  to: string
): Promise<{shas: string[]; total: number}> {
  const repo = `${repository.owner}/${repository.repo}`
  const shas: string[] = []
  let total = 0
  for (let page = 1; page <= MAX_PAGES; page++) {
    let data: {total_commits: number; commits: {sha: string}[]}
    try {
      ;({data} = await client.rest.repos.compareCommitsWithBasehead({
        ...repository,
        basehead: `${from}...${to}`,
        per_page: PER_PAGE,
        page
      }))
    } catch (error) {
      if ((error as {status?: number}).status === 404)
        throw new UserError(
          `Comparing range-from '${from}' with range-to '${to}' in ${repo}: GitHub found no such commits (404). Pass tags or shas that exist in ${repo}, e.g. the known-good and the bad release tags.`
        )
      throw gitHubError(error, `Comparing ${from}...${to} in ${repo}`, repo)
    }
    total = data.total_commits
    shas.push(...data.commits.map(c => c.sha))
    if (data.commits.length < PER_PAGE || shas.length >= total) break
  }
  return {shas, total}
}

interface PullNode {
  number: number
  title: string
  url: string
  mergedAt: string | null
  author: {login: string} | null
  mergeCommit: {oid: string} | null
}

type BatchAnswer = {
  repository: Record<string, {associatedPullRequests?: {nodes: (PullNode | null)[]}} | null>
}

/** The merged pull requests whose merge commit lies in the range, oldest merge first. */
export async function pullsInRange(
  client: GitHubClient,
  repository: Repository,
  from: string,
  to: string,
  limit: number
): Promise<RangePulls> {
  const {shas, total} = await rangeCommits(client, repository, from, to)
  const inRange = new Set(shas)
  const found = new Map<number, MergedPull>()
  for (let at = 0; at < shas.length; at += BATCH) {
    const batch = shas.slice(at, at + BATCH)
    const vars = batch.map((_, i) => `$c${i}: GitObjectID!`).join(', ')
    const fields = batch
      .map(
        (_, i) =>
          `c${i}: object(oid: $c${i}) { ... on Commit { associatedPullRequests(first: 5) { nodes { number title url mergedAt author { login } mergeCommit { oid } } } } }`
      )
      .join('\n')
    const query = `query($owner: String!, $name: String!, ${vars}) { repository(owner: $owner, name: $name) { ${fields} } }`
    const variables: Record<string, string> = {owner: repository.owner, name: repository.repo}
    batch.forEach((sha, i) => (variables[`c${i}`] = sha))
    let answer: BatchAnswer
    try {
      answer = await client.graphql<BatchAnswer>(query, variables)
    } catch (error) {
      throw gitHubError(
        error,
        `Finding the pull requests of ${from}...${to}`,
        `${repository.owner}/${repository.repo}`
      )
    }
    for (const commit of Object.values(answer.repository ?? {})) {
      for (const pr of commit?.associatedPullRequests?.nodes ?? []) {
        if (!pr?.mergedAt || !pr.mergeCommit || !inRange.has(pr.mergeCommit.oid)) continue
        found.set(pr.number, {
          number: pr.number,
          title: pr.title,
          url: pr.url,
          author: pr.author?.login,
          mergedAt: pr.mergedAt
        })
      }
    }
  }
  const pulls = [...found.values()].sort(
    (a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number
  )
  return {
    pulls: pulls.slice(0, limit),
    commits: shas.length,
    omitted: Math.max(0, pulls.length - limit),
    commitsNotRead: Math.max(0, total - shas.length)
  }
}

export interface NoticeResult {
  number: number
  /** The sticky comment's url (new or edited), or undefined when the write failed. */
  url?: string
  sticky: 'created' | 'updated' | 'unchanged' | 'failed'
  outcome?: 'created' | 'exists'
  error?: string
}

/** Comments read per pull request before giving up on finding the sticky one (20 pages). */
const MAX_COMMENT_PAGES = 20

/**
 * One sticky notice per pull request, edited in place; plus one new comment for the outcome
 * (edits notify nobody). A failure on one pull request is reported and the rest go on.
 */
export async function notifyPulls(
  client: GitHubClient,
  repository: Repository,
  pulls: readonly MergedPull[],
  notice: {
    stickyMarker: string
    sticky: string
    outcome?: {marker: string; body: string}
  }
): Promise<NoticeResult[]> {
  const results: NoticeResult[] = []
  for (const pull of pulls) {
    try {
      results.push(await notifyPull(client, repository, pull.number, notice))
    } catch (error) {
      const e = gitHubError(error, `Commenting on pull request #${pull.number}`)
      results.push({number: pull.number, sticky: 'failed', error: e.message})
    }
  }
  return results
}

async function notifyPull(
  client: GitHubClient,
  repository: Repository,
  number: number,
  notice: Parameters<typeof notifyPulls>[3]
): Promise<NoticeResult> {
  let sticky: {id: number; body?: string; html_url: string} | undefined
  let outcomeExists = false
  let pages = 0
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    ...repository,
    issue_number: number,
    per_page: 100
  })) {
    for (const comment of page.data) {
      if (!sticky && comment.body?.includes(notice.stickyMarker)) sticky = comment
      if (notice.outcome && comment.body?.includes(notice.outcome.marker)) outcomeExists = true
    }
    if (++pages >= MAX_COMMENT_PAGES) break
  }
  let result: NoticeResult
  if (!sticky) {
    const {data} = await client.rest.issues.createComment({
      ...repository,
      issue_number: number,
      body: notice.sticky
    })
    result = {number, url: data.html_url, sticky: 'created'}
  } else if (sticky.body !== notice.sticky) {
    const {data} = await client.rest.issues.updateComment({
      ...repository,
      comment_id: sticky.id,
      body: notice.sticky
    })
    result = {number, url: data.html_url, sticky: 'updated'}
  } else result = {number, url: sticky.html_url, sticky: 'unchanged'}
  if (notice.outcome) {
    if (!outcomeExists)
      await client.rest.issues.createComment({
        ...repository,
        issue_number: number,
        body: notice.outcome.body
      })
    result.outcome = outcomeExists ? 'exists' : 'created'
  }
  return result
}
