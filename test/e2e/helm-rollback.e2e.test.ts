import {afterAll, describe, expect, it} from '@jest/globals'
import {existsSync} from 'node:fs'
import {readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {
  createHelmStandin,
  standinRevisions,
  type HelmStandin,
  type StandinFailure,
  type StandinRevision
} from '../../sandbox/helm/standin.js'
import {verifyChain, type EvidenceRecord} from '../../src/lib/evidence.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'

// Runs dist/helm-rollback/index.js as the runner does, with the helm stand-in first on PATH.

const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

/** [1 superseded 1.0.0, 2 superseded 1.1.0, 3 failed 1.2.0, 4 deployed 1.3.0]: N-1 failed. */
const failedNMinus1 = (): StandinRevision[] =>
  standinRevisions('payments', [
    ['superseded', '1.0.0'],
    ['superseded', '1.1.0'],
    ['failed', '1.2.0'],
    ['deployed', '1.3.0']
  ])

interface Scenario {
  version: string
  revisions?: StandinRevision[]
  failures?: StandinFailure[]
  inputs?: Record<string, string>
}

interface Result {
  run: DistRun
  helm: HelmStandin
  evidence: EvidenceRecord[]
  /** The first word of each helm command, in order. */
  commands: string[]
}

async function rollback(scenario: Scenario): Promise<Result> {
  const helm = createHelmStandin({
    version: scenario.version,
    releases: [
      {name: 'payments', namespace: 'prod', revisions: scenario.revisions ?? failedNMinus1()}
    ],
    failures: scenario.failures
  })
  const run = await runDist('helm-rollback', {
    inputs: {release: 'payments', namespace: 'prod', ...scenario.inputs},
    env: helm.env,
    keep: true
  })
  cleanups.push(helm.cleanup, () => rm(run.tempDir, {recursive: true, force: true}))
  const chain = join(run.tempDir, 'rollback-evidence', 'rollback.jsonl')
  const evidence = existsSync(chain)
    ? (await readFile(chain, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line) as EvidenceRecord)
    : []
  if (evidence.length) expect((await verifyChain(chain)).error).toBeUndefined()
  return {run, helm, evidence, commands: helm.invocations().map(i => i.argv[0] ?? '')}
}

const events = (r: Result) => r.evidence.map(e => e.event)
const statuses = (r: Result) =>
  r.helm.revisions('payments', 'prod').map(rev => `${rev.revision}:${rev.status}`)

describe.each([
  ['v3.21.4', ['--wait'], '--dry-run'],
  ['v4.2.4', ['--wait=watcher'], '--dry-run=client']
])('helm-rollback with helm %s', (version, waitFlags, dryRunFlag) => {
  it('rolls back past a failed N-1 to the newest good revision in 4 helm calls', async () => {
    const r = await rollback({version})
    expect(r.run.exitCode).toBe(0)
    expect(errors(r.run)).toEqual([])
    expect(r.run.outputs).toEqual({
      'from-revision': '4',
      'to-revision': '2',
      'new-revision': '5',
      'from-app-version': '1.3.0',
      'to-app-version': '1.1.0',
      'helm-version': version,
      status: 'rolled-back',
      // The end of the chain leaves the runner as an output and in the summary.
      'evidence-head': r.evidence.at(-1)?.hash
    })
    expect(r.run.summary).toContain(`evidence-head \`${r.evidence.at(-1)?.hash}\``)
    expect(r.commands).toEqual(['version', 'history', 'rollback', 'history'])
    expect(r.helm.invocations()[2]?.argv).toEqual([
      'rollback',
      'payments',
      '2',
      '--namespace=prod',
      ...waitFlags,
      '--timeout=5m0s',
      '--history-max=10'
    ])
    expect(statuses(r)).toEqual([
      '1:superseded',
      '2:superseded',
      '3:failed',
      '4:superseded',
      '5:deployed'
    ])
    expect(r.helm.revisions('payments', 'prod').at(-1)).toMatchObject({
      app_version: '1.1.0',
      description: 'Rollback to 2'
    })
    expect(r.run.summary).toContain('skipped 3 (failed)')
    expect(r.run.summary).toMatch(/\| 2 \| superseded \| 1\.1\.0 \| .* \| \*\*to\*\* \|/)
    expect(r.run.summary).toMatch(/\| 4 \| superseded \| 1\.3\.0 \| .* \| \*\*from\*\* \|/)
    expect(r.run.summary).toMatch(
      /\| 5 \| deployed \| 1\.1\.0 \| .* \| Rollback to 2 \| \*\*new\*\* \|/
    )
    expect(events(r)).toEqual(['inputs', 'history-before', 'plan', 'history-after', 'rolled-back'])
  })

  it('dry-run plans and runs helm’s dry run, changing nothing', async () => {
    const r = await rollback({version, inputs: {'dry-run': 'true'}})
    expect(r.run.exitCode).toBe(0)
    expect(r.run.outputs).toMatchObject({status: 'dry-run', 'to-revision': '2', 'new-revision': ''})
    expect(r.commands).toEqual(['version', 'history', 'rollback'])
    expect(r.helm.invocations()[2]?.argv).toContain(dryRunFlag)
    expect(statuses(r)).toEqual(['1:superseded', '2:superseded', '3:failed', '4:deployed'])
    expect(r.run.summary).toContain(
      '**Dry run**: would roll back `payments` in namespace `prod` from revision 4'
    )
    expect(r.run.summary).toContain('Rollback was a success! Happy Helming!')
  })

  it('already-at-target when the target is what runs now: no rollback', async () => {
    const r = await rollback({version, inputs: {'to-app-version': 'v1.3.0'}})
    expect(r.run.exitCode).toBe(0)
    expect(r.run.outputs).toMatchObject({
      status: 'already-at-target',
      'to-revision': '4',
      'new-revision': ''
    })
    expect(r.commands).toEqual(['version', 'history'])
    expect(events(r)).toEqual(['inputs', 'history-before', 'plan', 'already-at-target'])
  })

  it('a re-run after a successful rollback does not redeploy the bad release', async () => {
    const first = await rollback({version})
    const again = await rollback({version, revisions: first.helm.revisions('payments', 'prod')})
    expect(again.run.outputs).toMatchObject({status: 'already-at-target', 'to-revision': '2'})
    expect(again.commands).toEqual(['version', 'history'])
  })

  describe('a release stuck in pending-upgrade', () => {
    const stuck = (): StandinRevision[] =>
      standinRevisions('payments', [
        ['superseded', '1.0.0'],
        ['deployed', '1.1.0'],
        ['pending-upgrade', '1.2.0']
      ])

    it('fails with guidance and changes nothing without allow-pending', async () => {
      const r = await rollback({version, revisions: stuck()})
      expect(r.run.exitCode).toBe(1)
      expect(errors(r.run)).toHaveLength(1)
      expect(errors(r.run)[0]).toMatch(
        /stuck in pending-upgrade at revision 3: .*re-run with allow-pending: true; the rollback is what un-sticks the release\.$/
      )
      expect(r.commands).toEqual(['version', 'history'])
      expect(statuses(r)).toEqual(['1:superseded', '2:deployed', '3:pending-upgrade'])
      expect(r.run.summary).toContain('**No rollback**')
    })

    it('rolls back with allow-pending: true, and the summary says it un-sticks it', async () => {
      const r = await rollback({version, revisions: stuck(), inputs: {'allow-pending': 'true'}})
      expect(r.run.exitCode).toBe(0)
      expect(r.run.outputs).toMatchObject({
        status: 'rolled-back',
        'from-revision': '3',
        'to-revision': '2',
        'new-revision': '4'
      })
      expect(statuses(r)).toEqual([
        '1:superseded',
        '2:superseded',
        '3:pending-upgrade',
        '4:deployed'
      ])
      expect(r.run.summary).toContain(
        'the latest revision 3 is stuck in pending-upgrade and this rollback un-sticks it'
      )
    })
  })

  it('a helm timeout fails the step with helm’s words; evidence has the history before and after', async () => {
    const r = await rollback({
      version,
      failures: [{command: 'rollback', kind: 'timeout'}],
      inputs: {wait: 'legacy'}
    })
    expect(r.run.exitCode).toBe(1)
    const [message] = errors(r.run)
    expect(message).toMatch(
      /^helm rollback payments failed \(exit 1\): "Error: release payments failed: context deadline exceeded"\. .*did not become ready within timeout 5m0s; .*raise 'timeout', then run the rollback again\.$/
    )
    expect(r.commands).toEqual(['version', 'history', 'rollback', 'history'])
    expect(r.run.outputs).toMatchObject({status: 'failed', 'new-revision': '5', 'to-revision': '2'})
    expect(events(r)).toEqual([
      'inputs',
      'history-before',
      'plan',
      'history-after',
      'rollback-failed',
      'failed'
    ])
    const before = r.evidence.find(e => e.event === 'history-before')?.data as {
      revisions: {revision: number}[]
    }
    const after = r.evidence.find(e => e.event === 'history-after')?.data as {
      revisions: {revision: number; status: string; description: string}[]
    }
    expect(before.revisions.map(x => x.revision)).toEqual([1, 2, 3, 4])
    expect(after.revisions.at(-1)).toMatchObject({
      revision: 5,
      status: 'failed',
      description: 'Release "payments" failed: context deadline exceeded'
    })
    expect(r.run.summary).toContain('**Rollback failed**')
    expect(r.run.summary).toContain('Error: release payments failed: context deadline exceeded')
  })

  it('a missing release fails with helm’s words and what to check', async () => {
    const r = await rollback({version, inputs: {release: 'nope'}})
    expect(r.run.exitCode).toBe(1)
    expect(errors(r.run)[0]).toBe(
      `helm history nope failed (exit 1): "Error: release: not found". Helm found no release 'nope' in namespace 'prod'. Check the 'release', 'namespace' and 'kube-context' inputs; 'helm list --all-namespaces' shows where releases live.`
    )
    expect(r.commands).toEqual(['version', 'history'])
  })

  it('passes argv straight to helm: nothing goes through a shell', async () => {
    const marker = join(tmpdir(), `pwned-${process.pid}-${version}`)
    const context = `ctx with space;$(touch ${marker})|\`touch ${marker}\``
    const r = await rollback({
      version,
      inputs: {'kube-context': context, 'dry-run': 'true'}
    })
    expect(r.run.exitCode).toBe(0)
    const [versionCall, ...scoped] = r.helm.invocations()
    expect(versionCall?.argv).toEqual(['version', '--short'])
    expect(scoped).toHaveLength(2)
    for (const call of [versionCall, ...scoped]) expect(call?.parent).toBe('node')
    for (const call of scoped) expect(call.argv).toContain(`--kube-context=${context}`)
    expect(existsSync(marker)).toBe(false)
  })
})

describe('helm-rollback with old helm v3.11.0', () => {
  it('reports the pre-3.12 timeout text', async () => {
    const r = await rollback({
      version: 'v3.11.0',
      failures: [{command: 'rollback', kind: 'timeout'}]
    })
    expect(errors(r.run)[0]).toMatch(
      /"Error: release payments failed: timed out waiting for the condition"/
    )
  })
})

describe('bad input fails before helm runs', () => {
  it.each<[Record<string, string>, RegExp]>([
    [
      {release: 'pay;rm -rf /'},
      /^Input 'release' has the value 'pay;rm -rf \/': has the character ';'/
    ],
    [{release: 'pay ments'}, /^Input 'release' has the value 'pay ments': has spaces/],
    [{release: 'Payments'}, /^Input 'release' has the value 'Payments': has upper-case letters/],
    [
      {release: 'p'.repeat(54)},
      /^Input 'release' has the value 'p{54}': is 54 characters long; Helm release names are at most 53$/
    ],
    [
      {revision: '-1'},
      /^Input 'revision' has the value '-1': expected a revision number of 1 or more/
    ],
    [{revision: 'two'}, /^Input 'revision' has the value 'two': expected a revision number/],
    [
      {revision: '2', 'to-app-version': '1.1.0'},
      /^Input 'to-app-version' has the value '1\.1\.0': pass either 'revision' \(2\) or 'to-app-version', not both$/
    ],
    [{timeout: 'soon'}, /^Input 'timeout' has the value 'soon'/]
  ])('%j', async (inputs, message) => {
    const r = await rollback({version: 'v3.21.4', inputs})
    expect(r.run.exitCode).toBe(1)
    expect(errors(r.run)).toHaveLength(1)
    expect(errors(r.run)[0]).toMatch(message)
    expect(r.helm.invocations()).toEqual([])
  })

  it('a revision that did not deploy successfully is refused after reading the history, before any change', async () => {
    const r = await rollback({version: 'v4.2.4', inputs: {revision: '3'}})
    expect(errors(r.run)[0]).toMatch(
      /^Input 'revision' has the value '3': revision 3 has status failed/
    )
    expect(r.commands).toEqual(['version', 'history'])
  })
})
