/**
 * RFC 8785 (JCS) canonical JSON. ECMAScript's own JSON serialisation of strings and numbers is
 * what JCS specifies, so only the object member order (by UTF-16 code units, which is what
 * the default sort compares) and the absence of whitespace are ours to do.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value)
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`JCS cannot represent the number ${value}`)
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    return `[${value.map(item => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`
  }
  if (typeof value === 'object') {
    const members = Object.keys(value as object)
      .filter(key => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map(
        key => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`
      )
    return `{${members.join(',')}}`
  }
  throw new TypeError(`JCS cannot represent a value of type ${typeof value}`)
}
