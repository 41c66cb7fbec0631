import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {declaredDefaults} from '../src/lib/action-manifest.js'
import {parseFileCommand} from '../src/lib/file-command.js'

export {parseFileCommand}

export const ROOT = resolve(import.meta.dirname, '..')

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug'
  message: string
}

export interface DistRun {
  exitCode: number
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  stdout: string
  stderr: string
  /** The runner temp dir of this run (evidence lands in <tempDir>/rollback-evidence by default). */
  tempDir: string
}

export interface DistOptions {
  /** Inputs by their action.yml names; hyphens are kept, as the runner does. */
  inputs?: Record<string, string>
  env?: Record<string, string>
  event?: unknown
  cwd?: string
  /** Leave the temp dir for the test to read (it removes it via cleanup()). */
  keep?: boolean
  /** Called with the action's process once spawned (e.g. to signal it as a cancelled job). */
  onSpawn?: (child: ChildProcess) => void
}

/**
 * Runs `node dist/<name>/index.js` exactly as the runner does: declared defaults from
 * action.yml materialised (expressions other than github.token/repository/runner.temp left
 * out), INPUT_* with hyphens kept, per-step GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE
 * files, RUNNER_TEMP and GITHUB_EVENT_PATH. Returns parsed outputs, summary and annotations.
 */
export async function runDist(name: string, options: DistOptions = {}): Promise<DistRun> {
  const tempDir = await mkdtemp(join(tmpdir(), `rk-${name}-`))
  const files = {
    GITHUB_OUTPUT: join(tempDir, 'set_output'),
    GITHUB_STEP_SUMMARY: join(tempDir, 'step_summary'),
    GITHUB_STATE: join(tempDir, 'save_state'),
    GITHUB_ENV: join(tempDir, 'set_env'),
    GITHUB_PATH: join(tempDir, 'add_path'),
    GITHUB_EVENT_PATH: join(tempDir, 'event.json')
  }
  for (const file of Object.values(files)) await writeFile(file, '')
  await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tempDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/payments-api',
    GITHUB_JOB: 'rollback',
    GITHUB_RUN_ID: '1001',
    GITHUB_WORKSPACE: options.cwd ?? tempDir,
    RUNNER_TEMP: tempDir,
    ...files,
    ...options.env
  }
  const actionYml = await readFile(join(ROOT, 'actions', name, 'action.yml'), 'utf8')
  const defaults = declaredDefaults(actionYml, {
    'github.repository': env.GITHUB_REPOSITORY ?? '',
    'runner.temp': env.RUNNER_TEMP ?? ''
  })
  const inputs = {...defaults, ...options.inputs}
  for (const [key, value] of Object.entries(inputs))
    env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value
  const {exitCode, stdout, stderr} = await spawnNode(
    join(ROOT, 'dist', name, 'index.js'),
    env,
    options.cwd ?? tempDir,
    options.onSpawn
  )
  const run: DistRun = {
    exitCode,
    outputs: parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: parseAnnotations(stdout),
    stdout,
    stderr,
    tempDir
  }
  if (!options.keep) await rm(tempDir, {recursive: true, force: true})
  return run
}

function spawnNode(
  script: string,
  env: Record<string, string>,
  cwd: string,
  onSpawn?: (child: ChildProcess) => void
): Promise<{exitCode: number; stdout: string; stderr: string}> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script], {env, cwd, stdio: ['ignore', 'pipe', 'pipe']})
    onSpawn?.(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => resolvePromise({exitCode: code ?? -1, stdout, stderr}))
  })
}

/** Workflow commands (::error::, ::warning::, ...) printed on stdout, unescaped. */
export function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice|debug)(?: [^:]*)?::(.*)$/.exec(line)
    if (m) {
      const message = (m[2] as string)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%')
      found.push({level: m[1] as Annotation['level'], message})
    }
  }
  return found
}

/** The error annotations of a run. */
export function errors(run: DistRun): string[] {
  return run.annotations.filter(a => a.level === 'error').map(a => a.message)
}
