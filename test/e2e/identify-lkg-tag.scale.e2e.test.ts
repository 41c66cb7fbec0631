import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {manyTagsWorld, type ManyTagsWorld} from '../../sandbox/scenarios.js'
import {errors, runDist} from '../../sandbox/runner.js'

let world: ManyTagsWorld
beforeAll(async () => {
  world = await manyTagsWorld(5000, 3)
}, 120_000)
afterAll(async () => world?.close())

describe('identify-lkg-tag with 5,000 tags', () => {
  it('finds the answer in at most 6 API requests when only the newest 3 fail', async () => {
    const run = await runDist('identify-lkg-tag', {
      inputs: {token: 'ghs_scale', repository: 'octo-org/payments-api'},
      env: {GITHUB_API_URL: world.gh.url}
    })
    expect(errors(run)).toEqual([])
    const newest = world.tags.slice(-4).reverse()
    expect(run.outputs['current-tag']).toBe(newest[0])
    expect(run.outputs.tag).toBe(newest[3])
    expect(JSON.parse(run.outputs.rejected!).map((r: {tag: string}) => r.tag)).toEqual(
      newest.slice(1, 3)
    )
    expect(world.gh.requests.length).toBeLessThanOrEqual(6)
    expect(world.gh.violations).toEqual([])
    expect(run.summary).toContain('Tags matching the pattern with a semver version: 5000')
  })
})
