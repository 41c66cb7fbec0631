import {afterAll, describe, expect, it} from '@jest/globals'
import type {ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {
  createHelmStandin,
  standinRevisions,
  type StandinFailure,
  type StandinRevision
} from '../../sandbox/helm/standin.js'
import {errors, runDist} from '../../sandbox/runner.js'

// helm that hangs, is killed or says too much, through dist/helm-rollback (issue 6: 2, 9, 13,
// 16, 17).

const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

interface Scenario {
  revisions?: StandinRevision[]
  failures?: StandinFailure[]
  inputs?: Record<string, string>
  env?: Record<string, string>
  onSpawn?: (child: ChildProcess, helmLog: () => string[]) => void
}

async function rollback(scenario: Scenario) {
  const helm = createHelmStandin({
    releases: [
      {
        name: 'payments',
        namespace: 'prod',
        revisions:
          scenario.revisions ??
          standinRevisions('payments', [
            ['superseded', '1.0.0'],
            ['superseded', '1.1.0'],
            ['failed', '1.2.0'],
            ['deployed', '1.3.0']
          ])
      }
    ],
    failures: scenario.failures
  })
  const started = Date.now()
  const run = await runDist('helm-rollback', {
    inputs: {release: 'payments', namespace: 'prod', ...scenario.inputs},
    env: {...helm.env, ...scenario.env},
    keep: true,
    onSpawn: child => scenario.onSpawn?.(child, () => helm.invocations().map(i => i.argv[0] ?? ''))
  })
  cleanups.push(helm.cleanup, () => rm(run.tempDir, {recursive: true, force: true}))
  const chain = join(run.tempDir, 'rollback-evidence', 'rollback.jsonl')
  const evidence = existsSync(chain) ? await readFile(chain, 'utf8') : ''
  return {
    run,
    helm,
    evidence,
    seconds: (Date.now() - started) / 1000,
    commands: helm.invocations().map(i => i.argv[0] ?? ''),
    statuses: helm.revisions('payments', 'prod').map(r => `${r.revision}:${r.status}`)
  }
}

describe('bounded waits (item 9)', () => {
  it('a helm that never answers `version` is stopped; nothing changed', async () => {
    const r = await rollback({inputs: {timeout: '1s'}, env: {HELM_STANDIN_HANG: 'version'}})
    expect(r.run.exitCode).toBe(1)
    expect(errors(r.run)).toEqual([
      'helm version did not finish within 11s, so rollback-kit stopped it. That command only reads; it changed nothing. Check that helm can reach the cluster (kubeconfig, network) and run again.'
    ])
    expect(r.seconds).toBeLessThan(30)
    expect(r.commands).toEqual(['version'])
  })

  it('a hanging rollback that ignores SIGTERM is killed at timeout + margin; the state is read back with the recovery command', async () => {
    const r = await rollback({
      inputs: {timeout: '1s'},
      env: {HELM_STANDIN_HANG: 'rollback', HELM_STANDIN_IGNORE_TERM: '1'}
    })
    expect(r.run.exitCode).toBe(1)
    expect(r.seconds).toBeLessThan(40)
    expect(r.commands).toEqual(['version', 'history', 'rollback', 'history'])
    expect(r.statuses.at(-1)).toBe('5:pending-rollback')
    const [error] = errors(r.run)
    expect(errors(r.run)).toHaveLength(1)
    expect(error).toContain(
      'helm rollback payments did not finish within 11s, so rollback-kit stopped it.'
    )
    expect(error).toContain('The release now shows revision 5 as pending-rollback (app 1.1.0).')
    expect(error).toContain('allow-pending: true')
    expect(error).toContain('helm rollback payments 2 --namespace=prod --wait --timeout=1s')
    expect(r.run.outputs).toMatchObject({status: 'failed', 'new-revision': '5'})
    expect(r.evidence).toContain('"event":"rollback-failed"')
  })
})

describe('a cancelled job', () => {
  it('passes SIGTERM on to helm, then reports the state helm left', async () => {
    const r = await rollback({
      env: {HELM_STANDIN_HANG: 'rollback'},
      onSpawn: (child, helmLog) => {
        const poll = setInterval(() => {
          if (!helmLog().includes('rollback')) return
          clearInterval(poll)
          // Give the stand-in a moment to write its pending revision, as the runner would not wait.
          setTimeout(() => child.kill('SIGTERM'), 300)
        }, 50)
      }
    })
    expect(r.seconds).toBeLessThan(20)
    expect(r.run.exitCode).not.toBe(0)
    expect(r.commands).toEqual(['version', 'history', 'rollback', 'history'])
    const [error] = errors(r.run)
    expect(error).toContain('helm rollback payments was killed by SIGTERM before it finished')
    expect(error).toContain('The release now shows revision 5 as pending-rollback')
  })
})

describe('a helm killed mid-rollback (item 13)', () => {
  it('reports the state read back and how to recover, not "Kubernetes refused"', async () => {
    const r = await rollback({failures: [{command: 'rollback', kind: 'killed'}]})
    expect(r.run.exitCode).toBe(1)
    const [error] = errors(r.run)
    expect(error).not.toContain('Kubernetes refused')
    expect(error).toContain('helm rollback payments was killed by SIGKILL before it finished')
    expect(error).toContain('The release now shows revision 5 as pending-rollback')
    expect(error).toContain('helm rollback payments 2 --namespace=prod')
    expect(r.run.summary).toContain('**Rollback failed**')
  })
})

describe('loose inputs (item 16)', () => {
  it.each(['99999999999999999999h', '25h', '0s', '500ms'])(
    "timeout '%s' is refused before helm runs",
    async timeout => {
      const r = await rollback({inputs: {timeout}})
      expect(r.run.exitCode).toBe(1)
      expect(errors(r.run)).toEqual([
        expect.stringMatching(new RegExp(`^Input 'timeout' has the value '${timeout}'`))
      ])
      expect(r.commands).toEqual([])
    }
  )
})

describe('what helm says is redacted and escaped (item 17)', () => {
  it('keeps a Bearer token out of the summary, the error and the evidence', async () => {
    const secret = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IkQx'
    const r = await rollback({
      failures: [
        {
          command: 'rollback',
          kind: 'apply',
          message: `Unauthorized: request with header "Authorization: Bearer ${secret}" was rejected`
        }
      ]
    })
    expect(r.run.exitCode).toBe(1)
    expect(r.run.summary).toContain('Bearer ***')
    for (const text of [r.run.summary, r.run.stdout, r.evidence]) expect(text).not.toContain(secret)
  })

  it('an app_version with a code fence or HTML cannot break out of the summary', async () => {
    const r = await rollback({
      revisions: standinRevisions('payments', [
        ['superseded', '1.0.0'],
        ['superseded', '1.1.0```\n# pwned <img src=x>'],
        ['failed', '1.2.0'],
        ['deployed', '1.3.0']
      ]),
      failures: [{command: 'rollback', kind: 'apply', message: 'bad\n```\n# injected heading'}]
    })
    expect(r.run.exitCode).toBe(1)
    expect(r.run.summary).not.toContain('<img')
    expect(r.run.summary).not.toMatch(/^# pwned/m)
    // The fence around helm's words is longer than any fence inside them.
    expect(r.run.summary).toContain('````\nError: bad\n```\n# injected heading\n````')
  })
})

describe('the token (item 2)', () => {
  it('helm-rollback never reads it, so nothing masks or records it', async () => {
    const r = await rollback({
      inputs: {token: 'ghs_abcdefghijklmnopqrstuvwxyz0123456789', 'dry-run': 'true'}
    })
    expect(r.run.exitCode).toBe(0)
    expect(r.run.stdout).not.toContain('::add-mask::')
    expect(r.evidence).not.toContain('ghs_')
  })
})
