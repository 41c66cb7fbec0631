import {parse} from 'yaml'

/**
 * The input defaults an action.yml declares, as the runner materialises them: the given
 * expressions (e.g. `${{ runner.temp }}`) are filled in, and a default that still holds an
 * expression nobody can fill outside a runner (`${{ github.token }}`) is left out.
 */
export function declaredDefaults(
  actionYml: string,
  expressions: Record<string, string> = {}
): Record<string, string> {
  const manifest = (parse(actionYml) ?? {}) as {inputs?: Record<string, {default?: unknown}>}
  const out: Record<string, string> = {}
  for (const [key, spec] of Object.entries(manifest.inputs ?? {})) {
    if (spec.default === undefined) continue
    let value = String(spec.default)
    for (const [expression, filled] of Object.entries(expressions)) {
      value = value.split(`\${{ ${expression} }}`).join(filled)
    }
    if (!value.includes('${{')) out[key] = value
  }
  return out
}

/** One input as action.yml declares it. */
export interface DeclaredInput {
  name: string
  required: boolean
  default?: string
  description: string
  /** A newline-separated list (its description says so): the CLI lets its flag repeat. */
  list: boolean
  /** Its default is true or false: the CLI lets its flag stand without a value. */
  boolean: boolean
}

/** Every input an action.yml declares, in order. */
export function declaredInputs(actionYml: string): DeclaredInput[] {
  const manifest = (parse(actionYml) ?? {}) as {
    inputs?: Record<string, {default?: unknown; required?: unknown; description?: unknown}>
  }
  return Object.entries(manifest.inputs ?? {}).map(([name, spec]) => {
    const description = String(spec?.description ?? '')
    const fallback = spec?.default === undefined ? undefined : String(spec.default)
    return {
      name,
      required: spec?.required === true || spec?.required === 'true',
      ...(fallback === undefined ? {} : {default: fallback}),
      description,
      list: /newline/i.test(description),
      boolean: fallback === 'true' || fallback === 'false'
    }
  })
}
