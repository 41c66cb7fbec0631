// `run:` steps: bash with a deadline; the whole process group is killed when it passes.
import {spawn} from 'node:child_process'

export function spawnBounded(
  command: string,
  args: string[],
  options: {cwd: string; env: Record<string, string>},
  timeoutMs: number,
  onLine: (line: string) => void
): Promise<{code: number; output: string; timedOut: boolean}> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      ...options,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let output = ''
    let timedOut = false
    let pending = ''
    const take = (chunk: Buffer) => {
      output += chunk.toString()
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) onLine(line)
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(-(child.pid as number), 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      if (pending) onLine(pending)
      resolvePromise({code: code ?? -1, output, timedOut})
    })
  })
}
