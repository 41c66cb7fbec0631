// The drill's world on its own, with the actions this checkout has: the known-good release is
// found from the double's deployments and checks, the helm stand-in rolls back, and the smoke
// target turns healthy exactly when v1.3.0 is no longer deployed.
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {
  BAD,
  createDrillWorld,
  ENVIRONMENT,
  KNOWN_GOOD,
  MIGRATIONS,
  NAMESPACE,
  RELEASE,
  TOKEN,
  type DrillWorld
} from '../../sandbox/drill-world.js'
import {createRepo, runGit} from '../../sandbox/git-fixture.js'
import {errors, runDist} from '../../sandbox/runner.js'

let world: DrillWorld
beforeAll(async () => {
  world = await createDrillWorld('manual')
})
afterAll(async () => world.close())

const health = async () => (await fetch(world.smokeUrl)).status

describe('the drill world', () => {
  it('starts broken, with the bad release deployed', async () => {
    expect(world.deployedVersion()).toBe(BAD.slice(1))
    expect(await health()).toBe(503)
  })

  it('leads identify-lkg-tag to the known-good release and helm-rollback to its revision; then the app is healthy', async () => {
    const env = {...world.helm.env, GITHUB_API_URL: world.gh.url}
    const lkg = await runDist('identify-lkg-tag', {
      inputs: {token: TOKEN, repository: 'octo-org/payments-api', environment: ENVIRONMENT},
      env
    })
    expect(errors(lkg)).toEqual([])
    expect([lkg.outputs.tag, lkg.outputs['current-tag']]).toEqual([KNOWN_GOOD, BAD])
    const helm = await runDist('helm-rollback', {
      inputs: {release: RELEASE, namespace: NAMESPACE, 'to-app-version': KNOWN_GOOD},
      env
    })
    expect(errors(helm)).toEqual([])
    expect(helm.outputs.status).toBe('rolled-back')
    expect(world.deployedVersion()).toBe(KNOWN_GOOD.slice(1))
    expect(await health()).toBe(200)
    expect(world.gh.violations).toEqual([])
  })

  it("holds a database with every migration up to the bad release applied, the bad release's being exactly those git added since the known-good tag", async () => {
    const db = world.db as NonNullable<DrillWorld['db']>
    expect(db).toBeDefined()
    const all = Object.values(MIGRATIONS).flat()
    expect(await db.applied()).toEqual(all)
    expect(await db.columns()).toEqual(['amount', 'currency', 'id', 'refund_reason'])
    expect(await db.indexes()).toEqual(['payments_amount_idx', 'payments_pkey'])
    const added = await runGit(world.dir, [
      'diff',
      '--name-only',
      '--diff-filter=A',
      KNOWN_GOOD,
      BAD,
      '--',
      'migrations'
    ])
    expect(added.trim().split('\n')).toEqual(MIGRATIONS[BAD].map(name => `migrations/${name}.js`))
    // The checkout is the bad release, clean: migrate-down's work-tree gate must pass.
    expect(await runGit(world.dir, ['status', '--porcelain'])).toBe('')
    expect(world.stoodIn.join('\n')).toMatch(/PGlite.*scope L2/)
  })

  it('holds merged pull requests in the bad range and open ones a freeze must hold', () => {
    const merged = world.gh.state.pulls.filter(p => p.merged_at).map(p => p.number)
    expect(merged).toEqual(world.mergedPulls)
    expect(world.gh.state.pulls.filter(p => p.state === 'open').map(p => p.number)).toEqual(
      world.openPulls
    )
  })
})

describe('the failed scenario', () => {
  it('keeps the app broken even after a rollback', async () => {
    const failed = await createDrillWorld('failed')
    try {
      expect((await fetch(failed.smokeUrl)).status).toBe(503)
      const helm = await runDist('helm-rollback', {
        inputs: {release: RELEASE, namespace: NAMESPACE, 'to-app-version': KNOWN_GOOD},
        env: failed.helm.env
      })
      expect(helm.exitCode).toBe(0)
      expect((await fetch(failed.smokeUrl)).status).toBe(503)
    } finally {
      await failed.close()
    }
  })
})

describe('--dir: a repository of the user', () => {
  it('uses its newest release tags, leads the chain to the one before the newest, and changes nothing in it', async () => {
    const user = await createRepo()
    try {
      const shas = await user.commits(['one', 'two', 'three', 'four', 'five', 'six'])
      await user.tags([
        {name: 'v0.9.0', sha: shas[0] as string},
        {name: 'v1.0.0', sha: shas[1] as string},
        {name: 'v1.10.0', sha: shas[4] as string, annotated: true},
        {name: 'v1.2.0', sha: shas[2] as string},
        {name: 'v1.9.0', sha: shas[3] as string},
        {name: 'nightly', sha: shas[5] as string}
      ])
      const refsBefore = await user.git(['for-each-ref'])
      const headBefore = await user.revParse('HEAD')
      const world = await createDrillWorld('manual', {dir: user.dir})
      try {
        expect(world.releases).toEqual(['v1.0.0', 'v1.2.0', 'v1.9.0', 'v1.10.0'])
        expect([world.bad, world.knownGood]).toEqual(['v1.10.0', 'v1.9.0'])
        expect(world.stoodIn.join('\n')).toContain(user.dir)
        // No database of the user's: scope L1, said so.
        expect(world.db).toBeUndefined()
        expect(world.stoodIn.join('\n')).toMatch(/scope L1/)
        const lkg = await runDist('identify-lkg-tag', {
          inputs: {token: TOKEN, repository: 'octo-org/payments-api', environment: ENVIRONMENT},
          env: {GITHUB_API_URL: world.gh.url}
        })
        expect(errors(lkg)).toEqual([])
        expect(lkg.outputs.tag).toBe('v1.9.0')
        expect(world.gh.violations).toEqual([])
      } finally {
        await world.close()
      }
      expect(await user.git(['for-each-ref'])).toBe(refsBefore)
      expect(await user.revParse('HEAD')).toBe(headBefore)
      expect(await user.git(['status', '--porcelain'])).toBe('')
    } finally {
      await user.cleanup()
    }
  })

  it('refuses a repository without two release tags', async () => {
    const user = await createRepo()
    try {
      await user.commit('one')
      await expect(createDrillWorld('manual', {dir: user.dir})).rejects.toThrow(
        /needs at least two release tags/
      )
    } finally {
      await user.cleanup()
    }
  })
})
