// Pull requests: the open ones a freeze blocks (with their auto-merge), and the ones a commit
// belongs to (for comments on what a rollback reverted).
import {json, notFound, pagedJson, repoUrl, type RouteContext, type Routes} from '../http.js'
import {idFor, nodeId, repository, user} from '../shapes.js'
import type {PullState} from '../state.js'
import {defaultBranch} from './git-data.js'

export function labelJson(ctx: RouteContext, name: string): Record<string, unknown> {
  return {
    id: idFor(`label:${name}`),
    node_id: nodeId('LA', name),
    url: `${repoUrl(ctx)}/labels/${encodeURIComponent(name)}`,
    name,
    description: '',
    color: 'ededed',
    default: false
  }
}

/** The pull request node id; the GraphQL mutations take it as `pullRequestId`. */
export const pullNodeId = (ctx: {state: RouteContext['state']}, number: number): string =>
  nodeId('PR', `${ctx.state.repo.id}:${number}`)

async function pullJson(ctx: RouteContext, pr: PullState): Promise<Record<string, unknown>> {
  const api = repoUrl(ctx)
  const html = `https://github.com/${ctx.state.repo.owner}/${ctx.state.repo.name}/pull/${pr.number}`
  const repo = repository(ctx, await defaultBranch(ctx))
  const snapshot = await ctx.git.snapshot()
  const baseSha = snapshot.byRef.get(`refs/heads/${pr.base}`)?.commit ?? pr.head.sha
  const side = (ref: string, sha: string) => ({
    label: `${ctx.state.repo.owner}:${ref}`,
    ref,
    sha,
    user: user(ctx, ctx.state.repo.owner),
    repo
  })
  const link = (href: string) => ({href})
  return {
    url: `${api}/pulls/${pr.number}`,
    id: idFor(`pull:${pr.number}`),
    node_id: pullNodeId(ctx, pr.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.head.sha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: user(ctx, pr.user),
    body: pr.body,
    labels: pr.labels.map(name => labelJson(ctx, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.created_at,
    updated_at: pr.updated_at,
    closed_at: pr.closed_at,
    merged_at: pr.merged_at,
    merge_commit_sha: pr.merge_commit_sha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pr.head.ref, pr.head.sha),
    base: side(pr.base, baseSha),
    _links: {
      self: link(`${api}/pulls/${pr.number}`),
      html: link(html),
      issue: link(`${api}/issues/${pr.number}`),
      comments: link(`${api}/issues/${pr.number}/comments`),
      review_comments: link(`${api}/pulls/${pr.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${pr.number}/commits`),
      statuses: link(`${api}/statuses/${pr.head.sha}`)
    },
    author_association: 'MEMBER',
    auto_merge: pr.auto_merge
      ? {
          enabled_by: user(ctx, pr.auto_merge.enabled_by),
          merge_method: pr.auto_merge.merge_method,
          commit_title: pr.auto_merge.commit_title,
          commit_message: pr.auto_merge.commit_message
        }
      : null,
    draft: pr.draft,
    merged: pr.merged_at !== null,
    mergeable: pr.mergeable_state === 'dirty' ? false : true,
    rebaseable: true,
    mergeable_state: pr.mergeable_state,
    merged_by: null,
    comments: ctx.state.comments.filter(c => c.issue_number === pr.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0
  }
}

export const pullRoutes: Routes = {
  'pulls/list': {
    needs: 'pull_requests:read',
    async handle(ctx) {
      const q = ctx.query
      const state = q.get('state') ?? 'open'
      const direction = q.get('direction') ?? 'desc'
      const sortKey = q.get('sort') === 'updated' ? 'updated_at' : 'created_at'
      const list = ctx.state.pulls
        .filter(
          pr =>
            (state === 'all' || pr.state === state) &&
            (!q.has('base') || pr.base === q.get('base')) &&
            (!q.has('head') || `${ctx.state.repo.owner}:${pr.head.ref}` === q.get('head'))
        )
        .sort((a, b) => {
          const order = a[sortKey].localeCompare(b[sortKey]) || a.number - b.number
          return direction === 'asc' ? order : -order
        })
      return pagedJson(ctx, await Promise.all(list.map(pr => pullJson(ctx, pr))))
    }
  },

  'pulls/get': {
    needs: 'pull_requests:read',
    async handle(ctx) {
      const pr = ctx.state.pulls.find(p => p.number === Number(ctx.params.pull_number))
      if (!pr) throw notFound()
      return json(200, await pullJson(ctx, pr))
    }
  },

  'repos/list-pull-requests-associated-with-commit': {
    needs: 'pull_requests:read',
    async handle(ctx) {
      const sha = ctx.params.commit_sha ?? ''
      const list = ctx.state.pulls.filter(
        pr => pr.head.sha.startsWith(sha) || (pr.merge_commit_sha ?? '').startsWith(sha)
      )
      return pagedJson(ctx, await Promise.all(list.map(pr => pullJson(ctx, pr))))
    }
  }
}
