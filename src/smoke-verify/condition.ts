/** A comparison of a Prometheus sample value against a number, e.g. `< 0.01`. */
export interface Condition {
  op: '<' | '<=' | '>' | '>=' | '==' | '!='
  value: number
  /** As the user wrote it, for messages. */
  text: string
}

const CONDITION = /^\s*(<=|>=|==|!=|<|>)\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*$/

/** What the error messages say a condition looks like. */
export const CONDITION_EXPECTED =
  'a comparison with a number: one of <, <=, >, >=, ==, != then a number, e.g. "< 0.01", ">= 1", "== 0"'

/**
 * Parses a condition, or returns undefined when it is not one.
 * @param text e.g. `< 0.01`
 * @returns the condition
 */
export function parseCondition(text: string): Condition | undefined {
  const m = CONDITION.exec(text)
  if (!m) return undefined
  const value = Number(m[2])
  if (!Number.isFinite(value)) return undefined
  return {op: m[1] as Condition['op'], value, text: `${m[1]} ${m[2]}`}
}

/**
 * Whether a value satisfies the condition. NaN satisfies nothing (callers treat it as
 * inconclusive before getting here).
 */
export function holds(condition: Condition, value: number): boolean {
  switch (condition.op) {
    case '<':
      return value < condition.value
    case '<=':
      return value <= condition.value
    case '>':
      return value > condition.value
    case '>=':
      return value >= condition.value
    case '==':
      return value === condition.value
    default:
      return value !== condition.value
  }
}
