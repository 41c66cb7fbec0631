import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {join} from 'node:path'
import {
  createHelmStandin,
  standinRevisions,
  type StandinRelease
} from '../../sandbox/helm/standin.js'
import {
  createRealHelmBed,
  inCI,
  realHelmForTests,
  spawnCapture,
  type RealHelmBed
} from '../../sandbox/helm/real-helm.js'
import {
  historyArgs,
  parseHelmVersion,
  rollbackArgs,
  versionArgs,
  type RollbackOptions,
  type Scope,
  type WaitMode
} from '../../src/lib/helm/argv.js'
import {createHelm} from '../../src/lib/helm/helm.js'
import {parseHistory} from '../../src/lib/helm/history.js'
import {createCommandRunner, type CommandRunner} from '../../src/lib/exec.js'

// Every argv that helm-rollback and identify-lkg-tag build (src/lib/helm/argv.ts), each option
// combination, run through the real helm of each major over the memory driver: helm must
// accept it exactly as the stand-in does.

const revisions = (name: string) =>
  standinRevisions(name, [
    ['superseded', '1.0.0'],
    ['superseded', '1.1.0'],
    ['failed', '1.2.0', {updated: ''}],
    ['deployed', '1.3.0']
  ])
// The same release in helm's default namespace and in prod, so every scope finds it.
const releases: StandinRelease[] = [
  {name: 'payments', revisions: revisions('payments')},
  {name: 'payments', namespace: 'prod', revisions: revisions('payments')}
]

const scopes: Scope[] = [
  {release: 'payments'},
  {release: 'payments', namespace: 'prod'},
  {release: 'payments', kubeContext: 'kind-rollback'},
  {release: 'payments', namespace: 'prod', kubeContext: 'kind-rollback'}
]
const waits: WaitMode[] = ['true', 'false', 'watcher', 'hookOnly', 'legacy']

/** Every combination of the options the action's inputs can produce (timeout varied apart). */
function everyRollback(): {scope: Scope; options: RollbackOptions}[] {
  const all: {scope: Scope; options: RollbackOptions}[] = []
  for (const scope of scopes)
    for (const wait of waits)
      for (const dryRun of [false, true])
        for (const cleanupOnFail of [false, true])
          for (const historyMax of [0, 10])
            all.push({
              scope,
              options: {revision: 2, wait, timeout: '5m0s', cleanupOnFail, historyMax, dryRun}
            })
  return all
}

// Durations the timeout input accepts (its pattern), each a valid Go duration.
const timeouts = ['5m0s', '300s', '1h30m', '1.5h', '90s', '250ms', '1µs', '10us', '0s']

/** Runs tasks a few at a time: two cores, many short processes. */
async function inBatches<T, R>(items: T[], size: number, task: (item: T) => Promise<R>) {
  const results: R[] = []
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(task))))
  }
  return results
}

const found = {3: await realHelmForTests(3), 4: await realHelmForTests(4)}
const success = 'Rollback was a success! Happy Helming!\n'

describe.each([3, 4] as const)('the actions argv against real helm v%i', major => {
  const helm = found[major]
  const test = helm.ok || inCI() ? it : it.skip
  let real: RealHelmBed | undefined

  beforeAll(async () => {
    if (helm.ok) real = await createRealHelmBed(helm.bin, releases)
  })
  afterAll(async () => {
    await real?.cleanup()
  })

  function bed(): RealHelmBed {
    if (!helm.ok) throw new Error(`real helm ${helm.pin.version} is unavailable: ${helm.reason}`)
    if (!real) throw new Error('the real helm bed was not set up')
    return real
  }

  test('version: parsed to the pinned version and major', async () => {
    const run = await bed().run(versionArgs())
    expect(run.exitCode).toBe(0)
    const version = parseHelmVersion(run.stdout)
    expect({version: version.version, major: version.major}).toEqual({
      version: helm.pin.version,
      major
    })
  })

  test.each(scopes)('history %j: accepted and parsed', async scope => {
    const run = await bed().run(historyArgs(scope))
    expect({exitCode: run.exitCode, stderr: run.stderr}).toEqual({exitCode: 0, stderr: ''})
    const history = parseHistory(run.stdout)
    expect(history.map(r => [r.revision, r.status, r.appVersion, r.updated === undefined])).toEqual(
      [
        [1, 'superseded', '1.0.0', false],
        [2, 'superseded', '1.1.0', false],
        [3, 'failed', '1.2.0', true],
        [4, 'deployed', '1.3.0', false]
      ]
    )
  })

  test('rollback: every option combination is accepted, as by the stand-in', async () => {
    const version = parseHelmVersion((await bed().run(versionArgs())).stdout)
    const cases = everyRollback()
    expect(cases).toHaveLength(160)
    // Several combinations give the same argv (v3 has one --wait for four modes): run each once.
    const argvs = [
      ...new Map(
        cases.map(({scope, options}) => {
          const args = rollbackArgs(version, scope, options)
          return [JSON.stringify(args), args] as const
        })
      ).values()
    ]
    expect(argvs).toHaveLength(major === 3 ? 64 : 96)
    const results = await inBatches(argvs, 4, async args => {
      const run = await bed().run(args)
      // A fresh stand-in per argv: real helm's memory driver forgets each run, the stand-in not.
      const fake = createHelmStandin({version: helm.pin.version, releases})
      try {
        const faked = await spawnCapture(join(fake.binDir, 'helm'), args, {
          ...process.env,
          ...fake.env
        })
        return {args, real: run, standin: faked}
      } finally {
        fake.cleanup()
      }
    })
    for (const {args, real: run, standin: faked} of results) {
      expect({args, ...run}).toEqual({args, exitCode: 0, stdout: success, stderr: ''})
      expect({args, ...faked}).toEqual({args, ...run})
    }
    // About 200 short processes on a shared two-core machine.
  }, 240_000)

  test.each(timeouts)('rollback --timeout=%s is accepted', async timeout => {
    const version = parseHelmVersion((await bed().run(versionArgs())).stdout)
    const args = rollbackArgs(version, scopes[1] as Scope, {
      revision: 2,
      wait: 'true',
      timeout,
      cleanupOnFail: false,
      historyMax: 10,
      dryRun: false
    })
    expect({args, ...(await bed().run(args))}).toEqual({
      args,
      exitCode: 0,
      stdout: success,
      stderr: ''
    })
  })

  test('the helm adapter (src/lib/helm) over @actions/exec: version, history, rollback, errors', async () => {
    const env = bed().env
    const base = createCommandRunner()
    const runner: CommandRunner = {
      run: (file, args, options) => base.run(file, args, {...options, env})
    }
    const adapter = createHelm(runner, {bin: join(bed().binDir, 'helm')})
    const version = await adapter.version()
    expect(version.version).toBe(helm.pin.version)
    const scope = {release: 'payments', namespace: 'prod'}
    expect((await adapter.history(scope)).map(r => r.revision)).toEqual([1, 2, 3, 4])
    const options: RollbackOptions = {
      revision: 2,
      wait: 'true',
      timeout: '5m0s',
      cleanupOnFail: true,
      historyMax: 10,
      dryRun: false
    }
    expect((await adapter.rollback(version, scope, options)).stdout).toBe(success)
    // The refusals the adapter explains, in real helm's words.
    await expect(adapter.rollback(version, scope, {...options, revision: 9})).rejects.toMatchObject(
      {
        helmSaid: 'Error: release has no 9 version',
        message: expect.stringMatching(/Revision 9 is not in the history/)
      }
    )
    await expect(adapter.history({release: 'nope'})).rejects.toMatchObject({
      helmSaid: 'Error: release: not found',
      message: expect.stringMatching(/Helm found no release 'nope'/)
    })
  })
})
