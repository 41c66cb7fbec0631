import {describe, expect, it} from '@jest/globals'
import {UserError} from '../../../src/lib/errors.js'
import type {GitHubClient} from '../../../src/lib/github.js'
import {ProtectionApi} from '../../../src/freeze-merges/protection-api.js'
import {
  canonical,
  differences,
  locked,
  toSnapshot,
  withRequiredCheck,
  type ProtectionGet
} from '../../../src/freeze-merges/protection.js'

// GET's shape, as GitHub documents it (contracts B.1).
const GET: ProtectionGet = {
  required_status_checks: {
    strict: true,
    contexts: ['ci/build', 'lint'],
    checks: [
      {context: 'ci/build', app_id: null},
      {context: 'lint', app_id: 15368}
    ]
  },
  enforce_admins: {enabled: true},
  required_pull_request_reviews: {
    dismissal_restrictions: {
      users: [{login: 'octocat'}],
      teams: [{slug: 'sre'}],
      apps: [{slug: 'app'}]
    },
    dismiss_stale_reviews: true,
    require_code_owner_reviews: false,
    required_approving_review_count: 2,
    require_last_push_approval: true
  },
  restrictions: {users: [], teams: [{slug: 'release'}], apps: []},
  required_signatures: {enabled: true},
  required_linear_history: {enabled: true},
  allow_force_pushes: {enabled: false},
  allow_deletions: {enabled: false},
  block_creations: {enabled: true},
  required_conversation_resolution: {enabled: false},
  lock_branch: {enabled: false},
  allow_fork_syncing: {enabled: true}
}

describe('branch protection GET → PUT', () => {
  it('maps every field: enabled objects to booleans, null app_id to -1, objects to logins and slugs', () => {
    const s = toSnapshot(GET)
    expect(s.signatures).toBe(true)
    expect(s.put).toEqual({
      required_status_checks: {
        strict: true,
        checks: [
          {context: 'ci/build', app_id: -1},
          {context: 'lint', app_id: 15368}
        ]
      },
      enforce_admins: true,
      required_pull_request_reviews: {
        dismiss_stale_reviews: true,
        require_code_owner_reviews: false,
        required_approving_review_count: 2,
        require_last_push_approval: true,
        dismissal_restrictions: {users: ['octocat'], teams: ['sre'], apps: ['app']}
      },
      restrictions: {users: [], teams: ['release'], apps: []},
      required_linear_history: true,
      allow_force_pushes: false,
      allow_deletions: false,
      block_creations: true,
      required_conversation_resolution: false,
      lock_branch: false,
      allow_fork_syncing: true
    })
    expect(s.put.required_status_checks).not.toHaveProperty('contexts')
  })

  it('absent sections are null (off), never kept half', () => {
    expect(toSnapshot({}).put).toMatchObject({
      required_status_checks: null,
      required_pull_request_reviews: null,
      restrictions: null,
      enforce_admins: false
    })
  })

  it('adds the freeze check once, keeping the checks already required', () => {
    const put = toSnapshot(GET).put
    const added = withRequiredCheck(put, 'merge-freeze')
    expect(added.required_status_checks?.checks).toHaveLength(3)
    expect(added.required_status_checks?.checks[2]).toEqual({context: 'merge-freeze', app_id: -1})
    expect(withRequiredCheck(added, 'merge-freeze')).toBe(added)
    expect(withRequiredCheck(null, 'merge-freeze').required_status_checks).toEqual({
      strict: false,
      checks: [{context: 'merge-freeze', app_id: -1}]
    })
  })

  it('locking changes only lock_branch', () => {
    const put = toSnapshot(GET).put
    expect(locked(put)).toEqual({...put, lock_branch: true})
  })

  it('compares ignoring list order, and names the fields that differ', () => {
    const a = toSnapshot(GET)
    const reordered = structuredClone(a)
    reordered.put.required_status_checks?.checks.reverse()
    expect(canonical(reordered)).toBe(canonical(a))
    const b = structuredClone(a)
    b.put.allow_fork_syncing = false
    b.signatures = false
    expect(differences(a, b)).toEqual(['allow_fork_syncing', 'signatures'])
    expect(differences(a, null)).toEqual(['(protected vs not protected)'])
    expect(differences(null, null)).toEqual([])
  })
})

describe('ProtectionApi.write', () => {
  it('fails loudly with what was wanted and what GitHub stored when the read-back differs', async () => {
    // GitHub answers the PUT but keeps a different value (a user lost access, say).
    const stored = structuredClone(GET)
    stored.restrictions = {users: [], teams: [], apps: []}
    const calls: string[] = []
    const client = {
      rest: {
        repos: {
          getBranchProtection: async () => {
            calls.push('GET')
            return {data: stored}
          },
          updateBranchProtection: async () => {
            calls.push('PUT')
            return {data: stored}
          },
          createCommitSignatureProtection: async () => calls.push('POST signatures'),
          deleteCommitSignatureProtection: async () => calls.push('DELETE signatures')
        }
      }
    } as unknown as GitHubClient
    const api = new ProtectionApi(client, {owner: 'o', repo: 'r'})
    const error = await api.write('main', toSnapshot(GET)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toContain('fields: restrictions')
    expect((error as Error).message).toContain('"teams":["release"]')
    expect(calls).toEqual(['PUT', 'GET', 'GET'])
  })
})
