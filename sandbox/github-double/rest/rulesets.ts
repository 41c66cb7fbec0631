// Repository rulesets (the freeze that is easy to undo) and the rules active on a branch.
import {
  bodyOf,
  HttpError,
  json,
  noContent,
  notFound,
  pagedJson,
  repoUrl,
  type RouteContext,
  type Routes
} from '../http.js'
import {allows} from '../permissions.js'
import {nodeId} from '../shapes.js'
import {timestamp, type RulesetState} from '../state.js'
import {defaultBranch} from './git-data.js'

function summaryJson(ctx: RouteContext, r: RulesetState): Record<string, unknown> {
  const {owner, name} = ctx.state.repo
  return {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: 'Repository',
    source: `${owner}/${name}`,
    enforcement: r.enforcement,
    node_id: nodeId('RRS', r.id),
    _links: {
      self: {href: `${repoUrl(ctx)}/rulesets/${r.id}`},
      html: {href: `https://github.com/${owner}/${name}/rules/${r.id}`}
    },
    created_at: r.created_at,
    updated_at: r.updated_at
  }
}

/** A full ruleset; bypass actors only for callers that could edit it, as GitHub does. */
function rulesetJson(ctx: RouteContext, r: RulesetState): Record<string, unknown> {
  const canEdit = allows(ctx.actor.kind, 'administration:write')
  return {
    ...summaryJson(ctx, r),
    ...(canEdit ? {bypass_actors: r.bypass_actors} : {}),
    current_user_can_bypass: canEdit ? 'always' : 'never',
    conditions: r.conditions,
    rules: r.rules
  }
}

function findRuleset(ctx: RouteContext): RulesetState {
  const id = Number(ctx.params.ruleset_id)
  const found = ctx.state.rulesets.find(r => r.id === id)
  if (!found) throw notFound()
  return found
}

function assertUniqueName(ctx: RouteContext, name: string, self?: RulesetState): void {
  if (ctx.state.rulesets.some(r => r !== self && r.name === name)) {
    const error = {
      resource: 'Ruleset',
      field: 'name',
      code: 'already_exists',
      message: 'Name must be unique'
    }
    throw new HttpError(422, 'Validation Failed', {}, {errors: [error]})
  }
}

/** fnmatch as rulesets use it: `*` stays within a path segment, `**` crosses them. */
function globMatches(pattern: string, value: string): boolean {
  const regex = pattern
    .split(/(\*\*|\*|\?)/)
    .map(part =>
      part === '**'
        ? '.*'
        : part === '*'
          ? '[^/]*'
          : part === '?'
            ? '[^/]'
            : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    )
    .join('')
  return new RegExp(`^${regex}$`).test(value)
}

function appliesTo(r: RulesetState, ref: string, defaultRef: string): boolean {
  const names = r.conditions?.ref_name
  const matches = (pattern: string): boolean =>
    pattern === '~ALL' ||
    (pattern === '~DEFAULT_BRANCH' && ref === defaultRef) ||
    globMatches(pattern, ref)
  return (names?.include ?? []).some(matches) && !(names?.exclude ?? []).some(matches)
}

export const rulesetRoutes: Routes = {
  'repos/get-repo-rulesets': {
    needs: 'metadata:read',
    handle(ctx) {
      const targets = ctx.query
        .get('targets')
        ?.split(',')
        .map(t => t.trim())
      const list = ctx.state.rulesets.filter(r => !targets || targets.includes(r.target))
      return pagedJson(
        ctx,
        list.map(r => summaryJson(ctx, r))
      )
    }
  },

  'repos/create-repo-ruleset': {
    needs: 'administration:write',
    handle(ctx) {
      const body = bodyOf(ctx) as Partial<RulesetState>
      assertUniqueName(ctx, String(body.name))
      const ruleset = ctx.seed.ruleset({
        name: String(body.name),
        target: body.target ?? 'branch',
        enforcement: body.enforcement ?? 'disabled',
        bypass_actors: body.bypass_actors ?? [],
        conditions: body.conditions ?? null,
        rules: body.rules ?? []
      })
      return json(201, rulesetJson(ctx, ruleset))
    }
  },

  'repos/get-repo-ruleset': {
    needs: 'metadata:read',
    handle: ctx => json(200, rulesetJson(ctx, findRuleset(ctx)))
  },

  'repos/update-repo-ruleset': {
    needs: 'administration:write',
    handle(ctx) {
      const ruleset = findRuleset(ctx)
      const body = bodyOf(ctx) as Partial<RulesetState>
      if (body.name !== undefined) assertUniqueName(ctx, body.name, ruleset)
      for (const key of [
        'name',
        'target',
        'enforcement',
        'bypass_actors',
        'conditions',
        'rules'
      ] as const) {
        if (body[key] !== undefined) Object.assign(ruleset, {[key]: body[key]})
      }
      ruleset.updated_at = timestamp()
      return json(200, rulesetJson(ctx, ruleset))
    }
  },

  'repos/delete-repo-ruleset': {
    needs: 'administration:write',
    handle(ctx) {
      const ruleset = findRuleset(ctx)
      ctx.state.rulesets = ctx.state.rulesets.filter(r => r !== ruleset)
      return noContent()
    }
  },

  'repos/get-branch-rules': {
    needs: 'metadata:read',
    async handle(ctx) {
      const ref = `refs/heads/${ctx.params.branch ?? ''}`
      const defaultRef = `refs/heads/${await defaultBranch(ctx)}`
      const source = `${ctx.state.repo.owner}/${ctx.state.repo.name}`
      const rules = ctx.state.rulesets
        .filter(r => r.target === 'branch' && r.enforcement === 'active')
        .filter(r => appliesTo(r, ref, defaultRef))
        .flatMap(r =>
          r.rules.map(rule => ({
            ...rule,
            ruleset_source_type: 'Repository',
            ruleset_source: source,
            ruleset_id: r.id
          }))
        )
      return pagedJson(ctx, rules)
    }
  }
}
