// The writes a status-check freeze makes: commit statuses, auto-merge off and on again,
// cancelled workflow runs. Each returns what happened; permission failures name the fix.
import type {GitHubClient} from '../lib/github.js'
import {gitHubError} from '../lib/github-errors.js'
import type {Repository} from '../lib/inputs.js'
import {explain} from './permission.js'
import type {AutoMergeChange} from './record.js'

export class FreezeWrites {
  private readonly name: string

  constructor(
    private readonly client: GitHubClient,
    private readonly repository: Repository
  ) {
    this.name = `${repository.owner}/${repository.repo}`
  }

  /** Sets the freeze check on a commit: failure blocks the merge, success lets it through. */
  async status(
    sha: string,
    context: string,
    state: 'success' | 'failure',
    description: string,
    targetUrl?: string
  ): Promise<void> {
    const {owner, repo} = this.repository
    try {
      await this.client.rest.repos.createCommitStatus({
        owner,
        repo,
        sha,
        state,
        context,
        // GitHub cuts descriptions at 140 characters.
        description: description.length > 140 ? `${description.slice(0, 139)}…` : description,
        ...(targetUrl ? {target_url: targetUrl} : {})
      })
    } catch (error) {
      throw explain(
        error,
        `Setting the '${context}' status on ${sha.slice(0, 12)}`,
        'statuses',
        this.name
      )
    }
  }

  async disableAutoMerge(change: AutoMergeChange): Promise<void> {
    const query = `mutation FreezeDisableAutoMerge($id: ID!) {
  disablePullRequestAutoMerge(input: {pullRequestId: $id}) { pullRequest { number } }
}`
    try {
      await this.client.graphql(query, {id: change.id})
    } catch (error) {
      throw explain(error, `Turning off auto-merge on #${change.number}`, 'auto-merge', this.name)
    }
  }

  /** Turns auto-merge back on with the method (and commit text) it had; a message if refused. */
  async enableAutoMerge(change: AutoMergeChange): Promise<string | undefined> {
    const query = `mutation FreezeEnableAutoMerge($id: ID!, $mergeMethod: PullRequestMergeMethod!, $title: String, $body: String) {
  enablePullRequestAutoMerge(input: {pullRequestId: $id, mergeMethod: $mergeMethod, commitHeadline: $title, commitBody: $body}) { pullRequest { number } }
}`
    try {
      await this.client.graphql(query, {
        id: change.id,
        mergeMethod: change.method,
        title: change.title ?? null,
        body: change.body ?? null
      })
      return undefined
    } catch (error) {
      const e = error as {errors?: {type?: string; message?: string}[]}
      if (e.errors?.some(x => x.type === 'FORBIDDEN'))
        throw explain(
          error,
          `Turning auto-merge back on for #${change.number}`,
          'auto-merge',
          this.name
        )
      if (Array.isArray(e.errors)) return e.errors.map(x => x.message).join('; ')
      throw gitHubError(error, `Turning auto-merge back on for #${change.number}`, this.name)
    }
  }

  /** Queued and running runs of the named workflow files, oldest first, except `exceptRun`. */
  async activeRuns(
    files: readonly string[],
    exceptRun: number | undefined
  ): Promise<{id: number; workflow: string; status: string}[]> {
    const {owner, repo} = this.repository
    const wanted = new Set(files.map(f => f.replace(/^\.github\/workflows\//, '')))
    const found: {id: number; workflow: string; status: string}[] = []
    for (const status of ['in_progress', 'queued', 'waiting', 'pending'] as const) {
      let runs: {id: number; path: string; status: string | null}[]
      try {
        runs = await this.client.paginate(this.client.rest.actions.listWorkflowRunsForRepo, {
          owner,
          repo,
          status,
          per_page: 100
        })
      } catch (error) {
        throw explain(error, `Listing ${status} workflow runs`, 'actions', this.name)
      }
      for (const run of runs) {
        // `path` is `.github/workflows/deploy.yml` (sometimes with `@ref`).
        const file = run.path.replace(/@.*$/, '').replace(/^\.github\/workflows\//, '')
        if (wanted.has(file) && run.id !== exceptRun && !found.some(f => f.id === run.id))
          found.push({id: run.id, workflow: file, status: run.status ?? status})
      }
    }
    return found.sort((a, b) => a.id - b.id)
  }

  /** Cancels a run; false when it finished meanwhile (GitHub answers 409). */
  async cancelRun(id: number): Promise<boolean> {
    const {owner, repo} = this.repository
    try {
      await this.client.rest.actions.cancelWorkflowRun({owner, repo, run_id: id})
      return true
    } catch (error) {
      if ((error as {status?: number}).status === 409) return false
      throw explain(error, `Cancelling workflow run ${id}`, 'actions', this.name)
    }
  }

  /** Heads of the merge queue's groups for a branch (`gh-readonly-queue/<branch>/...`). */
  async queueHeads(branch: string): Promise<string[]> {
    const {owner, repo} = this.repository
    try {
      const {data} = await this.client.rest.git.listMatchingRefs({
        owner,
        repo,
        ref: `heads/gh-readonly-queue/${branch}/`
      })
      return data.map(ref => ref.object.sha)
    } catch (error) {
      if ((error as {status?: number}).status === 409) return []
      throw gitHubError(error, `Listing merge-queue groups of ${branch}`, this.name)
    }
  }

  async defaultBranch(): Promise<string> {
    const {owner, repo} = this.repository
    try {
      const {data} = await this.client.rest.repos.get({owner, repo})
      return data.default_branch
    } catch (error) {
      throw gitHubError(error, `Reading ${this.name}`, this.name)
    }
  }
}
