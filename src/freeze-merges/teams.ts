// Teams in `bypass`: membership of pull request authors, read once per author. GitHub answers
// membership only to tokens with the organization Members permission, which the workflow token
// never has: with teams in bypass, pass admin-token.
import type {GitHubClient} from '../lib/github.js'
import {explain} from './permission.js'

export interface TeamRef {
  org: string
  slug: string
}

/** `bypass` entries split into logins (`@` dropped) and teams (`org/team`, `@org/team`). */
export function splitBypass(entries: readonly string[]): {logins: string[]; teams: TeamRef[]} {
  const logins: string[] = []
  const teams: TeamRef[] = []
  for (const entry of entries) {
    const [org, slug] = entry.replace(/^@/, '').split('/')
    if (slug && org) teams.push({org, slug})
    else if (org) logins.push(org)
  }
  return {logins, teams}
}

export class TeamDirectory {
  private readonly cache = new Map<string, string | undefined>()

  constructor(
    private readonly client: GitHubClient,
    readonly teams: readonly TeamRef[],
    private readonly repoName: string
  ) {}

  /** The first bypass team the login is an active member of (`org/team`), if any. */
  async memberOf(login: string): Promise<string | undefined> {
    const key = login.toLowerCase()
    if (this.cache.has(key)) return this.cache.get(key)
    let found: string | undefined
    for (const {org, slug} of this.teams) {
      try {
        const {data} = await this.client.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: slug,
          username: login
        })
        if (data.state === 'active') {
          found = `${org}/${slug}`
          break
        }
      } catch (error) {
        if ((error as {status?: number}).status === 404) continue
        throw explain(
          error,
          `Reading whether @${login} is in team ${org}/${slug}`,
          'members',
          this.repoName
        )
      }
    }
    this.cache.set(key, found)
    return found
  }

  /** Team ids, for ruleset bypass actors. */
  async ids(): Promise<number[]> {
    const ids: number[] = []
    for (const {org, slug} of this.teams) {
      try {
        const {data} = await this.client.rest.teams.getByName({org, team_slug: slug})
        ids.push(data.id)
      } catch (error) {
        throw explain(
          error,
          `Reading team ${org}/${slug} named in 'bypass'`,
          'members',
          this.repoName
        )
      }
    }
    return ids
  }
}
