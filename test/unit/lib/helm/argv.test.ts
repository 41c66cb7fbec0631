import {describe, expect, it} from '@jest/globals'
import {
  historyArgs,
  parseHelmVersion,
  rollbackArgs,
  versionArgs,
  type RollbackOptions,
  type WaitMode
} from '../../../../src/lib/helm/argv.js'

const v3 = parseHelmVersion('v3.21.4+g1a2b3c4\n')
const v4 = parseHelmVersion('v4.2.4+g5d6e7f8\n')
const scope = {release: 'myapp', namespace: 'prod', kubeContext: 'kind-rollback'}
const base: RollbackOptions = {
  revision: 2,
  wait: 'true',
  timeout: '5m0s',
  cleanupOnFail: false,
  historyMax: 10,
  dryRun: false
}

describe('parseHelmVersion', () => {
  it.each([
    ['v3.21.4+g1a2b3c4', 3, 21, 'v3.21.4'],
    ['v4.2.4+g5d6e7f8', 4, 2, 'v4.2.4'],
    ['v3.11.0+g472c573', 3, 11, 'v3.11.0'],
    ['v4.0.0-rc.1+gabcdef0', 4, 0, 'v4.0.0-rc.1'],
    ['v3.21.4', 3, 21, 'v3.21.4']
  ])('%s', (text, major, minor, version) => {
    expect(parseHelmVersion(`${text}\n`)).toEqual({raw: text, version, major, minor})
  })

  it.each(['Client: v2.17.0+ga690bad', 'v5.0.0+gabc', '', 'helm'])(
    'refuses %j with a message that says what to install',
    text => {
      expect(() => parseHelmVersion(text)).toThrow(/drives helm v3 and v4, .*Install helm v3 or v4/)
    }
  )
})

describe('read-only commands', () => {
  it('version, history and status', () => {
    expect(versionArgs()).toEqual(['version', '--short'])
    expect(historyArgs(scope)).toEqual([
      'history',
      'myapp',
      '--output=json',
      '--namespace=prod',
      '--kube-context=kind-rollback'
    ])
  })
})

describe('rollbackArgs', () => {
  it.each<[string, typeof v3, Partial<RollbackOptions>, string[]]>([
    ['v3 defaults', v3, {}, ['--wait', '--timeout=5m0s', '--history-max=10']],
    ['v4 defaults', v4, {}, ['--wait=watcher', '--timeout=5m0s', '--history-max=10']],
    ['v3 no wait', v3, {wait: 'false'}, ['--timeout=5m0s', '--history-max=10']],
    [
      'v4 no wait (hookOnly is the default)',
      v4,
      {wait: 'false'},
      ['--timeout=5m0s', '--history-max=10']
    ],
    ['v4 hookOnly', v4, {wait: 'hookOnly'}, ['--timeout=5m0s', '--history-max=10']],
    ['v4 legacy', v4, {wait: 'legacy'}, ['--wait=legacy', '--timeout=5m0s', '--history-max=10']],
    [
      'v3 watcher means wait',
      v3,
      {wait: 'watcher'},
      ['--wait', '--timeout=5m0s', '--history-max=10']
    ],
    [
      'v3 dry run',
      v3,
      {dryRun: true},
      ['--wait', '--timeout=5m0s', '--history-max=10', '--dry-run']
    ],
    [
      'v4 dry run takes a value',
      v4,
      {dryRun: true},
      ['--wait=watcher', '--timeout=5m0s', '--history-max=10', '--dry-run=client']
    ],
    [
      'cleanup, unlimited history',
      v3,
      {cleanupOnFail: true, historyMax: 0, timeout: '90s'},
      ['--wait', '--timeout=90s', '--cleanup-on-fail', '--history-max=0']
    ]
  ])('%s', (_name, helm, options, flags) => {
    expect(rollbackArgs(helm, scope, {...base, ...options})).toEqual([
      'rollback',
      'myapp',
      '2',
      '--namespace=prod',
      '--kube-context=kind-rollback',
      ...flags
    ])
  })

  const waits: WaitMode[] = ['true', 'false', 'watcher', 'hookOnly', 'legacy']
  it.each(
    [v3, v4].flatMap(helm =>
      waits.flatMap(wait =>
        [true, false].map(dryRun => [helm.version, helm, wait, dryRun] as const)
      )
    )
  )(
    '%s wait=%s dry-run=%s: never a bare value after a flag, never --recreate-pods, always an explicit revision',
    (_v, helm, wait, dryRun) => {
      const args = rollbackArgs(helm, scope, {...base, wait, dryRun})
      expect(args.slice(0, 3)).toEqual(['rollback', 'myapp', '2'])
      // Only the release and the revision are positionals; every flag carries its own value.
      expect(args.slice(3).every(a => a.startsWith('--'))).toBe(true)
      expect(args).not.toContain('true')
      expect(args).not.toContain('--recreate-pods')
      if (helm.major === 3) expect(args.filter(a => a.startsWith('--wait='))).toEqual([])
      if (helm.major === 4) expect(args).not.toContain('--dry-run')
    }
  )

  it('leaves out namespace and kube-context when not given', () => {
    expect(rollbackArgs(v3, {release: 'a'}, base).slice(0, 4)).toEqual([
      'rollback',
      'a',
      '2',
      '--wait'
    ])
  })
})
