// What a REST route gets and gives back, GitHub's error bodies, and link-header pagination.
import type {GitView} from './git/reader.js'
import type {Permission} from './permissions.js'
import type {Seeder} from './seed.js'
import type {DoubleState, TokenKind} from './state.js'

export interface Reply {
  status: number
  /** JSON body; undefined for 204 and friends. */
  body?: unknown
  headers?: Record<string, string>
  /** A non-JSON body (the HTML of a 502), sent as is. */
  raw?: {contentType: string; text: string}
  /**
   * A server that stops answering: `headers` never sends anything, `body` sends the status,
   * headers and the first half of the body. The connection stays open until the client gives
   * up or the double closes.
   */
  stall?: 'headers' | 'body'
}

export interface Actor {
  login: string
  kind: TokenKind
}

export interface RouteContext {
  state: DoubleState
  /** Creates records with GitHub's defaults (routes and tests share it). */
  seed: Seeder
  git: GitView
  /** Decoded path parameters. */
  params: Record<string, string>
  query: URLSearchParams
  /** Parsed JSON body, already checked against the description when validation is on. */
  body: unknown
  actor: Actor
  /** `http://127.0.0.1:<port>`: where API urls in responses point. */
  baseUrl: string
  /** The raw request path, for pagination links. */
  path: string
  /** Largest page the double serves (GitHub: 100). */
  pageCap: number
  /** The operation's docs.github.com page, for error bodies. */
  docs: string
  /**
   * For rules the description cannot express: records a violation (GitHub rejects this request)
   * and returns the 422 to throw.
   */
  reject(message: string): HttpError
}

export interface Route {
  /** Any one of these lets the token through. */
  needs: Permission | Permission[]
  handle(ctx: RouteContext): Reply | Promise<Reply>
}

/** operationId → route. */
export type Routes = Record<string, Route>

/** An error reply thrown from inside a route. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {}
  ) {
    super(message)
  }
}

/** GitHub's error body; Octokit builds its error message from `message` and the url. */
export function errorBody(
  status: number,
  message: string,
  docs = 'https://docs.github.com/rest',
  extra: Record<string, unknown> = {}
): Record<string, unknown> {
  return {message, ...extra, documentation_url: docs, status: String(status)}
}

export const notFound = (): HttpError => new HttpError(404, 'Not Found')

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return {status, body, headers}
}

export const noContent = (): Reply => ({status: 204})

/**
 * One page of `items` for `per_page`/`page`, with GitHub's `link` header (rel next, last, first,
 * prev). Octokit's paginate follows rel="next" only, so that one must be right.
 */
export function paginate<T>(
  ctx: RouteContext,
  items: T[],
  {defaultPerPage = 30, maxPerPage = 100}: {defaultPerPage?: number; maxPerPage?: number} = {}
): {items: T[]; headers: Record<string, string>} {
  const cap = Math.min(maxPerPage, ctx.pageCap)
  const asked = Number(ctx.query.get('per_page') ?? defaultPerPage)
  const perPage = Math.max(1, Math.min(cap, Number.isFinite(asked) ? asked : defaultPerPage))
  const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (n: number): string => {
    const query = new URLSearchParams(ctx.query)
    query.set('page', String(n))
    if (!query.has('per_page') || Number(query.get('per_page')) !== perPage) {
      query.set('per_page', String(perPage))
    }
    return `<${ctx.baseUrl}${ctx.path}?${query.toString()}>`
  }
  const rels: string[] = []
  if (page > 1) rels.push(`${link(page - 1)}; rel="prev"`)
  if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`)
  if (page > 1) rels.push(`${link(1)}; rel="first"`)
  const headers: Record<string, string> = rels.length > 0 ? {link: rels.join(', ')} : {}
  return {items: items.slice((page - 1) * perPage, page * perPage), headers}
}

/** A paged list reply. */
export function pagedJson<T>(
  ctx: RouteContext,
  items: T[],
  options?: {defaultPerPage?: number; maxPerPage?: number}
): Reply {
  const page = paginate(ctx, items, options)
  return json(200, page.items, page.headers)
}

/** A paged `{total_count, <key>: [...]}` reply; the array key must come right after the count. */
export function pagedEnvelope<T>(
  ctx: RouteContext,
  key: string,
  items: T[],
  options?: {defaultPerPage?: number; maxPerPage?: number}
): Reply {
  const page = paginate(ctx, items, options)
  return json(200, {total_count: items.length, [key]: page.items}, page.headers)
}

/** A body field as an object (routes read bodies the description already checked). */
export function bodyOf(ctx: RouteContext): Record<string, unknown> {
  return ctx.body && typeof ctx.body === 'object' ? (ctx.body as Record<string, unknown>) : {}
}

/** The repository's API url, the root of most urls in responses. */
export function repoUrl(ctx: Pick<RouteContext, 'baseUrl' | 'state'>): string {
  return `${ctx.baseUrl}/repos/${ctx.state.repo.owner}/${ctx.state.repo.name}`
}

export function htmlRepoUrl(ctx: Pick<RouteContext, 'state'>): string {
  return `https://github.com/${ctx.state.repo.owner}/${ctx.state.repo.name}`
}
