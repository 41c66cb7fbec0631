import {afterEach, describe, expect, it} from '@jest/globals'
import {spawn} from 'node:child_process'
import {join} from 'node:path'
import {
  createHelmStandin,
  standinRevisions,
  type HelmStandin,
  type StandinOptions
} from '../../sandbox/helm/standin.js'
import {parseHelmVersion, rollbackArgs, type WaitMode} from '../../src/lib/helm/argv.js'
import {parseHistory, parseStatus} from '../../src/lib/helm/history.js'

// The stand-in must reproduce research/contracts.md PART A: these are its rows and rules.

interface Run {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

let standins: HelmStandin[] = []
afterEach(() => {
  for (const s of standins) s.cleanup()
  standins = []
})

function standin(options: StandinOptions = {}): HelmStandin {
  const s = createHelmStandin({
    releases: [
      {
        name: 'app',
        namespace: 'prod',
        revisions: standinRevisions('app', [
          ['superseded', '1.0.0'],
          ['superseded', '1.1.0'],
          ['failed', '1.2.0', {updated: ''}],
          ['deployed', '1.3.0']
        ])
      },
      {name: 'solo', revisions: standinRevisions('solo', [['deployed', '0.1.0']])}
    ],
    ...options
  })
  standins.push(s)
  return s
}

/** Spawns the stand-in's `helm` by argv (no shell), as @actions/exec does. */
function helm(s: HelmStandin, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(s.binDir, 'helm'), args, {env: {...process.env, ...s.env, ...env}})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (exitCode, signal) => resolve({exitCode, signal, stdout, stderr}))
  })
}

const ok = (stdout: string): Partial<Run> => ({exitCode: 0, stdout, stderr: ''})
const error = (stderr: string): Partial<Run> => ({exitCode: 1, stdout: '', stderr: `${stderr}\n`})
const success = 'Rollback was a success! Happy Helming!\n'
const ns = ['-n', 'prod']

describe('helm stand-in: the contracts.md fixture table, v3 and v4', () => {
  it.each(['v3.21.4', 'v4.2.4'])('%s', async version => {
    const cases: [string[], Partial<Run>][] = [
      [['rollback', 'app', '2', ...ns], ok(success)],
      [['rollback', 'solo'], error('Error: release has no 0 version')],
      [['rollback', 'app', '9', ...ns], error('Error: release has no 9 version')],
      [['rollback', 'nope'], error('Error: release: not found')],
      [['rollback', 'app', '-1', ...ns], error("Error: unknown shorthand flag: '1' in -1")],
      [['rollback', 'app', ...ns, '--', '-1'], error('Error: invalid release revision')],
      [
        ['rollback', 'app', 'x', ...ns],
        error(
          'Error: could not convert revision to a number: strconv.Atoi: parsing "x": invalid syntax'
        )
      ],
      [['history', 'nope', '-o', 'json'], error('Error: release: not found')],
      [
        ['rollback'],
        error(
          'Error: "helm rollback" requires at least 1 argument\n\nUsage:  helm rollback <RELEASE> [REVISION] [flags]'
        )
      ],
      [['rollback', 'App'], error('Error: prepareRollback: Release name is invalid: App')],
      [['history', 'App'], error('Error: release name is invalid: App')]
    ]
    const s = standin({version})
    for (const [args, expected] of cases) {
      expect({args, ...(await helm(s, args))}).toMatchObject({args, ...expected})
    }
  })

  it.each([
    ['v3.21.4', 'context deadline exceeded'],
    ['v3.11.0', 'timed out waiting for the condition'],
    ['v4.2.4', 'context deadline exceeded']
  ])(
    '%s: a wait timeout fails the new revision and keeps the current one',
    async (version, text) => {
      const s = standin({version, failures: [{command: 'rollback', kind: 'timeout'}]})
      const run = await helm(s, ['rollback', 'app', '2', ...ns])
      expect(run).toMatchObject(error(`Error: release app failed: ${text}`))
      const after = s.revisions('app', 'prod')
      expect(after.map(r => [r.revision, r.status])).toEqual([
        [1, 'superseded'],
        [2, 'superseded'],
        [3, 'failed'],
        [4, 'deployed'],
        [5, 'failed']
      ])
      expect(after[4]?.description).toBe(`Release "app" failed: ${text}`)
      expect(s.state().failures).toEqual([])
    }
  )

  it('v4 watcher: the timeout joins the not-ready resources and the deadline', async () => {
    const s = standin({version: 'v4.2.4', failures: [{command: 'rollback', kind: 'timeout'}]})
    const run = await helm(s, ['rollback', 'app', '2', ...ns, '--wait'])
    expect(run.stderr).toBe(
      'Error: release app failed: resource Deployment/prod/app not ready. status: InProgress, message: Deployment generation is 2, but latest observed generation is 1\ncontext deadline exceeded\n'
    )
  })

  it('an apply failure supersedes the current revision and fails the new one', async () => {
    const s = standin({
      failures: [{command: 'rollback', kind: 'apply', message: 'admission webhook denied'}]
    })
    expect(await helm(s, ['rollback', 'app', '2', ...ns])).toMatchObject(
      error('Error: admission webhook denied')
    )
    const after = s.revisions('app', 'prod')
    expect(after.slice(3).map(r => [r.revision, r.status, r.description])).toEqual([
      [4, 'superseded', 'Upgrade complete'],
      [5, 'failed', 'Rollback "app" failed: admission webhook denied']
    ])
  })

  it.each([
    ['v3.21.4', 'Kubernetes'],
    ['v4.2.4', 'kubernetes']
  ])('%s: an unreachable cluster, scripted twice then gone', async (version, word) => {
    const s = standin({version, failures: [{command: 'history', kind: 'unreachable', times: 2}]})
    const expected = error(
      `Error: ${word} cluster unreachable: Get "https://127.0.0.1:6443/version": dial tcp 127.0.0.1:6443: connect: connection refused`
    )
    expect(await helm(s, ['history', 'app', ...ns, '-o', 'json'])).toMatchObject(expected)
    expect(s.state().failures).toEqual([{command: 'history', kind: 'unreachable', times: 1}])
    expect(await helm(s, ['history', 'app', ...ns, '-o', 'json'])).toMatchObject(expected)
    expect((await helm(s, ['history', 'app', ...ns, '-o', 'json'])).exitCode).toBe(0)
  })
})

describe('helm stand-in: output formats', () => {
  it.each([
    ['v3.21.4', /^v3\.21\.4\+g[0-9a-f]{7}\n$/],
    ['v4.2.4', /^v4\.2\.4\+g[0-9a-f]{7}\n$/]
  ])('%s version --short', async (version, pattern) => {
    const run = await helm(standin({version}), ['version', '--short'])
    expect(run.stdout).toMatch(pattern)
    expect(parseHelmVersion(run.stdout).version).toBe(version)
  })

  it('history -o json: compact, ascending, "" for a zero time in v3, absent in v4', async () => {
    const v3 = await helm(standin(), ['history', 'app', ...ns, '-o', 'json', '--max', '2'])
    expect(v3.stdout).toBe(
      '[{"revision":3,"updated":"","status":"failed","chart":"app-1.2.0","app_version":"1.2.0","description":"Upgrade \\"app\\" failed: context deadline exceeded"},{"revision":4,"updated":"2026-08-04T10:00:00.25Z","status":"deployed","chart":"app-1.3.0","app_version":"1.3.0","description":"Upgrade complete"}]\n'
    )
    const v4 = await helm(standin({version: 'v4.2.4'}), [
      'history',
      'app',
      '--namespace=prod',
      '--output=json'
    ])
    expect(v4.stdout.split('\n')).toHaveLength(2)
    expect(v4.stdout).toContain(
      '{"revision":3,"status":"failed","chart":"app-1.2.0","app_version":"1.2.0",'
    )
    expect(parseHistory(v4.stdout).map(r => r.revision)).toEqual([1, 2, 3, 4])
  })

  it('escapes <, > and & as Go does', async () => {
    const s = createHelmStandin({
      releases: [
        {
          name: 'x',
          revisions: [{revision: 1, status: 'deployed', description: 'a <b> & c'}]
        }
      ]
    })
    standins.push(s)
    expect((await helm(s, ['history', 'x', '-o', 'json'])).stdout).toContain(
      '"description":"a \\u003cb\\u003e \\u0026 c"'
    )
  })

  it('status -o json: no chart; v3 keeps zero times as "", v4 drops them and adds resources built from the manifest', async () => {
    const v3 = await helm(standin(), ['status', 'app', ...ns, '-o', 'json'])
    const v3Body = JSON.parse(v3.stdout)
    expect(v3Body).not.toHaveProperty('chart')
    expect(v3Body.info).toMatchObject({deleted: '', status: 'deployed'})
    expect(v3Body.info).not.toHaveProperty('resources')
    expect(v3Body.version).toBe(4)
    const v4Standin = standin({version: 'v4.2.4'})
    const seeded = v4Standin.state().releases
    const third = seeded['prod/app']?.revisions[2]
    if (third) third.manifest = '---\nkind: Deployment\n'
    v4Standin.setReleases(Object.values(seeded))
    const status3 = ['status', 'app', ...ns, '-o', 'json', '--revision', '3']
    const v4 = await helm(v4Standin, status3)
    const v4Body = JSON.parse(v4.stdout)
    expect(v4Body.info).not.toHaveProperty('deleted')
    expect(v4Body.info).not.toHaveProperty('last_deployed')
    expect(v4Body.info).toHaveProperty('resources')
    expect(parseStatus(v4.stdout)).toMatchObject({revision: 3, status: 'failed'})
    // No manifest, no resources (what real v4.2.3 shows over the memory driver).
    const bare = await helm(standin({version: 'v4.2.4'}), status3)
    expect(JSON.parse(bare.stdout).info).not.toHaveProperty('resources')
  })

  it('get metadata -o json (camelCase; absent before v3.13)', async () => {
    const run = await helm(standin(), ['get', 'metadata', 'app', ...ns, '-o', 'json'])
    expect(JSON.parse(run.stdout)).toEqual({
      name: 'app',
      chart: 'app',
      version: '1.3.0',
      appVersion: '1.3.0',
      namespace: 'prod',
      revision: 4,
      status: 'deployed',
      deployedAt: '2026-08-04T10:00:00Z'
    })
    const old = await helm(standin({version: 'v3.11.0'}), ['get', 'metadata', 'app', ...ns])
    expect(old).toMatchObject(error('Error: unknown command "metadata" for "helm get"'))
  })

  it('list -o json: revision is a string; v3 shows deployed/failed by default, v4 all; v4 has no -a', async () => {
    const pending = {
      name: 'stuck',
      namespace: 'prod',
      revisions: standinRevisions('stuck', [['pending-upgrade', '1.0.0']])
    }
    const v3 = standin()
    v3.setReleases([...Object.values(v3.state().releases), pending])
    const listed = JSON.parse((await helm(v3, ['list', ...ns, '-o', 'json'])).stdout)
    expect(listed).toEqual([
      {
        name: 'app',
        namespace: 'prod',
        revision: '4',
        updated: '2026-08-04 10:00:00.25 +0000 UTC',
        status: 'deployed',
        chart: 'app-1.3.0',
        app_version: '1.3.0'
      }
    ])
    expect(JSON.parse((await helm(v3, ['list', ...ns, '-a', '-o', 'json'])).stdout)).toHaveLength(2)
    const v4 = standin({version: 'v4.2.4'})
    v4.setReleases([...Object.values(v4.state().releases), pending])
    expect(JSON.parse((await helm(v4, ['list', '-A', '-o', 'json'])).stdout)).toHaveLength(3)
    expect(await helm(v4, ['list', '-a'])).toMatchObject(
      error("Error: unknown shorthand flag: 'a' in -a")
    )
  })
})

describe('helm stand-in: rollback semantics', () => {
  it('a new revision = latest + 1, copied from the target; every deployed one superseded', async () => {
    const s = standin({now: '2026-09-01T12:00:00.120Z'})
    await helm(s, ['rollback', 'app', '2', ...ns])
    const created = s.revisions('app', 'prod').at(-1)
    expect(created).toMatchObject({
      revision: 5,
      status: 'deployed',
      chart: 'app-1.1.0',
      app_version: '1.1.0',
      description: 'Rollback to 2',
      updated: '2026-09-01T12:00:00.12Z'
    })
    expect(s.revisions('app', 'prod').filter(r => r.status === 'deployed')).toHaveLength(1)
  })

  it('without a revision helm goes to latest - 1 even when it failed (what helm-rollback avoids)', async () => {
    const s = standin()
    s.setReleases([
      {
        name: 'app',
        revisions: standinRevisions('app', [
          ['superseded', '1.0.0'],
          ['failed', '1.1.0'],
          ['deployed', '1.2.0']
        ])
      }
    ])
    expect(await helm(s, ['rollback', 'app'])).toMatchObject(ok(success))
    expect(s.revisions('app').at(-1)).toMatchObject({
      app_version: '1.1.0',
      description: 'Rollback to 2'
    })
  })

  it('a stuck pending-upgrade revision stays pending after a successful rollback', async () => {
    const s = standin()
    s.setReleases([
      {
        name: 'app',
        revisions: standinRevisions('app', [
          ['deployed', '1.0.0'],
          ['pending-upgrade', '1.1.0']
        ])
      }
    ])
    await helm(s, ['rollback', 'app', '1'])
    expect(s.revisions('app').map(r => r.status)).toEqual([
      'superseded',
      'pending-upgrade',
      'deployed'
    ])
  })

  it('--history-max prunes the oldest down to max - 1 first, keeping the newest deployed one', async () => {
    const s = standin()
    s.setReleases([
      {
        name: 'app',
        revisions: standinRevisions('app', [
          ['superseded', '1.0.0'],
          ['deployed', '1.1.0'],
          ['failed', '1.2.0'],
          ['failed', '1.3.0']
        ])
      }
    ])
    await helm(s, ['rollback', 'app', '1', '--history-max=2'])
    // Kept: the deployed 2 and the new 5 (a copy of 1, which was pruned after being read).
    expect(s.revisions('app').map(r => [r.revision, r.status])).toEqual([
      [2, 'superseded'],
      [5, 'deployed']
    ])
    expect(await helm(s, ['rollback', 'app', '1'])).toMatchObject(
      error('Error: release has no 1 version')
    )
  })

  it('the new revision is pending-rollback while helm runs', async () => {
    const s = standin({rollbackDelayMs: 1500})
    const running = helm(s, ['rollback', 'app', '2', ...ns])
    let seen: string | undefined
    for (let i = 0; i < 100 && !seen; i++) {
      await new Promise(resolve => setTimeout(resolve, 20))
      seen = s.revisions('app', 'prod').find(r => r.revision === 5)?.status
    }
    expect(seen).toBe('pending-rollback')
    expect(await running).toMatchObject(ok(success))
    expect(s.revisions('app', 'prod').at(-1)?.status).toBe('deployed')
  })

  it('a process killed mid-rollback leaves the revision pending-rollback', async () => {
    const s = standin({failures: [{command: 'rollback', kind: 'killed'}]})
    const run = await helm(s, ['rollback', 'app', '2', ...ns])
    expect(run.signal).toBe('SIGKILL')
    expect(s.revisions('app', 'prod').at(-1)).toMatchObject({
      revision: 5,
      status: 'pending-rollback'
    })
  })

  it('dry run changes nothing (v3 bool, v4 value with a deprecation warning when bare)', async () => {
    const v3 = standin()
    const before = v3.state()
    expect(await helm(v3, ['rollback', 'app', '2', ...ns, '--dry-run'])).toMatchObject(ok(success))
    expect(v3.state()).toEqual(before)
    expect(await helm(v3, ['rollback', 'app', '2', ...ns, '--dry-run=client'])).toMatchObject(
      error(
        'Error: invalid argument "client" for "--dry-run" flag: strconv.ParseBool: parsing "client": invalid syntax'
      )
    )
    const v4 = standin({version: 'v4.2.4'})
    const bare = await helm(v4, ['rollback', 'app', '2', ...ns, '--dry-run'])
    expect(bare).toMatchObject({
      exitCode: 0,
      stdout: success,
      stderr: `level=WARN msg="--dry-run is deprecated and should be replaced with '--dry-run=client'"\n`
    })
    expect(await helm(v4, ['rollback', 'app', '2', ...ns, '--dry-run=client'])).toMatchObject(
      ok(success)
    )
    expect(await helm(v4, ['rollback', 'app', '2', ...ns, '--dry-run=maybe'])).toMatchObject(
      error('Error: invalid dry-run value ("maybe"). Must be "none", "server", or "client"')
    )
    expect(v4.revisions('app', 'prod')).toHaveLength(4)
  })
})

describe('helm stand-in: v3 and v4 flags', () => {
  it('--recreate-pods exists in v3 and is an unknown flag in v4', async () => {
    expect(
      (await helm(standin(), ['rollback', 'app', '2', ...ns, '--recreate-pods'])).exitCode
    ).toBe(0)
    expect(
      await helm(standin({version: 'v4.2.4'}), ['rollback', 'app', '2', ...ns, '--recreate-pods'])
    ).toMatchObject(error('Error: unknown flag: --recreate-pods'))
  })

  it.each(['v3.21.4', 'v4.2.4'])('%s: the `--wait true` trap', async version => {
    const s = standin({version})
    expect(await helm(s, ['rollback', 'app', ...ns, '--wait', 'true'])).toMatchObject(
      error(
        'Error: could not convert revision to a number: strconv.Atoi: parsing "true": invalid syntax'
      )
    )
    // With a revision, `true` is an extra positional that helm silently ignores.
    expect(await helm(s, ['rollback', 'app', '2', ...ns, '--wait', 'true'])).toMatchObject({
      exitCode: 0
    })
  })

  it('v4 --wait is a strategy', async () => {
    const s = standin({version: 'v4.2.4'})
    expect(await helm(s, ['rollback', 'app', '2', ...ns, '--wait=bogus'])).toMatchObject(
      error(
        'Error: invalid argument "bogus" for "--wait" flag: invalid wait input "bogus". Valid inputs are watcher, hookOnly, and legacy'
      )
    )
    expect((await helm(s, ['rollback', 'app', '2', ...ns, '--wait=true'])).stderr).toBe(
      'level=WARN msg="--wait=true is deprecated (boolean value) and can be replaced with --wait=watcher"\n'
    )
    const old = standin({version: 'v4.0.0'})
    expect((await helm(old, ['rollback', 'app', '2', ...ns, '--wait=hookOnly'])).stderr).toMatch(
      /invalid wait input "hookOnly"/
    )
  })

  it('v4 --force is deprecated, and cannot go with --force-conflicts in its replacement', async () => {
    const s = standin({version: 'v4.2.4'})
    expect(await helm(s, ['rollback', 'app', '2', ...ns, '--force'])).toMatchObject({
      exitCode: 0,
      stderr: 'Flag --force has been deprecated, use --force-replace instead\n'
    })
    expect(
      (await helm(s, ['rollback', 'app', '2', ...ns, '--force-replace', '--force-conflicts']))
        .stderr
    ).toMatch(/^Error: if any flags in the group \[force-replace force-conflicts\] are set/)
  })

  it.each([
    [
      ['--timeout', '5'],
      'Error: invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"'
    ],
    [
      ['--timeout', '5x'],
      'Error: invalid argument "5x" for "--timeout" flag: time: unknown unit "x" in duration "5x"'
    ],
    [
      ['--timeout', 'abc'],
      'Error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"'
    ],
    [
      ['--history-max=x'],
      'Error: invalid argument "x" for "--history-max" flag: strconv.ParseInt: parsing "x": invalid syntax'
    ],
    [['--namespace'], 'Error: flag needs an argument: --namespace']
  ])('pflag errors: %j', async (flags, message) => {
    expect(await helm(standin(), ['rollback', 'app', '2', ...flags])).toMatchObject(error(message))
  })

  it.each(['v3.21.4', 'v4.2.4', 'v4.0.0', 'v3.11.0'])(
    '%s accepts every argv helm-rollback builds',
    async version => {
      const helmVersion = parseHelmVersion(`${version}+gabcdef0`)
      const waits: WaitMode[] = ['true', 'false', 'watcher', 'hookOnly', 'legacy']
      const s = standin({version})
      for (const wait of waits) {
        for (const dryRun of [true, false]) {
          const args = rollbackArgs(
            helmVersion,
            {release: 'app', namespace: 'prod', kubeContext: 'kind-x'},
            {revision: 2, wait, timeout: '90s', cleanupOnFail: true, historyMax: 0, dryRun}
          )
          const run = await helm(s, args)
          expect({args, exitCode: run.exitCode, stderr: run.stderr}).toEqual({
            args,
            exitCode: 0,
            stderr: ''
          })
        }
      }
    }
  )
})

// Each difference the contract tests (helm-contract.test.ts) found against real helm, fixed.
describe('helm stand-in: what real helm v3.18.0 and v4.2.3 showed', () => {
  const odd = {
    name: 'odd',
    revisions: standinRevisions('odd', [
      ['superseded', '1.0.0', {updated: '2026-08-01T10:00:00.500Z'}],
      ['superseded', '1.1.0', {updated: '2026-08-02T12:00:00.000+00:00'}],
      ['superseded', '1.2.0', {chart: undefined, app_version: undefined}],
      ['failed', '1.3.0', {updated: ''}],
      ['deployed', '1.4.0', {updated: '2026-08-05T23:30:00.123456789+02:00'}]
    ])
  }
  const oddStandin = (version: string) => standin({version, releases: [odd]})

  it.each(['v3.18.0', 'v4.2.3'])(
    '%s: times as Go re-prints them, MISSING for a revision without chart metadata',
    async version => {
      const run = await helm(oddStandin(version), ['history', 'odd', '-o', 'json'])
      const rows = JSON.parse(run.stdout) as Record<string, unknown>[]
      expect(rows.map(r => r.updated)).toEqual([
        '2026-08-01T10:00:00.5Z',
        '2026-08-02T12:00:00Z',
        '2026-08-03T10:00:00.25Z',
        version.startsWith('v3') ? '' : undefined,
        '2026-08-05T23:30:00.123456789+02:00'
      ])
      expect(rows[2]).toMatchObject({chart: 'MISSING', app_version: 'MISSING'})
      const list = JSON.parse((await helm(oddStandin(version), ['list', '-o', 'json'])).stdout)
      expect(list[0].updated).toBe('2026-08-05 23:30:00.123456789 +0200 +0200')
      const meta = await helm(oddStandin(version), ['get', 'metadata', 'odd', '-o', 'json'])
      expect(JSON.parse(meta.stdout).deployedAt).toBe('2026-08-05T23:30:00+02:00')
    }
  )

  it('get metadata of a revision without chart metadata panics, as helm does (exit 2)', async () => {
    const run = await helm(oddStandin('v4.2.3'), ['get', 'metadata', 'odd', '--revision=3'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/^panic: runtime error: invalid memory address or nil pointer/)
  })

  it('tables: every column padded, the last one too; local offset; Go zero time', async () => {
    const run = await helm(oddStandin('v3.18.0'), ['history', 'odd'])
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(
      'REVISION\tUPDATED                 \tSTATUS    \tCHART    \tAPP VERSION\tDESCRIPTION                                    '
    )
    expect(
      lines[3]?.startsWith(
        '3       \tMon Aug  3 10:00:00 2026\tsuperseded\tMISSING  \tMISSING    \t'
      )
    ).toBe(true)
    expect(lines[4]?.startsWith('4       \tMon Jan  1 00:00:00 0001\tfailed    \t')).toBe(true)
    expect(lines[5]?.startsWith('5       \tWed Aug  5 23:30:00 2026\t')).toBe(true)
  })

  it('status table: v4 always shows the description; no LAST DEPLOYED for a zero time', async () => {
    const v4 = await helm(oddStandin('v4.2.3'), ['status', 'odd', '--revision=4'])
    expect(v4.stdout).toBe(
      'NAME: odd\nNAMESPACE: default\nSTATUS: failed\nREVISION: 4\nDESCRIPTION: Upgrade "odd" failed: context deadline exceeded\nTEST SUITE: None\n'
    )
    const v3 = await helm(oddStandin('v3.18.0'), ['status', 'odd'])
    expect(v3.stdout).not.toContain('DESCRIPTION')
    expect(v3.stdout).toContain('LAST DEPLOYED: Wed Aug  5 23:30:00 2026\n')
  })

  it("an unknown command gets cobra's suggestions", async () => {
    expect(await helm(standin(), ['rollbak', 'app'])).toMatchObject(
      error(
        'Error: unknown command "rollbak" for "helm"\n\nDid you mean this?\n\trollback\n\nRun \'helm --help\' for usage.'
      )
    )
    expect((await helm(standin(), ['frobnicate'])).stderr).toBe(
      'Error: unknown command "frobnicate" for "helm"\nRun \'helm --help\' for usage.\n'
    )
  })

  it.each(['v3.18.0', 'v4.2.3'])(
    '%s -o yaml: sorted keys, "" and type-like strings double-quoted, others single-quoted, folded past 80 columns',
    async version => {
      const s = standin({
        version,
        releases: [
          {
            name: 'y',
            revisions: [
              {
                revision: 1,
                status: 'failed',
                chart: 'y-1.0.0',
                app_version: '10',
                updated: '',
                description: `Upgrade "y" failed: ${'a long reason, '.repeat(5).trim()}`
              }
            ]
          }
        ]
      })
      const run = await helm(s, ['history', 'y', '-o', 'yaml'])
      expect(run.stdout).toBe(
        [
          '- app_version: "10"',
          '  chart: y-1.0.0',
          // Checked against real helm v3.18.0 and v4.2.3.
          `  description: 'Upgrade "y" failed: a long reason, a long reason, a long reason, a`,
          `    long reason, a long reason,'`,
          '  revision: 1',
          '  status: failed',
          ...(version.startsWith('v3') ? ['  updated: ""'] : []),
          ''
        ].join('\n')
      )
    }
  )

  it('get metadata table: ANNOTATIONS and DEPENDENCIES lines; v4 adds LABELS and APPLY_METHOD', async () => {
    const v3 = await helm(standin({version: 'v3.18.0'}), ['get', 'metadata', 'solo'])
    expect(v3.stdout).toBe(
      'NAME: solo\nCHART: solo\nVERSION: 0.1.0\nAPP_VERSION: 0.1.0\nANNOTATIONS: \nDEPENDENCIES: \nNAMESPACE: default\nREVISION: 1\nSTATUS: deployed\nDEPLOYED_AT: 2026-08-01T10:00:00Z\n'
    )
    const v4 = await helm(standin({version: 'v4.2.3'}), ['get', 'metadata', 'solo'])
    expect(v4.stdout).toContain('ANNOTATIONS: \nLABELS: \nDEPENDENCIES: \n')
    expect(v4.stdout).toMatch(/\nAPPLY_METHOD: client-side apply \(defaulted\)\n$/)
  })

  it('a revision beyond 2^53 is named exactly, as Go prints an int64', async () => {
    expect(await helm(standin(), ['rollback', 'solo', '9223372036854775807'])).toMatchObject(
      error('Error: release has no 9223372036854775807 version')
    )
  })

  it('global flags per major: --color only in v4, --kube-tls-server-name in both', async () => {
    const args = ['history', 'solo', '-o', 'json']
    expect((await helm(standin({version: 'v4.2.3'}), [...args, '--color=never'])).exitCode).toBe(0)
    expect(await helm(standin({version: 'v3.18.0'}), [...args, '--color=never'])).toMatchObject(
      error('Error: unknown flag: --color')
    )
    expect((await helm(standin(), [...args, '--kube-tls-server-name=k'])).exitCode).toBe(0)
  })

  it('status table ends with the notes, trimmed', async () => {
    const s = standin({
      releases: [
        {
          name: 'n',
          revisions: [
            {revision: 1, status: 'deployed', chart: 'n-1.0.0', notes: '\nHello.\n  Run x\n'}
          ]
        }
      ]
    })
    const run = await helm(s, ['status', 'n'])
    expect(run.stdout.endsWith('TEST SUITE: None\nNOTES:\nHello.\n  Run x\n')).toBe(true)
  })

  it('v4.2 reports the kube client it was built with', async () => {
    const run = await helm(standin({version: 'v4.2.3'}), ['version'])
    expect(run.stdout).toMatch(/KubeClientVersion:"v1\.36"\}\n$/)
  })
})

describe('helm stand-in: invocation log', () => {
  it('records argv verbatim, the cwd, the HELM_* env and the spawning process', async () => {
    const s = standin()
    const weird = 'ctx with space;$(touch pwned)|`id`'
    await helm(s, ['history', 'app', ...ns, `--kube-context=${weird}`, '-o', 'json'], {
      HELM_DRIVER: 'secret'
    })
    const [call] = s.invocations()
    expect(call?.argv).toEqual([
      'history',
      'app',
      '-n',
      'prod',
      `--kube-context=${weird}`,
      '-o',
      'json'
    ])
    expect(call?.env).toEqual({HELM_DRIVER: 'secret'})
    expect(call?.parent).toBe('node')
    expect(call?.cwd).toBe(process.cwd())
  })
})
