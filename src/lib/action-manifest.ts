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
