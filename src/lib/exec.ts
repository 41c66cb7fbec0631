import * as exec from '@actions/exec'
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
