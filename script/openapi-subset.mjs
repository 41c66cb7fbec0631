#!/usr/bin/env node
// Extracts the REST operations the GitHub API double implements from GitHub's official OpenAPI
// description (the npm package @octokit/openapi), dereferenced and stripped of prose, into
// sandbox/github-double/openapi/api.github.com.subset.json. The double validates every request
// and every response of its own against that file.
//
// The package is ~385 MB unpacked, so it is fetched once into a temporary directory instead of
// being a dependency:
//
//   tmp=$(mktemp -d) && npm pack @octokit/openapi@23.0.2 --pack-destination "$tmp" \
//     && tar -xzf "$tmp"/octokit-openapi-23.0.2.tgz -C "$tmp" \
//     && node script/openapi-subset.mjs "$tmp/package" && rm -rf "$tmp"
//
// Adding a route to the double = add its operationId to OPERATIONS below and run this again.

import {Buffer} from 'node:buffer'
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const OPERATIONS = [
  'repos/get',
  'repos/list-tags',
  'git/list-matching-refs',
  'git/get-ref',
  'git/get-tag',
  'repos/get-commit',
  'repos/compare-commits',
  'checks/list-for-ref',
  'checks/create',
  'repos/get-combined-status-for-ref',
  'repos/create-commit-status',
  'repos/list-deployments',
  'repos/create-deployment',
  'repos/get-deployment',
  'repos/list-deployment-statuses',
  'repos/create-deployment-status',
  'repos/get-branch',
  'repos/get-branch-protection',
  'repos/update-branch-protection',
  'repos/delete-branch-protection',
  'repos/get-commit-signature-protection',
  'repos/create-commit-signature-protection',
  'repos/delete-commit-signature-protection',
  'repos/get-branch-rules',
  'repos/get-repo-rulesets',
  'repos/create-repo-ruleset',
  'repos/get-repo-ruleset',
  'repos/update-repo-ruleset',
  'repos/delete-repo-ruleset',
  'pulls/list',
  'pulls/get',
  'repos/list-pull-requests-associated-with-commit',
  'issues/create',
  'issues/list-for-repo',
  'issues/get',
  'issues/update',
  'issues/list-comments',
  'issues/create-comment',
  'issues/get-comment',
  'issues/update-comment',
  'actions/list-workflow-runs-for-repo',
  'actions/cancel-workflow-run',
  'actions/list-repo-variables',
  'actions/create-repo-variable',
  'actions/get-repo-variable',
  'actions/update-repo-variable',
  'actions/delete-repo-variable',
  'teams/get-by-name',
  'teams/get-membership-for-user-in-org'
]

const SOURCE_FILE = 'generated/api.github.com.json'
// Prose and samples: useless to a validator and most of the description's size.
const DROP = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'externalDocs',
  'title',
  'tags',
  'x-github',
  'x-octokit',
  'x-github-breaking-changes',
  'deprecated',
  'xml'
])

const packageDir = process.argv[2]
if (!packageDir) {
  console.error('usage: node script/openapi-subset.mjs <unpacked @octokit/openapi package dir>')
  process.exit(2)
}
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
const spec = JSON.parse(readFileSync(join(packageDir, SOURCE_FILE), 'utf8'))

function resolvePointer(ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`)
  let target = spec
  for (const part of ref.slice(2).split('/')) {
    target = target[part.replace(/~1/g, '/').replace(/~0/g, '~')]
    if (target === undefined) throw new Error(`dangling $ref ${ref}`)
  }
  return target
}

// Inline every $ref (the description has no cycles; a cycle would be reported, not looped on).
function deref(value, seen = []) {
  if (Array.isArray(value)) return value.map(v => deref(v, seen))
  if (!value || typeof value !== 'object') return value
  if (typeof value.$ref === 'string') {
    if (seen.includes(value.$ref)) throw new Error(`cyclic $ref ${value.$ref}`)
    return deref(resolvePointer(value.$ref), [...seen, value.$ref])
  }
  const out = {}
  for (const [key, v] of Object.entries(value)) {
    if (DROP.has(key)) continue
    // `properties` maps names to schemas: a property may well be called "description".
    out[key] = key === 'properties' ? mapValues(v, s => deref(s, seen)) : deref(v, seen)
  }
  return out
}

function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, fn(v)]))
}

function slimOperation(operation, pathParameters) {
  const parameters = [...(pathParameters ?? []), ...(operation.parameters ?? [])].map(p => {
    const param = deref(p)
    const slim = {name: param.name, in: param.in, required: param.required ?? false}
    // A path parameter that may hold slashes (`heads/main`, a branch `release/1.x`).
    if (param['x-multi-segment']) slim.multiSegment = true
    return {...slim, schema: param.schema}
  })
  const out = {operationId: operation.operationId, docs: operation.externalDocs?.url, parameters}
  const body = operation.requestBody && deref(operation.requestBody)
  if (body) {
    out.requestBody = {
      required: body.required ?? false,
      contentTypes: Object.keys(body.content ?? {}),
      schema: body.content?.['application/json']?.schema
    }
  }
  out.responses = {}
  for (const [status, response] of Object.entries(operation.responses)) {
    const r = deref(response)
    const json = r.content?.['application/json'] ?? r.content?.['application/scim+json']
    out.responses[status] = json?.schema ? {schema: json.schema} : {}
  }
  return out
}

const wanted = new Set(OPERATIONS)
const paths = {}
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!wanted.has(operation?.operationId)) continue
    wanted.delete(operation.operationId)
    paths[path] ??= {}
    paths[path][method] = slimOperation(operation, item.parameters)
  }
}
if (wanted.size > 0) {
  console.error(`operations not in the description: ${[...wanted].join(', ')}`)
  process.exit(1)
}

const subset = {
  'x-subset-of': {
    package: `${pkg.name}@${pkg.version}`,
    file: SOURCE_FILE,
    generator: 'script/openapi-subset.mjs',
    note: 'Generated; do not edit. Descriptions and examples are stripped, $refs inlined.'
  },
  openapi: spec.openapi,
  info: {title: spec.info.title, version: spec.info.version},
  paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)))
}

const here = dirname(fileURLToPath(import.meta.url))
const outFile = join(
  here,
  '..',
  'sandbox',
  'github-double',
  'openapi',
  'api.github.com.subset.json'
)
mkdirSync(dirname(outFile), {recursive: true})
const text = serialize(subset)
writeFileSync(outFile, text)
const bytes = Buffer.byteLength(text)
console.log(`wrote ${OPERATIONS.length} operations, ${(bytes / 1024).toFixed(0)} KiB`)

// One operation a line: compact, yet a regenerated file diffs operation by operation.
function serialize(doc) {
  const head = Object.entries(doc)
    .filter(([key]) => key !== 'paths')
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
  const paths = Object.entries(doc.paths).map(([path, ops]) => {
    const lines = Object.entries(ops).map(
      ([method, op]) => `      ${JSON.stringify(method)}: ${JSON.stringify(op)}`
    )
    return `    ${JSON.stringify(path)}: {\n${lines.join(',\n')}\n    }`
  })
  return `{\n${head.join(',\n')},\n  "paths": {\n${paths.join(',\n')}\n  }\n}\n`
}
