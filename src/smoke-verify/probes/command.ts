import {runInProcessGroup} from '../../lib/process-group.js'
import type {CommandCheck} from '../checks.js'
import {formatDuration} from '../duration.js'
import type {Probe} from '../scheduler.js'

// Files the runner gives each step for its own commands: a sample is not a step, and writing
// to them would change smoke-verify's outputs.
const STEP_FILES = [
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY'
]

export interface CommandEnvironment {
  /** The workspace: the script's working directory. */
  cwd: string
  /** The job's environment. */
  env: NodeJS.ProcessEnv
}

/**
 * The `command` check: the script runs as a workflow `run:` step does (`bash -e -o pipefail
 * -c`), in the workspace with the job's environment (less this step's INPUT_* and file
 * commands). Exit 0 is success. A timeout kills the whole process group.
 */
export function commandProbe(check: CommandCheck, where: CommandEnvironment): Probe {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(where.env)) {
    if (key.startsWith('INPUT_') || STEP_FILES.includes(key)) continue
    env[key] = value
  }
  return async signal => {
    const started = performance.now()
    const result = await runInProcessGroup(
      'bash',
      ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', check.run],
      {
        cwd: where.cwd,
        env,
        signal
      }
    )
    const latencyMs = Math.round(performance.now() - started)
    const note = result.omittedBytes
      ? ` (output truncated: ${result.omittedBytes} bytes left out)`
      : ''
    const details = {
      exitCode: result.exitCode,
      signal: result.signal,
      output: result.output,
      omittedBytes: result.omittedBytes
    }
    if (result.spawnError)
      return {
        outcome: 'failure',
        message: `could not start bash: ${result.spawnError}`,
        latencyMs,
        details
      }
    if (result.killed) {
      const reason =
        signal.reason instanceof Error
          ? signal.reason.message
          : `timed out after ${formatDuration(check.sampleTimeoutMs)}`
      return {
        outcome: 'failure',
        message: `${reason}; its process group was killed${note}`,
        latencyMs,
        details
      }
    }
    if (result.exitCode === 0)
      return {outcome: 'success', message: `exit 0 in ${latencyMs} ms${note}`, latencyMs, details}
    const last = lastLine(result.output)
    return {
      outcome: 'failure',
      message: `${result.exitCode === null ? `killed by ${result.signal}` : `exit ${result.exitCode}`}${last ? `: ${last}` : ''}${note}`,
      latencyMs,
      details
    }
  }
}

function lastLine(output: string): string {
  const lines = output
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
  const last = lines.at(-1) ?? ''
  return last.length > 200 ? `${last.slice(0, 200)}...` : last
}
