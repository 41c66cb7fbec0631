import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {
  createHelmStandin,
  standinRevisions,
  type HelmStandin,
  type StandinRelease
} from '../../sandbox/helm/standin.js'
import {
  createRealHelmBed,
  inCI,
  realHelmForTests,
  spawnCapture,
  writeUnreachableKubeconfig,
  type HelmRun,
  type RealHelmBed
} from '../../sandbox/helm/real-helm.js'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {StandinFailure} from '../../sandbox/helm/standin.js'

// Contract tests: the same argv through the stand-in (pretending to be the pinned version) and
// through real helm over the memory driver, from the same releases, one invocation each.
// What these cannot show (state after a rollback, waits, timeouts, an unreachable cluster,
// Kubernetes apply errors) stays with the stand-in's own tests and the kind workflow.

/** Every status helm knows, on one release; odd times, empty app_version and no chart at all. */
const every: StandinRelease = {
  name: 'every',
  namespace: 'prod',
  revisions: standinRevisions('every', [
    ['superseded', '1.0.0'],
    ['unknown', '1.0.1', {updated: '2026-08-02T12:00:00+02:00'}],
    ['uninstalled', '1.0.2', {updated: '2026-08-03T10:00:00.500Z'}],
    ['uninstalling', '1.0.3', {updated: '2026-08-04T10:00:00.123456789Z'}],
    ['failed', '1.0.4', {updated: ''}],
    ['pending-install', 'v1.0.5', {updated: '2026-08-06T10:00:00Z'}],
    ['pending-upgrade', '', {chart: 'every-1.0.6'}],
    ['pending-rollback', '1.0.7', {description: 'Rollback to 6 <b>&amp;</b>'}],
    ['failed', '1.0.7', {description: `Upgrade "every" failed: ${'a long reason, '.repeat(5)}`}],
    ['superseded', '1.0.8', {chart: undefined, app_version: undefined}],
    [
      'deployed',
      '2.0.0-rc.1',
      {
        chart: 'my-every-chart-2.0.0-rc.1',
        notes: 'Thank you for installing.\n  Run: kubectl get pods'
      }
    ]
  ])
}
const releases: StandinRelease[] = [
  every,
  {
    name: 'solo',
    revisions: standinRevisions('solo', [
      ['deployed', '0.1.0', {updated: '2026-08-01T10:00:00.000+00:00'}]
    ])
  },
  {
    name: 'stuck',
    revisions: standinRevisions('stuck', [
      ['superseded', '1.0.0', {description: 'plain words '.repeat(12).trim()}],
      ['deployed', '1.1.0'],
      ['pending-upgrade', '1.2.0']
    ])
  }
]

const prod = ['-n', 'prod']

// Left out on purpose: --debug (timestamps and Go stack traces), --help (help text is not
// modelled: the stand-in rejects it), list --all-namespaces (see below).

/** Cases every major runs: [what, argv]. */
const common: [string, string[]][] = [
  ['version --short', ['version', '--short']],
  ['version', ['version']],
  ['history json', ['history', 'every', ...prod, '-o', 'json']],
  [
    'history --output=json --max 3',
    ['history', 'every', '--namespace=prod', '--output=json', '--max', '3']
  ],
  ['history --max=0', ['history', 'every', ...prod, '--max=0', '-o', 'json']],
  ['history of one revision', ['history', 'solo', '-o', 'json']],
  ['history with a pending latest', ['history', 'stuck', '-o', 'json']],
  ['history table', ['history', 'solo']],
  ['history table of every status', ['history', 'every', ...prod]],
  ['history, release in another namespace', ['history', 'every', '-o', 'json']],
  ['history of no release', ['history', 'nope', '-o', 'json']],
  ['history, invalid name', ['history', 'App', '-o', 'json']],
  ['history without a name', ['history']],
  ['history, two names', ['history', 'solo', 'every']],
  ['history -o bogus', ['history', 'solo', '-o', 'bogus']],
  ['history --max x', ['history', 'solo', '--max', 'x']],
  ['rollback to a revision', ['rollback', 'every', '1', ...prod]],
  ['rollback to a failed revision', ['rollback', 'every', '5', ...prod]],
  ['rollback to a pending revision', ['rollback', 'every', '7', ...prod]],
  ['rollback to revision 0 (latest - 1)', ['rollback', 'every', '0', ...prod]],
  ['rollback without a revision', ['rollback', 'every', ...prod]],
  ['rollback a release whose latest is pending', ['rollback', 'stuck', '1']],
  ['rollback of one revision', ['rollback', 'solo']],
  ['rollback to a missing revision', ['rollback', 'every', '99', ...prod]],
  ['rollback of no release', ['rollback', 'nope', '1']],
  ['rollback, invalid name', ['rollback', 'App', '1']],
  ['rollback, name too long', ['rollback', 'a'.repeat(54), '1']],
  ['rollback, revision -1 as a flag', ['rollback', 'every', '-1', ...prod]],
  ['rollback, revision -1 after --', ['rollback', 'every', ...prod, '--', '-1']],
  ['rollback, revision x', ['rollback', 'every', 'x', ...prod]],
  ['rollback, revision too big', ['rollback', 'every', '99999999999999999999', ...prod]],
  ['rollback without arguments', ['rollback']],
  ['rollback, extra argument', ['rollback', 'every', '1', 'extra', ...prod]],
  ['rollback --wait true (trap, no revision)', ['rollback', 'every', ...prod, '--wait', 'true']],
  [
    'rollback --wait true (trap, with revision)',
    ['rollback', 'every', '1', ...prod, '--wait', 'true']
  ],
  ['rollback --wait', ['rollback', 'every', '1', ...prod, '--wait']],
  ['rollback --wait=true', ['rollback', 'every', '1', ...prod, '--wait=true']],
  ['rollback --wait=false', ['rollback', 'every', '1', ...prod, '--wait=false']],
  ['rollback --wait=watcher', ['rollback', 'every', '1', ...prod, '--wait=watcher']],
  ['rollback --wait=hookOnly', ['rollback', 'every', '1', ...prod, '--wait=hookOnly']],
  ['rollback --wait=legacy', ['rollback', 'every', '1', ...prod, '--wait=legacy']],
  ['rollback --wait=bogus', ['rollback', 'every', '1', ...prod, '--wait=bogus']],
  ['rollback --wait-for-jobs', ['rollback', 'every', '1', ...prod, '--wait-for-jobs']],
  ['rollback --dry-run', ['rollback', 'every', '1', ...prod, '--dry-run']],
  ['rollback --dry-run=true', ['rollback', 'every', '1', ...prod, '--dry-run=true']],
  ['rollback --dry-run=false', ['rollback', 'every', '1', ...prod, '--dry-run=false']],
  ['rollback --dry-run=client', ['rollback', 'every', '1', ...prod, '--dry-run=client']],
  ['rollback --dry-run=server', ['rollback', 'every', '1', ...prod, '--dry-run=server']],
  ['rollback --dry-run=none', ['rollback', 'every', '1', ...prod, '--dry-run=none']],
  ['rollback --dry-run=maybe', ['rollback', 'every', '1', ...prod, '--dry-run=maybe']],
  ['rollback --dry-run, missing revision', ['rollback', 'every', '99', ...prod, '--dry-run']],
  ['rollback --recreate-pods', ['rollback', 'every', '1', ...prod, '--recreate-pods']],
  ['rollback --force', ['rollback', 'every', '1', ...prod, '--force']],
  ['rollback --force-replace', ['rollback', 'every', '1', ...prod, '--force-replace']],
  [
    'rollback --force-replace --force-conflicts',
    ['rollback', 'every', '1', ...prod, '--force-replace', '--force-conflicts']
  ],
  ['rollback --server-side=false', ['rollback', 'every', '1', ...prod, '--server-side=false']],
  [
    'rollback --no-hooks --cleanup-on-fail',
    ['rollback', 'every', '1', ...prod, '--no-hooks', '--cleanup-on-fail']
  ],
  ['rollback --timeout 5m', ['rollback', 'every', '1', ...prod, '--timeout', '5m']],
  ['rollback --timeout=1h2m3.5s', ['rollback', 'every', '1', ...prod, '--timeout=1h2m3.5s']],
  ['rollback --timeout 5', ['rollback', 'every', '1', ...prod, '--timeout', '5']],
  ['rollback --history-max=0', ['rollback', 'every', '1', ...prod, '--history-max=0']],
  ['rollback --history-max=x', ['rollback', 'every', '1', ...prod, '--history-max=x']],
  ['rollback --description', ['rollback', 'every', '1', ...prod, '--description=why']],
  ['rollback --namespace without a value', ['rollback', 'every', '1', '--namespace']],
  ['rollback --kube-context', ['rollback', 'every', '1', ...prod, '--kube-context=kind-x']],
  ['rollback, unknown flag', ['rollback', 'every', '1', ...prod, '--bogus']],
  ['rollback, unknown shorthand', ['rollback', 'every', '1', ...prod, '-z']],
  ['status json', ['status', 'every', ...prod, '-o', 'json']],
  ['status json of revision 5', ['status', 'every', ...prod, '--revision', '5', '-o', 'json']],
  ['status of no release', ['status', 'nope', '-o', 'json']],
  ['status table', ['status', 'every', ...prod]],
  ['status table of a revision without a time', ['status', 'every', ...prod, '--revision=5']],
  ['status --show-desc', ['status', 'every', ...prod, '--show-desc']],
  ['get metadata json', ['get', 'metadata', 'every', ...prod, '-o', 'json']],
  [
    'get metadata json of revision 9 (no chart)',
    ['get', 'metadata', 'every', ...prod, '--revision=9', '-o', 'json']
  ],
  ['list json', ['list', '-o', 'json']],
  // Not --all-namespaces: the memory driver then re-initialises against a cluster.
  ['list -n prod json', ['list', ...prod, '-o', 'json']],
  ['list table', ['list']],
  ['list --pending', ['list', '--pending', '-o', 'json']],
  ['list -a', ['list', '-a', '-o', 'json']],
  ['list -q json', ['list', '-q', '-o', 'json']],
  ['unknown command', ['rollbak', 'every']],
  ['global flags before the command', ['-n', 'prod', 'history', 'every', '-o', 'json']],
  ['--namespace= before rollback', ['--namespace=prod', 'rollback', 'every', '1']],
  [
    '--kubeconfig to a missing file',
    ['history', 'solo', '-o', 'json', '--kubeconfig=/nonexistent/kubeconfig']
  ],
  ['history --max 1', ['history', 'every', ...prod, '--max', '1', '-o', 'json']],
  ['history --max -1', ['history', 'every', ...prod, '--max=-1', '-o', 'json']],
  ['history -o yaml', ['history', 'every', ...prod, '-o', 'yaml']],
  ['status -o yaml', ['status', 'every', ...prod, '-o', 'yaml']],
  ['get metadata -o yaml', ['get', 'metadata', 'every', ...prod, '-o', 'yaml']],
  ['list -o yaml', ['list', ...prod, '-o', 'yaml']],
  ['status of a missing revision', ['status', 'every', ...prod, '--revision=99', '-o', 'json']],
  ['get metadata of no release', ['get', 'metadata', 'nope', '-o', 'json']],
  ['get metadata of a missing revision', ['get', 'metadata', 'every', ...prod, '--revision=99']],
  ['get metadata table', ['get', 'metadata', 'every', ...prod]],
  ['rollback -o json', ['rollback', 'every', '1', ...prod, '-o', 'json']],
  ['rollback revision +2', ['rollback', 'every', '+2', ...prod]],
  ['rollback revision 02', ['rollback', 'every', '02', ...prod]],
  ['rollback revision max int64', ['rollback', 'every', '9223372036854775807', ...prod]],
  ['rollback revision max int64 + 1', ['rollback', 'every', '9223372036854775808', ...prod]],
  ['rollback revision 1.0', ['rollback', 'every', '1.0', ...prod]],
  ['rollback, empty name', ['rollback', '', '1']],
  ['rollback, 53-character name', ['rollback', 'a'.repeat(53), '1']],
  ['rollback, dotted name', ['rollback', 'a.b', '1']],
  ['rollback, name ending in -', ['rollback', 'ab-', '1']],
  ['rollback --timeout=-5s', ['rollback', 'every', '1', ...prod, '--timeout=-5s']],
  ['rollback --timeout 5x', ['rollback', 'every', '1', ...prod, '--timeout', '5x']],
  ['rollback --history-max=-1', ['rollback', 'every', '1', ...prod, '--history-max=-1']],
  ['rollback --wait=', ['rollback', 'every', '1', ...prod, '--wait=']],
  ['rollback --dry-run=', ['rollback', 'every', '1', ...prod, '--dry-run=']],
  ['rollback --namespace=', ['rollback', 'solo', '1', '--namespace=']],
  ['rollback -nprod', ['rollback', 'every', '1', '-nprod']],
  ['rollback -n=prod', ['rollback', 'every', '1', '-n=prod']],
  [
    'status -o yaml of a failed revision',
    ['status', 'every', ...prod, '--revision=5', '-o', 'yaml']
  ],
  ['list -q -o yaml', ['list', '-q', '-o', 'yaml']],
  ['history -o yaml, a long plain description', ['history', 'stuck', '-o', 'yaml']],
  ['history table, a long plain description', ['history', 'stuck']],
  ['--kube-tls-server-name', ['history', 'solo', '-o', 'json', '--kube-tls-server-name=k8s.local']],
  ['--kube-as-group', ['history', 'solo', '-o', 'json', '--kube-as-group=ops']],
  ['--color=never', ['history', 'solo', '-o', 'json', '--color=never']]
]

/**
 * Go prints the build's own commit and Go version; the stand-in has fake ones. A panic's
 * goroutine dump is the binary's own.
 */
function normalise(run: HelmRun): HelmRun {
  const stdout = run.stdout
    .replace(/^(v\d+\.\d+\.\d+)\+g[0-9a-f]{7}$/m, '$1+gCOMMIT')
    .replace(/GitCommit:"[0-9a-f]{40}"/, 'GitCommit:"COMMIT"')
    .replace(/GoVersion:"go[\d.]+"/, 'GoVersion:"GO"')
  const stderr = run.stderr.startsWith('panic: ') ? (run.stderr.split('\n')[0] ?? '') : run.stderr
  return {...run, stdout, stderr}
}

const found = {3: await realHelmForTests(3), 4: await realHelmForTests(4)}

describe.each([3, 4] as const)('stand-in vs real helm v%i', major => {
  const helm = found[major]
  // Without the binary the tests skip (reason printed above), except under CI, where they fail.
  const test = helm.ok || inCI() ? it : it.skip
  let real: RealHelmBed | undefined
  let standin: HelmStandin | undefined

  beforeAll(async () => {
    if (!helm.ok) return
    real = await createRealHelmBed(helm.bin, releases)
    standin = createHelmStandin({version: helm.pin.version, releases})
  })
  afterAll(async () => {
    await real?.cleanup()
    standin?.cleanup()
  })

  /** Runs one argv through both, each from the same fresh releases. */
  async function both(
    args: string[],
    extraEnv: Record<string, string> = {}
  ): Promise<{real: HelmRun; standin: HelmRun}> {
    if (!helm.ok) throw new Error(`real helm ${helm.pin.version} is unavailable: ${helm.reason}`)
    if (!real || !standin) throw new Error('the real helm bed was not set up')
    standin.setReleases(releases)
    const env = {...process.env, ...standin.env, ...extraEnv}
    const fake = await spawnCapture(join(standin.binDir, 'helm'), args, env)
    return {real: normalise(await real.run(args, extraEnv)), standin: normalise(fake)}
  }

  test.each<[string, string[], Record<string, string>]>([
    [
      'HELM_NAMESPACE picks the namespace',
      ['history', 'every', '-o', 'json'],
      {HELM_NAMESPACE: 'prod'}
    ],
    [
      '-n wins over HELM_NAMESPACE',
      ['history', 'solo', '-n', 'default', '-o', 'json'],
      {HELM_NAMESPACE: 'prod'}
    ],
    ['HELM_NAMESPACE for a rollback', ['rollback', 'every', '1'], {HELM_NAMESPACE: 'prod'}]
  ])('%s', async (_what, args, env) => {
    const runs = await both(args, env)
    expect(runs.standin).toEqual(runs.real)
  })

  test.each(common)('%s', async (_what, args) => {
    const runs = await both(args)
    expect(runs.standin).toEqual(runs.real)
  })

  // With the default Secrets driver and a kubeconfig whose server is a closed loopback port,
  // real helm shows the unreachable-cluster error the stand-in scripts.
  test.each<[string, string[], StandinFailure['command']]>([
    ['history', ['history', 'every', ...prod, '-o', 'json'], 'history'],
    ['rollback', ['rollback', 'every', '1', ...prod], 'rollback'],
    ['status', ['status', 'every', ...prod], 'status'],
    ['get metadata', ['get', 'metadata', 'every', ...prod], 'get'],
    ['list', ['list', '-o', 'json'], 'list']
  ])('unreachable cluster: %s', async (_what, args, command) => {
    if (!helm.ok) throw new Error(`real helm ${helm.pin.version} is unavailable: ${helm.reason}`)
    if (!real || !standin) throw new Error('the real helm bed was not set up')
    const dir = await mkdtemp(join(tmpdir(), 'unreachable-'))
    try {
      const port = await writeUnreachableKubeconfig(join(dir, 'kubeconfig'))
      const run = await real.run(args, {HELM_DRIVER: '', KUBECONFIG: join(dir, 'kubeconfig')})
      standin.setReleases(releases)
      standin.setFailures([{command, kind: 'unreachable'}])
      const env = {...process.env, ...standin.env}
      const fake = await spawnCapture(join(standin.binDir, 'helm'), args, env)
      // The stand-in's default names port 6443, the usual API server port.
      const stderr = run.stderr.replaceAll(`127.0.0.1:${port}`, '127.0.0.1:6443')
      expect(fake).toEqual({...run, stderr})
      expect(stderr).toMatch(/^Error: [Kk]ubernetes cluster unreachable: /)
    } finally {
      standin.setFailures([])
      await rm(dir, {recursive: true, force: true})
    }
  })
})
