// Inputs of workflow_call and workflow_dispatch, checked and typed as GitHub does: unknown
// ones refused, required ones demanded, booleans and numbers given as such.
import {interpolate, type Contexts, type Plain} from './expressions.js'
import type {CallInput} from './load.js'

/** Checks and types inputs as GitHub does for workflow_call and workflow_dispatch. */
export function bindInputs(
  defs: Record<string, CallInput>,
  given: Record<string, unknown>,
  where: string,
  contexts: Contexts
): Record<string, Plain> {
  const out: Record<string, Plain> = {}
  for (const key of Object.keys(given))
    if (!(key in defs)) throw new Error(`${where}: input '${key}' is not defined in the workflow`)
  for (const [key, def] of Object.entries(defs)) {
    let value = given[key] as Plain | undefined
    if (value === undefined || value === null) {
      if (def.required && def.default === undefined)
        throw new Error(`${where}: input '${key}' is required but not provided`)
      value = def.default === undefined ? null : interpolate(def.default, contexts)
    }
    if (value === null) {
      out[key] = def.type === 'boolean' ? false : def.type === 'number' ? 0 : ''
      continue
    }
    if (def.type === 'boolean') {
      if (typeof value === 'string' && /^(true|false)$/.test(value)) value = value === 'true'
      if (typeof value !== 'boolean')
        throw new Error(`${where}: input '${key}' must be a boolean, got ${JSON.stringify(value)}`)
    } else if (def.type === 'number') {
      if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        value = Number(value)
      if (typeof value !== 'number')
        throw new Error(`${where}: input '${key}' must be a number, got ${JSON.stringify(value)}`)
    } else if (
      def.type === 'string' ||
      (def.type as string) === 'choice' ||
      (def.type as string) === 'environment'
    ) {
      if (typeof value === 'object') throw new Error(`${where}: input '${key}' must be a string`)
      value = String(value)
    }
    out[key] = value
  }
  return out
}
