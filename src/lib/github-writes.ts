// GitHub asks integrators to space mutations (REST writes and GraphQL mutations) about a second
// apart to stay clear of secondary rate limits; reads need no spacing. One schedule per process,
// shared by every client, as the throttling plugin's own write group is.

/** The gap GitHub asks for between two mutations. */
export const WRITE_SPACING_MS = 1000

let next = 0
let queue: Promise<void> = Promise.resolve()

/** Waits for this write's turn: at most one write starts per WRITE_SPACING_MS. */
export function spaceWrite(): Promise<void> {
  const turn = queue.then(async () => {
    const wait = next - Date.now()
    if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
    next = Date.now() + WRITE_SPACING_MS
  })
  queue = turn
  return turn
}

/** True for a REST write or a GraphQL document that holds a mutation. */
export function isWrite(options: {method: string; url: string; query?: unknown}): boolean {
  const path = options.url.split('?')[0] ?? ''
  if (/\/graphql$/.test(path) && options.method === 'POST') return isMutation(options.query)
  return options.method !== 'GET' && options.method !== 'HEAD'
}

/**
 * Whether a GraphQL document contains a mutation operation. Comments and strings are dropped
 * first so a field or argument that mentions the word does not count; a document that is not
 * text is treated as a write, the safe side.
 */
export function isMutation(query: unknown): boolean {
  if (typeof query !== 'string') return true
  const code = query
    .replace(/"""[\s\S]*?"""/g, '""')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/#[^\n\r]*/g, '')
  // An operation starts the document or follows the closing brace of the previous one.
  return /(?:^|\})\s*mutation\b/.test(code)
}
