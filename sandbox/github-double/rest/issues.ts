// Issues (the incident record) and comments on issues and pull requests (sticky comments).
import {
  bodyOf,
  json,
  notFound,
  pagedJson,
  repoUrl,
  type RouteContext,
  type Routes
} from '../http.js'
import {idFor, nodeId, user} from '../shapes.js'
import {timestamp, type CommentState, type IssueState, type PullState} from '../state.js'
import {labelJson} from './pulls.js'

const ISSUE_WRITE = ['issues:write', 'pull_requests:write'] as const

/** An issue, or a pull request seen as the issue it also is. */
type Thread = {issue: IssueState; pull?: undefined} | {issue?: undefined; pull: PullState}

function findThread(ctx: RouteContext, number: number): Thread {
  const issue = ctx.state.issues.find(i => i.number === number)
  if (issue) return {issue}
  const pull = ctx.state.pulls.find(p => p.number === number)
  if (pull) return {pull}
  throw notFound()
}

function threadJson(ctx: RouteContext, thread: Thread): Record<string, unknown> {
  const api = repoUrl(ctx)
  const record = thread.issue ?? thread.pull
  const number = record.number
  const html = `https://github.com/${ctx.state.repo.owner}/${ctx.state.repo.name}/${thread.pull ? 'pull' : 'issues'}/${number}`
  return {
    id: idFor(`issue:${number}`),
    node_id: nodeId(thread.pull ? 'PR' : 'I', `${ctx.state.repo.id}:${number}`),
    url: `${api}/issues/${number}`,
    repository_url: api,
    labels_url: `${api}/issues/${number}/labels{/name}`,
    comments_url: `${api}/issues/${number}/comments`,
    events_url: `${api}/issues/${number}/events`,
    html_url: html,
    number,
    state: record.state,
    state_reason: thread.issue?.state_reason ?? null,
    title: record.title,
    body: record.body,
    user: user(ctx, record.user),
    labels: record.labels.map(name => labelJson(ctx, name)),
    assignee: thread.issue?.assignees[0] ? user(ctx, thread.issue.assignees[0]) : null,
    assignees: (thread.issue?.assignees ?? []).map(login => user(ctx, login)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: ctx.state.comments.filter(c => c.issue_number === number).length,
    ...(thread.pull
      ? {
          pull_request: {
            url: `${api}/pulls/${number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: thread.pull.merged_at
          }
        }
      : {}),
    closed_at: record.closed_at,
    created_at: record.created_at,
    updated_at: record.updated_at,
    closed_by: null,
    author_association: 'MEMBER'
  }
}

function commentJson(ctx: RouteContext, c: CommentState): Record<string, unknown> {
  const api = repoUrl(ctx)
  const isPull = ctx.state.pulls.some(p => p.number === c.issue_number)
  const html = `https://github.com/${ctx.state.repo.owner}/${ctx.state.repo.name}/${isPull ? 'pull' : 'issues'}/${c.issue_number}`
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${html}#issuecomment-${c.id}`,
    body: c.body,
    user: user(ctx, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${api}/issues/${c.issue_number}`,
    author_association: 'MEMBER'
  }
}

function findComment(ctx: RouteContext): CommentState {
  const comment = ctx.state.comments.find(c => c.id === Number(ctx.params.comment_id))
  if (!comment) throw notFound()
  return comment
}

export const issueRoutes: Routes = {
  'issues/create': {
    needs: 'issues:write',
    handle(ctx) {
      const body = bodyOf(ctx)
      const issue = ctx.seed.issue({
        title: String(body.title),
        body: (body.body as string | undefined) ?? null,
        labels: ((body.labels as (string | {name?: string})[] | undefined) ?? []).map(l =>
          typeof l === 'string' ? l : (l.name ?? '')
        ),
        assignees: (body.assignees as string[] | undefined) ?? [],
        user: ctx.actor.login
      })
      return json(201, threadJson(ctx, {issue}))
    }
  },

  // Open issues with a label: how freeze-merges finds its freeze issue.
  'issues/list-for-repo': {
    needs: ['issues:read', 'pull_requests:read'],
    handle(ctx) {
      const q = ctx.query
      const state = q.get('state') ?? 'open'
      const labels = (q.get('labels') ?? '')
        .split(',')
        .map(l => l.trim())
        .filter(Boolean)
      const key = q.get('sort') === 'updated' ? 'updated_at' : 'created_at'
      const threads: Thread[] = [
        ...ctx.state.issues.map(issue => ({issue})),
        ...ctx.state.pulls.map(pull => ({pull}))
      ]
      const list = threads
        .filter(t => {
          const record = t.issue ?? t.pull
          return (
            (state === 'all' || record.state === state) &&
            labels.every(label => record.labels.includes(label))
          )
        })
        .sort((a, b) => {
          const x = a.issue ?? a.pull
          const y = b.issue ?? b.pull
          const order = x[key].localeCompare(y[key]) || x.number - y.number
          return q.get('direction') === 'asc' ? order : -order
        })
      return pagedJson(
        ctx,
        list.map(t => threadJson(ctx, t))
      )
    }
  },

  'issues/get': {
    needs: ['issues:read', 'pull_requests:read'],
    handle: ctx => json(200, threadJson(ctx, findThread(ctx, Number(ctx.params.issue_number))))
  },

  'issues/update': {
    needs: [...ISSUE_WRITE],
    handle(ctx) {
      const thread = findThread(ctx, Number(ctx.params.issue_number))
      const record = thread.issue ?? thread.pull
      const body = bodyOf(ctx)
      if (typeof body.title === 'string') record.title = body.title
      if (body.body !== undefined) record.body = body.body as string | null
      if (Array.isArray(body.labels)) {
        record.labels = (body.labels as (string | {name?: string})[]).map(l =>
          typeof l === 'string' ? l : (l.name ?? '')
        )
      }
      if (body.state === 'open' || body.state === 'closed') {
        record.closed_at = body.state === 'closed' ? timestamp() : null
        record.state = body.state
        if (thread.issue) {
          thread.issue.state_reason =
            (body.state_reason as IssueState['state_reason'] | undefined) ??
            (body.state === 'closed' ? 'completed' : 'reopened')
        }
      }
      if (thread.issue && Array.isArray(body.assignees)) {
        thread.issue.assignees = body.assignees as string[]
      }
      record.updated_at = timestamp()
      return json(200, threadJson(ctx, thread))
    }
  },

  'issues/list-comments': {
    needs: ['issues:read', 'pull_requests:read'],
    handle(ctx) {
      const number = Number(ctx.params.issue_number)
      findThread(ctx, number)
      const since = ctx.query.get('since')
      const comments = ctx.state.comments
        .filter(c => c.issue_number === number && (!since || c.updated_at >= since))
        .sort((a, b) => a.id - b.id)
      return pagedJson(
        ctx,
        comments.map(c => commentJson(ctx, c))
      )
    }
  },

  'issues/create-comment': {
    needs: [...ISSUE_WRITE],
    handle(ctx) {
      const number = Number(ctx.params.issue_number)
      findThread(ctx, number)
      const comment = ctx.seed.comment({
        issue_number: number,
        body: String(bodyOf(ctx).body),
        user: ctx.actor.login
      })
      return json(201, commentJson(ctx, comment))
    }
  },

  'issues/get-comment': {
    needs: ['issues:read', 'pull_requests:read'],
    handle: ctx => json(200, commentJson(ctx, findComment(ctx)))
  },

  'issues/update-comment': {
    needs: [...ISSUE_WRITE],
    handle(ctx) {
      const comment = findComment(ctx)
      comment.body = String(bodyOf(ctx).body)
      comment.updated_at = timestamp()
      return json(200, commentJson(ctx, comment))
    }
  }
}
