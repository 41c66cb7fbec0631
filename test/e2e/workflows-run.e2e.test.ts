// The other reusable workflows, run by the workflow executor against the drill world:
// merge-freeze.yml by hand, freeze-guard.yml on a pull request, and rollback-drill.yml's dry
// run against a healthy staging (nothing may change).
import {afterEach, beforeEach, describe, expect, it} from '@jest/globals'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {
  BAD,
  createDrillWorld,
  NAMESPACE,
  OWNER,
  RELEASE,
  REPO,
  TOKEN,
  type DrillWorld
} from '../../sandbox/drill-world.js'
import {ROOT} from '../../sandbox/runner.js'
import {WorkflowExecutor} from '../../sandbox/workflow/executor.js'

const needed = ['freeze-merges', 'smoke-verify'].filter(
  name => !existsSync(join(ROOT, 'dist', name, 'index.js'))
)
const suite = needed.length ? describe.skip : describe
if (needed.length)
  console.log(`skipped: these workflows need actions not in this checkout: ${needed.join(', ')}`)

let world: DrillWorld
beforeEach(async () => {
  world = await createDrillWorld('manual', {healthy: true})
})
afterEach(async () => world.close())

const executor = (eventName: string, event: Record<string, unknown> = {}) =>
  new WorkflowExecutor({
    root: ROOT,
    repository: `${OWNER}/${REPO}`,
    selfNames: ['rollback-kit/rollback-kit'],
    eventName,
    event,
    workspace: world.dir,
    env: {...world.helm.env, GITHUB_API_URL: world.gh.url},
    github: {token: TOKEN}
  })

suite('workflows run by the executor', () => {
  it('merge-freeze.yml freezes and unfreezes by hand', async () => {
    const freeze = await executor('workflow_dispatch').run({
      workflow: '.github/workflows/merge-freeze.yml',
      inputs: {mode: 'freeze', reason: 'incident drill'}
    })
    expect(freeze.conclusion).toBe('success')
    expect(freeze.outputs.frozen).toBe('true')
    const unfreeze = await executor('workflow_dispatch').run({
      workflow: '.github/workflows/merge-freeze.yml',
      inputs: {mode: 'unfreeze'}
    })
    expect(unfreeze.conclusion).toBe('success')
    expect(unfreeze.outputs.frozen).toBe('false')
    expect(world.gh.violations).toEqual([])
  }, 120_000)

  it('freeze-guard.yml reports the freeze on a pull request', async () => {
    await executor('workflow_dispatch').run({
      workflow: '.github/workflows/merge-freeze.yml',
      inputs: {mode: 'freeze', reason: 'incident drill'}
    })
    const pr = world.gh.state.pulls.find(p => p.number === 21)
    const guard = await executor('pull_request', {
      action: 'synchronize',
      number: 21,
      pull_request: {number: 21, head: {sha: pr?.head.sha, ref: pr?.head.ref}, labels: []}
    }).run({workflow: '.github/workflows/freeze-guard.yml'})
    expect(guard.jobs.guard?.outputs.frozen).toBe('true')
  }, 120_000)

  it('rollback-drill.yml rehearses in dry run: the chain runs, nothing changes', async () => {
    const deploymentsBefore = world.gh.state.deployments.length
    const run = await executor('workflow_dispatch').run({
      workflow: '.github/workflows/rollback-drill.yml',
      inputs: {
        environment: 'production',
        release: RELEASE,
        namespace: NAMESPACE,
        'smoke-url': world.smokeUrl
      }
    })
    const rollback = run.jobs.drill?.call
    expect(rollback?.jobs.record?.result).toBe('success')
    expect(rollback?.jobs['rollback-app']?.result).toBe('success')
    expect(world.deployedVersion()).toBe(BAD.slice(1))
    expect(world.gh.state.deployments).toHaveLength(deploymentsBefore)
    expect(world.gh.state.issues).toEqual([])
    expect(world.gh.state.comments).toEqual([])
  }, 120_000)
})
