import type {PrometheusCheck} from '../checks.js'
import {holds} from '../condition.js'
import type {Probe, ProbeResult} from '../scheduler.js'
import {httpRequest, RequestError} from './http-client.js'

interface Series {
  labels: string
  value: number
}

/**
 * The `prometheus` check: an instant query whose every series must satisfy the condition.
 * No series, or a NaN, is inconclusive (never success); a query error fails the sample with
 * Prometheus's own message.
 */
export function prometheusProbe(check: PrometheusCheck): Probe {
  const endpoint = new URL('api/v1/query', check.url.endsWith('/') ? check.url : `${check.url}/`)
  return async signal => {
    let status: number
    let body: string
    let latencyMs: number
    try {
      // POST keeps long queries out of the URL (and out of proxies' access logs).
      const response = await httpRequest({
        url: endpoint.href,
        method: 'POST',
        headers: {...check.headers, 'content-type': 'application/x-www-form-urlencoded'},
        body: new URLSearchParams({query: check.query}).toString(),
        maxRedirects: 3,
        signal
      })
      status = response.status
      body = response.body
      latencyMs = Math.round(response.latencyMs)
    } catch (error) {
      if (error instanceof RequestError)
        return {
          outcome: 'failure',
          message: `Prometheus at ${check.url}: ${error.message}`,
          details: {error: error.kind}
        }
      throw error
    }
    return {...judgeQueryResponse(check, status, body), latencyMs}
  }
}

/**
 * Judges a Prometheus HTTP API response (`/api/v1/query`).
 * @param check the condition
 * @param status the HTTP status
 * @param body the response body
 */
export function judgeQueryResponse(
  check: PrometheusCheck,
  status: number,
  body: string
): ProbeResult {
  let parsed: {
    status?: unknown
    error?: unknown
    errorType?: unknown
    data?: {resultType?: unknown; result?: unknown}
  }
  try {
    parsed = JSON.parse(body) as typeof parsed
  } catch {
    return {
      outcome: 'failure',
      message: `not a Prometheus API response (HTTP ${status}): ${body.replace(/\s+/g, ' ').slice(0, 200)}`,
      details: {status}
    }
  }
  if (parsed?.status === 'error' || status >= 400) {
    const said = typeof parsed?.error === 'string' ? parsed.error : `HTTP ${status}`
    const type = typeof parsed?.errorType === 'string' ? `${parsed.errorType}: ` : ''
    return {outcome: 'failure', message: `Prometheus said: ${type}${said}`, details: {status}}
  }
  const data = parsed?.data
  let series: Series[]
  if (data?.resultType === 'vector' && Array.isArray(data.result)) {
    series = (data.result as {metric?: Record<string, string>; value?: [number, string]}[]).map(
      s => ({
        labels: labelText(s.metric ?? {}),
        value: sampleValue(s.value?.[1])
      })
    )
  } else if (data?.resultType === 'scalar' && Array.isArray(data.result)) {
    series = [{labels: 'scalar', value: sampleValue((data.result as [number, string])[1])}]
  } else if (data?.resultType === 'matrix') {
    return {
      outcome: 'failure',
      message: `the query returns a range vector; expected an instant vector or scalar (wrap the range in a function such as rate(...[5m]))`,
      details: {status}
    }
  } else {
    return {
      outcome: 'failure',
      message: `unexpected Prometheus result type ${JSON.stringify(data?.resultType)}`,
      details: {status}
    }
  }
  const values = series.slice(0, 20).map(s => ({series: s.labels, value: String(s.value)}))
  if (series.length === 0)
    return {
      outcome: 'inconclusive',
      message: 'the query returned no series (is the metric scraped yet?)',
      details: {series: values}
    }
  const violating = series.filter(s => !Number.isNaN(s.value) && !holds(check.condition, s.value))
  if (violating.length) {
    const first = violating[0] as Series
    return {
      outcome: 'failure',
      message: `${violating.length} of ${series.length} series fail ${check.condition.text}: ${first.labels} = ${first.value}`,
      details: {series: values}
    }
  }
  const nan = series.filter(s => Number.isNaN(s.value))
  if (nan.length) {
    return {
      outcome: 'inconclusive',
      message: `${nan.length} of ${series.length} series is NaN (e.g. a ratio over no traffic): ${(nan[0] as Series).labels}`,
      details: {series: values}
    }
  }
  const shown = series.length === 1 ? `${(series[0] as Series).value}` : `${series.length} series`
  return {
    outcome: 'success',
    message: `${shown} ${check.condition.text}`,
    details: {series: values}
  }
}

function sampleValue(text: unknown): number {
  if (text === '+Inf' || text === 'Inf') return Infinity
  if (text === '-Inf') return -Infinity
  if (typeof text !== 'string') return NaN
  return Number(text)
}

function labelText(metric: Record<string, string>): string {
  const parts = Object.entries(metric).map(([k, v]) => `${k}="${v}"`)
  return `{${parts.join(', ')}}`
}
