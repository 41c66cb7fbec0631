import {isSuccessful, type Revision} from './history.js'

/**
 * The spellings an app version may have in a chart: tags say `v1.2.3`, many charts say
 * `1.2.3`. Both are accepted so a tag maps to its release whichever way the chart wrote it.
 * @param version a tag or version
 * @returns the version with and without the leading `v`
 */
export function appVersionSpellings(version: string): string[] {
  const trimmed = version.trim()
  if (/^v\d/.test(trimmed)) return [trimmed, trimmed.slice(1)]
  if (/^\d/.test(trimmed)) return [trimmed, `v${trimmed}`]
  return [trimmed]
}

/**
 * True when a revision's app_version names the wanted version (with or without `v`).
 * @param appVersion the revision's app_version
 * @param wanted the version asked for
 */
export function appVersionMatches(appVersion: string, wanted: string): boolean {
  return appVersion !== '' && appVersionSpellings(wanted).includes(appVersion.trim())
}

/**
 * Maps a release tag to the helm revision that runs it: the newest revision that deployed
 * successfully (deployed or superseded) whose app_version equals the tag, or its version
 * (`v1.2.3` or `1.2.3`). For identify-lkg-tag's helm-release input.
 * @param history the release's revisions (any order)
 * @param tag the tag, e.g. `v1.2.3`
 * @param version the tag's semver when its prefix is not `v` (e.g. `1.2.3` for `rc-1.2.3`)
 * @returns the revision, or undefined when none ran that version successfully
 */
export function findRevisionForTag(
  history: readonly Revision[],
  tag: string,
  version?: string
): Revision | undefined {
  const wanted = [tag, ...(version ? [version] : [])]
  return [...history]
    .sort((a, b) => b.revision - a.revision)
    .find(
      r =>
        isSuccessful(r.status) && wanted.some(spelling => appVersionMatches(r.appVersion, spelling))
    )
}
