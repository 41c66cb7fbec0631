import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {startGitHubDouble, type GitHubDouble} from '../../sandbox/github-double/index.js'
import {idFor} from '../../sandbox/github-double/shapes.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'
import {parseRecord} from '../../src/freeze-merges/record.js'

const OWNER = 'octo-org'
const REPO = 'payments-api'
const ADMIN = 'ghs_admin_app_token'
const WORKFLOW = 'ghs_workflow_token'

let gh: GitHubDouble

beforeAll(async () => {
  gh = await startGitHubDouble({owner: OWNER, repo: REPO})
})

afterAll(async () => gh.close())

beforeEach(() => {
  gh.reset()
  gh.state.tokens = {[ADMIN]: 'admin', [WORKFLOW]: 'workflow'}
  gh.state.issues.length = 0
  gh.state.rulesets = []
  // Someone else's ruleset, which a freeze must never touch.
  gh.seed.ruleset({
    name: 'require-reviews',
    conditions: {ref_name: {include: ['~DEFAULT_BRANCH'], exclude: []}},
    rules: [{type: 'deletion'}]
  })
})

async function action(inputs: Record<string, string>, adminToken = ADMIN): Promise<DistRun> {
  return runDist('freeze-merges', {
    inputs: {
      token: WORKFLOW,
      'admin-token': adminToken,
      repository: `${OWNER}/${REPO}`,
      method: 'ruleset',
      ...inputs
    },
    env: {GITHUB_API_URL: gh.url}
  })
}

const rulesetWrites = () =>
  gh.requests.filter(r => r.method !== 'GET' && r.path.includes('/rulesets')).length

describe('freeze-merges method ruleset (bundled dist, API double)', () => {
  it('creates one dedicated ruleset in one write, idempotently, and deletes it at unfreeze', async () => {
    const other = structuredClone(gh.state.rulesets[0])
    gh.state.teams = {sre: ['dev3']}
    const run = await action({
      mode: 'freeze',
      branches: 'main',
      bypass: 'sre-lead\nocto-org/sre',
      reason: 'INC'
    })
    expect(errors(run)).toEqual([])
    expect(rulesetWrites()).toBe(1)
    const freeze = gh.state.rulesets.find(r => r.name === 'merge-freeze')!
    expect(freeze).toMatchObject({
      enforcement: 'active',
      target: 'branch',
      conditions: {ref_name: {include: ['refs/heads/main'], exclude: []}},
      rules: [{type: 'update', parameters: {update_allows_fetch_and_merge: false}}],
      bypass_actors: [
        {actor_id: idFor('sre-lead'), actor_type: 'User', bypass_mode: 'always'},
        {actor_id: idFor('team:sre'), actor_type: 'Team', bypass_mode: 'always'}
      ]
    })
    const branchRules = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/rules/branches/main`, {
      headers: {authorization: `token ${ADMIN}`}
    }).then(r => r.json() as Promise<{type: string}[]>)
    expect(branchRules.map(r => r.type)).toContain('update')
    expect(parseRecord(gh.state.issues[0]!.body)!.changes.ruleset).toEqual({
      name: 'merge-freeze',
      id: freeze.id
    })

    gh.reset()
    const again = await action({
      mode: 'freeze',
      branches: 'main',
      bypass: 'sre-lead\nocto-org/sre',
      reason: 'INC'
    })
    expect(errors(again)).toEqual([])
    expect(rulesetWrites()).toBe(0)

    gh.reset()
    const unfrozen = await action({mode: 'unfreeze'})
    expect(errors(unfrozen)).toEqual([])
    expect(rulesetWrites()).toBe(1)
    expect(gh.state.rulesets).toEqual([other])
    expect(gh.violations).toEqual([])
  })

  it('enables an existing disabled ruleset of that name and puts it back exactly', async () => {
    const existing = gh.seed.ruleset({
      name: 'merge-freeze',
      enforcement: 'disabled',
      conditions: {ref_name: {include: ['refs/heads/old'], exclude: []}},
      rules: [{type: 'update', parameters: {update_allows_fetch_and_merge: true}}],
      bypass_actors: [{actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always'}]
    })
    const before = structuredClone(existing)
    const run = await action({mode: 'freeze', branches: 'main'})
    expect(errors(run)).toEqual([])
    expect(existing.enforcement).toBe('active')
    expect(gh.state.rulesets.filter(r => r.name === 'merge-freeze')).toHaveLength(1)
    const unfrozen = await action({mode: 'unfreeze'})
    expect(errors(unfrozen)).toEqual([])
    const after = gh.state.rulesets.find(r => r.id === existing.id)!
    expect({...after, updated_at: before.updated_at}).toEqual(before)
  })

  it('the workflow token cannot write rulesets: the error names the fix and nothing changes', async () => {
    const run = await action({mode: 'freeze', branches: 'main'}, WORKFLOW)
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toContain('can never edit branch protection or rulesets')
    expect(gh.state.rulesets.map(r => r.name)).toEqual(['require-reviews'])
    // The issue it opened first is closed again: nothing is frozen.
    expect(gh.state.issues.map(i => i.state)).toEqual(['closed'])
  })
})
