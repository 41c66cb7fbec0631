// The runner's file-command format (GITHUB_OUTPUT, GITHUB_STATE): `NAME=value` lines or
// `NAME<<DELIMITER` heredocs. @actions/core writes it; the CLI and the test runner read it back.

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file the way the runner does (NAME=value or heredoc). */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, key, delimiter] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string)
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}'`)
      out[key] = value.join('\n')
    } else {
      const eq = line.indexOf('=')
      if (eq <= 0) throw new Error(`Invalid format '${line}'`)
      out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}
