// What each kind of token may do, in GitHub's permission names. The workflow token's table is
// the point: it has no `administration` and no `variables` permission at all, so branch
// protection, ruleset writes and variables answer 403 "Resource not accessible by integration"
// whatever the workflow's `permissions:` say.
import type {TokenKind} from './state.js'

export type Scope =
  | 'metadata'
  | 'contents'
  | 'checks'
  | 'statuses'
  | 'deployments'
  | 'issues'
  | 'pull_requests'
  | 'actions'
  | 'administration'
  | 'actions_variables'
  /** Organization permission: read team membership. */
  | 'members'

export type Access = 'read' | 'write'

/** `administration:write`: what an operation needs. */
export type Permission = `${Scope}:${Access}`

const ALL: Scope[] = [
  'metadata',
  'contents',
  'checks',
  'statuses',
  'deployments',
  'issues',
  'pull_requests',
  'actions',
  'administration',
  'actions_variables',
  'members'
]

const grant = (scopes: Scope[], access: Access): Partial<Record<Scope, Access>> =>
  Object.fromEntries(scopes.map(s => [s, access]))

const GRANTS: Record<TokenKind, Partial<Record<Scope, Access>>> = {
  // A repo admin's PAT or an App with Administration and Variables write.
  admin: grant(ALL, 'write'),
  // GITHUB_TOKEN with the permissive default (contracts B.9).
  workflow: {
    ...grant(
      ['contents', 'checks', 'statuses', 'deployments', 'issues', 'pull_requests', 'actions'],
      'write'
    ),
    metadata: 'read'
  },
  'read-only': grant(
    ALL.filter(s => s !== 'administration' && s !== 'actions_variables'),
    'read'
  ),
  revoked: {}
}

/** The login GitHub reports as the actor for each kind of token. */
export const ACTOR_LOGIN: Record<TokenKind, string> = {
  admin: 'rollback-admin',
  workflow: 'github-actions[bot]',
  'read-only': 'rollback-reader',
  revoked: 'ghost'
}

/** True when the token kind holds at least one of the permissions. */
export function allows(kind: TokenKind, needs: Permission | Permission[]): boolean {
  return [needs].flat().some(permission => {
    const [scope, access] = permission.split(':') as [Scope, Access]
    const held = GRANTS[kind][scope]
    return held === 'write' || held === access
  })
}

/** GitHub's `x-accepted-github-permissions` value: `administration=write`. */
export function acceptedHeader(needs: Permission | Permission[]): string {
  return [needs]
    .flat()
    .map(p => p.replace(':', '='))
    .join('; ')
}
