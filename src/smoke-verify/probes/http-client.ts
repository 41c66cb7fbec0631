import * as http from 'node:http'
import * as https from 'node:https'

/** Why a request got no response, in words the summary can show as they are. */
export type RequestErrorKind =
  | 'dns'
  | 'tls'
  | 'refused'
  | 'reset'
  | 'timeout'
  | 'redirect-loop'
  | 'redirect-limit'
  | 'bad-redirect'
  | 'network'

export class RequestError extends Error {
  constructor(
    readonly kind: RequestErrorKind,
    message: string
  ) {
    super(message)
    this.name = 'RequestError'
  }
}

export interface HttpRequest {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
  maxRedirects: number
  signal: AbortSignal
  /** Body bytes read at most; the rest is not read (default 1 MiB). */
  maxBodyBytes?: number
}

export interface HttpResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  /** True when the body was longer than maxBodyBytes and was cut there. */
  truncated: boolean
  /** From the first byte sent to the last byte read, redirects included. */
  latencyMs: number
  /** Each URL a redirect led to, in order. */
  redirects: string[]
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
// Sent only to the origin the user named, as fetch does.
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization'])

/**
 * One HTTP request with redirects followed up to a limit (a loop is named as one), a timeout
 * through `signal`, and errors classified as DNS, TLS, refused, reset or timeout.
 * @param request what to send
 * @returns the final response
 * @throws RequestError
 */
export async function httpRequest(request: HttpRequest): Promise<HttpResponse> {
  const started = performance.now()
  const seen = new Set<string>()
  const redirects: string[] = []
  let url = new URL(request.url)
  let method = request.method
  let body = request.body
  let headers = {...request.headers}
  for (;;) {
    seen.add(url.href)
    const response = await once(url, method, headers, body, request)
    const location = response.headers.location
    if (!REDIRECTS.has(response.status) || location === undefined) {
      return {...response, latencyMs: performance.now() - started, redirects}
    }
    let next: URL
    try {
      next = new URL(location, url)
    } catch {
      throw new RequestError(
        'bad-redirect',
        `${response.status} redirect to an invalid Location '${location}'`
      )
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
      throw new RequestError(
        'bad-redirect',
        `${response.status} redirect to a non-HTTP URL ${next.protocol}`
      )
    if (seen.has(next.href)) {
      throw new RequestError(
        'redirect-loop',
        `redirect loop: ${[request.url, ...redirects, next.href].join(' -> ')}`
      )
    }
    if (redirects.length >= request.maxRedirects) {
      throw new RequestError(
        'redirect-limit',
        `more than ${request.maxRedirects} redirects (max-redirects): ${[request.url, ...redirects, next.href].join(' -> ')}`
      )
    }
    if (next.origin !== url.origin) {
      headers = Object.fromEntries(
        Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase()))
      )
    }
    if (
      response.status === 303 ||
      ((response.status === 301 || response.status === 302) && method === 'POST')
    ) {
      method = 'GET'
      body = undefined
    }
    redirects.push(next.href)
    url = next
  }
}

function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  request: HttpRequest
): Promise<Omit<HttpResponse, 'latencyMs' | 'redirects'>> {
  const limit = request.maxBodyBytes ?? 1024 * 1024
  return new Promise((resolve, reject) => {
    if (request.signal.aborted) {
      reject(timeoutError(request.signal))
      return
    }
    const transport = url.protocol === 'https:' ? https : http
    const outgoing = {...headers}
    if (body !== undefined) outgoing['content-length'] = String(Buffer.byteLength(body))
    const req = transport.request(url, {method, headers: outgoing, agent: false})
    const onAbort = (): void => {
      req.destroy(timeoutError(request.signal))
    }
    request.signal.addEventListener('abort', onAbort, {once: true})
    const done = (): void => request.signal.removeEventListener('abort', onAbort)
    req.on('error', error => {
      done()
      reject(classify(error, url, request.signal))
    })
    req.on('response', res => {
      const chunks: Buffer[] = []
      let bytes = 0
      let truncated = false
      res.on('data', (chunk: Buffer) => {
        if (truncated) return
        if (bytes + chunk.length > limit) {
          chunks.push(chunk.subarray(0, limit - bytes))
          bytes = limit
          truncated = true
          finish()
          res.destroy()
          return
        }
        chunks.push(chunk)
        bytes += chunk.length
      })
      let finished = false
      const finish = (): void => {
        if (finished) return
        finished = true
        done()
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          truncated
        })
      }
      res.on('end', finish)
      res.on('error', error => {
        if (finished) return
        finished = true
        done()
        reject(classify(error, url, request.signal))
      })
      res.on('close', () => {
        if (finished || res.complete) return
        finished = true
        done()
        reject(
          request.signal.aborted
            ? timeoutError(request.signal)
            : new RequestError(
                'reset',
                `the connection to ${url.host} closed before the whole response arrived`
              )
        )
      })
    })
    req.end(body)
  })
}

function timeoutError(signal: AbortSignal): RequestError {
  const reason = signal.reason as unknown
  return new RequestError('timeout', reason instanceof Error ? reason.message : 'timed out')
}

/** Names a socket or TLS error the way the summary shows it. */
export function classify(error: Error, url: URL, signal: AbortSignal): RequestError {
  if (error instanceof RequestError) return error
  if (signal.aborted) return timeoutError(signal)
  const code = (error as NodeJS.ErrnoException).code ?? ''
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return new RequestError('dns', `DNS lookup of ${url.hostname} failed (${code})`)
  if (code === 'ECONNREFUSED')
    return new RequestError('refused', `connection to ${url.host} refused (nothing listens there)`)
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED')
    return new RequestError('reset', `connection to ${url.host} reset (${code})`)
  if (
    /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code) ||
    /certificate|SSL|TLS/i.test(error.message)
  )
    return new RequestError(
      'tls',
      `TLS error with ${url.host}: ${error.message}${code ? ` (${code})` : ''}`
    )
  return new RequestError(
    'network',
    `request to ${url.host} failed: ${error.message}${code ? ` (${code})` : ''}`
  )
}
