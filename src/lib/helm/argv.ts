import {UserError} from '../errors.js'

/** The helm on PATH, from `helm version --short`. */
export interface HelmVersion {
  /** As printed, e.g. `v3.21.4+g1a2b3c4`. */
  raw: string
  /** Without the commit, e.g. `v3.21.4`. */
  version: string
  major: 3 | 4
  minor: number
}

/** Which release, where: the flags every helm command gets. */
export interface Scope {
  release: string
  namespace?: string
  kubeContext?: string
}

/**
 * The `wait` input: a boolean as in helm v3, or one of helm v4's strategies. `false` and
 * `hookOnly` both mean "do not wait for resources", which is v4's default.
 */
export type WaitMode = 'true' | 'false' | 'watcher' | 'hookOnly' | 'legacy'

export interface RollbackOptions {
  /** Always explicit: helm's own default (0 = latest minus one) may be a failed revision. */
  revision: number
  wait: WaitMode
  /** A Go duration, e.g. `5m0s`. */
  timeout: string
  cleanupOnFail: boolean
  /** 0 = unlimited, as in helm. */
  historyMax: number
  dryRun: boolean
}

/**
 * Reads `helm version --short` (`v3.21.4+g1a2b3c4`, `v4.2.4+g...`).
 * @param stdout helm's output
 * @returns the version, for choosing flags
 */
export function parseHelmVersion(stdout: string): HelmVersion {
  const raw = stdout.trim().split('\n')[0]?.trim() ?? ''
  const match = /^v(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+\S+)?$/.exec(raw)
  const major = Number(match?.[1])
  if (!match || (major !== 3 && major !== 4)) {
    throw new UserError(
      `rollback-kit drives helm v3 and v4, but 'helm version --short' printed '${raw.slice(0, 80)}'. Install helm v3 or v4 in an earlier step (for example azure/setup-helm) and make sure it comes first on PATH.`
    )
  }
  return {
    raw,
    version: `v${match[1]}.${match[2]}.${match[3]}${match[4] ?? ''}`,
    major,
    minor: Number(match[2])
  }
}

/** `helm version --short`. */
export function versionArgs(): string[] {
  return ['version', '--short']
}

/**
 * `helm history RELEASE -o json` with the scope flags; helm's default --max (256) keeps the
 * newest 256 revisions, far more than history-max usually leaves.
 */
export function historyArgs(scope: Scope): string[] {
  return ['history', scope.release, '--output=json', ...scopeArgs(scope)]
}

/**
 * `helm rollback RELEASE REVISION` with flags spelled for the helm in use. Values are always
 * joined with `=`: `--wait true` with a space would make `true` a positional argument (both
 * v3's bool and v4's wait strategy take an optional value), and `--dry-run` takes a value only
 * in v4.
 * @param helm the helm version on PATH
 * @param scope release, namespace, kube-context
 * @param options the rollback settings
 * @returns argv after `helm`
 */
export function rollbackArgs(helm: HelmVersion, scope: Scope, options: RollbackOptions): string[] {
  const args = ['rollback', scope.release, String(options.revision), ...scopeArgs(scope)]
  args.push(...waitArgs(helm, options.wait))
  args.push(`--timeout=${options.timeout}`)
  if (options.cleanupOnFail) args.push('--cleanup-on-fail')
  args.push(`--history-max=${options.historyMax}`)
  // v3: a bool. v4: a strategy; client-side is enough, as a rollback only reads release storage.
  if (options.dryRun) args.push(helm.major === 3 ? '--dry-run' : '--dry-run=client')
  return args
}

function waitArgs(helm: HelmVersion, wait: WaitMode): string[] {
  if (wait === 'false' || wait === 'hookOnly') return []
  if (helm.major === 3) return ['--wait']
  return [wait === 'legacy' ? '--wait=legacy' : '--wait=watcher']
}

function scopeArgs(scope: Scope): string[] {
  return [
    ...(scope.namespace ? [`--namespace=${scope.namespace}`] : []),
    ...(scope.kubeContext ? [`--kube-context=${scope.kubeContext}`] : [])
  ]
}
