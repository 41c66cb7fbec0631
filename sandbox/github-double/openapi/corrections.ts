// Places where GitHub's description is stricter than GitHub itself, so a correct client would be
// flagged. Each correction says what the server really does and where that was seen; the route
// then enforces the real rule. Keep this list short and sourced.
import type {JsonSchema} from './spec.js'

interface Correction {
  operationId: string
  part: 'body'
  why: string
  apply(schema: JsonSchema): void
}

const CORRECTIONS: Correction[] = [
  {
    operationId: 'repos/update-branch-protection',
    part: 'body',
    why:
      'required_status_checks takes `checks` in place of the closing-down `contexts`: the server ' +
      'wants `strict` and exactly one of the two (422 for both or neither; contracts.md B.1)',
    apply(schema) {
      const properties = schema.properties as Record<string, JsonSchema>
      const checks = properties.required_status_checks
      if (checks) checks.required = ['strict']
    }
  }
]

/** The schema with the operation's corrections applied (a copy; the description is untouched). */
export function corrected(operationId: string, part: 'body', schema: JsonSchema): JsonSchema {
  const fixes = CORRECTIONS.filter(c => c.operationId === operationId && c.part === part)
  if (fixes.length === 0) return schema
  const copy = structuredClone(schema)
  for (const fix of fixes) fix.apply(copy)
  return copy
}
