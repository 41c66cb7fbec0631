import {afterAll, describe, expect, it} from '@jest/globals'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {standinRevisions, type StandinRevision} from '../../sandbox/helm/standin.js'
import {
  createRealHelmBed,
  inCI,
  realHelmForTests,
  writeUnreachableKubeconfig
} from '../../sandbox/helm/real-helm.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'

// dist/helm-rollback/index.js run as the runner runs it, with REAL helm v3 and v4 first on PATH
// (HELM_DRIVER=memory seeded from a file). The memory driver keeps no state between helm
// processes, so every path that needs one invocation's state runs for real here: dry run,
// already-at-target, the refusals, helm's own errors, and the rollback command itself. What it
// cannot show is the verification: the action's second `helm history` sees the seeded history
// again, not the new revision. That path is proven by the stand-in e2e test and by the kind
// workflow against a real cluster.

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

/** [1 superseded 1.0.0, 2 superseded 1.1.0, 3 failed 1.2.0, 4 deployed 1.3.0]: N-1 failed. */
const failedNMinus1 = (): StandinRevision[] =>
  standinRevisions('payments', [
    ['superseded', '1.0.0'],
    ['superseded', '1.1.0'],
    ['failed', '1.2.0', {updated: ''}],
    ['deployed', '1.3.0']
  ])

interface Evidence {
  event: string
  data: Record<string, unknown>
}

const found = {3: await realHelmForTests(3), 4: await realHelmForTests(4)}

describe.each([3, 4] as const)('helm-rollback with real helm v%i', major => {
  const helm = found[major]
  const test = helm.ok || inCI() ? it : it.skip

  async function rollback(
    inputs: Record<string, string> = {},
    revisions: StandinRevision[] = failedNMinus1(),
    env: Record<string, string> = {}
  ): Promise<{run: DistRun; evidence: Evidence[]}> {
    if (!helm.ok) throw new Error(`real helm ${helm.pin.version} is unavailable: ${helm.reason}`)
    const bed = await createRealHelmBed(helm.bin, [
      {name: 'payments', namespace: 'prod', revisions}
    ])
    const run = await runDist('helm-rollback', {
      inputs: {release: 'payments', namespace: 'prod', ...inputs},
      env: {...bed.env, ...env},
      keep: true
    })
    cleanups.push(bed.cleanup, () => rm(run.tempDir, {recursive: true, force: true}))
    const chain = join(run.tempDir, 'rollback-evidence', 'rollback.jsonl')
    const evidence = existsSync(chain)
      ? (await readFile(chain, 'utf8'))
          .split('\n')
          .filter(Boolean)
          .map(line => JSON.parse(line) as Evidence)
      : []
    return {run, evidence}
  }
  const events = (e: Evidence[]) => e.map(x => x.event)
  /** The helm command lines the action logged, in order. */
  const helmLines = (run: DistRun) =>
    run.stdout.split('\n').filter(line => /^helm (version|history|rollback) /.test(line))

  test('dry run: the plan, then real helm’s own dry run of the rollback', async () => {
    const {run, evidence} = await rollback({'dry-run': 'true'})
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({
      'from-revision': '4',
      'to-revision': '2',
      'new-revision': '',
      'from-app-version': '1.3.0',
      'to-app-version': '1.1.0',
      'helm-version': helm.pin.version,
      status: 'dry-run'
    })
    expect(helmLines(run)).toEqual([
      'helm version --short',
      'helm history payments --output=json --namespace=prod',
      `helm rollback payments 2 --namespace=prod ${major === 3 ? '--wait' : '--wait=watcher'} --timeout=5m0s --history-max=10 ${major === 3 ? '--dry-run' : '--dry-run=client'}`
    ])
    // helm's words, verbatim, and no deprecation warning: the dry-run flag is spelled per major.
    expect(run.summary).toContain('Rollback was a success! Happy Helming!')
    expect(run.summary).not.toContain('deprecated')
    expect(events(evidence)).toEqual(['inputs', 'history-before', 'plan', 'dry-run'])
  })

  test('every wait mode and option reaches real helm and is accepted (dry run)', async () => {
    for (const wait of ['true', 'false', 'watcher', 'hookOnly', 'legacy']) {
      const {run} = await rollback({
        'dry-run': 'true',
        wait,
        timeout: '90s',
        'cleanup-on-fail': 'true',
        'history-max': '0',
        revision: '1',
        'kube-context': 'kind-rollback'
      })
      expect({wait, exitCode: run.exitCode, errors: errors(run)}).toEqual({
        wait,
        exitCode: 0,
        errors: []
      })
      expect(run.outputs).toMatchObject({status: 'dry-run', 'to-revision': '1'})
    }
  })

  test('an empty namespace input leaves the namespace to helm (HELM_NAMESPACE here)', async () => {
    const {run} = await rollback({namespace: '', 'dry-run': 'true'}, undefined, {
      HELM_NAMESPACE: 'prod'
    })
    expect(errors(run)).toEqual([])
    expect(run.outputs).toMatchObject({status: 'dry-run', 'to-revision': '2'})
    expect(helmLines(run)[1]).toBe('helm history payments --output=json')
  })

  test('already-at-target: the history says the target runs now; helm rollback never runs', async () => {
    const {run, evidence} = await rollback({'to-app-version': 'v1.3.0'})
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({status: 'already-at-target', 'to-revision': '4'})
    expect(helmLines(run).map(line => line.split(' ')[1])).toEqual(['version', 'history'])
    expect(events(evidence)).toEqual(['inputs', 'history-before', 'plan', 'already-at-target'])
  })

  test.each<[string, Record<string, string>, StandinRevision[] | undefined, RegExp]>([
    [
      'a failed target',
      {revision: '3'},
      undefined,
      /^Input 'revision' has the value '3': revision 3 has status failed/
    ],
    [
      'a revision newer than the latest',
      {revision: '9'},
      undefined,
      /^Input 'revision' has the value '9': the latest revision of the release 'payments' in namespace 'prod' is 4; /
    ],
    [
      'a revision helm pruned',
      {revision: '1'},
      failedNMinus1().slice(1),
      /^Input 'revision' has the value '1': helm keeps only the newest revisions \(history-max\) and the oldest left is 2; /
    ],
    [
      'a pending target',
      {revision: '2'},
      standinRevisions('payments', [
        ['superseded', '1.0.0'],
        ['pending-rollback', '1.1.0'],
        ['deployed', '1.3.0']
      ]),
      /^Input 'revision' has the value '2': revision 2 has status pending-rollback/
    ],
    [
      'a latest revision stuck in pending-upgrade',
      {},
      standinRevisions('payments', [
        ['superseded', '1.0.0'],
        ['deployed', '1.1.0'],
        ['pending-upgrade', '1.2.0']
      ]),
      /stuck in pending-upgrade at revision 3: .*allow-pending: true/
    ]
  ])(
    'refuses %s after reading real helm’s history, before any change',
    async (_what, inputs, revisions, message) => {
      const {run} = await rollback(inputs, revisions)
      expect(run.exitCode).toBe(1)
      expect(errors(run)).toHaveLength(1)
      expect(errors(run)[0]).toMatch(message)
      expect(helmLines(run).map(line => line.split(' ')[1])).toEqual(['version', 'history'])
      expect(run.summary).toContain('**No rollback**')
    }
  )

  test('a missing release: real helm’s words and what to check', async () => {
    const {run} = await rollback({release: 'nope'})
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      `helm history nope failed (exit 1): "Error: release: not found". Helm found no release 'nope' in namespace 'prod'. Check the 'release', 'namespace' and 'kube-context' inputs; 'helm list --all-namespaces' shows where releases live.`
    ])
  })

  test('an unreachable cluster (Secrets driver, closed port): real helm’s words and the fix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'unreachable-'))
    cleanups.push(() => rm(dir, {recursive: true, force: true}))
    const port = await writeUnreachableKubeconfig(join(dir, 'kubeconfig'))
    const {run} = await rollback({}, undefined, {
      HELM_DRIVER: '',
      KUBECONFIG: join(dir, 'kubeconfig')
    })
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      `helm history payments failed (exit 1): "Error: ${major === 3 ? 'Kubernetes' : 'kubernetes'} cluster unreachable: Get "https://127.0.0.1:${port}/version": dial tcp 127.0.0.1:${port}: connect: connection refused". helm could not reach the cluster. This action expects kube access from an earlier step: a KUBECONFIG file, or a cloud login that writes one (aws eks update-kubeconfig, azure/aks-set-context, google-github-actions/get-gke-credentials). Check 'kube-context' as well.`
    ])
  })

  test('a kube-context full of shell syntax reaches helm as one argv element', async () => {
    const marker = join(tmpdir(), `pwned-real-${process.pid}-${major}`)
    const context = `ctx with space;$(touch ${marker})|\`touch ${marker}\``
    const {run} = await rollback({'kube-context': context, 'dry-run': 'true'})
    expect(errors(run)).toEqual([])
    expect(run.outputs.status).toBe('dry-run')
    expect(existsSync(marker)).toBe(false)
  })

  test('the rollback: real helm accepts and runs it; verification cannot be shown here', async () => {
    const {run, evidence} = await rollback()
    // Real helm ran the rollback (version, history, rollback, history)...
    expect(helmLines(run).map(line => line.split(' ')[1])).toEqual([
      'version',
      'history',
      'rollback',
      'history'
    ])
    const plan = evidence.find(e => e.event === 'plan')?.data
    expect(plan).toMatchObject({action: 'rollback', to: {revision: 2}, from: {revision: 4}})
    // ...and exited 0. The memory driver forgot the new revision 5 when that process ended, so
    // the verification's history is the seeded one and the action, rightly, fails the step.
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toMatch(
      /^helm rollback payments 2 exited 0, but 'helm history' then showed .*Check the release with 'helm history payments' before running again\.$/
    )
    expect(run.outputs).toMatchObject({status: 'failed', 'to-revision': '2', 'new-revision': ''})
    expect(events(evidence)).toEqual([
      'inputs',
      'history-before',
      'plan',
      'history-after',
      'rollback-failed',
      'failed'
    ])
  })
})
