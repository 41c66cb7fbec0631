import {UserError} from '../errors.js'
import {redactCredentials} from '../redact.js'
import type {CommandResult, CommandRunner} from '../exec.js'
import {
  historyArgs,
  parseHelmVersion,
  rollbackArgs,
  versionArgs,
  type HelmVersion,
  type RollbackOptions,
  type Scope
} from './argv.js'
import {formatMs, goDurationMs} from './duration.js'
import {parseHistory, type Revision} from './history.js'

/** A helm command that failed: the message carries helm's own words and what to do next. */
export class HelmError extends UserError {
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly exitCode: number,
    /** helm's error text, from its `Error: ` line on. */
    readonly helmSaid: string
  ) {
    super(message)
    this.name = 'HelmError'
  }
}

/**
 * A helm command that did not finish: rollback-kit stopped it at its time limit, or something
 * else killed it. Whatever it was doing may be half done; callers read the release state back.
 */
export class HelmInterrupted extends HelmError {
  constructor(
    message: string,
    args: readonly string[],
    result: CommandResult,
    /** The limit it ran into; undefined when something other than rollback-kit killed it. */
    readonly limitMs: number | undefined,
    readonly signal: string | undefined
  ) {
    super(message, args, result.exitCode, helmWords(result))
    this.name = 'HelmInterrupted'
  }
}

/** What helm printed for a rollback that succeeded. */
export interface RollbackRun {
  args: string[]
  stdout: string
  stderr: string
}

/** The helm commands rollback-kit uses, each one process, argv only. */
export interface Helm {
  version(): Promise<HelmVersion>
  history(scope: Scope): Promise<Revision[]>
  rollback(helm: HelmVersion, scope: Scope, options: RollbackOptions): Promise<RollbackRun>
}

export interface HelmOptions {
  /** The helm program; `helm` from PATH unless given. */
  bin?: string
  /** Called with each command line before it runs. */
  onRun?: (args: readonly string[]) => void
  /** How long `helm version` and `helm history` may take (default 60 s). */
  readTimeoutMs?: number
}

/**
 * How long rollback-kit lets `helm rollback --timeout=<t>` run before stopping it: helm's own
 * limit applies to each Kubernetes wait, so give it a margin on top (10 %, at least 10 s).
 */
export function rollbackLimitMs(timeout: string): number {
  const ms = goDurationMs(timeout) ?? 300_000
  return ms + Math.max(10_000, Math.round(ms / 10))
}

/**
 * Wraps a CommandRunner into helm commands. A non-zero exit becomes a HelmError whose message
 * quotes helm and says what to do next.
 * @param runner spawns programs with an argv array (never a shell)
 * @param options the helm program and a log hook
 * @returns the helm adapter
 */
export function createHelm(runner: CommandRunner, options: HelmOptions = {}): Helm {
  const bin = options.bin ?? 'helm'
  const readMs = options.readTimeoutMs ?? 60_000
  const call = async (args: string[], scope?: Scope, timeout?: string): Promise<CommandResult> => {
    options.onRun?.(args)
    const timeoutMs = timeout === undefined ? readMs : rollbackLimitMs(timeout)
    const result = await runner.run(bin, args, {silent: true, timeoutMs})
    if (result.timedOut || result.signal) throw interrupted(args, result, timeoutMs, scope)
    if (result.exitCode !== 0) throw explainHelmFailure(args, result, {scope, timeout})
    return result
  }
  return {
    async version() {
      return parseHelmVersion((await call(versionArgs())).stdout)
    },
    async history(scope) {
      return parseHistory((await call(historyArgs(scope), scope)).stdout)
    },
    async rollback(helm, scope, rollback) {
      const args = rollbackArgs(helm, scope, rollback)
      const {stdout, stderr} = await call(args, scope, rollback.timeout)
      return {args, stdout, stderr}
    }
  }
}

export interface FailureContext {
  scope?: Scope
  timeout?: string
}

/**
 * Turns a failed helm command into a HelmError: helm's words verbatim, then the likely cause
 * and the next step. Known causes: timeouts, a missing release or revision, an unreachable
 * cluster, missing permissions, a concurrent helm operation and flags this helm does not know.
 * @param args the argv after `helm`
 * @param result what helm printed and its exit code
 * @param context the release scope and timeout, to make the advice concrete
 * @returns the error to throw
 */
export function explainHelmFailure(
  args: readonly string[],
  result: CommandResult,
  context: FailureContext = {}
): HelmError {
  const said = helmWords(result)
  const command = `helm ${args.slice(0, 1).join(' ')}${context.scope ? ` ${context.scope.release}` : ''}`
  const message = `${command} failed (exit ${result.exitCode}): "${said}". ${advice(args[0] ?? '', said, context)}`
  return new HelmError(message, args, result.exitCode, said)
}

function interrupted(
  args: readonly string[],
  result: CommandResult,
  limitMs: number,
  scope?: Scope
): HelmInterrupted {
  const command = `helm ${args[0] ?? ''}${scope ? ` ${scope.release}` : ''}`
  const how = result.timedOut
    ? `did not finish within ${formatMs(limitMs)}, so rollback-kit stopped it`
    : `was killed by ${result.signal} before it finished (not by rollback-kit: the runner, a cancelled job or the system, e.g. out of memory)`
  const next =
    args[0] === 'rollback'
      ? 'It may have changed the release half-way: read its state with helm history before anything else.'
      : `That command only reads; it changed nothing. Check that helm can reach the cluster (kubeconfig, network) and run again.`
  return new HelmInterrupted(
    `${command} ${how}. ${next}`,
    args,
    result,
    result.timedOut ? limitMs : undefined,
    result.signal
  )
}

// helm prints `Error: ...` last on stderr; v4 may log `level=WARN ...` lines before it.
function helmWords(result: CommandResult): string {
  const text = (result.stderr.trim() || result.stdout.trim()).replace(/\r\n/g, '\n')
  const lines = text.split('\n')
  const start = lines.findIndex(line => line.startsWith('Error: '))
  const words = (start === -1 ? lines : lines.slice(start)).join('\n').trim()
  if (!words) return `no output; exit code ${result.exitCode}`
  // helm may quote a kubeconfig token or a registry password back: keep them out of reports.
  const safe = redactCredentials(words)
  return safe.length > 2000 ? `${safe.slice(0, 2000)}...` : safe
}

function advice(subcommand: string, said: string, context: FailureContext): string {
  const scope = context.scope
  const where = scope
    ? `release '${scope.release}' in ${scope.namespace ? `namespace '${scope.namespace}'` : "helm's default namespace"}${scope.kubeContext ? ` (kube-context '${scope.kubeContext}')` : ''}`
    : 'the release'
  if (/context deadline exceeded|timed out waiting for the condition/.test(said)) {
    return `The rolled-back resources of ${where} did not become ready within timeout ${context.timeout ?? '(helm default 5m0s)'}; helm marked the new revision failed and the workload may be only partly rolled back. Next: look at the pods (kubectl get pods, kubectl describe pod) for image pulls, probes or quota, fix the cause or raise 'timeout', then run the rollback again.`
  }
  if (/release: not found/.test(said)) {
    return `Helm found no ${where}. Check the 'release', 'namespace' and 'kube-context' inputs; 'helm list --all-namespaces' shows where releases live.`
  }
  const missing = /has no (\d+) version/.exec(said)
  if (missing) {
    return `Revision ${missing[1]} is not in the history of ${where} (helm keeps the newest history-max revisions, and another operation may have pruned it since it was read). Run again to choose from the current history, or pass a 'revision' that 'helm history' lists.`
  }
  if (/cluster unreachable/i.test(said)) {
    return `helm could not reach the cluster. This action expects kube access from an earlier step: a KUBECONFIG file, or a cloud login that writes one (aws eks update-kubeconfig, azure/aks-set-context, google-github-actions/get-gke-credentials). Check 'kube-context' as well.`
  }
  if (/forbidden|unauthorized/i.test(said)) {
    return `The cluster credentials lack a permission. helm needs get/list/create/update on Secrets in the release's namespace (its release storage) and rights to patch the release's resources.`
  }
  if (/another operation .* in progress|release: already exists/.test(said)) {
    return `Another helm operation on ${where} is running or just ran. Wait for it to finish, check 'helm history', then run again.`
  }
  if (/unknown (shorthand )?flag|invalid argument|unknown command/.test(said)) {
    return `This helm does not accept a command or flag that rollback-kit passed; rollback-kit supports helm v3 and v4. Please report it with the output of 'helm version'.`
  }
  if (subcommand === 'rollback') {
    return `Kubernetes refused the rollback of ${where}; helm records such a rollback as a failed revision. Fix the cause helm names, then run the rollback again.`
  }
  return `Check the ${where} and the cluster access, then run again.`
}
