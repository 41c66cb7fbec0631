// What every resolver gets, and GitHub's typed GraphQL errors.
import type {GitView} from '../git/reader.js'
import type {Actor} from '../http.js'
import type {Seeder} from '../seed.js'
import type {DoubleState} from '../state.js'

export interface GqlContext {
  state: DoubleState
  seed: Seeder
  /** One ref snapshot for the whole query. */
  git: GitView
  actor: Actor
  baseUrl: string
  pageCap: number
  /** Records that GitHub would reject this query (a violation of its rules). */
  violation(message: string): void
}

/**
 * An error GitHub reports with a `type` (NOT_FOUND, FORBIDDEN, UNPROCESSABLE, ...) next to the
 * message; the handler copies it into the response.
 */
export class GqlError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * A resolver-backed object: plain fields, or methods `(args, ctx)` that graphql-js calls for
 * the field of the same name. `__typename` picks the concrete type of unions and interfaces.
 */
export type GqlNode = {__typename?: string} & Record<string, unknown>

export type Args = Record<string, unknown>
