// A Go duration as helm's --timeout parses it: 300s, 5m, 5m0s, 1h30m, 1.5h.
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000
}
const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/
const PART = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g

/** Milliseconds of a Go duration, or undefined when it is not one. */
export function goDurationMs(text: string): number | undefined {
  if (!DURATION.test(text)) return undefined
  let total = 0
  for (const [, amount, unit] of text.matchAll(PART))
    total += Number(amount) * (UNIT_MS[unit as string] as number)
  return Number.isFinite(total) ? total : undefined
}

/** A duration for people: 1h30m, 5m0s, 45s. */
export function formatMs(ms: number): string {
  const seconds = Math.round(ms / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return h ? `${h}h${m}m${s}s` : m ? `${m}m${s}s` : `${s}s`
}
