import {describe, expect, it} from '@jest/globals'
import type {CommandOptions, CommandResult, CommandRunner} from '../../../../src/lib/exec.js'
import {UserError} from '../../../../src/lib/errors.js'
import {createHelm, explainHelmFailure, HelmError} from '../../../../src/lib/helm/helm.js'
import {parseHelmVersion} from '../../../../src/lib/helm/argv.js'

/** A CommandRunner that answers from a script and records what it was asked. */
function fakeRunner(answers: Record<string, Partial<CommandResult>>) {
  const calls: {file: string; args: readonly string[]; options?: CommandOptions}[] = []
  const runner: CommandRunner = {
    async run(file, args, options) {
      calls.push({file, args, options})
      const answer = answers[args[0] ?? ''] ?? {}
      return {exitCode: 0, stdout: '', stderr: '', ...answer}
    }
  }
  return {runner, calls}
}

const scope = {release: 'myapp', namespace: 'prod'}
const fail = (stderr: string, exitCode = 1): CommandResult => ({exitCode, stdout: '', stderr})

describe('createHelm', () => {
  it('runs helm by argv, one process per command, and parses what it prints', async () => {
    const {runner, calls} = fakeRunner({
      version: {stdout: 'v4.2.4+g5d6e7f8\n'},
      history: {
        stdout:
          '[{"revision":1,"status":"deployed","chart":"a-1","app_version":"1","description":"Install complete"}]\n'
      },
      rollback: {stdout: 'Rollback was a success! Happy Helming!\n'}
    })
    const seen: string[] = []
    const helm = createHelm(runner, {bin: '/opt/helm', onRun: args => seen.push(args.join(' '))})
    const version = await helm.version()
    expect(version.major).toBe(4)
    expect((await helm.history(scope)).map(r => r.revision)).toEqual([1])
    const run = await helm.rollback(version, scope, {
      revision: 1,
      wait: 'true',
      timeout: '5m0s',
      cleanupOnFail: false,
      historyMax: 10,
      dryRun: false
    })
    expect(run.stdout).toBe('Rollback was a success! Happy Helming!\n')
    expect(calls.map(c => c.file)).toEqual(['/opt/helm', '/opt/helm', '/opt/helm'])
    expect(calls[2]?.args).toEqual(run.args)
    expect(seen).toEqual([
      'version --short',
      'history myapp --output=json --namespace=prod',
      'rollback myapp 1 --namespace=prod --wait=watcher --timeout=5m0s --history-max=10'
    ])
  })

  it('turns a failed command into a HelmError carrying helm’s words', async () => {
    const {runner} = fakeRunner({history: fail('Error: release: not found\n')})
    const history = createHelm(runner).history(scope)
    await expect(history).rejects.toBeInstanceOf(HelmError)
    await expect(createHelm(runner).history(scope)).rejects.toThrow(
      `helm history myapp failed (exit 1): "Error: release: not found". Helm found no release 'myapp' in namespace 'prod'. Check the 'release', 'namespace' and 'kube-context' inputs`
    )
  })
})

describe('explainHelmFailure', () => {
  const rollback = ['rollback', 'myapp', '2']
  it.each<[string, string, RegExp]>([
    [
      'v3.12+ timeout',
      'Error: release myapp failed: context deadline exceeded\n',
      /^helm rollback myapp failed \(exit 1\): "Error: release myapp failed: context deadline exceeded"\. The rolled-back resources of release 'myapp' in namespace 'prod' did not become ready within timeout 2m0s; .*raise 'timeout', then run the rollback again\.$/
    ],
    [
      'old v3 timeout',
      'Error: release myapp failed: timed out waiting for the condition\n',
      /"Error: release myapp failed: timed out waiting for the condition"\. The rolled-back resources .* did not become ready/
    ],
    [
      'v4 watcher timeout after slog warnings',
      'level=WARN msg="x"\nError: release myapp failed: resource Deployment/prod/myapp not ready. status: InProgress, message: m\ncontext deadline exceeded\n',
      /^helm rollback myapp failed \(exit 1\): "Error: release myapp failed: resource Deployment\/prod\/myapp not ready\. status: InProgress, message: m\ncontext deadline exceeded"\. The rolled-back/
    ],
    ['not found', 'Error: release: not found\n', /Helm found no release 'myapp'/],
    [
      'pruned revision',
      'Error: release has no 2 version\n',
      /Revision 2 is not in the history of release 'myapp' .*history-max/
    ],
    [
      'v3 unreachable',
      'Error: Kubernetes cluster unreachable: Get "https://127.0.0.1:6443/version": dial tcp 127.0.0.1:6443: connect: connection refused\n',
      /helm could not reach the cluster\. This action expects kube access from an earlier step: a KUBECONFIG file, or a cloud login/
    ],
    [
      'v4 unreachable',
      'Error: kubernetes cluster unreachable: x\n',
      /helm could not reach the cluster/
    ],
    [
      'RBAC',
      'Error: secrets is forbidden: User "ci" cannot list resource "secrets"\n',
      /lack a permission\. helm needs get\/list\/create\/update on Secrets/
    ],
    [
      'race',
      'Error: release: already exists\n',
      /Another helm operation on release 'myapp' .* is running or just ran/
    ],
    [
      'flag',
      'Error: unknown flag: --recreate-pods\n',
      /does not accept a command or flag that rollback-kit passed/
    ],
    [
      'apply failure',
      'Error: cannot patch "myapp" with kind Deployment: invalid\n',
      /Kubernetes refused the rollback of release 'myapp' .*failed revision/
    ],
    ['no output', '', /"no output; exit code 1"/]
  ])('%s', (_name, stderr, message) => {
    const error = explainHelmFailure(rollback, fail(stderr), {scope, timeout: '2m0s'})
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toMatch(message)
    expect(error.args).toEqual(rollback)
  })

  it('keeps the helm words separately for the summary and evidence', () => {
    const error = explainHelmFailure(rollback, fail('level=WARN msg="x"\nError: boom\n'), {scope})
    expect(error.helmSaid).toBe('Error: boom')
    expect(error.exitCode).toBe(1)
  })

  it('falls back to stdout when stderr is empty, and names helm’s default namespace', () => {
    const error = explainHelmFailure(
      ['history', 'a'],
      {exitCode: 2, stdout: 'weird\n', stderr: ''},
      {
        scope: {release: 'a'}
      }
    )
    expect(error.message).toBe(
      `helm history a failed (exit 2): "weird". Check the release 'a' in helm's default namespace and the cluster access, then run again.`
    )
  })

  it('parses the version the adapter sees', () => {
    expect(parseHelmVersion('v3.21.4+gabc\n').major).toBe(3)
  })
})
