import {isDeepStrictEqual} from 'node:util'
import type {HttpCheck, JsonAssertion} from '../checks.js'
import {parsePath, readPath} from '../json-path.js'
import type {Probe, ProbeResult} from '../scheduler.js'
import {httpRequest, RequestError, type HttpResponse} from './http-client.js'

/**
 * The `http` check: a request whose status, latency, body and JSON must be as expected.
 * Headers were filled from the environment when the check was resolved.
 */
export function httpProbe(check: HttpCheck): Probe {
  return async signal => {
    let response: HttpResponse
    try {
      response = await httpRequest({
        url: check.url,
        method: check.method,
        headers: check.headers,
        body: check.body,
        maxRedirects: check.maxRedirects,
        signal
      })
    } catch (error) {
      if (error instanceof RequestError)
        return {outcome: 'failure', message: error.message, details: {error: error.kind}}
      throw error
    }
    return judgeResponse(check, response)
  }
}

/**
 * Judges a response against the check: status first, then latency, body text and JSON.
 * @returns the sample's outcome; the message names the first thing that was wrong
 */
export function judgeResponse(check: HttpCheck, response: HttpResponse): ProbeResult {
  const latencyMs = Math.round(response.latencyMs)
  const via = response.redirects.length
    ? ` after ${response.redirects.length} redirect${response.redirects.length > 1 ? 's' : ''} (to ${response.redirects.at(-1)})`
    : ''
  const details: Record<string, unknown> = {status: response.status}
  if (response.redirects.length) details.redirects = response.redirects
  const fail = (message: string): ProbeResult => ({
    outcome: 'failure',
    message,
    latencyMs,
    details: {...details, body: snippet(response.body)}
  })
  const expected = check.expectStatus ?? [200]
  if (!expected.includes(response.status)) {
    return fail(
      `status ${response.status}${via}, expected ${expected.join(' or ')}${response.body ? `: ${snippet(response.body, 200)}` : ''}`
    )
  }
  if (check.maxLatencyMs !== undefined && latencyMs > check.maxLatencyMs)
    return fail(`took ${latencyMs} ms, more than max-latency-ms ${check.maxLatencyMs}`)
  if (check.bodyContains !== undefined && !response.body.includes(check.bodyContains)) {
    return fail(
      `the body does not contain '${check.bodyContains}'${response.truncated ? ' (within its first 1 MiB)' : ''}: ${snippet(response.body, 200)}`
    )
  }
  if (check.json.length) {
    let document: unknown
    try {
      document = JSON.parse(response.body)
    } catch (error) {
      return fail(
        `the body is not JSON${response.truncated ? ' (cut at 1 MiB)' : ''} (${(error as Error).message}): ${snippet(response.body, 200)}`
      )
    }
    for (const assertion of check.json) {
      const problem = assertionProblem(document, assertion)
      if (problem) return fail(problem)
    }
  }
  return {
    outcome: 'success',
    message: `status ${response.status} in ${latencyMs} ms${via}`,
    latencyMs,
    details
  }
}

function assertionProblem(document: unknown, a: JsonAssertion): string | undefined {
  const {found, value} = readPath(document, parsePath(a.path) ?? [])
  if (a.exists !== undefined && found !== a.exists)
    return a.exists ? `${a.path} is missing (exists: true)` : `${a.path} is present (exists: false)`
  if (!found && ('equals' in a || a.lt !== undefined || a.gt !== undefined))
    return `${a.path} is missing`
  if ('equals' in a && !isDeepStrictEqual(value, a.equals))
    return `${a.path} is ${JSON.stringify(value)}, expected ${JSON.stringify(a.equals)}`
  for (const [op, limit] of [
    ['lt', a.lt],
    ['gt', a.gt]
  ] as const) {
    if (limit === undefined) continue
    if (typeof value !== 'number')
      return `${a.path} is ${JSON.stringify(value)}, not a number (${op}: ${limit})`
    if (op === 'lt' ? !(value < limit) : !(value > limit))
      return `${a.path} is ${value}, expected ${op === 'lt' ? 'less' : 'more'} than ${limit}`
  }
  return undefined
}

function snippet(body: string, max = 1024): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}...` : flat
}
