// 500 open pull requests across GraphQL pages, with GitHub's faults injected while paging.
import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {latestStatuses} from '../../sandbox/github-double/model/checks.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'
import {manyPullsWorld, type ManyPullsWorld} from '../../sandbox/scenarios.js'
import {parseRecord} from '../../src/freeze-merges/record.js'

const PULLS = 500
const TOKEN = 'ghs_workflow_token'
const ADMIN = 'ghs_admin_token'
let world: ManyPullsWorld

beforeAll(async () => {
  world = await manyPullsWorld(PULLS)
}, 120_000)

afterAll(async () => world.close())

beforeEach(() => {
  const {gh} = world
  gh.reset()
  gh.state.tokens = {[TOKEN]: 'workflow', [ADMIN]: 'admin'}
  gh.state.issues.length = 0
  gh.state.rulesets = []
  // Page faults: a proxy 502, a secondary rate limit and a bare 429, one after the other.
  gh.fault({kind: '502', graphql: true})
  gh.fault({kind: 'secondary-403', graphql: true, retryAfter: 1})
  gh.fault({kind: '429', graphql: true, retryAfter: 0})
})

async function action(inputs: Record<string, string>): Promise<DistRun> {
  return runDist('freeze-merges', {
    inputs: {token: TOKEN, repository: 'octo-org/payments-api', ...inputs},
    env: {GITHUB_API_URL: world.gh.url}
  })
}

const writes = () =>
  world.gh.requests.filter(r => r.method !== 'GET' && r.path !== '/graphql' && r.status < 400)

describe(`freeze-merges with ${PULLS} open pull requests (bundled dist, faults while paging)`, () => {
  it('ruleset: blocks all of them with one ruleset write, and unfreezes with one', async () => {
    const run = await action({mode: 'freeze', method: 'ruleset', 'admin-token': ADMIN})
    expect(errors(run)).toEqual([])
    expect(run.outputs['prs-blocked']).toBe(String(PULLS))
    const rulesetWrites = writes().filter(r => r.path.includes('/rulesets'))
    expect(rulesetWrites).toHaveLength(1)
    // issue create + ruleset + issue save: the PR count does not matter.
    expect(writes()).toHaveLength(3)
    // Pages of 100 were read, the faulted ones again.
    const pages = world.gh.requests.filter(r => r.path === '/graphql').length
    expect(pages).toBeGreaterThanOrEqual(PULLS / 100)
    const faulted = world.gh.requests.filter(r => r.path === '/graphql' && r.status >= 400)
    expect(faulted.map(r => r.status)).toEqual([502, 403, 429])
    world.gh.reset()
    const unfrozen = await action({mode: 'unfreeze', method: 'ruleset', 'admin-token': ADMIN})
    expect(errors(unfrozen)).toEqual([])
    expect(writes().filter(r => r.path.includes('/rulesets'))).toHaveLength(1)
    expect(world.gh.state.rulesets).toEqual([])
    expect(world.gh.violations).toEqual([])
  })

  it('status-check: every head already blocked costs no status write; status counts all of them', async () => {
    for (const sha of world.heads)
      world.gh.seed.status({sha, state: 'failure', context: 'merge-freeze'})
    const run = await action({mode: 'freeze', reason: 'scale'})
    expect(errors(run)).toEqual([])
    expect(run.outputs['prs-blocked']).toBe(String(PULLS))
    expect(writes().filter(r => r.path.includes('/statuses/'))).toEqual([])
    expect(parseRecord(world.gh.state.issues[0]!.body)!.complete).toBe(true)
    world.gh.reset()
    world.gh.fault({kind: '502', graphql: true})
    const status = await action({mode: 'status'})
    expect(errors(status)).toEqual([])
    expect(status.outputs).toMatchObject({frozen: 'true', 'prs-blocked': String(PULLS)})
    expect(writes()).toEqual([])
    expect(world.gh.violations).toEqual([])
    // Leave the world green for the next test.
    for (const sha of world.heads)
      world.gh.seed.status({sha, state: 'success', context: 'merge-freeze'})
    expect(latestStatuses(world.gh.state, world.heads[0]!)[0]?.state).toBe('success')
  })
})
