// npm run drill's three scenarios, end to end: the real rollback.yml (and post-deploy-verify.yml)
// through the workflow executor, every action from its committed dist/, against the drill world.
import {describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {drill, missingActions} from '../../sandbox/drill-run.js'
import {ROOT} from '../../sandbox/runner.js'

const missing = missingActions()
// Until every action the chain uses is in this checkout, the scenarios cannot run at all.
const scenarios = missing.length ? describe.skip : describe
if (missing.length)
  console.log(
    `skipped: the drill scenarios need actions not in this checkout: ${missing.join(', ')}`
  )

const quiet = () => undefined

scenarios('drill scenarios', () => {
  it('manual: rolls back, verifies, unfreezes after the watch window, seals the evidence', async () => {
    const result = await drill({scenario: 'manual', print: quiet})
    expect(result.stage).toBe('complete')
    expect(result.evidenceErrors).toEqual([])
    expect(result.ok).toBe(true)
    expect(result.world.deployed).toBe('1.2.0')
    expect(result.run.jobs.unfreeze?.result).toBe('success')
    expect(result.world.issue?.state).toBe('closed')
    expect(result.world.issue?.comments.at(-1)).toContain('Rollback complete')
    expect(result.summary).toContain('time to initiate')
  }, 120_000)

  it('auto: post-deploy-verify fails and calls rollback.yml with trigger auto', async () => {
    const result = await drill({scenario: 'auto', print: quiet})
    expect(result.run.jobs.verify?.result).toBe('failure')
    expect(result.run.jobs.rollback?.call?.file).toBe('.github/workflows/rollback.yml')
    expect(result.stage).toBe('complete')
    expect(result.ok).toBe(true)
    expect(result.world.issue?.comments[0]).toContain('automatic')
  }, 120_000)

  it('failed: the app stays broken, the rollback is recorded failed and the freeze stays', async () => {
    const result = await drill({scenario: 'failed', print: quiet})
    expect(result.stage).toBe('failed')
    expect(result.ok).toBe(false)
    expect(result.evidenceErrors).toEqual([])
    expect(result.run.jobs.verify?.result).toBe('failure')
    expect(result.run.jobs.unfreeze?.result).toBe('skipped')
    expect(result.world.issue?.state).toBe('open')
    expect(result.world.issue?.comments.at(-1)).toMatch(/freeze stays on/)
  }, 120_000)
})

describe('the drill command', () => {
  it.each([
    [['drill', '--help'], 0, /Usage: npm run drill/],
    [['drill', '--scenario', 'sideways'], 2, /Unknown or incomplete flag '--scenario sideways'/],
    [['drill', '--keep'], 2, /Unknown or incomplete flag '--keep'/]
  ])('rollback-kit %j', (args, code, text) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'rollback-kit.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(`${result.stdout}${result.stderr}`).toMatch(text)
    expect(result.status).toBe(code)
  })
})
