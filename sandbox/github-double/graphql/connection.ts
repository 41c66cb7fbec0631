// Relay connections the way GitHub pages them: `first` or `last` is mandatory and at most 100,
// cursors are opaque base64 positions.
import {GqlError, type Args, type GqlContext, type GqlNode} from './context.js'

const encode = (position: number): string => Buffer.from(String(position)).toString('base64')

function decode(cursor: unknown): number {
  const position = Number(Buffer.from(String(cursor), 'base64').toString('utf8'))
  if (!Number.isInteger(position) || position < 0) {
    throw new GqlError(
      'INVALID_CURSOR_ARGUMENTS',
      `\`${String(cursor)}\` does not appear to be a valid cursor.`
    )
  }
  return position
}

/** Checks GitHub's paging rules; a broken one is recorded and answered like GitHub does. */
function bounds(ctx: GqlContext, field: string, args: Args): {first?: number; last?: number} {
  const first = args.first as number | null | undefined
  const last = args.last as number | null | undefined
  const fail = (type: string, message: string): never => {
    ctx.violation(message)
    throw new GqlError(type, message)
  }
  if (first == null && last == null) {
    fail(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`
    )
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last]
  ] as const) {
    if (value == null) continue
    if (value < 0)
      fail(
        'INVALID_ARGUMENTS',
        `\`${name}\` on the \`${field}\` connection cannot be less than zero.`
      )
    if (value > 100) {
      fail(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${field}\` connection exceeds the \`${name}\` limit of 100 records.`
      )
    }
  }
  return {first: first ?? undefined, last: last ?? undefined}
}

/**
 * One page of `items` as a connection (`nodes`, `edges`, `pageInfo`, `totalCount`, plus any
 * `extra` fields the connection type has).
 */
export function connection(
  ctx: GqlContext,
  field: string,
  items: GqlNode[],
  args: Args,
  extra: Record<string, unknown> = {}
): GqlNode {
  const {first, last} = bounds(ctx, field, args)
  let start = args.after != null ? decode(args.after) : 0
  let end = args.before != null ? decode(args.before) - 1 : items.length
  end = Math.min(end, items.length)
  if (first !== undefined) end = Math.min(end, start + Math.min(first, ctx.pageCap))
  if (last !== undefined) start = Math.max(start, end - Math.min(last, ctx.pageCap))
  const page = items.slice(start, end)
  const edges = page.map((node, i) => ({cursor: encode(start + i + 1), node}))
  return {
    totalCount: items.length,
    nodes: page,
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null
    },
    ...extra
  }
}
