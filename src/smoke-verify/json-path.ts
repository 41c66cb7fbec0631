// The small JSONPath subset the `json` assertions use: $ then .name, ['name'] or [index].
type Step = string | number

const STEP = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y

/** What the error messages say a path looks like. */
export const PATH_EXPECTED =
  "a path from the JSON root, e.g. $.status, $.checks[0].name or $['x-ray']"

/**
 * Parses a path into its steps, or returns undefined when it is not one.
 * @param path e.g. `$.checks[0].name`
 * @returns the steps
 */
export function parsePath(path: string): Step[] | undefined {
  if (!path.startsWith('$') || path.length > 512) return undefined
  const steps: Step[] = []
  STEP.lastIndex = 1
  while (STEP.lastIndex < path.length) {
    const m = STEP.exec(path)
    if (!m) return undefined
    if (m[1] !== undefined) steps.push(m[1])
    else if (m[2] !== undefined) steps.push(Number(m[2]))
    else steps.push((m[3] ?? m[4] ?? '').replace(/\\(.)/g, '$1'))
  }
  return steps
}

/**
 * Reads the value at a path; `found` is false when any step is missing.
 * @param document parsed JSON
 * @param steps from parsePath
 */
export function readPath(
  document: unknown,
  steps: readonly Step[]
): {found: boolean; value?: unknown} {
  let current: unknown = document
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(current) || step >= current.length) return {found: false}
      current = current[step]
    } else {
      if (
        current === null ||
        typeof current !== 'object' ||
        Array.isArray(current) ||
        !Object.prototype.hasOwnProperty.call(current, step)
      )
        return {found: false}
      current = (current as Record<string, unknown>)[step]
    }
  }
  return {found: true, value: current}
}
