import {gitHubError} from '../lib/github-errors.js'
import type {GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'
import type {DeploymentRecord} from './deployments.js'

interface DeploymentNode {
  createdAt: string
  commitOid: string
  ref: {name: string} | null
  statuses: {nodes: ({state: string; createdAt: string} | null)[]} | null
}

interface Page {
  repository: {
    deployments: {
      pageInfo: {hasNextPage: boolean; endCursor: string | null}
      nodes: (DeploymentNode | null)[]
    }
  } | null
}

const QUERY = `query Deployments($owner: String!, $name: String!, $env: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    deployments(environments: [$env], first: 100, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes { createdAt commitOid ref { name } statuses(first: 100) { nodes { state createdAt } } }
    }
  }
}`

/**
 * The deployments to one environment, read a page of 100 at a time and only as far back as a
 * question needs: most candidates were deployed recently and are found on the first page.
 */
export class DeploymentFeed {
  private readonly loaded: DeploymentRecord[] = []
  private cursor: string | null = null
  private done = false

  constructor(
    private readonly client: GitHubClient,
    private readonly repository: Repository,
    readonly environment: string,
    private readonly maxPages = 20
  ) {}

  private pages = 0
  /** True when the page cap, not the end of the list, stopped the reading. */
  truncated = false

  /** Loads pages until `found` is satisfied or there are no more; returns what is loaded. */
  async until(
    found: (loaded: readonly DeploymentRecord[]) => boolean
  ): Promise<readonly DeploymentRecord[]> {
    while (!this.done && !found(this.loaded)) await this.nextPage()
    return this.loaded
  }

  private async nextPage(): Promise<void> {
    if (this.pages >= this.maxPages) {
      this.done = true
      this.truncated = true
      return
    }
    const {owner, repo} = this.repository
    let page: Page
    try {
      page = await this.client.graphql(QUERY, {
        owner,
        name: repo,
        env: this.environment,
        after: this.cursor
      })
    } catch (error) {
      throw gitHubError(error, `Reading deployments to '${this.environment}'`, `${owner}/${repo}`)
    }
    this.pages++
    const connection = page.repository?.deployments
    for (const node of connection?.nodes ?? []) {
      if (!node) continue
      this.loaded.push({
        sha: node.commitOid,
        ref: node.ref?.name,
        createdAt: new Date(node.createdAt),
        statuses: (node.statuses?.nodes ?? []).flatMap(s =>
          s ? [{state: s.state, createdAt: new Date(s.createdAt)}] : []
        )
      })
    }
    this.cursor = connection?.pageInfo.endCursor ?? null
    this.done = !connection?.pageInfo.hasNextPage
  }
}
