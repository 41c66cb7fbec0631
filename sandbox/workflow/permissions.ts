// GITHUB_TOKEN permissions down a chain of reusable workflows: a called workflow's jobs may only
// ask for what the calling job grants. GitHub refuses to start the run otherwise.

export type Level = 'none' | 'read' | 'write'
export type Grant = Record<string, Level>

const RANK: Record<Level, number> = {none: 0, read: 1, write: 2}

// The keys the workflow schema allows (contracts.md B.9); `metadata` is always read.
export const SCOPES = [
  'actions',
  'artifact-metadata',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses'
]

/** A `permissions:` value as a full grant; undefined means `fallback` (inherited). */
export function grantOf(value: unknown, fallback: Grant): Grant {
  if (value === undefined || value === null) return fallback
  const all = (level: Level): Grant => Object.fromEntries(SCOPES.map(s => [s, level]))
  if (value === 'read-all') return all('read')
  if (value === 'write-all') return all('write')
  const out = all('none')
  if (typeof value === 'object')
    for (const [key, level] of Object.entries(value as Record<string, string>))
      out[key] = level as Level
  return out
}

/** GitHub's default for a repository with permissive workflow permissions. */
export const PERMISSIVE: Grant = grantOf('write-all', {})

/** The first scope `wanted` asks for beyond `allowed`, in GitHub's words; undefined if none. */
export function excess(job: string, wanted: Grant, allowed: Grant): string | undefined {
  for (const [scope, level] of Object.entries(wanted)) {
    const may = allowed[scope] ?? 'none'
    if (RANK[level] > RANK[may])
      return `The nested job '${job}' is requesting '${scope}: ${level}', but is only allowed '${scope}: ${may}'.`
  }
  return undefined
}
