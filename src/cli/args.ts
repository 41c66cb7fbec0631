/** One `--name value` as given on the command line, in order. */
export interface Flag {
  name: string
  /** Undefined for a bare flag (`--dry-run`). */
  value?: string
}

/**
 * Splits arguments into flags and positionals. `--name value` and `--name=value`; a flag
 * followed by another flag or nothing is bare. Whether a name is known, may repeat or may be
 * bare is the caller's business: it knows the inputs.
 */
export function parseFlags(args: readonly string[]): {flags: Flag[]; positional: string[]} {
  const flags: Flag[] = []
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    if (eq !== -1) flags.push({name, value: arg.slice(eq + 1)})
    else if (i + 1 < args.length && !(args[i + 1] as string).startsWith('--'))
      flags.push({name, value: args[++i] as string})
    else flags.push({name})
  }
  return {flags, positional}
}

/** The known name closest to a mistyped one (edit distance), when one is close enough. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: {name: string; distance: number} | undefined
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (!best || distance < best.distance) best = {name: candidate, distance}
  }
  if (!best) return undefined
  const close = best.distance <= Math.max(2, Math.floor(name.length / 3))
  const prefix = known.find(k => k.startsWith(name) || name.startsWith(k))
  return close ? best.name : prefix
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost
      )
    }
    previous = current
  }
  return previous[b.length] as number
}
