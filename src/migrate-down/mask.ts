/** Blanks secrets inside text (tool output, driver errors) before it is shown anywhere. */
export type Masker = (text: string) => string

export function createMasker(secrets: readonly string[]): Masker {
  const hidden = secrets.filter(s => s.length >= 4).sort((a, b) => b.length - a.length)
  return text => hidden.reduce((out, secret) => out.split(secret).join('***'), text)
}
