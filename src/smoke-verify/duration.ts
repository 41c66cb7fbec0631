// Durations as the checks schema writes them: 500ms, 10s, 5m, 1h, and sums such as 1m30s.
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y
const UNIT_MS: Record<string, number> = {ms: 1, s: 1000, m: 60_000, h: 3_600_000}

/** The longest duration anything may be: a day (GitHub jobs end after 6 h anyway). */
export const MAX_DURATION_MS = 24 * 3_600_000

/**
 * Parses a duration to milliseconds, or returns undefined when it is not one. A bare number
 * is not accepted: "10" could mean seconds or milliseconds, so the unit is required.
 * @param text e.g. `500ms`, `10s`, `5m`, `1m30s`
 * @returns whole milliseconds, or undefined
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim()
  if (value === '' || value.length > 32) return undefined
  let total = 0
  PART.lastIndex = 0
  while (PART.lastIndex < value.length) {
    const m = PART.exec(value)
    if (!m) return undefined
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number)
  }
  return Number.isFinite(total) ? Math.round(total) : undefined
}

/** What the error messages say a duration looks like. */
export const DURATION_EXPECTED = 'a duration with a unit, e.g. 500ms, 10s, 5m or 1m30s'

/**
 * Formats milliseconds the way the schema writes them, for logs and summaries.
 * @param ms milliseconds
 * @returns e.g. `1m30s`, `500ms`
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  const parts: string[] = []
  let rest = Math.round(ms)
  for (const [unit, size] of [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000]
  ] as const) {
    const n = Math.floor(rest / size)
    if (n > 0) parts.push(`${n}${unit}`)
    rest -= n * size
  }
  if (rest > 0) parts.push(`${rest}ms`)
  return parts.join('')
}
