import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {createRepo, type GitFixture} from '../../sandbox/git-fixture.js'
import {
  startGitHubDouble,
  type GitHubDouble,
  type PullState
} from '../../sandbox/github-double/index.js'
import {latestStatuses} from '../../sandbox/github-double/model/checks.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'
import {parseRecord} from '../../src/freeze-merges/record.js'

const OWNER = 'octo-org'
const REPO = 'payments-api'
const TOKEN = 'ghs_workflow_token_e2e'
const READ_ONLY = 'ghs_read_only_e2e'
const ADMIN = 'ghs_admin_token_e2e'

let git: GitFixture
let gh: GitHubDouble
const heads: string[] = []

beforeAll(async () => {
  git = await createRepo()
  await git.commit('initial')
  for (let i = 0; i < 12; i++) heads.push(await git.commit(`change ${i}`))
  await git.branch('main', heads[0]!)
  gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: git.dir})
})

afterAll(async () => {
  await gh.close()
  await git.cleanup()
})

const pulls: Record<string, PullState> = {}

beforeEach(() => {
  gh.reset()
  const s = gh.state
  s.pulls.length = 0
  s.issues.length = 0
  s.comments.length = 0
  s.statuses.length = 0
  s.workflowRuns.length = 0
  s.tokens = {[TOKEN]: 'workflow', [READ_ONLY]: 'read-only', [ADMIN]: 'admin'}
  const pull = (name: string, i: number, extra: Partial<PullState> = {}) => {
    pulls[name] = gh.seed.pull({head: {ref: name, sha: heads[i]!}, ...extra})
    // Every pull request was green on the freeze check before the freeze.
    gh.seed.status({
      sha: heads[i]!,
      state: 'success',
      context: 'merge-freeze',
      creator: 'github-actions[bot]'
    })
  }
  pull('green', 1, {
    auto_merge: {
      merge_method: 'squash',
      enabled_by: 'octocat',
      enabled_at: '2026-11-01T00:00:00Z',
      commit_title: 'Fix it (#1)',
      commit_message: 'body text'
    }
  })
  pull('exempt', 2, {
    labels: ['freeze-exempt'],
    user: 'dev1',
    reviews: [
      {user: 'rev1', state: 'APPROVED'},
      {user: 'rev2', state: 'APPROVED'}
    ]
  })
  pull('half-approved', 3, {
    labels: ['freeze-exempt'],
    user: 'dev2',
    reviews: [{user: 'rev1', state: 'APPROVED'}]
  })
  pull('oncall', 4, {user: 'sre-lead'})
  pull('other-branch', 5, {base: 'develop'})
  gh.seed.workflowRun({
    id: 5001,
    head_sha: heads[0]!,
    path: '.github/workflows/deploy.yml',
    status: 'in_progress'
  })
  gh.seed.workflowRun({
    id: 5002,
    head_sha: heads[0]!,
    path: '.github/workflows/deploy.yml',
    status: 'queued'
  })
  gh.seed.workflowRun({
    id: 5003,
    head_sha: heads[0]!,
    path: '.github/workflows/ci.yml',
    status: 'in_progress'
  })
  gh.seed.workflowRun({
    id: 1001,
    head_sha: heads[0]!,
    path: '.github/workflows/deploy.yml',
    status: 'in_progress'
  })
})

async function action(
  inputs: Record<string, string>,
  options: {token?: string; event?: unknown; eventName?: string} = {}
): Promise<DistRun> {
  return runDist('freeze-merges', {
    inputs: {token: options.token ?? TOKEN, repository: `${OWNER}/${REPO}`, ...inputs},
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_ACTOR: 'oncall-engineer',
      ...(options.eventName ? {GITHUB_EVENT_NAME: options.eventName} : {})
    },
    event: options.event
  })
}

const check = (sha: string): string | undefined =>
  latestStatuses(gh.state, sha).find(s => s.context === 'merge-freeze')?.state
const writes = () =>
  gh.requests.filter(
    r =>
      r.method !== 'GET' &&
      !(
        r.path === '/graphql' && !/mutation/.test(String((r.body as {query?: string})?.query ?? ''))
      )
  )
const freezeIssue = () => gh.state.issues.find(i => i.labels.includes('merge-freeze'))

const FREEZE = {
  mode: 'freeze',
  reason: 'Bad release 2.4.1',
  incident: 'INC-42',
  'cancel-workflows': 'deploy.yml',
  bypass: 'sre-lead'
}

function prEvent(pr: PullState): unknown {
  return {pull_request: {number: pr.number, base: {ref: pr.base}, head: {sha: pr.head.sha}}}
}

describe('freeze-merges, method status-check, workflow token only (bundled dist, API double)', () => {
  it('while not frozen: status says so, unfreeze succeeds, the guard never blocks', async () => {
    const status = await action({mode: 'status'})
    expect(errors(status)).toEqual([])
    expect(status.outputs).toMatchObject({
      frozen: 'false',
      'freeze-id': '',
      'prs-blocked': '0',
      state: 'null'
    })
    const unfreeze = await action({mode: 'unfreeze'})
    expect(unfreeze.exitCode).toBe(0)
    expect(unfreeze.summary).toContain('Not frozen')
    gh.state.statuses.length = 0
    const guard = await action(
      {mode: 'guard'},
      {eventName: 'pull_request_target', event: prEvent(pulls.green!)}
    )
    expect(errors(guard)).toEqual([])
    expect(check(heads[1]!)).toBe('success')
    expect(gh.violations).toEqual([])
  })

  it('freezes: blocks green pull requests without a push, keeps exemptions, turns auto-merge off, cancels deploys', async () => {
    const run = await action(FREEZE)
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    const issue = freezeIssue()!
    expect(issue.state).toBe('open')
    expect(run.outputs.frozen).toBe('true')
    expect(run.outputs['freeze-id']).toBe(String(issue.number))
    // green + half-approved are blocked; exempt (label + 2 approvals) and oncall (bypass) pass.
    expect(run.outputs['prs-blocked']).toBe('2')
    expect(check(heads[1]!)).toBe('failure')
    expect(check(heads[3]!)).toBe('failure')
    expect(check(heads[2]!)).toBe('success')
    expect(check(heads[4]!)).toBe('success')
    expect(check(heads[5]!)).toBe('success') // another branch is not frozen
    expect(pulls.green!.auto_merge).toBeNull()
    const statusOf = (id: number) => gh.state.workflowRuns.find(r => r.id === id)
    expect(statusOf(5001)?.conclusion).toBe('cancelled')
    expect(statusOf(5002)?.conclusion).toBe('cancelled')
    expect(statusOf(5003)?.status).toBe('in_progress') // ci.yml was not named
    expect(statusOf(1001)?.status).toBe('in_progress') // the current run (GITHUB_RUN_ID)
    const record = parseRecord(issue.body)!
    expect(record).toMatchObject({
      method: 'status-check',
      branches: ['main'],
      reason: 'Bad release 2.4.1',
      by: 'oncall-engineer',
      complete: true,
      expiresAt: null
    })
    expect(record.changes.autoMerge).toEqual([
      {
        number: pulls.green!.number,
        id: expect.any(String),
        method: 'SQUASH',
        title: 'Fix it (#1)',
        body: 'body text'
      }
    ])
    expect(record.changes.cancelledRuns.map(r => r.id)).toEqual([5001, 5002])
    expect(record.exemptions.map(e => e.number).sort()).toEqual(
      [pulls.exempt!.number, pulls.oncall!.number].sort()
    )
    expect(issue.body).toContain('Merges into `main` are frozen')
    expect(JSON.parse(run.outputs.state!)).toEqual(record)
    expect(gh.violations).toEqual([])
  })

  it('is idempotent: a second freeze writes nothing; another incident is added to the same freeze', async () => {
    await action(FREEZE)
    gh.reset()
    const again = await action(FREEZE)
    expect(errors(again)).toEqual([])
    expect(again.summary).toContain('Already frozen')
    expect(writes()).toEqual([])
    const second = await action({...FREEZE, incident: 'INC-43', reason: 'Also the cache'})
    expect(errors(second)).toEqual([])
    expect(gh.state.issues.filter(i => i.labels.includes('merge-freeze'))).toHaveLength(1)
    expect(parseRecord(freezeIssue()!.body)!.incidents.map(i => i.incident)).toEqual([
      'INC-42',
      'INC-43'
    ])
    expect(writes().filter(r => r.path.includes('/statuses/'))).toEqual([])
  })

  it('guards during a freeze: new pushes, fork pull requests and merge groups are blocked; exemptions pass and are recorded', async () => {
    await action(FREEZE)
    // A pull request opened during the freeze, from a fork.
    const fork = gh.seed.pull({
      head: {ref: 'fork-branch', sha: heads[6]!},
      fork: true,
      user: 'outsider'
    })
    const blocked = await action(
      {mode: 'guard'},
      {eventName: 'pull_request_target', event: prEvent(fork)}
    )
    expect(blocked.exitCode).toBe(1)
    expect(errors(blocked)).toHaveLength(1)
    expect(errors(blocked)[0]).toContain(
      `Merges into main are frozen (#${freezeIssue()!.number}: Bad release 2.4.1)`
    )
    expect(blocked.outputs).toMatchObject({frozen: 'true', 'prs-blocked': '1'})
    expect(check(heads[6]!)).toBe('failure')

    const group = await action(
      {mode: 'guard'},
      {
        eventName: 'merge_group',
        event: {merge_group: {head_sha: heads[7]!, base_ref: 'refs/heads/main'}}
      }
    )
    expect(group.exitCode).toBe(1)
    expect(errors(group)[0]).toContain('merge queue group is held')
    expect(check(heads[7]!)).toBe('failure')

    const exempt = await action(
      {mode: 'guard'},
      {eventName: 'pull_request_target', event: prEvent(pulls.exempt!)}
    )
    expect(errors(exempt)).toEqual([])
    expect(check(heads[2]!)).toBe('success')
    const exemptComments = () =>
      gh.state.comments.filter(c =>
        c.body.includes(`#${pulls.exempt!.number} passed the freeze guard as exempt`)
      )
    expect(exemptComments()).toHaveLength(1)
    // Re-runs of the check (a new review, the re-run button) do not repeat the comment.
    for (let i = 0; i < 2; i++) {
      const rerun = await action(
        {mode: 'guard'},
        {eventName: 'pull_request_target', event: prEvent(pulls.exempt!)}
      )
      expect(errors(rerun)).toEqual([])
      expect(rerun.outputs.frozen).toBe('true')
    }
    expect(exemptComments()).toHaveLength(1)
    // A new head is a new fact: it is said once more.
    pulls.exempt!.head.sha = heads[8]!
    await action({mode: 'guard'}, {eventName: 'pull_request_target', event: prEvent(pulls.exempt!)})
    expect(exemptComments()).toHaveLength(2)
    expect(exemptComments()[1]!.body).toContain(heads[8]!.slice(0, 12))

    const half = await action(
      {mode: 'guard'},
      {eventName: 'pull_request', event: prEvent(pulls['half-approved']!)}
    )
    expect(errors(half)[0]).toContain('1 of 2 approving reviews')

    // The promotion freeze: a deploy job's guard step fails while frozen.
    const deploy = await action({mode: 'guard'}, {eventName: 'workflow_dispatch', event: {}})
    expect(deploy.exitCode).toBe(1)
    expect(errors(deploy)[0]).toContain('Promotions wait')
    const develop = await action(
      {mode: 'guard', branches: 'develop'},
      {eventName: 'workflow_dispatch', event: {}}
    )
    expect(develop.exitCode).toBe(0)
    expect(gh.violations).toEqual([])
  })

  it('bypass teams: members pass (read with admin-token); the workflow token alone names the Members fix', async () => {
    gh.state.teams = {sre: ['dev3'], other: ['dev4']}
    const member = gh.seed.pull({head: {ref: 'team-member', sha: heads[10]!}, user: 'dev3'})
    gh.seed.status({sha: heads[10]!, state: 'success', context: 'merge-freeze'})
    const run = await action({...FREEZE, bypass: 'sre-lead\n@octo-org/sre', 'admin-token': ADMIN})
    expect(errors(run)).toEqual([])
    expect(check(heads[10]!)).toBe('success')
    expect(check(heads[1]!)).toBe('failure')
    expect(parseRecord(freezeIssue()!.body)!.exemptions.map(e => e.why)).toContain(
      'author @dev3 is in bypass team octo-org/sre'
    )
    const guard = await action(
      {mode: 'guard', bypass: 'octo-org/sre'},
      {eventName: 'pull_request_target', event: prEvent(member)}
    )
    expect(guard.exitCode).toBe(1)
    expect(errors(guard)).toHaveLength(1)
    expect(errors(guard)[0]).toContain('Members: Read-only (organization permission)')
    const withAdmin = await action(
      {mode: 'guard', bypass: 'octo-org/sre', 'admin-token': ADMIN},
      {eventName: 'pull_request_target', event: prEvent(member)}
    )
    expect(errors(withAdmin)).toEqual([])
    gh.state.teams = {}
  })

  it('a fork pull request with a read-only token: the guard names the fix', async () => {
    const run = await action(
      {mode: 'guard'},
      {token: READ_ONLY, eventName: 'pull_request', event: prEvent(pulls.green!)}
    )
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toContain('statuses: write')
    expect(errors(run)[0]).toContain('pull_request_target')
  })

  it('unfreezes: every blocked pull request can merge again without a push, auto-merge returns, closed ones are skipped', async () => {
    await action(FREEZE)
    const fork = gh.seed.pull({head: {ref: 'fork-branch', sha: heads[6]!}, fork: true})
    await action({mode: 'guard'}, {eventName: 'pull_request_target', event: prEvent(fork)})
    // Opened during the freeze from a fork whose guard could not report: no status at all.
    const silent = gh.seed.pull({head: {ref: 'silent', sha: heads[8]!}, fork: true})
    const closed = gh.seed.pull({
      head: {ref: 'closed', sha: heads[9]!},
      auto_merge: {
        merge_method: 'rebase',
        enabled_by: 'octocat',
        enabled_at: '2026-11-01T00:00:00Z',
        commit_title: '',
        commit_message: ''
      }
    })
    await action(FREEZE)
    expect(closed.auto_merge).toBeNull()
    closed.state = 'closed'
    closed.closed_at = '2026-11-02T00:00:00Z'
    gh.reset()
    const run = await action({mode: 'unfreeze'})
    expect(errors(run)).toEqual([])
    expect(run.outputs.frozen).toBe('false')
    for (const sha of [heads[1]!, heads[2]!, heads[3]!, heads[4]!, heads[6]!, heads[8]!])
      expect(check(sha)).toBe('success')
    expect(silent.state).toBe('open')
    expect(pulls.green!.auto_merge).toMatchObject({
      merge_method: 'squash',
      commit_title: 'Fix it (#1)',
      commit_message: 'body text'
    })
    expect(closed.auto_merge).toBeNull()
    expect(run.summary).toContain(
      `Auto-merge not restored on #${closed.number}: closed or merged meanwhile`
    )
    expect(freezeIssue()!.state).toBe('closed')
    const status = await action({mode: 'status'})
    expect(status.outputs.frozen).toBe('false')
    expect(gh.violations).toEqual([])
  })

  it('expires: past expires-in the guard lets merges through and says so; the next freeze renews', async () => {
    await action({...FREEZE, 'expires-in': '1s'})
    await new Promise(resolve => setTimeout(resolve, 1100))
    const guard = await action(
      {mode: 'guard'},
      {eventName: 'pull_request_target', event: prEvent(pulls.green!)}
    )
    expect(errors(guard)).toEqual([])
    expect(guard.stdout).toContain('expired at')
    expect(check(heads[1]!)).toBe('success')
    const status = await action({mode: 'status'})
    expect(status.outputs.frozen).toBe('false')
    expect(status.summary).toContain('Freeze expired')
    const renew = await action({...FREEZE, 'expires-in': '2h'})
    expect(errors(renew)).toEqual([])
    expect(check(heads[1]!)).toBe('failure')
    expect(Date.parse(parseRecord(freezeIssue()!.body)!.expiresAt!)).toBeGreaterThan(
      Date.now() + 3_500_000
    )
  })

  it('a freeze interrupted halfway completes when run again, and unfreezes exactly', async () => {
    // The second status write fails for good (more 429s than the client retries): the freeze
    // stops halfway, after recording its plan on the issue and blocking one pull request.
    gh.fault({
      kind: '429',
      method: 'POST',
      path: new RegExp(`/statuses/${heads[3]}$`),
      times: 8,
      retryAfter: 0
    })
    const broken = await action(FREEZE)
    expect(broken.exitCode).toBe(1)
    expect(errors(broken)).toHaveLength(1)
    // The error says what was already changed before the failure.
    expect(errors(broken)[0]).toMatch(
      new RegExp(
        `^freeze-merges set the 'merge-freeze' status on open pull requests \\(freeze #${freezeIssue()!.number}\\), but then failed: `
      )
    )
    expect(check(heads[1]!)).toBe('failure')
    expect(check(heads[3]!)).toBe('success')
    expect(freezeIssue()!.state).toBe('open')
    expect(parseRecord(freezeIssue()!.body)!.complete).toBe(false)
    // The record already lists the auto-merge it was about to turn off.
    expect(parseRecord(freezeIssue()!.body)!.changes.autoMerge.map(a => a.number)).toEqual([
      pulls.green!.number
    ])
    gh.reset()
    const again = await action(FREEZE)
    expect(errors(again)).toEqual([])
    expect(parseRecord(freezeIssue()!.body)!.complete).toBe(true)
    expect(check(heads[1]!)).toBe('failure')
    expect(pulls.green!.auto_merge).toBeNull()
    await action({mode: 'unfreeze'})
    expect(check(heads[1]!)).toBe('success')
    expect(pulls.green!.auto_merge?.merge_method).toBe('squash')
  })

  it('a new freeze that fails before changing anything closes its issue again', async () => {
    gh.fault({kind: '429', method: 'POST', path: /\/statuses\//, times: 8, retryAfter: 0})
    const broken = await action(FREEZE)
    expect(broken.exitCode).toBe(1)
    expect(errors(broken)).toHaveLength(1)
    expect(errors(broken)[0]).not.toContain('but then failed')
    expect(freezeIssue()!.state).toBe('closed')
    const status = await action({mode: 'status'})
    expect(status.outputs.frozen).toBe('false')
  })

  it('a rate limit longer than max-rate-limit-wait fails at once with the reset time, nothing changed', async () => {
    gh.fault({kind: '429', method: 'GET', path: /\/issues$/, times: 1, retryAfter: 120})
    const started = Date.now()
    const limited = await action({...FREEZE, 'max-rate-limit-wait': '30'})
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(limited.exitCode).toBe(1)
    expect(errors(limited)).toHaveLength(1)
    expect(errors(limited)[0]).toContain('max-rate-limit-wait (30 s in total')
    expect(errors(limited)[0]).not.toContain('but then failed')
    expect(writes()).toEqual([])
    expect(freezeIssue()).toBeUndefined()
  })

  it('dry run plans and changes nothing', async () => {
    const run = await action({...FREEZE, 'dry-run': 'true'})
    expect(errors(run)).toEqual([])
    expect(run.summary).toContain('dry run')
    expect(writes()).toEqual([])
    expect(freezeIssue()).toBeUndefined()
  })

  it('permission errors name the permission and the fix, and change nothing', async () => {
    const readOnly = await action(FREEZE, {token: READ_ONLY})
    expect(readOnly.exitCode).toBe(1)
    expect(errors(readOnly)).toHaveLength(1)
    expect(errors(readOnly)[0]).toContain('issues: write')
    expect(errors(readOnly)[0]).toContain('actions/create-github-app-token')
    expect(gh.state.statuses.filter(s => s.state === 'failure')).toEqual([])

    const noAdmin = await action({mode: 'setup'})
    expect(errors(noAdmin)[0]).toContain("Input 'admin-token' is empty")

    const workflowAsAdmin = await action({mode: 'setup', 'admin-token': TOKEN})
    expect(workflowAsAdmin.exitCode).toBe(1)
    expect(errors(workflowAsAdmin)).toHaveLength(1)
    expect(errors(workflowAsAdmin)[0]).toContain('can never edit branch protection')
    expect(errors(workflowAsAdmin)[0]).toContain('Administration: Read and write')
    expect(gh.state.protection).toEqual({})
  })

  it('setup adds the check to the required checks without dropping any', async () => {
    gh.seed.protection('main', {
      required_status_checks: {strict: true, checks: [{context: 'ci/build', app_id: 15368}]},
      enforce_admins: true
    })
    const run = await action({mode: 'setup', 'admin-token': ADMIN})
    expect(errors(run)).toEqual([])
    expect(gh.state.protection.main!.required_status_checks).toEqual({
      strict: true,
      checks: [
        {context: 'ci/build', app_id: 15368},
        {context: 'merge-freeze', app_id: null}
      ]
    })
    expect(gh.state.protection.main!.enforce_admins).toBe(true)
    gh.reset()
    const again = await action({mode: 'setup', 'admin-token': ADMIN})
    expect(again.summary).toContain('already required')
    expect(gh.requests.filter(r => r.method !== 'GET')).toEqual([])
    delete gh.state.protection.main
  })
})

describe('freeze-merges hostile inputs: one ::error:: naming the input, no write', () => {
  const cases: [string, string][] = [
    ['mode', 'melt'],
    ['mode', '--freeze'],
    ['method', 'ruleset\nbranch-protection'],
    ['method', 'x'.repeat(100_000)],
    ['branches', '-main'],
    ['branches', 'main\n--force'],
    ['branches', 'bad..name'],
    ['branches', 'x'.repeat(300)],
    ['reason', 'line one\nline two'],
    ['reason', 'x'.repeat(100_000)],
    ['incident', 'INC-1\nINC-2'],
    ['incident', 'x'.repeat(1000)],
    ['bypass', '-rf'],
    ['bypass', 'org/team/extra'],
    ['bypass', 'org/-team'],
    ['bypass', 'x'.repeat(100_000)],
    ['exempt-label', 'a\nb'],
    ['exempt-label', 'x'.repeat(51)],
    ['exempt-approvals', 'two'],
    ['exempt-approvals', '-1'],
    ['exempt-approvals', '1e3'],
    ['exempt-approvals', '9'.repeat(400)],
    ['disable-auto-merge', 'yes'],
    ['disable-auto-merge', '-true'],
    ['cancel-workflows', '--all'],
    ['cancel-workflows', 'deploy.yml\n../../etc/passwd'],
    ['cancel-workflows', 'deploy'],
    ['expires-in', '-1h'],
    ['expires-in', 'soon'],
    ['expires-in', '31d'],
    ['expires-in', '1h\n2h'],
    ['check-name', 'a\nb'],
    ['check-name', 'x'.repeat(101)],
    ['repository', '-octo/repo'],
    ['admin-token', 'ghs_secret part\nsecond line'],
    ['admin-token', '--help'],
    ['max-rate-limit-wait', '-5'],
    ['max-rate-limit-wait', '21601'],
    ['max-rate-limit-wait', '5m'],
    ['dry-run', 'maybe']
  ]
  const shown = (v: string) =>
    JSON.stringify(v.length > 40 ? `${v.slice(0, 20)}... (${v.length} chars)` : v)
  it.each(cases.map(([name, value]) => [name, shown(value), value]))(
    '%s = %s',
    async (name, _shown, value) => {
      const run = await action({...FREEZE, [name]: value})
      expect(run.exitCode).toBe(1)
      expect(errors(run)).toHaveLength(1)
      expect(errors(run)[0]).toContain(`Input '${name}'`)
      expect(gh.requests).toEqual([])
    }
  )

  it('an empty token fails before any request', async () => {
    const run = await action({...FREEZE, token: ''})
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toContain("Input 'token'")
    expect(gh.requests).toEqual([])
  })

  it('a leading dash in the reason is just text', async () => {
    const run = await action({...FREEZE, reason: '--force everything'})
    expect(errors(run)).toEqual([])
    expect(parseRecord(freezeIssue()!.body)!.reason).toBe('--force everything')
  })
})
