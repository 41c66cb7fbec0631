const UNIT_MS = {s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000} as const
const MAX_MS = 30 * UNIT_MS.d

/** `90m`, `4h`, `1d`, `1h30m` → milliseconds; `0` → 0 (never); undefined when not a duration. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0
  if (!/^(\d{1,6}[smhd])+$/.test(text)) return undefined
  let total = 0
  for (const [, amount, unit] of text.matchAll(/(\d+)([smhd])/g))
    total += Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS]
  return total > 0 && total <= MAX_MS ? total : undefined
}

/** 5400000 → `1h30m`, for messages. */
export function formatDuration(ms: number): string {
  let left = Math.round(ms / 1000)
  const parts: string[] = []
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1]
  ] as const) {
    if (left >= size) {
      parts.push(`${Math.floor(left / size)}${unit}`)
      left %= size
    }
  }
  return parts.join('') || '0s'
}
