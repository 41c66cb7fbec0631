import {parseSemVer, type SemVer} from './semver.js'

/** One `tag-pattern` glob, compiled. */
export interface TagPattern {
  glob: string
  /** The glob's literal text before its first wildcard: what the API can filter on. */
  literal: string
  /** Where the version starts: the literal prefix without trailing version digits and dots. */
  versionPrefix: string
  regex: RegExp
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

/**
 * Compiles a glob (`*` any run, `?` one character). The version is the semver after the
 * glob's literal prefix, so `v*`, `rc-*` and `ga-*` work; for a glob like `v1.*` the version
 * starts after `v`, because `1.` belongs to the version. Returns an error text when invalid.
 */
export function compileTagPattern(glob: string): TagPattern | string {
  if (glob.startsWith('refs/')) return 'give the tag name without refs/tags/, e.g. v*'
  if (FORBIDDEN.test(glob)) {
    return 'a glob may use * and ? but no spaces, brackets, ~ ^ : \\ or .. (git forbids them in tag names)'
  }
  const first = glob.search(WILDCARD)
  const literal = first === -1 ? glob : glob.slice(0, first)
  const versionPrefix = literal.replace(/[0-9.]+$/, '')
  const source = glob
    .split('')
    .map(ch => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|\\/-]/g, '\\$&')))
    .join('')
  return {glob, literal, versionPrefix, regex: new RegExp(`^${source}$`)}
}

/** The version of a tag under the first pattern that matches it and yields strict semver. */
export function versionOf(name: string, patterns: readonly TagPattern[]): VersionedTag | undefined {
  for (const pattern of patterns) {
    if (!pattern.regex.test(name) || !name.startsWith(pattern.versionPrefix)) continue
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
