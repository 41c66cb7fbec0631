// Property test: freeze and unfreeze many random classic protections (seeded, reproducible)
// through the bundled dist, each step a fresh process, and find every one restored exactly.
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {createRepo, type GitFixture} from '../../sandbox/git-fixture.js'
import {
  startGitHubDouble,
  type GitHubDouble,
  type ProtectionState
} from '../../sandbox/github-double/index.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'
import {parseRecord} from '../../src/freeze-merges/record.js'

const OWNER = 'octo-org'
const REPO = 'payments-api'
const ADMIN = 'ghs_admin_app_token'
const WORKFLOW = 'ghs_workflow_token'
const SEED = Number(process.env.FREEZE_PROPERTY_SEED ?? 20261128)
const ROUNDS = 4
const BRANCHES_PER_ROUND = 6

/** mulberry32: a small seeded PRNG, so a failure names the seed that reproduces it. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomProtection(random: () => number): ProtectionState | undefined {
  const coin = (p = 0.5) => random() < p
  const pick = <T>(items: readonly T[], max: number): T[] =>
    items.filter(() => coin(max / items.length)).slice(0, max)
  if (coin(0.15)) return undefined // not protected at all
  const lists = () => ({
    users: pick(['octocat', 'hubot', 'sre-lead', 'release-bot'], 3),
    teams: pick(['platform', 'payments', 'sre'], 2),
    apps: pick(['renovate', 'deploy-app'], 1)
  })
  return {
    required_status_checks: coin(0.7)
      ? {
          strict: coin(),
          checks: pick(['ci/build', 'ci/test', 'lint', 'e2e', 'security/scan'], 4).map(context => ({
            context,
            app_id: coin(0.5) ? null : (pick([15368, 42, 9001], 1)[0] ?? null)
          }))
        }
      : null,
    enforce_admins: coin(),
    required_pull_request_reviews: coin(0.7)
      ? {
          dismiss_stale_reviews: coin(),
          require_code_owner_reviews: coin(),
          required_approving_review_count: Math.floor(random() * 7),
          require_last_push_approval: coin(),
          ...(coin(0.4) ? {dismissal_restrictions: lists()} : {}),
          ...(coin(0.4) ? {bypass_pull_request_allowances: lists()} : {})
        }
      : null,
    restrictions: coin(0.3) ? lists() : null,
    required_linear_history: coin(),
    allow_force_pushes: coin(0.2),
    allow_deletions: coin(0.2),
    block_creations: coin(0.3),
    required_conversation_resolution: coin(),
    lock_branch: false,
    allow_fork_syncing: coin(0.3),
    required_signatures: coin(0.3)
  }
}

let git: GitFixture
let gh: GitHubDouble

beforeAll(async () => {
  git = await createRepo()
  const sha = await git.commit('initial')
  for (let i = 0; i < BRANCHES_PER_ROUND; i++) await git.branch(`release/${i}`, sha)
  gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: git.dir})
  gh.state.tokens = {[ADMIN]: 'admin', [WORKFLOW]: 'workflow'}
})

afterAll(async () => {
  await gh.close()
  await git.cleanup()
})

async function action(inputs: Record<string, string>): Promise<DistRun> {
  return runDist('freeze-merges', {
    inputs: {
      token: WORKFLOW,
      'admin-token': ADMIN,
      repository: `${OWNER}/${REPO}`,
      method: 'branch-protection',
      ...inputs
    },
    env: {GITHUB_API_URL: gh.url}
  })
}

const branches = Array.from({length: BRANCHES_PER_ROUND}, (_, i) => `release/${i}`)
const writes = () =>
  gh.requests.filter(r => r.method !== 'GET' && r.path.includes('/branches/')).length

describe(`freeze-merges method branch-protection: exact restore (seed ${SEED})`, () => {
  const random = prng(SEED)
  const rounds = Array.from({length: ROUNDS}, (_, round) => ({
    round,
    configs: branches.map(() => randomProtection(random))
  }))

  it.each(rounds)(
    'round $round: freeze locks, unfreeze restores every branch exactly',
    async ({configs}) => {
      gh.reset()
      gh.state.issues.length = 0
      gh.state.protection = {}
      configs.forEach((config, i) => {
        if (config) gh.seed.protection(branches[i]!, structuredClone(config))
      })
      const before = structuredClone(gh.state.protection)

      const frozen = await action({
        mode: 'freeze',
        branches: branches.join('\n'),
        reason: 'property'
      })
      expect(errors(frozen)).toEqual([])
      expect(frozen.outputs.frozen).toBe('true')
      for (const [i, branch] of branches.entries()) {
        const now = gh.state.protection[branch]!
        expect(now.lock_branch).toBe(true)
        // Nothing but the lock changed.
        expect({...now, lock_branch: false}).toEqual(
          configs[i] ?? {...gh.seed.protection('scratch'), lock_branch: false}
        )
        delete gh.state.protection.scratch
      }
      expect(writes()).toBeLessThanOrEqual(3 * branches.length)
      const record = parseRecord(gh.state.issues[0]!.body)!
      expect(record.changes.protection.map(p => p.branch)).toEqual(branches)

      // A second freeze changes nothing.
      gh.reset()
      const again = await action({
        mode: 'freeze',
        branches: branches.join('\n'),
        reason: 'property'
      })
      expect(errors(again)).toEqual([])
      expect(writes()).toBe(0)

      gh.reset()
      const unfrozen = await action({mode: 'unfreeze'})
      expect(errors(unfrozen)).toEqual([])
      expect(gh.state.protection).toEqual(before)
      expect(writes()).toBeLessThanOrEqual(3 * branches.length)
      expect(gh.violations).toEqual([])
    }
  )

  it('a freeze interrupted between branches is unfrozen exactly (both branches as before)', async () => {
    gh.reset()
    gh.state.issues.length = 0
    gh.state.protection = {}
    gh.seed.protection('release/0', {enforce_admins: true, allow_fork_syncing: true})
    gh.seed.protection('release/1', {
      required_status_checks: {strict: true, checks: [{context: 'ci', app_id: 42}]},
      required_signatures: true
    })
    const before = structuredClone(gh.state.protection)
    // The second branch's lock fails for good (more 429s than the client retries).
    gh.fault({
      kind: '429',
      method: 'PUT',
      path: /\/branches\/release%2F1\/protection$|\/branches\/release\/1\/protection$/,
      times: 8,
      retryAfter: 0
    })
    const broken = await action({mode: 'freeze', branches: 'release/0\nrelease/1'})
    expect(broken.exitCode).toBe(1)
    expect(errors(broken)).toHaveLength(1)
    expect(gh.state.protection['release/0']!.lock_branch).toBe(true)
    expect(gh.state.protection['release/1']!.lock_branch).toBe(false)
    // The error says which branch is locked already.
    expect(errors(broken)[0]).toMatch(
      new RegExp(
        `^freeze-merges locked branch 'release/0' \\(freeze #${gh.state.issues[0]!.number}\\), but then failed: `
      )
    )
    const record = parseRecord(gh.state.issues[0]!.body)!
    expect(record.complete).toBe(false)
    expect(gh.state.issues[0]!.state).toBe('open')
    gh.reset()
    // An unfreeze interrupted between branches says what it restored, and stays open.
    gh.fault({
      kind: '429',
      method: 'PUT',
      path: /\/branches\/release%2F1\/protection$|\/branches\/release\/1\/protection$/,
      times: 8,
      retryAfter: 0
    })
    const halfway = await action({mode: 'unfreeze'})
    expect(halfway.exitCode).toBe(1)
    expect(errors(halfway)).toHaveLength(1)
    expect(errors(halfway)[0]).toMatch(
      /^freeze-merges restored the protection of branch 'release\/0' \(freeze #\d+\), but then failed: /
    )
    expect(gh.state.protection['release/0']).toEqual(before['release/0'])
    expect(gh.state.issues[0]!.state).toBe('open')
    gh.reset()
    const unfrozen = await action({mode: 'unfreeze'})
    expect(errors(unfrozen)).toEqual([])
    expect(gh.state.protection).toEqual(before)
    expect(gh.state.issues[0]!.state).toBe('closed')
  })

  it('a freeze interrupted between branches completes when run again, then unfreezes exactly', async () => {
    gh.reset()
    gh.state.issues.length = 0
    gh.state.protection = {}
    gh.seed.protection('release/0', {enforce_admins: true, allow_fork_syncing: true})
    gh.seed.protection('release/1', {
      required_status_checks: {strict: true, checks: [{context: 'ci', app_id: 42}]},
      required_signatures: true
    })
    const before = structuredClone(gh.state.protection)
    // The second branch's lock fails for good (more 429s than the client retries).
    gh.fault({
      kind: '429',
      method: 'PUT',
      path: /\/branches\/release%2F1\/protection$|\/branches\/release\/1\/protection$/,
      times: 8,
      retryAfter: 0
    })
    const broken = await action({mode: 'freeze', branches: 'release/0\nrelease/1'})
    expect(broken.exitCode).toBe(1)
    expect(errors(broken)).toHaveLength(1)
    expect(gh.state.protection['release/0']!.lock_branch).toBe(true)
    expect(gh.state.protection['release/1']!.lock_branch).toBe(false)
    const record = parseRecord(gh.state.issues[0]!.body)!
    expect(record.complete).toBe(false)
    expect(gh.state.issues[0]!.state).toBe('open')
    gh.reset()
    const again = await action({mode: 'freeze', branches: 'release/0\nrelease/1'})
    expect(errors(again)).toEqual([])
    expect(gh.state.protection['release/1']!.lock_branch).toBe(true)
    expect(parseRecord(gh.state.issues[0]!.body)!.complete).toBe(true)
    const unfrozen = await action({mode: 'unfreeze'})
    expect(errors(unfrozen)).toEqual([])
    expect(gh.state.protection).toEqual(before)
    expect(gh.state.issues[0]!.state).toBe('closed')
  })

  it('the workflow token as admin-token: names the missing Administration permission, changes nothing', async () => {
    gh.reset()
    gh.state.issues.length = 0
    gh.state.protection = {}
    gh.seed.protection('release/1', {enforce_admins: true})
    const run = await runDist('freeze-merges', {
      inputs: {
        token: WORKFLOW,
        'admin-token': WORKFLOW,
        repository: `${OWNER}/${REPO}`,
        method: 'branch-protection',
        mode: 'freeze',
        branches: 'release/1'
      },
      env: {GITHUB_API_URL: gh.url}
    })
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toContain('can never edit branch protection')
    expect(errors(run)[0]).toContain('actions/create-github-app-token')
    expect(gh.state.issues).toEqual([])
    expect(gh.state.protection['release/1']!.lock_branch).toBe(false)
  })
})
