import {parseSemVer, type SemVer} from './semver.js'

/** One `tag-pattern` glob, compiled. */
export interface TagPattern {
  glob: string
  /** The glob's literal text before its first wildcard: what the API can filter on. */
  literal: string
  /** Where the version starts: the literal prefix without trailing version digits and dots. */
  versionPrefix: string
  /** Whether a tag name matches the glob, in time linear in the name (see globMatcher). */
  matches: (name: string) => boolean
}

export interface VersionedTag {
  name: string
  version: SemVer
  pattern: string
}

const WILDCARD = /[*?]/
// Characters git forbids in ref names, plus the glob classes we do not support.
// eslint-disable-next-line no-control-regex -- control characters are exactly what git forbids
const FORBIDDEN = /[\s~^:\\[\]\x00-\x1f\x7f]|\.\.|@\{|\/\//

const MAX_TAG = 255

/** Why a text cannot be a tag name (git check-ref-format rules), or undefined when it can. */
export function tagNameProblem(name: string): string | undefined {
  if (name.startsWith('-')) return 'cannot be a tag name: it starts with -'
  if (name.length > MAX_TAG) return `cannot be a tag name here: longer than ${MAX_TAG} characters`
  if (FORBIDDEN.test(name) || WILDCARD.test(name) || /(^|\/)\.|\.lock$|\/$|\.$|^@$/.test(name))
    return 'cannot be a tag name: git forbids spaces, ~ ^ : ? * [ \\, .., @{, a leading . and a trailing . or /'
  return undefined
}

/**
 * Compiles a glob (`*` any run, `?` one character). The version is the semver after the
 * glob's literal prefix, so `v*`, `rc-*` and `ga-*` work; for a glob like `v1.*` the version
 * starts after `v`, because `1.` belongs to the version. Returns an error text when invalid.
 */
export function compileTagPattern(glob: string): TagPattern | string {
  if (glob.startsWith('refs/')) return 'give the tag name without refs/tags/, e.g. v*'
  if (glob.startsWith('-')) return 'a tag name cannot start with - (git refuses it), e.g. v*'
  if (glob.length > MAX_TAG) return `a glob of at most ${MAX_TAG} characters, e.g. v*`
  if (FORBIDDEN.test(glob)) {
    return 'a glob may use * and ? but no spaces, brackets, ~ ^ : \\ or .. (git forbids them in tag names)'
  }
  const first = glob.search(WILDCARD)
  const literal = first === -1 ? glob : glob.slice(0, first)
  const versionPrefix = literal.replace(/[0-9.]+$/, '')
  return {glob, literal, versionPrefix, matches: globMatcher(glob)}
}

/**
 * A matcher for `*` and `?` that never backtracks: the glob is split at its stars, and each
 * piece between them is matched at the leftmost place it fits after the previous one (which
 * is always a right choice for star globs). A regex like `^.*a.*a.*a.*b$` instead retries
 * every split of the name, seconds per tag for a pattern with many stars.
 */
export function globMatcher(glob: string): (name: string) => boolean {
  const pieces = glob.split('*')
  const first = pieces[0] as string
  const last = pieces.length > 1 ? (pieces.at(-1) as string) : undefined
  const middle = pieces.slice(1, -1).filter(piece => piece !== '')
  return name => {
    if (last === undefined) return name.length === first.length && fits(name, 0, first)
    if (name.length < first.length + last.length) return false
    if (!fits(name, 0, first) || !fits(name, name.length - last.length, last)) return false
    let at = first.length
    const end = name.length - last.length
    for (const piece of middle) {
      const found = find(name, piece, at, end)
      if (found === -1) return false
      at = found + piece.length
    }
    return true
  }
}

// Whether `piece` (with `?` for any one character) matches `name` at `at`.
function fits(name: string, at: number, piece: string): boolean {
  if (at + piece.length > name.length) return false
  for (let i = 0; i < piece.length; i++) {
    if (piece[i] !== '?' && piece[i] !== name[at + i]) return false
  }
  return true
}

// The leftmost place at or after `from` where `piece` fits and ends by `end`, or -1.
function find(name: string, piece: string, from: number, end: number): number {
  if (!piece.includes('?')) {
    const found = name.indexOf(piece, from)
    return found !== -1 && found + piece.length <= end ? found : -1
  }
  for (let at = from; at + piece.length <= end; at++) if (fits(name, at, piece)) return at
  return -1
}

/** The version of a tag under the first pattern that matches it and yields strict semver. */
export function versionOf(name: string, patterns: readonly TagPattern[]): VersionedTag | undefined {
  for (const pattern of patterns) {
    if (!pattern.matches(name) || !name.startsWith(pattern.versionPrefix)) continue
    const version = parseSemVer(name.slice(pattern.versionPrefix.length))
    if (version) return {name, version, pattern: pattern.glob}
  }
  return undefined
}

/**
 * The fewest literal prefixes that cover every pattern, for listing refs by prefix:
 * `v` covers `v1.`; an empty literal covers everything.
 */
export function listingPrefixes(patterns: readonly TagPattern[]): string[] {
  const literals = [...new Set(patterns.map(p => p.literal))].sort((a, b) => a.length - b.length)
  const kept: string[] = []
  for (const literal of literals) if (!kept.some(k => literal.startsWith(k))) kept.push(literal)
  return kept
}
