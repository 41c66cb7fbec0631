// GitHub's real GraphQL schema, from @octokit/graphql-schema's introspection JSON (its SDL file
// does not pass graphql-js's own checks). Built once per process: it takes ~120 ms.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildClientSchema, type GraphQLSchema, type IntrospectionQuery} from 'graphql'

let schema: GraphQLSchema | undefined

export function githubSchema(): GraphQLSchema {
  if (schema) return schema
  const json = JSON.parse(readFileSync(schemaFile(), 'utf8')) as
    IntrospectionQuery | {data: IntrospectionQuery}
  schema = buildClientSchema('data' in json ? json.data : json)
  return schema
}

/**
 * The package exports only its ESM entry, so the JSON cannot be `require.resolve`d; look for it
 * the way Node looks for packages, in node_modules of this directory and its parents.
 */
function schemaFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.json')
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error('github-double: @octokit/graphql-schema is not installed')
    dir = parent
  }
}
