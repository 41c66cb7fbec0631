import {spawn} from 'node:child_process'

// Runs a program as the leader of its own process group, so a timeout can kill everything it
// started (a `bash -c` script's children and grandchildren), not just the shell. Kept apart
// from exec.ts on purpose: it is the smallest piece smoke-verify needs, and exec.ts is free
// to absorb it.

/**
 * Groups still running. A group is detached from this process, so when the runner cancels the
 * job (SIGINT, then SIGTERM to this process) the signal would not reach it: forward it.
 */
const running = new Set<number>()
const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

function forward(signal: NodeJS.Signals): void {
  for (const pgid of running) {
    try {
      process.kill(-pgid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  running.clear()
  stopForwarding()
  // Then die of the same signal, as this process would have without the handler.
  process.kill(process.pid, signal)
}

function startForwarding(): void {
  if (running.size === 1) for (const signal of FORWARDED) process.on(signal, forward)
}

function stopForwarding(): void {
  if (running.size === 0) for (const signal of FORWARDED) process.off(signal, forward)
}

export interface GroupRunOptions {
  cwd?: string
  /** The complete environment of the program. */
  env?: NodeJS.ProcessEnv
  /** Aborting kills the group: SIGTERM, then SIGKILL after `killGraceMs`. */
  signal: AbortSignal
  killGraceMs?: number
  /** Output kept: the first and last halves of this many bytes (default 32 KiB). */
  maxOutputBytes?: number
}

export interface GroupRunResult {
  /** The exit code, or null when a signal ended the program. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** stdout and stderr interleaved as they came, truncated in the middle when too long. */
  output: string
  /** Bytes of output left out of `output`. */
  omittedBytes: number
  /** True when the abort signal ended the program (its group was killed). */
  killed: boolean
  /** The error that kept the program from starting (e.g. not found), if any. */
  spawnError?: string
}

/**
 * Runs `file args` (argv, no shell) in a new process group and waits for it. Once the program
 * exits, whatever it left running in its group is killed too, so nothing outlives the run.
 * @param file the program
 * @param args its arguments
 * @param options cwd, env, the abort signal and limits
 * @returns how it ended and its output
 */
export function runInProcessGroup(
  file: string,
  args: readonly string[],
  options: GroupRunOptions
): Promise<GroupRunResult> {
  const limit = options.maxOutputBytes ?? 32 * 1024
  const grace = options.killGraceMs ?? 2000
  return new Promise(resolve => {
    const output = new Capture(limit)
    let killed = false
    let settled = false
    let killTimer: NodeJS.Timeout | undefined
    let closeTimer: NodeJS.Timeout | undefined
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env,
      detached: true, // its own process group: -pid reaches every descendant that stays in it
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const pgid = child.pid
    if (pgid !== undefined) {
      running.add(pgid)
      startForwarding()
    }
    const killGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined) return
      try {
        process.kill(-child.pid, signal)
      } catch {
        // ESRCH: the group is already gone.
      }
    }
    const onAbort = (): void => {
      killed = true
      killGroup('SIGTERM')
      killTimer = setTimeout(() => killGroup('SIGKILL'), grace)
    }
    const finish = (result: Omit<GroupRunResult, 'output' | 'omittedBytes' | 'killed'>): void => {
      if (settled) return
      settled = true
      if (pgid !== undefined && running.delete(pgid)) stopForwarding()
      options.signal.removeEventListener('abort', onAbort)
      if (killTimer) clearTimeout(killTimer)
      if (closeTimer) clearTimeout(closeTimer)
      child.stdout?.destroy()
      child.stderr?.destroy()
      resolve({...result, output: output.text(), omittedBytes: output.omitted, killed})
    }
    child.stdout?.on('data', (chunk: Buffer) => output.add(chunk))
    child.stderr?.on('data', (chunk: Buffer) => output.add(chunk))
    child.on('error', error => finish({exitCode: null, signal: null, spawnError: error.message}))
    child.on('exit', (exitCode, signal) => {
      // After a normal exit, leftover background processes of the script die with it. After
      // an abort the rest of the group keeps its grace period (SIGKILL comes from killTimer).
      // A process that left the group (setsid) may hold the pipes open, so the wait for them
      // is bounded either way.
      if (!killed) killGroup('SIGKILL')
      closeTimer = setTimeout(() => finish({exitCode, signal}), killed ? grace + 1000 : 1000)
      child.once('close', () => finish({exitCode, signal}))
    })
    if (options.signal.aborted) onAbort()
    else options.signal.addEventListener('abort', onAbort, {once: true})
  })
}

/** Keeps the first and last halves of the limit, and counts what falls in between. */
class Capture {
  private head: Buffer[] = []
  private headBytes = 0
  private tail: Buffer[] = []
  private tailBytes = 0
  omitted = 0

  constructor(private readonly limit: number) {}

  add(chunk: Buffer): void {
    const half = Math.floor(this.limit / 2)
    if (this.headBytes < half) {
      const take = chunk.subarray(0, half - this.headBytes)
      this.head.push(take)
      this.headBytes += take.length
      chunk = chunk.subarray(take.length)
    }
    if (chunk.length === 0) return
    this.tail.push(chunk)
    this.tailBytes += chunk.length
    while (this.tailBytes > this.limit - half) {
      const first = this.tail[0] as Buffer
      const excess = this.tailBytes - (this.limit - half)
      if (first.length <= excess) {
        this.tail.shift()
        this.tailBytes -= first.length
        this.omitted += first.length
      } else {
        this.tail[0] = first.subarray(excess)
        this.tailBytes -= excess
        this.omitted += excess
      }
    }
  }

  text(): string {
    const head = Buffer.concat(this.head).toString('utf8')
    const tail = Buffer.concat(this.tail).toString('utf8')
    if (this.omitted === 0) return head + tail
    return `${head}\n[... ${this.omitted} bytes of output left out ...]\n${tail}`
  }
}
