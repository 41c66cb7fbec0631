// Branches and classic branch protection. Protection is stored in the PUT body's shape and
// rendered into GET's different shape (objects with `enabled`, full users/teams/apps, absent
// sections for features that are off), the asymmetry a faithful restore has to handle.
import {
  bodyOf,
  HttpError,
  json,
  noContent,
  repoUrl,
  type RouteContext,
  type Routes
} from '../http.js'
import {app, team, user} from '../shapes.js'
import type {ProtectionState} from '../state.js'
import {commitJson} from './git-data.js'

async function branchHead(ctx: RouteContext): Promise<{name: string; sha: string}> {
  const name = ctx.params.branch ?? ''
  const entry = (await ctx.git.snapshot()).byRef.get(`refs/heads/${name}`)
  if (!entry?.commit) throw new HttpError(404, 'Branch not found')
  return {name, sha: entry.commit}
}

async function protectionOf(ctx: RouteContext): Promise<{name: string; p: ProtectionState}> {
  const {name} = await branchHead(ctx)
  const p = ctx.state.protection[name]
  if (!p) throw new HttpError(404, 'Branch not protected')
  return {name, p}
}

function protectionUrl(ctx: RouteContext, branch: string): string {
  return `${repoUrl(ctx)}/branches/${encodeURIComponent(branch)}/protection`
}

function actors(
  ctx: RouteContext,
  url: string,
  lists: {users: string[]; teams: string[]; apps: string[]}
) {
  return {
    url,
    users_url: `${url}/users`,
    teams_url: `${url}/teams`,
    apps_url: `${url}/apps`,
    users: lists.users.map(login => user(ctx, login)),
    teams: lists.teams.map(slug => team(ctx, slug)),
    apps: lists.apps.map(slug => app(ctx, slug))
  }
}

/** The GET (and PUT response) shape of a protection. */
export function renderProtection(ctx: RouteContext, branch: string, p: ProtectionState) {
  const url = protectionUrl(ctx, branch)
  const flag = (enabled: boolean) => ({enabled})
  const out: Record<string, unknown> = {url}
  if (p.required_status_checks) {
    const checks = p.required_status_checks.checks
    out.required_status_checks = {
      url: `${url}/required_status_checks`,
      strict: p.required_status_checks.strict,
      contexts: checks.map(c => c.context),
      contexts_url: `${url}/required_status_checks/contexts`,
      checks: checks.map(c => ({context: c.context, app_id: c.app_id})),
      enforcement_level: p.enforce_admins ? 'everyone' : 'non_admins'
    }
  }
  if (p.required_pull_request_reviews) {
    const r = p.required_pull_request_reviews
    const reviewsUrl = `${url}/required_pull_request_reviews`
    out.required_pull_request_reviews = {
      url: reviewsUrl,
      ...(r.dismissal_restrictions
        ? {
            dismissal_restrictions: actors(
              ctx,
              `${reviewsUrl}/dismissal_restrictions`,
              r.dismissal_restrictions
            )
          }
        : {}),
      ...(r.bypass_pull_request_allowances
        ? {
            bypass_pull_request_allowances: {
              users: r.bypass_pull_request_allowances.users.map(login => user(ctx, login)),
              teams: r.bypass_pull_request_allowances.teams.map(slug => team(ctx, slug)),
              apps: r.bypass_pull_request_allowances.apps.map(slug => app(ctx, slug))
            }
          }
        : {}),
      dismiss_stale_reviews: r.dismiss_stale_reviews,
      require_code_owner_reviews: r.require_code_owner_reviews,
      required_approving_review_count: r.required_approving_review_count,
      require_last_push_approval: r.require_last_push_approval
    }
  }
  if (p.restrictions) out.restrictions = actors(ctx, `${url}/restrictions`, p.restrictions)
  return {
    ...out,
    required_signatures: {url: `${url}/required_signatures`, enabled: p.required_signatures},
    enforce_admins: {url: `${url}/enforce_admins`, enabled: p.enforce_admins},
    required_linear_history: flag(p.required_linear_history),
    allow_force_pushes: flag(p.allow_force_pushes),
    allow_deletions: flag(p.allow_deletions),
    block_creations: flag(p.block_creations),
    required_conversation_resolution: flag(p.required_conversation_resolution),
    lock_branch: flag(p.lock_branch),
    allow_fork_syncing: flag(p.allow_fork_syncing)
  }
}

type Lists = {users?: string[]; teams?: string[]; apps?: string[]}
const lists = (l: Lists) => ({users: l.users ?? [], teams: l.teams ?? [], apps: l.apps ?? []})

/** PUT body → stored protection, with the rules GitHub enforces beyond the description. */
function fromPutBody(ctx: RouteContext, previous: ProtectionState | undefined): ProtectionState {
  const body = bodyOf(ctx)
  const org = ctx.state.repo.ownerType === 'Organization'
  const checksIn = body.required_status_checks as {
    strict: boolean
    contexts?: string[]
    checks?: {context: string; app_id?: number}[]
  } | null
  if (checksIn && (checksIn.contexts === undefined) === (checksIn.checks === undefined)) {
    throw ctx.reject(
      checksIn.contexts === undefined
        ? 'Invalid request.\n\nNo subschema in "anyOf" matched.'
        : 'Invalid request.\n\nMore than one subschema in "oneOf" matched.'
    )
  }
  const reviews = body.required_pull_request_reviews as
    | (Record<string, unknown> & {
        dismissal_restrictions?: Lists
        bypass_pull_request_allowances?: Lists
      })
    | null
  const restrictions = body.restrictions as Lists | null
  if (!org && (restrictions || reviews?.dismissal_restrictions)) {
    throw ctx.reject('Only organization repositories can have users and team restrictions')
  }
  const flag = (name: string): boolean => body[name] === true
  return {
    required_status_checks: checksIn
      ? {
          strict: checksIn.strict,
          // `app_id: -1` means "any source", which GET shows as null.
          checks:
            checksIn.checks?.map(c => ({
              context: c.context,
              app_id: c.app_id === undefined || c.app_id === -1 ? null : c.app_id
            })) ?? (checksIn.contexts ?? []).map(context => ({context, app_id: null}))
        }
      : null,
    enforce_admins: body.enforce_admins === true,
    required_pull_request_reviews: reviews
      ? {
          dismiss_stale_reviews: reviews.dismiss_stale_reviews === true,
          require_code_owner_reviews: reviews.require_code_owner_reviews === true,
          required_approving_review_count: Number(reviews.required_approving_review_count ?? 0),
          require_last_push_approval: reviews.require_last_push_approval === true,
          ...(reviews.dismissal_restrictions
            ? {dismissal_restrictions: lists(reviews.dismissal_restrictions)}
            : {}),
          ...(reviews.bypass_pull_request_allowances
            ? {bypass_pull_request_allowances: lists(reviews.bypass_pull_request_allowances)}
            : {})
        }
      : null,
    restrictions: restrictions ? lists(restrictions) : null,
    required_linear_history: flag('required_linear_history'),
    allow_force_pushes: flag('allow_force_pushes'),
    allow_deletions: flag('allow_deletions'),
    block_creations: flag('block_creations'),
    required_conversation_resolution: flag('required_conversation_resolution'),
    lock_branch: flag('lock_branch'),
    allow_fork_syncing: flag('allow_fork_syncing'),
    required_signatures: previous?.required_signatures ?? false
  }
}

function signatures(ctx: RouteContext, branch: string, enabled: boolean) {
  return {url: `${protectionUrl(ctx, branch)}/required_signatures`, enabled}
}

export const branchRoutes: Routes = {
  'repos/get-branch': {
    needs: 'contents:read',
    async handle(ctx) {
      const {name, sha} = await branchHead(ctx)
      const p = ctx.state.protection[name]
      const checks = p?.required_status_checks?.checks ?? []
      return json(200, {
        name,
        commit: await commitJson(ctx, sha),
        _links: {
          self: `${repoUrl(ctx)}/branches/${encodeURIComponent(name)}`,
          html: `https://github.com/${ctx.state.repo.owner}/${ctx.state.repo.name}/tree/${name}`
        },
        protected: p !== undefined,
        protection: {
          enabled: p !== undefined,
          required_status_checks: {
            enforcement_level: checks.length > 0 ? 'non_admins' : 'off',
            contexts: checks.map(c => c.context),
            checks
          }
        },
        protection_url: protectionUrl(ctx, name)
      })
    }
  },

  'repos/get-branch-protection': {
    needs: 'administration:read',
    async handle(ctx) {
      const {name, p} = await protectionOf(ctx)
      return json(200, renderProtection(ctx, name, p))
    }
  },

  'repos/update-branch-protection': {
    needs: 'administration:write',
    async handle(ctx) {
      const {name} = await branchHead(ctx)
      const p = fromPutBody(ctx, ctx.state.protection[name])
      ctx.state.protection[name] = p
      return json(200, renderProtection(ctx, name, p))
    }
  },

  'repos/delete-branch-protection': {
    needs: 'administration:write',
    async handle(ctx) {
      const {name} = await protectionOf(ctx)
      delete ctx.state.protection[name]
      return noContent()
    }
  },

  'repos/get-commit-signature-protection': {
    needs: 'administration:read',
    async handle(ctx) {
      const {name, p} = await protectionOf(ctx)
      return json(200, signatures(ctx, name, p.required_signatures))
    }
  },

  'repos/create-commit-signature-protection': {
    needs: 'administration:write',
    async handle(ctx) {
      const {name, p} = await protectionOf(ctx)
      p.required_signatures = true
      return json(200, signatures(ctx, name, true))
    }
  },

  'repos/delete-commit-signature-protection': {
    needs: 'administration:write',
    async handle(ctx) {
      const {p} = await protectionOf(ctx)
      p.required_signatures = false
      return noContent()
    }
  }
}
