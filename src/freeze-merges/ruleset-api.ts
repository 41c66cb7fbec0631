// Repository rulesets through the admin token, each write read back.
import {UserError} from '../lib/errors.js'
import type {GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'
import {explain} from './permission.js'
import {rulesetKey, type RulesetBody} from './ruleset.js'

type Found = RulesetBody & {id: number}

export class RulesetApi {
  private readonly name: string

  constructor(
    private readonly client: GitHubClient,
    private readonly repository: Repository
  ) {
    this.name = `${repository.owner}/${repository.repo}`
  }

  /** The repository's own ruleset with this name, in full. */
  async find(name: string): Promise<Found | undefined> {
    const {owner, repo} = this.repository
    try {
      const list = await this.client.paginate(this.client.rest.repos.getRepoRulesets, {
        owner,
        repo,
        includes_parents: false,
        per_page: 100
      })
      const hit = list.find(r => r.name === name && r.source_type !== 'Organization')
      return hit ? await this.get(hit.id) : undefined
    } catch (error) {
      if (error instanceof UserError) throw error
      throw explain(error, `Reading the rulesets of ${this.name}`, 'administration', this.name)
    }
  }

  async get(id: number): Promise<Found | undefined> {
    const {owner, repo} = this.repository
    try {
      const {data} = await this.client.rest.repos.getRepoRuleset({owner, repo, ruleset_id: id})
      return {
        id: data.id,
        name: data.name,
        target: data.target ?? 'branch',
        enforcement: data.enforcement,
        conditions: (data.conditions as RulesetBody['conditions']) ?? null,
        rules: (data.rules ?? []) as RulesetBody['rules'],
        bypass_actors: (data.bypass_actors ?? []) as RulesetBody['bypass_actors']
      }
    } catch (error) {
      if ((error as {status?: number}).status === 404) return undefined
      throw explain(error, `Reading ruleset ${id}`, 'administration', this.name)
    }
  }

  /** Creates (no id) or replaces the ruleset; returns its id after checking the read-back. */
  async write(body: RulesetBody, id?: number): Promise<number> {
    const {owner, repo} = this.repository
    const doing = `${id ? 'Updating' : 'Creating'} the '${body.name}' ruleset`
    let written: number
    try {
      type Create = Parameters<GitHubClient['rest']['repos']['createRepoRuleset']>[0]
      type Update = Parameters<GitHubClient['rest']['repos']['updateRepoRuleset']>[0]
      written = id
        ? (
            await this.client.rest.repos.updateRepoRuleset({
              owner,
              repo,
              ruleset_id: id,
              ...body
            } as Update)
          ).data.id
        : (await this.client.rest.repos.createRepoRuleset({owner, repo, ...body} as Create)).data.id
    } catch (error) {
      throw explain(error, doing, 'administration', this.name)
    }
    const got = await this.get(written)
    if (!got || rulesetKey(got) !== rulesetKey(body)) {
      throw new UserError(
        `${doing}: GitHub stored something else than was written. Wanted ${rulesetKey(body)}; read back ${got ? rulesetKey(got) : 'nothing'}. The saved ruleset is in the evidence and on the freeze issue.`
      )
    }
    return written
  }

  async remove(id: number): Promise<void> {
    const {owner, repo} = this.repository
    try {
      await this.client.rest.repos.deleteRepoRuleset({owner, repo, ruleset_id: id})
    } catch (error) {
      if ((error as {status?: number}).status === 404) return
      throw explain(error, `Deleting ruleset ${id}`, 'administration', this.name)
    }
  }

  /** GitHub user ids for bypass logins (one GraphQL query). */
  async userIds(logins: readonly string[]): Promise<number[]> {
    if (logins.length === 0) return []
    const fields = logins.map((_, i) => `u${i}: user(login: $l${i}) { databaseId }`).join(' ')
    const params = logins.map((_, i) => `$l${i}: String!`).join(', ')
    const vars = Object.fromEntries(logins.map((login, i) => [`l${i}`, login.replace(/^@/, '')]))
    let data: Record<string, {databaseId: number} | null>
    try {
      data = await this.client.graphql(`query FreezeBypass(${params}) { ${fields} }`, vars)
    } catch (error) {
      throw explain(error, 'Looking up the bypass logins', 'administration', this.name)
    }
    return logins.map((login, i) => {
      const id = data[`u${i}`]?.databaseId
      if (!id) throw new UserError(`Input 'bypass' names '${login}', which is not a GitHub user.`)
      return id
    })
  }
}
