// Values both the inputs and the `checks` YAML take; cheap to load, unlike the YAML parser.

/** What the error messages say a status list looks like. */
export const STATUS_EXPECTED =
  'an HTTP status from 100 to 599, or a list of them, e.g. 200 or [200, 204]'

/**
 * Reads one status or a list (a YAML list, or text separated by commas, spaces or newlines).
 * @returns the statuses, or undefined when any is not a status
 */
export function parseStatusList(value: unknown): number[] | undefined {
  const items = Array.isArray(value)
    ? value
    : typeof value === 'number'
      ? [value]
      : typeof value === 'string'
        ? value.split(/[\s,]+/).filter(Boolean)
        : []
  if (items.length === 0 || items.length > 50) return undefined
  const out: number[] = []
  for (const item of items) {
    const n =
      typeof item === 'number'
        ? item
        : typeof item === 'string' && /^\d{3}$/.test(item)
          ? Number(item)
          : NaN
    if (!Number.isInteger(n) || n < 100 || n > 599) return undefined
    out.push(n)
  }
  return [...new Set(out)]
}

/**
 * What is wrong with a URL for a check, or undefined when it is fine: http(s) only, and no
 * credentials in it (they would reach the log; put them in a header with `${VAR}`).
 */
export function urlProblem(text: string): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'an absolute http:// or https:// URL, e.g. https://app.example.com/healthz'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'an http:// or https:// URL'
  if (url.username || url.password)
    return 'a URL without user:password (put credentials in headers, e.g. Authorization: "Bearer ${TOKEN}")'
  return undefined
}
