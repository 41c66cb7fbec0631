import {spawn, type ChildProcess} from 'node:child_process'
import {constants} from 'node:os'
import {UserError} from './errors.js'

export interface CommandResult {
  /** The exit code; 128 + the signal number when a signal ended the command. */
  exitCode: number
  stdout: string
  stderr: string
  /** rollback-kit stopped the command because it ran past `timeoutMs`. */
  timedOut?: boolean
  /** The signal that ended the command (SIGKILL, SIGTERM...), whoever sent it. */
  signal?: string
}

export interface CommandOptions {
  cwd?: string
  env?: Record<string, string>
  input?: string
  /** Keep the command's output out of the log (it may hold data the user did not ask to see). */
  silent?: boolean
  /**
   * Stop the command, and every process it started, after this long (default 10 minutes).
   * Every wait is bounded: pass what the command can reasonably need.
   */
  timeoutMs?: number
}

export const DEFAULT_TIMEOUT_MS = 10 * 60_000

/**
 * Runs external programs. Arguments are always an argv array handed to the OS as-is: nothing
 * built from input ever passes through a shell. A non-zero exit, a timeout or a signal is a
 * result, not an exception, so callers can turn the program's own words into a useful error.
 */
export interface CommandRunner {
  run(file: string, args: readonly string[], options?: CommandOptions): Promise<CommandResult>
}

export interface RunnerSettings {
  /** After a timeout: how long SIGTERM has before SIGKILL (default 5 s). */
  killGraceMs?: number
}

// Output beyond this is dropped (a program that prints without end must not exhaust memory).
const MAX_OUTPUT = 16 * 1024 * 1024

/**
 * The runner used in actions. Each command runs in its own process group, so a timeout
 * stops the program and whatever it started (helm's plugins, a shell's children) together.
 */
export function createCommandRunner(settings: RunnerSettings = {}): CommandRunner {
  const grace = settings.killGraceMs ?? 5000
  return {
    run: (file, args, options = {}) => runCommand(file, args, options, grace)
  }
}

function runCommand(
  file: string,
  args: readonly string[],
  options: CommandOptions,
  graceMs: number
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ? {...process.env, ...options.env} : process.env,
      detached: process.platform !== 'win32',
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true
    })
    const out = collector(options.silent === false ? process.stdout : undefined)
    const err = collector(options.silent === false ? process.stderr : undefined)
    child.stdout?.on('data', out.add)
    child.stderr?.on('data', err.add)
    if (options.input !== undefined) {
      child.stdin?.on('error', () => undefined) // the program may exit without reading it
      child.stdin?.end(options.input)
    }
    live.add(child)
    forwardSignals()
    let timedOut = false
    let done = false
    let killTimer: NodeJS.Timeout | undefined
    const timeout = setTimeout(() => {
      timedOut = true
      signalGroup(child, 'SIGTERM')
      killTimer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
    let drainTimer: NodeJS.Timeout | undefined
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (done) return
      done = true
      clearTimeout(timeout)
      clearTimeout(killTimer)
      clearTimeout(drainTimer)
      live.delete(child)
      // Whatever the program left running in its group goes with it.
      signalGroup(child, 'SIGKILL')
      const signalNumber = signal ? (constants.signals[signal] ?? 0) : 0
      resolve({
        exitCode: code ?? 128 + signalNumber,
        stdout: out.text(),
        stderr: err.text(),
        ...(timedOut ? {timedOut} : {}),
        ...(signal ? {signal} : {})
      })
    }
    child.on('error', error => {
      clearTimeout(timeout)
      live.delete(child)
      done = true
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(
          new UserError(
            `'${file}' was not found on PATH. Install it in an earlier step (or add its folder to PATH) and run again.`
          )
        )
      } else reject(error)
    })
    child.on('close', finish)
    // A grandchild may keep the pipes open after the program itself exited: do not wait for it.
    child.on('exit', (code, signal) => {
      drainTimer = setTimeout(() => finish(code, signal), 1000)
    })
  })
}

function collector(echo?: NodeJS.WriteStream) {
  const chunks: Buffer[] = []
  let size = 0
  let dropped = 0
  return {
    add: (chunk: Buffer): void => {
      echo?.write(chunk)
      if (size >= MAX_OUTPUT) {
        dropped += chunk.length
        return
      }
      chunks.push(chunk)
      size += chunk.length
    },
    text: (): string =>
      Buffer.concat(chunks).toString('utf8') +
      (dropped ? `\n[rollback-kit: ${dropped} more bytes of output dropped]` : '')
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    if (process.platform === 'win32') child.kill(signal)
    else process.kill(-child.pid, signal)
  } catch {
    // The group is gone already.
  }
}

// Commands run in their own process groups, so a cancelled job (the runner signals only
// our process) must pass the signal on, or helm would go on rolling back unseen.
const live = new Set<ChildProcess>()
let forwarding = false
function forwardSignals(): void {
  if (forwarding) return
  forwarding = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const child of live) signalGroup(child, signal)
      process.exitCode = 128 + (constants.signals[signal] ?? 0)
      setTimeout(() => process.exit(), 3000).unref()
    })
  }
}
