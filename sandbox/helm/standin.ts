import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** One revision as the stand-in stores it (history's JSON names, plus what status/metadata show). */
export interface StandinRevision {
  revision: number
  status: string
  /**
   * `name-version` as history prints it. With chart, chart_name and app_version all absent the
   * revision has no chart metadata (helm prints MISSING); chart alone absent prints "".
   */
  chart?: string
  app_version?: string
  /** RFC 3339; empty or absent is Go's zero time (v3 prints "", v4 leaves it out). */
  updated?: string
  description?: string
  first_deployed?: string
  chart_name?: string
  chart_version?: string
  config?: Record<string, unknown>
  manifest?: string
  notes?: string
  apply_method?: string
}

export interface StandinRelease {
  name: string
  namespace?: string
  revisions: StandinRevision[]
}

/** A scripted failure; `times` counts down (default 1), `always` never runs out. */
export interface StandinFailure {
  command: 'rollback' | 'history' | 'status' | 'get' | 'list'
  kind: 'timeout' | 'apply' | 'unreachable' | 'killed' | 'exists'
  times?: number
  always?: boolean
  /** Replaces the error text helm would print after `Error: ` (or inside it for timeouts). */
  message?: string
}

export interface StandinState {
  releases: Record<string, Required<Pick<StandinRelease, 'name' | 'namespace'>> & StandinRelease>
  failures: StandinFailure[]
}

/** One line of the invocation log. */
export interface StandinInvocation {
  argv: string[]
  cwd: string
  env: Record<string, string>
  /** The spawning process's name (Linux): `node` for an argv spawn, `sh`/`bash` via a shell. */
  parent?: string
}

export interface StandinOptions {
  /** The helm it pretends to be: `v3.21.4` (default), `v4.2.4`, `v3.11.0`... */
  version?: string
  releases?: StandinRelease[]
  failures?: StandinFailure[]
  /** A fixed time for new revisions. */
  now?: string
  /** Keep a rollback's new revision in pending-rollback this long. */
  rollbackDelayMs?: number
}

export interface HelmStandin {
  /** Put this first on PATH. */
  binDir: string
  /** PATH (with binDir first) and the HELM_STANDIN_* variables; merge into a child's env. */
  env: Record<string, string>
  stateFile: string
  logFile: string
  state(): StandinState
  /** A release's revisions, ascending. */
  revisions(name: string, namespace?: string): StandinRevision[]
  invocations(): StandinInvocation[]
  setFailures(failures: StandinFailure[]): void
  setReleases(releases: StandinRelease[]): void
  cleanup(): void
}

const binDir = fileURLToPath(new URL('./bin', import.meta.url))

/**
 * Sets up a helm stand-in with its own state and log files in a temp folder. Tests spawn
 * `helm` with `env` and assert on `state()` and `invocations()`.
 */
export function createHelmStandin(options: StandinOptions = {}): HelmStandin {
  const dir = mkdtempSync(join(tmpdir(), 'helm-standin-'))
  const stateFile = join(dir, 'state.json')
  const logFile = join(dir, 'invocations.jsonl')
  writeFileSync(logFile, '')

  const read = (): StandinState => JSON.parse(readFileSync(stateFile, 'utf8')) as StandinState
  const write = (state: StandinState): void =>
    writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`)
  write({releases: keyed(options.releases ?? []), failures: options.failures ?? []})

  const env: Record<string, string> = {
    PATH: [binDir, process.env.PATH ?? ''].join(delimiter),
    HELM_STANDIN_STATE: stateFile,
    HELM_STANDIN_LOG: logFile,
    HELM_STANDIN_VERSION: options.version ?? 'v3.21.4',
    // The shim runs this node, so tests do not depend on which node is first on PATH.
    HELM_STANDIN_NODE: process.execPath
  }
  if (options.now) env.HELM_STANDIN_NOW = options.now
  if (options.rollbackDelayMs) env.HELM_STANDIN_ROLLBACK_DELAY_MS = String(options.rollbackDelayMs)

  return {
    binDir,
    env,
    stateFile,
    logFile,
    state: read,
    revisions(name, namespace = 'default') {
      const release = read().releases[`${namespace}/${name}`]
      return [...(release?.revisions ?? [])].sort((a, b) => a.revision - b.revision)
    },
    invocations() {
      return readFileSync(logFile, 'utf8')
        .split('\n')
        .filter(line => line.trim() !== '')
        .map(line => JSON.parse(line) as StandinInvocation)
    },
    setFailures(failures) {
      write({...read(), failures})
    },
    setReleases(releases) {
      write({...read(), releases: keyed(releases)})
    },
    cleanup() {
      rmSync(dir, {recursive: true, force: true})
    }
  }
}

function keyed(releases: StandinRelease[]): StandinState['releases'] {
  const out: StandinState['releases'] = {}
  for (const release of releases) {
    const namespace = release.namespace ?? 'default'
    out[`${namespace}/${release.name}`] = {...release, namespace}
  }
  return out
}

const descriptions: Record<string, string> = {
  deployed: 'Upgrade complete',
  superseded: 'Upgrade complete',
  failed: 'Upgrade "{name}" failed: context deadline exceeded',
  'pending-upgrade': 'Preparing upgrade',
  'pending-install': 'Initial install underway',
  'pending-rollback': 'Rollback to {previous}'
}

/**
 * Builds a history from `[status, appVersion]` pairs, revision 1 first, with plausible charts,
 * descriptions and a day between revisions. Extra fields can follow in a third element.
 */
export function standinRevisions(
  name: string,
  spec: [status: string, appVersion: string, extra?: Partial<StandinRevision>][]
): StandinRevision[] {
  return spec.map(([status, appVersion, extra], index) => {
    const revision = index + 1
    const day = String(index + 1).padStart(2, '0')
    const description =
      revision === 1 && (status === 'deployed' || status === 'superseded')
        ? 'Install complete'
        : (descriptions[status] ?? status)
            .replace('{name}', name)
            .replace('{previous}', String(revision - 1))
    return {
      revision,
      status,
      chart: `${name}-${appVersion.replace(/^v/, '')}`,
      app_version: appVersion,
      updated: `2026-08-${day}T10:00:00.25Z`,
      first_deployed: '2026-08-01T10:00:00.25Z',
      description,
      ...extra
    }
  })
}
