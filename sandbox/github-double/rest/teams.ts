// Organization teams: who is in a team (freeze bypass by team). The workflow token has no
// organization `members` permission, so it gets 403 here, as on GitHub.
import {json, notFound, type RouteContext, type Routes} from '../http.js'
import {team, user} from '../shapes.js'

function findTeam(ctx: RouteContext): {slug: string; members: string[]} {
  const org = ctx.params.org ?? ''
  const slug = ctx.params.team_slug ?? ''
  const members = ctx.state.teams[slug]
  if (org.toLowerCase() !== ctx.state.repo.owner.toLowerCase() || !members) throw notFound()
  return {slug, members}
}

function organization(ctx: RouteContext): Record<string, unknown> {
  const login = ctx.state.repo.owner
  const api = `${ctx.baseUrl}/orgs/${login}`
  const base = user(ctx, login)
  return {
    login,
    url: api,
    id: base.id,
    node_id: base.node_id,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: base.avatar_url,
    description: null,
    html_url: `https://github.com/${login}`,
    has_organization_projects: false,
    has_repository_projects: false,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    type: 'Organization',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    archived_at: null
  }
}

export const teamRoutes: Routes = {
  'teams/get-by-name': {
    needs: 'members:read',
    handle(ctx) {
      const {slug, members} = findTeam(ctx)
      return json(200, {
        ...team(ctx, slug),
        members_count: members.length,
        repos_count: 1,
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        organization: organization(ctx)
      })
    }
  },

  'teams/get-membership-for-user-in-org': {
    needs: 'members:read',
    handle(ctx) {
      const {slug, members} = findTeam(ctx)
      const login = ctx.params.username ?? ''
      if (!members.some(m => m.toLowerCase() === login.toLowerCase())) throw notFound()
      return json(200, {
        url: `${ctx.baseUrl}/organizations/1/team/${team(ctx, slug).id as number}/memberships/${login}`,
        role: 'member',
        state: 'active'
      })
    }
  }
}
