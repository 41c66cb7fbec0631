import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo, Socket} from 'node:net'

/**
 * A misbehaving service on 127.0.0.1 for smoke-verify's tests, bench and the drill. Each path
 * is one behaviour; counters per path let a test see how often it was hit.
 *
 *   /ok                 200 {"status":"ok","db":true,"queue_depth":3}
 *   /status/<code>      that status
 *   /flap               200, 503, 200, 503, ...
 *   /recover/<n>        503 for the first n requests, then 200
 *   /fail-after/<n>     200 for the first n requests, then 503
 *   /slow/<ms>          200 after <ms>
 *   /hang               accepts the request and never answers
 *   /hang-body          sends headers and part of a body, then nothing
 *   /wrong-json         200 {"status":"degraded","db":false,"queue_depth":500}
 *   /not-json           200 with an HTML page
 *   /loop               302 to /loop-b, which redirects back to /loop
 *   /redirect/<n>       n redirects, then /ok
 *   /redirect-to?url=U  302 to U (another origin, for credential tests)
 *   /echo-headers       200 with the request's headers as JSON
 *   /reset              closes the connection without answering
 *   /big                200 with a 3 MiB body
 *   /metrics            Prometheus text: smoke_requests_total and smoke_errors_total (set by the test)
 */
export interface SmokeTarget {
  url: string
  port: number
  /** Requests seen per path (without the query). */
  hits(path: string): number
  /** The error counter /metrics exposes. */
  setErrors(total: number): void
  /** The request counter /metrics exposes. */
  setRequests(total: number): void
  close(): Promise<void>
}

export async function startSmokeTarget(port = 0): Promise<SmokeTarget> {
  const counts = new Map<string, number>()
  const sockets = new Set<Socket>()
  let errors = 0
  let requests = 1000
  const server: Server = createServer((req, res) => handle(req, res))
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, {'content-type': 'application/json'})
    res.end(JSON.stringify(body))
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const n = (counts.get(path) ?? 0) + 1
    counts.set(path, n)
    const [, first, arg] = path.split('/')
    const number = Number(arg)
    switch (first) {
      case 'ok':
        return json(res, 200, {status: 'ok', db: true, queue_depth: 3})
      case 'status':
        return json(res, number, {status: number})
      case 'flap':
        return n % 2 === 1 ? json(res, 200, {status: 'ok'}) : json(res, 503, {status: 'down'})
      case 'recover':
        return n <= number ? json(res, 503, {status: 'starting'}) : json(res, 200, {status: 'ok'})
      case 'fail-after':
        return n <= number ? json(res, 200, {status: 'ok'}) : json(res, 503, {status: 'down'})
      case 'slow':
        setTimeout(() => json(res, 200, {status: 'ok'}), number)
        return
      case 'hang':
        return
      case 'hang-body':
        res.writeHead(200, {'content-type': 'application/json'})
        res.write('{"status":')
        return
      case 'wrong-json':
        return json(res, 200, {status: 'degraded', db: false, queue_depth: 500})
      case 'not-json':
        res.writeHead(200, {'content-type': 'text/html'})
        res.end('<html><body>Maintenance</body></html>')
        return
      case 'loop':
        res.writeHead(302, {location: '/loop-b'})
        res.end()
        return
      case 'loop-b':
        res.writeHead(302, {location: '/loop'})
        res.end()
        return
      case 'redirect':
        res.writeHead(302, {location: number > 1 ? `/redirect/${number - 1}` : '/ok'})
        res.end()
        return
      case 'redirect-to':
        res.writeHead(302, {
          location: new URL(req.url ?? '/', 'http://x').searchParams.get('url') ?? '/'
        })
        res.end()
        return
      case 'echo-headers':
        return json(res, 200, req.headers)
      case 'reset':
        req.socket.destroy()
        return
      case 'big':
        res.writeHead(200, {'content-type': 'text/plain'})
        res.end('y'.repeat(3 * 1024 * 1024))
        return
      case 'metrics':
        res.writeHead(200, {'content-type': 'text/plain; version=0.0.4'})
        res.end(
          [
            '# TYPE smoke_requests_total counter',
            `smoke_requests_total ${requests}`,
            '# TYPE smoke_errors_total counter',
            `smoke_errors_total ${errors}`,
            ''
          ].join('\n')
        )
        return
      default:
        return json(res, 404, {error: `no behaviour at ${path}`})
    }
  }

  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  const actual = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    hits: path => counts.get(path) ?? 0,
    setErrors: total => void (errors = total),
    setRequests: total => void (requests = total),
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}
