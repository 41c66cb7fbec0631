// Checks requests against GitHub's description, and the double's own responses too, so neither
// an action nor the fake can drift from what GitHub accepts and sends.
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import formats from 'ajv-formats'
import {corrected} from './corrections.js'
import type {JsonSchema, Operation} from './spec.js'

// Two engines: query and path values arrive as strings and must be coerced to the declared
// type first; bodies are JSON and must match exactly.
const strictAjv = new Ajv({strict: false, allErrors: true})
const paramAjv = new Ajv({strict: false, allErrors: true, coerceTypes: 'array'})
formats.default(strictAjv)
formats.default(paramAjv)

const cache = new Map<string, ValidateFunction>()

function compiled(key: string, ajv: Ajv, schema: () => JsonSchema): ValidateFunction {
  let validate = cache.get(key)
  if (!validate) {
    validate = ajv.compile(toJsonSchema(schema()))
    cache.set(key, validate)
  }
  return validate
}

/**
 * OpenAPI 3.0 says "may also be null" with `nullable: true`; JSON Schema says it with a type
 * list (and, for an enum, null among the values).
 */
export function toJsonSchema(node: unknown): JsonSchema {
  if (Array.isArray(node)) return node.map(toJsonSchema) as unknown as JsonSchema
  if (!node || typeof node !== 'object') return node as JsonSchema
  const out: JsonSchema = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable') continue
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toJsonSchema(v)]))
        : key === 'enum' || key === 'required' || key === 'default'
          ? value
          : toJsonSchema(value)
  }
  const withDefault = allowsOwnDefault(out)
  if ((node as {nullable?: boolean}).nullable !== true) return withDefault
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  if (typeof out.type === 'string' && withDefault === out) return {...out, type: [out.type, 'null']}
  return {anyOf: [{type: 'null'}, withDefault]}
}

/**
 * A field's own default is a valid value, even where the description also gives it a format
 * the default breaks (deployment statuses: `target_url` is a "uri" whose default is "").
 */
function allowsOwnDefault(schema: JsonSchema): JsonSchema {
  if (schema.default !== '' || schema.format === undefined) return schema
  return {anyOf: [{const: ''}, schema]}
}

export interface RequestParts {
  params: Record<string, string>
  query: URLSearchParams
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown
}

/** Every way the request breaks the operation's description (empty = valid). */
export function checkRequest(operation: Operation, request: RequestParts): string[] {
  const problems: string[] = []
  for (const where of ['path', 'query'] as const) {
    const declared = operation.parameters.filter(p => p.in === where)
    if (declared.length === 0) continue
    const values: Record<string, unknown> = {}
    for (const p of declared) {
      const given =
        where === 'path' ? request.params[p.name] : queryValue(request.query, p.name, p.schema)
      if (given !== undefined) values[p.name] = given
    }
    const validate = compiled(`${operation.operationId} ${where}`, paramAjv, () => ({
      type: 'object',
      properties: Object.fromEntries(declared.map(p => [p.name, p.schema])),
      required: declared.filter(p => p.required).map(p => p.name)
    }))
    if (!validate(values)) problems.push(...describe(validate.errors, `${where} parameter`))
  }
  const spec = operation.requestBody
  if (spec && request.body === undefined && spec.required) {
    problems.push('the request body is required')
  } else if (spec?.schema && request.body !== undefined) {
    const validate = compiled(`${operation.operationId} body`, strictAjv, () =>
      corrected(operation.operationId, 'body', spec.schema ?? {})
    )
    if (!validate(request.body)) problems.push(...describe(validate.errors, 'body'))
  }
  return problems
}

/** Every way a response of the double breaks the description (empty = faithful). */
export function checkResponse(operation: Operation, status: number, body: unknown): string[] {
  const documented = operation.responses[String(status)]
  if (!documented) {
    // The description lists few error statuses (401, most 403s); only success must be listed.
    return status < 400 ? [`status ${status} is not a documented response`] : []
  }
  if (!documented.schema) {
    // Error bodies the description leaves out (a 409 of create-deployment) are still JSON.
    if (status >= 400 || body === undefined || body === '') return []
    return [`status ${status} must have no body`]
  }
  const schema = documented.schema
  const validate = compiled(`${operation.operationId} ${status}`, strictAjv, () => schema)
  return validate(body) ? [] : describe(validate.errors, 'response body')
}

function queryValue(query: URLSearchParams, name: string, schema: JsonSchema): unknown {
  if (!query.has(name)) return undefined
  return schema.type === 'array' ? query.getAll(name) : query.get(name)
}

function describe(errors: ErrorObject[] | null | undefined, what: string): string[] {
  const lines = (errors ?? []).map(error => {
    const at = error.instancePath ? ` ${error.instancePath.slice(1).replace(/\//g, '.')}` : ''
    const allowed = (error.params as {allowedValues?: unknown[]}).allowedValues
    const extra = allowed ? ` (${allowed.map(v => JSON.stringify(v)).join(', ')})` : ''
    return `${what}${at} ${error.message ?? error.keyword}${extra}`
  })
  // oneOf/anyOf report every branch; the first few lines name the problem well enough.
  return [...new Set(lines)].slice(0, 6)
}
