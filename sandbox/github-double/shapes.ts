// The big objects GitHub nests everywhere (users, teams, apps, the repository), built from a
// login or slug. They carry every field the description requires so responses stay valid.
import type {DoubleState} from './state.js'

interface Where {
  baseUrl: string
  state: DoubleState
}

/** A stable positive id for a name, so the same login always has the same id. */
export function idFor(name: string): number {
  if (name === 'github-actions[bot]') return 41898282
  let hash = 7
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 2_000_000_000
  return hash + 1
}

/** GraphQL-style global id: `<prefix>_<base64 of the key>`. */
export function nodeId(prefix: string, key: string | number): string {
  return `${prefix}_${Buffer.from(String(key)).toString('base64url')}`
}

/** The key inside a node id made by `nodeId`, if it has that prefix. */
export function nodeKey(prefix: string, id: string): string | undefined {
  if (!id.startsWith(`${prefix}_`)) return undefined
  return Buffer.from(id.slice(prefix.length + 1), 'base64url').toString('utf8')
}

export function user(where: Where, login: string): Record<string, unknown> {
  const api = `${where.baseUrl}/users/${encodeURIComponent(login)}`
  const isBot = login.endsWith('[bot]')
  return {
    login,
    id: idFor(login),
    node_id: nodeId(isBot ? 'BOT' : 'U', login),
    avatar_url: `https://avatars.githubusercontent.com/u/${idFor(login)}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: isBot
      ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}`
      : `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: isBot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

export function owner(where: Where): Record<string, unknown> {
  return {...user(where, where.state.repo.owner), type: where.state.repo.ownerType}
}

export function team(where: Where, slug: string): Record<string, unknown> {
  const org = where.state.repo.owner
  const url = `${where.baseUrl}/orgs/${org}/teams/${slug}`
  return {
    id: idFor(`team:${slug}`),
    node_id: nodeId('T', slug),
    url,
    html_url: `https://github.com/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'push',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: 'organization',
    parent: null
  }
}

export function app(where: Where, slug: string): Record<string, unknown> {
  const name = slug === 'github-actions' ? 'GitHub Actions' : slug
  return {
    id: slug === 'github-actions' ? 15368 : idFor(`app:${slug}`),
    slug,
    node_id: nodeId('A', slug),
    client_id: `Iv1.${idFor(slug).toString(16)}`,
    owner: owner(where),
    name,
    description: '',
    external_url: `https://github.com/apps/${slug}`,
    html_url: `https://github.com/apps/${slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {checks: 'write', metadata: 'read'},
    events: []
  }
}

/** One repository object rich enough for every repository schema GitHub nests. */
export function repository(where: Where, defaultBranch: string): Record<string, unknown> {
  const {repo} = where.state
  const api = `${where.baseUrl}/repos/${repo.owner}/${repo.name}`
  const html = `https://github.com/${repo.owner}/${repo.name}`
  const templated = (name: string, param: string): string => `${api}/${name}{/${param}}`
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: owner(where),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: html,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: templated('assignees', 'user'),
    blobs_url: templated('git/blobs', 'sha'),
    branches_url: templated('branches', 'branch'),
    collaborators_url: templated('collaborators', 'collaborator'),
    comments_url: templated('comments', 'number'),
    commits_url: templated('commits', 'sha'),
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: templated('git/commits', 'sha'),
    git_refs_url: templated('git/refs', 'sha'),
    git_tags_url: templated('git/tags', 'sha'),
    git_url: `git://github.com/${repo.owner}/${repo.name}.git`,
    issue_comment_url: templated('issues/comments', 'number'),
    issue_events_url: templated('issues/events', 'number'),
    issues_url: templated('issues', 'number'),
    keys_url: templated('keys', 'key_id'),
    labels_url: templated('labels', 'name'),
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: templated('milestones', 'number'),
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: templated('pulls', 'number'),
    releases_url: templated('releases', 'id'),
    ssh_url: `git@github.com:${repo.owner}/${repo.name}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: templated('git/trees', 'sha'),
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    allow_auto_merge: repo.allowAutoMerge,
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    permissions: {admin: true, maintain: true, push: true, triage: true, pull: true},
    subscribers_count: 0,
    network_count: 0
  }
}
