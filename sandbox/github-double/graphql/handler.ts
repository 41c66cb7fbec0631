// POST /graphql: parse and validate against GitHub's schema (an invalid query is a violation and
// gets GitHub-style errors with HTTP 200), then execute with resolvers over the state and git.
import {
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver
} from 'graphql'
import type {Reply} from '../http.js'
import type {GraphqlRequest} from '../server.js'
import {GqlError, type GqlContext} from './context.js'
import {mutationRoot, queryRoot} from './resolvers/root.js'
import {githubSchema} from './schema.js'

export type GqlContextBase = Omit<GqlContext, 'actor' | 'git' | 'violation'> & {
  violations: string[]
  gitView(): GqlContext['git']
}

/**
 * Reads a field from a resolver-backed object; a method is called with (args, ctx). A field the
 * double does not model fails loudly instead of quietly answering null.
 */
const fieldResolver: GraphQLFieldResolver<unknown, GqlContext> = (source, args, ctx, info) => {
  if (source === null || typeof source !== 'object') return null
  if (!(info.fieldName in source)) {
    // Loud on purpose: a client must not pass a test because a field quietly came back empty.
    ctx.violation(`github-double does not implement ${info.parentType.name}.${info.fieldName}`)
    throw new GqlError(
      'NOT_IMPLEMENTED',
      `github-double does not implement ${info.parentType.name}.${info.fieldName}; add it to its resolvers`
    )
  }
  const value = (source as Record<string, unknown>)[info.fieldName]
  return typeof value === 'function'
    ? (value as (...a: unknown[]) => unknown).call(source, args, ctx, info)
    : value
}

export async function handleGraphql(base: GqlContextBase, request: GraphqlRequest): Promise<Reply> {
  const reject = (errors: Record<string, unknown>[]): Reply => {
    for (const e of errors) base.violations.push(`GraphQL: ${String(e.message)}`)
    return {status: 200, body: {errors}}
  }
  if (typeof request.query !== 'string' || request.query.trim() === '') {
    return reject([{message: 'A query attribute must be specified and must be a string.'}])
  }
  let document: DocumentNode
  try {
    document = parse(request.query)
  } catch (error) {
    const e = error as GraphQLError
    return reject([{message: `Parse error: ${e.message}`, locations: e.locations ?? []}])
  }
  const schema = githubSchema()
  const invalid = validate(schema, document)
  if (invalid.length > 0) return reject(invalid.map(githubStyle))

  const violations: string[] = []
  const ctx: GqlContext = {
    ...base,
    actor: request.actor,
    git: base.gitView(),
    violation: message => violations.push(`GraphQL: ${message}`)
  }
  const result: ExecutionResult = await execute({
    schema,
    document,
    rootValue: {...queryRoot(ctx), ...mutationRoot()},
    contextValue: ctx,
    variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
    fieldResolver
  })
  base.violations.push(...violations)
  if (result.data === undefined && result.errors) {
    // Request errors (bad or missing variables): GitHub rejects the whole query.
    return reject(result.errors.map(githubStyle))
  }
  const body: Record<string, unknown> = {data: result.data ?? null}
  if (result.errors?.length) body.errors = result.errors.map(githubStyle)
  return {status: 200, body}
}

/** GitHub's error shape: `type` beside the message, and its wording for unknown fields. */
function githubStyle(error: GraphQLError): Record<string, unknown> {
  const original = error.originalError
  const unknownField = /^Cannot query field "(.+?)" on type "(.+?)"\./.exec(error.message)
  const message = unknownField
    ? `Field '${unknownField[1]}' doesn't exist on type '${unknownField[2]}'`
    : error.message
  return {
    ...(original instanceof GqlError ? {type: original.type} : {}),
    ...(error.path ? {path: error.path} : {}),
    ...(unknownField
      ? {
          extensions: {
            code: 'undefinedField',
            typeName: unknownField[2],
            fieldName: unknownField[1]
          }
        }
      : {}),
    locations: error.locations ?? [],
    message
  }
}
