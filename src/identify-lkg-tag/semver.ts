/** A semantic version (semver.org 2.0.0). Build metadata is kept but never ordered on. */
export interface SemVer {
  major: number
  minor: number
  patch: number
  prerelease: (string | number)[]
  build: string
  /** The text it was parsed from. */
  raw: string
}

const NUMERIC = '0|[1-9]\\d*'
const IDENT = `(?:${NUMERIC}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`
const SEMVER = new RegExp(
  `^(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`
)

/** Parses strict semver; anything else (e.g. `1.2`, `01.2.3`, `latest`) is undefined. */
export function parseSemVer(text: string): SemVer | undefined {
  const m = SEMVER.exec(text)
  if (!m) return undefined
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number) as [number, number, number]
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined
  const prerelease = m[4] ? m[4].split('.').map(id => (/^\d+$/.test(id) ? Number(id) : id)) : []
  return {major, minor, patch, prerelease, build: m[5] ?? '', raw: text}
}

/**
 * Semver precedence: numeric parts, then a release above its prereleases, then prerelease
 * identifiers left to right (numbers below words, numbers numerically, words by ASCII,
 * a longer list above its prefix). This is what `sort -V` gets wrong for `-rc.N`.
 */
export function compareSemVer(a: SemVer, b: SemVer): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1
  }
  if (!a.prerelease.length && !b.prerelease.length) return 0
  if (!a.prerelease.length) return 1
  if (!b.prerelease.length) return -1
  const n = Math.max(a.prerelease.length, b.prerelease.length)
  for (let i = 0; i < n; i++) {
    const x = a.prerelease[i]
    const y = b.prerelease[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1
    if (typeof x === 'number') return -1
    if (typeof y === 'number') return 1
    return x < y ? -1 : 1
  }
  return 0
}

export function isPrerelease(v: SemVer): boolean {
  return v.prerelease.length > 0
}

/** The version without build metadata, e.g. `1.4.0-rc.1`. */
export function formatSemVer(v: SemVer): string {
  const core = `${v.major}.${v.minor}.${v.patch}`
  return v.prerelease.length ? `${core}-${v.prerelease.join('.')}` : core
}
