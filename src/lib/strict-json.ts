/**
 * The first member name that appears twice in one object of a JSON text, or undefined.
 * JSON.parse keeps the last of duplicate members silently, so a record could carry a value
 * the hash never saw; evidence verification rejects such text. Expects valid JSON.
 */
export function duplicateKey(text: string): string | undefined {
  const stack: {keys?: Set<string>; expectKey: boolean}[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') {
      let end = i + 1
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      const top = stack.at(-1)
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string
        if (top.keys.has(key)) return key
        top.keys.add(key)
        top.expectKey = false
      }
      i = end
    } else if (ch === '{') stack.push({keys: new Set(), expectKey: true})
    else if (ch === '[') stack.push({expectKey: false})
    else if (ch === '}' || ch === ']') stack.pop()
    else if (ch === ',') {
      const top = stack.at(-1)
      if (top?.keys) top.expectKey = true
    }
  }
  return undefined
}
