/** `--name value` pairs; a flag with no value is `true`; a repeated flag joins its values by newline. */
export function parseFlags(args: readonly string[]): {
  flags: Map<string, string>
  positional: string[]
} {
  const flags = new Map<string, string>()
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    let value: string
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (i + 1 < args.length && !(args[i + 1] as string).startsWith('--'))
      value = args[++i] as string
    else value = 'true'
    flags.set(name, flags.has(name) ? `${flags.get(name)}\n${value}` : value)
  }
  return {flags, positional}
}
