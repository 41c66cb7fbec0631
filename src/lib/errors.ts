/**
 * Errors the user can fix (bad input, missing permission, a condition in the repo or cluster).
 * runAction prints their message as-is in one `::error::` line; anything else is a bug in
 * rollback-kit and is reported with the action name and a stack in the debug log.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

/** A bad input: names the input, the value given and what would work. */
export class InputError extends UserError {
  readonly input: string

  constructor(input: string, value: unknown, expected: string) {
    super(`Input '${input}' ${describeValue(value)}: ${expected}`)
    this.name = 'InputError'
    this.input = input
  }
}

function describeValue(value: unknown): string {
  if (value === undefined || value === '') return 'is empty'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text
  return `has the value '${shown}'`
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
