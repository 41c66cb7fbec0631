// The operations of GitHub's OpenAPI description that the double implements (the subset file
// made by script/openapi-subset.mjs), and matching a request path to one of them.
import {readFileSync} from 'node:fs'

export type JsonSchema = Record<string, unknown>

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  /** A path parameter that may hold slashes (`tags/v1`, a branch `release/1.x`). */
  multiSegment?: boolean
  schema: JsonSchema
}

export interface Operation {
  operationId: string
  /** The operation's page on docs.github.com, for `documentation_url`. */
  docs?: string
  method: string
  /** Path template: `/repos/{owner}/{repo}/tags`. */
  path: string
  parameters: Parameter[]
  requestBody?: {required: boolean; contentTypes: string[]; schema?: JsonSchema}
  /** Status code (`"200"`) → JSON schema of the body, if it has one. */
  responses: Record<string, {schema?: JsonSchema}>
}

interface Subset {
  'x-subset-of': {package: string; file: string}
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>
}

interface Compiled {
  operation: Operation
  regex: RegExp
  names: string[]
  /** Literal characters in the template: the more, the more specific the match. */
  weight: number
}

let loaded: {source: string; operations: Operation[]; compiled: Compiled[]} | undefined

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded
  const file = new URL('./api.github.com.subset.json', import.meta.url)
  const subset = JSON.parse(readFileSync(file, 'utf8')) as Subset
  const operations: Operation[] = []
  for (const [path, methods] of Object.entries(subset.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      operations.push({...op, method: method.toUpperCase(), path})
    }
  }
  const compiled = operations
    .map(compile)
    .sort((a, b) => b.weight - a.weight || a.names.length - b.names.length)
  const source = `${subset['x-subset-of'].package} ${subset['x-subset-of'].file}`
  loaded = {source, operations, compiled}
  return loaded
}

function compile(operation: Operation): Compiled {
  const names: string[] = []
  let weight = 0
  const pattern = operation.path
    .split(/(\{[^}]+\})/)
    .map((part, index, parts) => {
      const name = /^\{(.+)\}$/.exec(part)?.[1]
      if (!name) {
        weight += part.length
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      }
      names.push(name)
      const param = operation.parameters.find(p => p.in === 'path' && p.name === name)
      if (!param?.multiSegment) return '([^/]+)'
      return index === parts.length - 2 && parts.at(-1) === '' ? '(.+)' : '(.+?)'
    })
    .join('')
  return {operation, regex: new RegExp(`^${pattern}$`), names, weight}
}

/** Which package and file of GitHub's description the subset was cut from. */
export function descriptionSource(): string {
  return load().source
}

export function operations(): Operation[] {
  return load().operations
}

export interface Match {
  operation: Operation
  /** Decoded path parameters. */
  params: Record<string, string>
}

/**
 * The operation for a method and a raw (still percent-encoded) path. Octokit encodes `/` inside
 * a parameter as %2F; other clients send it bare, which multi-segment parameters accept.
 */
export function matchOperation(method: string, rawPath: string): Match | undefined {
  for (const {operation, regex, names} of load().compiled) {
    if (operation.method !== method.toUpperCase()) continue
    const found = regex.exec(rawPath)
    if (!found) continue
    const params: Record<string, string> = {}
    names.forEach((name, i) => {
      params[name] = safeDecode(found[i + 1] ?? '')
    })
    return {operation, params}
  }
  return undefined
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
