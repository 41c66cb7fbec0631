import * as exec from '@actions/exec'
import {spawn} from 'node:child_process'
import {UserError} from './errors.js'

export interface CommandResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface CommandOptions {
  cwd?: string
  env?: Record<string, string>
  input?: string
  /** Keep the command's output out of the log (it may hold data the user did not ask to see). */
  silent?: boolean
  /** Kill the program (SIGTERM, then SIGKILL 5 s later) after this long; it then fails as a UserError. */
  timeoutMs?: number
}

/**
 * Runs external programs. Arguments are always an argv array handed to the OS as-is: nothing
 * built from input ever passes through a shell. A non-zero exit is a result, not an exception,
 * so callers can turn the program's own words into a useful error.
 */
export interface CommandRunner {
  run(file: string, args: readonly string[], options?: CommandOptions): Promise<CommandResult>
}

/** The runner used in actions: @actions/exec, which spawns without a shell. */
export function createCommandRunner(): CommandRunner {
  return {
    async run(file, args, options = {}) {
      if (options.timeoutMs !== undefined) return runWithTimeout(file, args, options)
      try {
        const result = await exec.getExecOutput(file, [...args], {
          cwd: options.cwd,
          env: options.env ? {...processEnv(), ...options.env} : undefined,
          input: options.input === undefined ? undefined : Buffer.from(options.input),
          silent: options.silent ?? true,
          ignoreReturnCode: true
        })
        return {exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr}
      } catch (error) {
        // @actions/exec throws when the program cannot be found on PATH.
        if (error instanceof Error && /Unable to locate executable file/.test(error.message)) {
          throw new UserError(
            `'${file}' was not found on PATH. Install it in an earlier step (or add its folder to PATH) and run again.`
          )
        }
        throw error
      }
    }
  }
}

function processEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  return env
}

// @actions/exec cannot stop a program, so bounded runs spawn it directly (still no shell).
function runWithTimeout(
  file: string,
  args: readonly string[],
  options: CommandOptions
): Promise<CommandResult> {
  const limit = options.timeoutMs ?? 0
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: {...processEnv(), ...options.env},
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    }, limit)
    child.on('error', error => {
      clearTimeout(timer)
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new UserError(
              `'${file}' was not found on PATH. Install it in an earlier step (or add its folder to PATH) and run again.`
            )
          : error
      )
    })
    child.on('close', code => {
      clearTimeout(timer)
      if (timedOut) {
        reject(
          new UserError(
            `'${file} ${args[0] ?? ''}' did not finish within ${Math.round(limit / 1000)} s and was stopped.`
          )
        )
      } else {
        const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8')
        resolve({exitCode: code ?? 1, stdout: text(stdout), stderr: text(stderr)})
      }
    })
  })
}
