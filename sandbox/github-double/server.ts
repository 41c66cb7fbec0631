// The request pipeline: log → injected fault → route → token → repository → request check
// against GitHub's description → permission → handler → response check → send.
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {FaultKind, Faults} from './faults.js'
import {faultReply} from './faults.js'
import type {GitReader} from './git/reader.js'
import {
  errorBody,
  HttpError,
  type Actor,
  type Reply,
  type RouteContext,
  type Routes
} from './http.js'
import {checkRequest, checkResponse} from './openapi/validate.js'
import {matchOperation} from './openapi/spec.js'
import {acceptedHeader, ACTOR_LOGIN, allows} from './permissions.js'
import type {Seeder} from './seed.js'
import type {DoubleState} from './state.js'

export interface LoggedRequest {
  method: string
  /** Path without the query, still percent-encoded as sent. */
  path: string
  query: Record<string, string>
  status: number
  /** Parsed JSON body, when there was one. */
  body?: unknown
  graphql?: {operationName?: string; query: string; variables?: Record<string, unknown>}
  /** The REST operation the request matched. */
  operationId?: string
  /** Set when an injected fault answered instead of the double. */
  fault?: FaultKind
}

export interface GraphqlRequest {
  query: unknown
  variables: unknown
  operationName: unknown
  actor: Actor
}

export interface PipelineDeps {
  state: DoubleState
  seed: Seeder
  git: GitReader
  routes: Routes
  faults: Faults
  requests: LoggedRequest[]
  violations: string[]
  validate: boolean
  pageCap: number
  graphql(request: GraphqlRequest): Promise<Reply>
  baseUrl(): string
}

const REST_DOCS = 'https://docs.github.com/rest'
const GRAPHQL_AUTH_DOCS =
  'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql'

export function createDoubleServer(deps: PipelineDeps): Server {
  return createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      deps.violations.push(`github-double crashed on ${req.method} ${req.url}: ${String(error)}`)
      send(res, {status: 500, body: {message: `github-double crashed: ${String(error)}`}}, deps)
    })
  })
}

async function handle(
  deps: PipelineDeps,
  req: IncomingMessage,
  res: ServerResponse
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase()
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const text = await readBody(req)
  const entry: LoggedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    status: 0
  }
  deps.requests.push(entry)

  let body: unknown
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text)
      entry.body = body
    } catch {
      entry.status = 400
      deps.violations.push(`${method} ${url.pathname}: the body is not JSON`)
      return send(
        res,
        {status: 400, body: errorBody(400, 'Problems parsing JSON', REST_DOCS)},
        deps
      )
    }
  }
  const isGraphql = url.pathname === '/graphql' && method === 'POST'
  if (isGraphql) {
    const gql = (body ?? {}) as {query?: unknown; operationName?: unknown; variables?: unknown}
    const query = String(gql.query ?? '')
    const operationName =
      typeof gql.operationName === 'string' ? gql.operationName : namedOperation(query)
    entry.graphql = {
      query,
      ...(operationName ? {operationName} : {}),
      ...(gql.variables && typeof gql.variables === 'object'
        ? {variables: gql.variables as Record<string, unknown>}
        : {})
    }
  }

  const fault = deps.faults.take(method, url.pathname)
  let reply: Reply
  if (fault) {
    entry.fault = fault.kind
    reply = faultReply(fault)
  } else {
    try {
      reply = isGraphql
        ? await graphql(deps, req, body)
        : await rest(deps, req, method, url, body, entry)
    } catch (error) {
      // A bug in the double must fail the test that hit it, not hang or vanish.
      deps.violations.push(`github-double crashed on ${method} ${url.pathname}: ${String(error)}`)
      reply = {status: 500, body: {message: `github-double crashed: ${String(error)}`}}
    }
  }
  entry.status = reply.status
  send(res, reply, deps)
}

async function graphql(deps: PipelineDeps, req: IncomingMessage, body: unknown): Promise<Reply> {
  const actor = authenticate(deps.state, req)
  if ('status' in actor) {
    const message =
      actor.status === 401 && !tokenOf(req)
        ? 'This endpoint requires you to be authenticated.'
        : 'Bad credentials'
    return {status: 401, body: errorBody(401, message, GRAPHQL_AUTH_DOCS)}
  }
  const gql = (body ?? {}) as {query?: unknown; variables?: unknown; operationName?: unknown}
  const reply = await deps.graphql({
    query: gql.query,
    variables: gql.variables,
    operationName: gql.operationName,
    actor
  })
  return {...reply, headers: {'x-ratelimit-resource': 'graphql', ...reply.headers}}
}

async function rest(
  deps: PipelineDeps,
  req: IncomingMessage,
  method: string,
  url: URL,
  body: unknown,
  entry: LoggedRequest
): Promise<Reply> {
  const match = matchOperation(method, url.pathname)
  const route = match && deps.routes[match.operation.operationId]
  if (!match || !route) {
    deps.violations.push(
      `${method} ${url.pathname}: the double implements no such operation (add it to script/openapi-subset.mjs and a route)`
    )
    return {status: 404, body: errorBody(404, 'Not Found', REST_DOCS)}
  }
  const {operation, params} = match
  entry.operationId = operation.operationId
  const docs = operation.docs ?? REST_DOCS

  const actor = authenticate(deps.state, req)
  if ('status' in actor) {
    const message = tokenOf(req) ? 'Bad credentials' : 'Requires authentication'
    return {status: 401, body: errorBody(401, message, REST_DOCS)}
  }
  const {repo} = deps.state
  // Repository routes name the repository; organization routes (teams) name its owner.
  const outside =
    params.org !== undefined
      ? params.org.toLowerCase() !== repo.owner.toLowerCase()
      : params.owner?.toLowerCase() !== repo.owner.toLowerCase() ||
        params.repo?.toLowerCase() !== repo.name.toLowerCase()
  if (outside) {
    return {status: 404, body: errorBody(404, 'Not Found', docs)}
  }

  if (deps.validate) {
    const problems = checkRequest(operation, {params, query: url.searchParams, body})
    if (problems.length > 0) {
      for (const problem of problems) {
        deps.violations.push(`${method} ${url.pathname} (${operation.operationId}): ${problem}`)
      }
      return {
        status: 422,
        body: errorBody(422, `Invalid request.\n\n${problems.join('\n')}`, docs)
      }
    }
  }

  const accepted = {'x-accepted-github-permissions': acceptedHeader(route.needs)}
  if (!allows(actor.kind, route.needs)) {
    return {
      status: 403,
      headers: accepted,
      body: errorBody(403, 'Resource not accessible by integration', docs)
    }
  }

  const ctx: RouteContext = {
    state: deps.state,
    seed: deps.seed,
    git: deps.git.view(),
    params,
    query: url.searchParams,
    body,
    actor,
    baseUrl: deps.baseUrl(),
    path: url.pathname,
    pageCap: deps.pageCap,
    docs,
    reject(message) {
      deps.violations.push(`${method} ${url.pathname} (${operation.operationId}): ${message}`)
      return new HttpError(422, message)
    }
  }
  let reply: Reply
  try {
    reply = await route.handle(ctx)
  } catch (error) {
    if (!(error instanceof HttpError)) throw error
    reply = {
      status: error.status,
      headers: error.headers,
      body: errorBody(error.status, error.message, docs, error.extra)
    }
  }
  reply = {...reply, headers: {...accepted, ...reply.headers}}

  if (deps.validate && !reply.raw) {
    const problems = checkResponse(operation, reply.status, reply.body)
    if (problems.length > 0) {
      for (const problem of problems) {
        deps.violations.push(
          `github-double's ${reply.status} for ${method} ${url.pathname} (${operation.operationId}): ${problem}`
        )
      }
      return {
        status: 500,
        body: errorBody(
          500,
          `github-double sent a response GitHub's description rejects:\n${problems.join('\n')}`,
          docs
        )
      }
    }
  }
  return reply
}

/** Octokit sends no operationName; the name written in the query is what tests count by. */
function namedOperation(query: string): string | undefined {
  const withoutComments = query.replace(/#[^\n]*/g, '')
  return /(?:^|[\s}])(?:query|mutation|subscription)\s+([_A-Za-z]\w*)/.exec(withoutComments)?.[1]
}

function tokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization?.trim() ?? ''
  const token = header.replace(/^(token|bearer)\s+/i, '').trim()
  return token === '' ? undefined : token
}

function authenticate(state: DoubleState, req: IncomingMessage): Actor | {status: 401} {
  const token = tokenOf(req)
  if (!token) return {status: 401}
  const kind = state.tokens[token] ?? state.defaultTokenKind
  if (kind === 'revoked') return {status: 401}
  return {kind, login: ACTOR_LOGIN[kind]}
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

let requestCounter = 0

function send(res: ServerResponse, reply: Reply, deps: PipelineDeps): void {
  requestCounter += 1
  const remaining = Math.max(1, 5000 - deps.requests.length)
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': `D0B1:${requestCounter.toString(16).toUpperCase()}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...reply.headers
  }
  if (reply.raw) {
    res.writeHead(reply.status, {...headers, 'content-type': reply.raw.contentType})
    res.end(reply.raw.text)
  } else if (reply.body === undefined) {
    res.writeHead(reply.status, headers)
    res.end()
  } else {
    res.writeHead(reply.status, {...headers, 'content-type': 'application/json; charset=utf-8'})
    res.end(JSON.stringify(reply.body))
  }
}
