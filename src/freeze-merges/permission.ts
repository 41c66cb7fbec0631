// Permission failures, turned into the missing permission and the fix. GitHub answers a token
// without the permission with 403 "Resource not accessible by integration" (Apps and the
// workflow token) or a bare 404 (user tokens without admin rights).
import {UserError} from '../lib/errors.js'
import {gitHubError} from '../lib/github-errors.js'

/** What each kind of write needs, in workflow `permissions:` terms and App terms. */
export const NEEDS = {
  issues: {workflow: 'issues: write', app: 'Issues: Read and write'},
  statuses: {workflow: 'statuses: write', app: 'Commit statuses: Read and write'},
  'auto-merge': {
    workflow: 'pull-requests: write and contents: write',
    app: 'Pull requests: Read and write, Contents: Read and write'
  },
  actions: {workflow: 'actions: write', app: 'Actions: Read and write'},
  administration: {workflow: '', app: 'Administration: Read and write'},
  members: {workflow: '', app: 'Members: Read-only (organization permission)'}
} as const

export type Need = keyof typeof NEEDS

const APP_TOKEN =
  'a GitHub App token from actions/create-github-app-token (client-id + private-key secrets)'

/** A clear error for a failed request; permission problems name the permission and the fix. */
export function explain(error: unknown, doing: string, need: Need, repository: string): Error {
  const e = error as {status?: number; message?: string; errors?: {type?: string}[]}
  const forbidden =
    e.status === 403 && !/rate limit/i.test(e.message ?? '')
      ? true
      : Array.isArray(e.errors) && e.errors.some(x => x.type === 'FORBIDDEN')
  // A bare 404 on protection means "no admin rights"; GitHub's own 404 texts say what is missing.
  const adminNotFound =
    need === 'administration' &&
    e.status === 404 &&
    !/Branch not (protected|found)/.test(e.message ?? '')
  if (!forbidden && !adminNotFound) return gitHubError(error, doing, repository)
  const said = (e.message ?? '').split(' - ')[0]
  const {workflow, app} = NEEDS[need]
  if (need === 'administration') {
    return new UserError(
      `${doing}: the token may not change repository administration (${e.status}: ${said}). The workflow token (GITHUB_TOKEN) can never edit branch protection or rulesets, whatever 'permissions:' say. Pass 'admin-token': ${APP_TOKEN} with the App permission ${app}, or a fine-grained token of a repository admin with Administration: Read and write. Or use method: status-check, which works with the workflow token.`
    )
  }
  if (need === 'members') {
    return new UserError(
      `${doing}: the token may not read team membership (${e.status ?? 'GraphQL'}: ${said}). The workflow token (GITHUB_TOKEN) never can. Pass 'admin-token': ${APP_TOKEN} with the organization permission ${app}; or list logins instead of teams in 'bypass'.`
    )
  }
  return new UserError(
    `${doing}: the token lacks a permission (${e.status ?? 'GraphQL'}: ${said}). Give the job 'permissions: ${workflow}' (a workflow token from a fork pull request is read-only: run the guard on pull_request_target), or pass ${APP_TOKEN} with ${app}.`
  )
}
