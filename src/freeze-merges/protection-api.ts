// Branch protection through the admin token: read as a snapshot, write in PUT shape plus the
// separate signatures endpoint, and read back after every write.
import {UserError} from '../lib/errors.js'
import type {GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'
import {explain} from './permission.js'
import {
  differences,
  toSnapshot,
  type ProtectionGet,
  type ProtectionPut,
  type ProtectionSnapshot
} from './protection.js'

export class ProtectionApi {
  private readonly name: string

  constructor(
    private readonly client: GitHubClient,
    private readonly repository: Repository
  ) {
    this.name = `${repository.owner}/${repository.repo}`
  }

  /** The branch's protection, or null when it has none. */
  async read(branch: string): Promise<ProtectionSnapshot | null> {
    const {owner, repo} = this.repository
    try {
      const {data} = await this.client.rest.repos.getBranchProtection({owner, repo, branch})
      return toSnapshot(data as ProtectionGet)
    } catch (error) {
      const e = error as {status?: number; message?: string}
      if (e.status === 404 && /Branch not protected/i.test(e.message ?? '')) return null
      if (e.status === 404 && /Branch not found/i.test(e.message ?? ''))
        throw new UserError(
          `Branch '${branch}' does not exist in ${this.name}. Check the 'branches' input.`
        )
      throw explain(
        error,
        `Reading the branch protection of '${branch}'`,
        'administration',
        this.name
      )
    }
  }

  /** Writes `want` (null = unprotected), reads it back, and fails loudly on any difference. */
  async write(branch: string, want: ProtectionSnapshot | null): Promise<void> {
    const {owner, repo} = this.repository
    const doing = `Writing the branch protection of '${branch}'`
    try {
      if (want === null) {
        await this.client.rest.repos.deleteBranchProtection({owner, repo, branch}).catch(e => {
          // Already unprotected is what we want.
          if ((e as {status?: number}).status !== 404) throw e
        })
      } else {
        await this.client.rest.repos.updateBranchProtection({
          owner,
          repo,
          branch,
          ...(want.put as ProtectionPut & Record<string, unknown>)
        } as Parameters<GitHubClient['rest']['repos']['updateBranchProtection']>[0])
        const current = await this.read(branch)
        if (current && current.signatures !== want.signatures) {
          if (want.signatures)
            await this.client.rest.repos.createCommitSignatureProtection({owner, repo, branch})
          else await this.client.rest.repos.deleteCommitSignatureProtection({owner, repo, branch})
        }
      }
    } catch (error) {
      if (error instanceof UserError) throw error
      throw explain(error, doing, 'administration', this.name)
    }
    const got = await this.read(branch)
    const diff = differences(want, got)
    if (diff.length > 0) {
      throw new UserError(
        `${doing}: GitHub stored something else than was written (fields: ${diff.join(', ')}). Wanted ${JSON.stringify(want)}; read back ${JSON.stringify(got)}. The saved protection is in the evidence and on the freeze issue; restore it by hand if needed.`
      )
    }
  }
}
