// Credential-shaped text in tool output (helm's stderr, a migration tool's log) must not reach
// the summary or the evidence, whether or not we were told the secret's value.
const CREDENTIALS: [RegExp, string][] = [
  // HTTP authorization schemes and their credentials.
  [/\b(Bearer|Basic)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi, '$1$2***'],
  // GitHub tokens by their documented prefixes.
  [/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***'],
  // Passwords inside URLs: scheme://user:password@host.
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, '$1***@'],
  // password=..., token:..., "secret": "..." in key/value text (not prose like "secret: no").
  [
    /\b(password|passwd|secret|token|api[-_]?key)(\s*=\s*["']?|:(?=\S)|["']\s*:\s*["'])[^\s"',;&]{4,}/gi,
    '$1$2***'
  ]
]

/** Replaces credential-shaped parts of free text with `***`. */
export function redactCredentials(text: string): string {
  return CREDENTIALS.reduce(
    (out, [pattern, replacement]) => out.replace(pattern, replacement),
    text
  )
}

const SECRET_KEYS = /^(token|admin-token|database-url|password|authorization)$/i

/**
 * Drops secret-named members, blanks every known secret value inside strings and redacts
 * credential-shaped text, at any depth.
 */
export function redact(value: unknown, secrets: readonly string[]): unknown {
  const hidden = secrets.filter(secret => secret.length >= 4)
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string')
      return redactCredentials(hidden.reduce((s, secret) => s.split(secret).join('***'), v))
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {}
      for (const [key, member] of Object.entries(v)) {
        if (member === undefined) continue
        out[key] = SECRET_KEYS.test(key) ? '***' : walk(member)
      }
      return out
    }
    return v
  }
  return walk(value)
}
