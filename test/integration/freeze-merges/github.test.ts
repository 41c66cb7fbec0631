// The freeze's GitHub side against the double, in process, through the shared client.
import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {createRepo, type GitFixture} from '../../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../../sandbox/github-double/index.js'
import {createGitHubClient} from '../../../src/lib/github.js'
import {ProtectionApi} from '../../../src/freeze-merges/protection-api.js'
import {getPull, listOpenPulls} from '../../../src/freeze-merges/pulls.js'
import type {FreezeRecord} from '../../../src/freeze-merges/record.js'
import {FreezeStore} from '../../../src/freeze-merges/store.js'

const repository = {owner: 'octo-org', repo: 'payments-api'}
let git: GitFixture
let gh: GitHubDouble
let heads: string[]

beforeAll(async () => {
  git = await createRepo()
  await git.commit('base')
  heads = await git.commits(Array.from({length: 23}, (_, i) => `change ${i}`))
  // A small page size makes 23 pull requests span four pages.
  gh = await startGitHubDouble({...repository, gitDir: git.dir, pageSize: 7})
})

afterAll(async () => {
  await gh.close()
  await git.cleanup()
})

beforeEach(() => {
  gh.reset()
  gh.state.pulls.length = 0
  gh.state.issues.length = 0
  gh.state.statuses.length = 0
  gh.state.tokens = {workflow: 'workflow', admin: 'admin', reader: 'read-only'}
})

const client = (token: string) => createGitHubClient({token, baseUrl: gh.url})

const record: FreezeRecord = {
  version: 1,
  method: 'status-check',
  branches: ['main'],
  checkName: 'merge-freeze',
  reason: 'r',
  by: 'me',
  at: '2026-11-28T05:00:00.000Z',
  expiresAt: null,
  incidents: [],
  changes: {autoMerge: [], cancelledRuns: [], protection: []},
  exemptions: [],
  complete: true
}

describe('open pull requests through GraphQL', () => {
  it('pages through every open pull request into the branch with head, check, fork, labels and auto-merge', async () => {
    heads.forEach((sha, i) =>
      gh.seed.pull({
        head: {ref: `f${i}`, sha},
        base: i % 5 === 4 ? 'develop' : 'main',
        fork: i === 0,
        labels: i === 1 ? ['freeze-exempt'] : [],
        state: i === 2 ? 'closed' : 'open',
        auto_merge:
          i === 3
            ? {
                merge_method: 'rebase',
                enabled_by: 'x',
                enabled_at: 't',
                commit_title: 'T',
                commit_message: ''
              }
            : null
      })
    )
    gh.seed.status({sha: heads[0]!, state: 'failure', context: 'merge-freeze'})
    gh.seed.status({sha: heads[0]!, state: 'success', context: 'other'})
    const pulls = await listOpenPulls(client('workflow'), repository, 'main', 'merge-freeze')
    const expected = heads.filter((_, i) => i % 5 !== 4 && i !== 2)
    expect(pulls.map(p => p.headSha)).toEqual(expected)
    expect(pulls[0]).toMatchObject({fork: true, check: 'FAILURE', author: 'octocat'})
    expect(pulls[1]).toMatchObject({labels: ['freeze-exempt'], check: null})
    expect(pulls.find(p => p.headSha === heads[3])?.autoMerge).toEqual({
      method: 'REBASE',
      title: 'T'
    })
    expect(gh.violations).toEqual([])
  })

  it('counts the latest opinionated review of each reviewer (a dismissal takes an approval back)', async () => {
    const pr = gh.seed.pull({
      head: {ref: 'x', sha: heads[0]!},
      reviews: [
        {user: 'a', state: 'APPROVED'},
        {user: 'b', state: 'APPROVED'},
        {user: 'b', state: 'DISMISSED'},
        {user: 'c', state: 'CHANGES_REQUESTED'},
        {user: 'c', state: 'APPROVED'},
        {user: 'd', state: 'COMMENTED'}
      ]
    })
    const detail = await getPull(client('workflow'), repository, pr.number, 'merge-freeze')
    expect(detail?.approvedBy.sort()).toEqual(['a', 'c'])
    expect(await getPull(client('workflow'), repository, 9999, 'merge-freeze')).toBeUndefined()
  })
})

describe('the freeze issue', () => {
  it('creates, finds, updates and closes; ignores pull requests and damaged records', async () => {
    gh.seed.pull({head: {ref: 'p', sha: heads[0]!}, labels: ['merge-freeze']})
    gh.seed.issue({title: 'hand-made', labels: ['merge-freeze'], body: 'no record here'})
    const store = new FreezeStore(client('workflow'), repository)
    expect((await store.find()).issue).toBeUndefined()
    const issue = await store.create(record)
    const found = await store.find()
    expect(found.issue).toMatchObject({number: issue.number, record})
    expect(found.ignored).toHaveLength(1)
    await store.save(issue, {...record, reason: 'changed'})
    expect((await store.find()).issue?.record.reason).toBe('changed')
    await store.close(issue, record, 'done')
    expect((await store.find()).issue).toBeUndefined()
  })

  it('a read-only token: the error names issues: write and the App token fix', async () => {
    const store = new FreezeStore(client('reader'), repository)
    await expect(store.create(record)).rejects.toThrow(/issues: write.*create-github-app-token/s)
  })
})

describe('branch protection through the admin token', () => {
  it('an unprotected branch reads as null and returns to unprotected', async () => {
    const api = new ProtectionApi(client('admin'), repository)
    expect(await api.read('main')).toBeNull()
    await api.write('main', {
      put: {
        required_status_checks: {strict: false, checks: [{context: 'merge-freeze', app_id: -1}]},
        enforce_admins: false,
        required_pull_request_reviews: null,
        restrictions: null,
        required_linear_history: false,
        allow_force_pushes: false,
        allow_deletions: false,
        block_creations: false,
        required_conversation_resolution: false,
        lock_branch: true,
        allow_fork_syncing: false
      },
      signatures: true
    })
    expect(gh.state.protection.main).toMatchObject({lock_branch: true, required_signatures: true})
    await api.write('main', null)
    expect(gh.state.protection.main).toBeUndefined()
    await expect(api.read('no-such-branch')).rejects.toThrow(/does not exist.*'branches'/)
  })

  it('the workflow token: 403 becomes the Administration fix', async () => {
    const api = new ProtectionApi(client('workflow'), repository)
    await expect(api.read('main')).rejects.toThrow(
      /never edit branch protection.*Administration: Read and write/s
    )
  })
})
