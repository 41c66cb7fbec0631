import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'

/**
 * A real Prometheus (Debian's `prometheus` package) started by the tests themselves: a temp
 * config that scrapes the given loopback targets every second, temp storage, a free loopback
 * port. CI only needs the package installed (see .ci/run).
 */
export interface PrometheusServer {
  url: string
  /** Waits until a query for `expr` returns at least one series (i.e. a scrape happened). */
  waitForSeries(expr: string, timeoutMs?: number): Promise<void>
  stop(): Promise<void>
}

/** The prometheus binary: $PROMETHEUS_BIN, else `prometheus` on PATH, else undefined. */
export function findPrometheus(): string | undefined {
  const explicit = process.env.PROMETHEUS_BIN
  if (explicit) return existsSync(explicit) ? explicit : undefined
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'prometheus')
    if (dir && existsSync(candidate)) return candidate
  }
  return existsSync('/usr/bin/prometheus') ? '/usr/bin/prometheus' : undefined
}

export async function startPrometheus(
  bin: string,
  targets: readonly string[],
  job = 'smoke'
): Promise<PrometheusServer> {
  const dir = await mkdtemp(join(tmpdir(), 'rk-prometheus-'))
  const config = join(dir, 'prometheus.yml')
  await writeFile(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      `  - job_name: ${job}`,
      '    static_configs:',
      `      - targets: [${targets.map(t => `'${t}'`).join(', ')}]`,
      ''
    ].join('\n')
  )
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let log = ''
  const child: ChildProcess = spawn(
    bin,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=1h'
    ],
    {stdio: ['ignore', 'pipe', 'pipe']}
  )
  child.stdout?.on('data', c => (log += c))
  child.stderr?.on('data', c => (log += c))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    await rm(dir, {recursive: true, force: true})
  }
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`prometheus exited with ${child.exitCode}:\n${log.slice(-2000)}`)
    }
    const ready = await fetch(`${url}/-/ready`, {signal: AbortSignal.timeout(1000)})
      .then(r => r.ok)
      .catch(() => false)
    if (ready) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`prometheus was not ready within 30 s:\n${log.slice(-2000)}`)
    }
    await new Promise(r => setTimeout(r, 200))
  }
  return {
    url,
    stop,
    async waitForSeries(expr, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs
      for (;;) {
        const body = (await fetch(`${url}/api/v1/query?query=${encodeURIComponent(expr)}`)
          .then(r => r.json())
          .catch(() => undefined)) as {data?: {result?: unknown[]}} | undefined
        if ((body?.data?.result?.length ?? 0) > 0) return
        if (Date.now() > until) throw new Error(`no series for ${expr} after ${timeoutMs} ms`)
        await new Promise(r => setTimeout(r, 250))
      }
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number}
      server.close(() => resolve(port))
    })
  })
}
