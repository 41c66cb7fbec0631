import {evaluateChecks, type CheckSignal, type RequiredChecks} from './checks.js'
import {compareSemVer, formatSemVer, isPrerelease} from './semver.js'
import type {VersionedTag} from './tag-pattern.js'

/** What GitHub says about the commit a tag points at (annotated tags peeled). */
export interface CommitInfo {
  sha: string
  signals: CheckSignal[]
}

export interface Examined {
  tag: string
  version: string
  sha?: string
  verdict: 'chosen' | 'rejected'
  reason: string
}

export interface Selection {
  chosen?: Examined & {sha: string}
  /** Every candidate looked at, newest first; the chosen one last. */
  examined: Examined[]
  /** Candidates below current never looked at because a newer one qualified. */
  notExamined: number
  skippedPrereleases: number
}

export interface SelectionRules {
  current: VersionedTag
  includePrereleases: boolean
  exclude: ReadonlySet<string>
  required: RequiredChecks
  /** Extra gates after the checks (deployments, helm history): a reason to reject, or undefined. */
  gates: ((tag: VersionedTag, sha: string) => Promise<string | undefined>)[]
  /** Looks up the peeled commits and checks of a batch of tags in as few requests as it can. */
  inspect: (tags: readonly VersionedTag[]) => Promise<Map<string, CommitInfo>>
  /** Batch sizes for inspect, newest tags first; the last size repeats. */
  batchSizes?: readonly number[]
}

/** Newest first, by semver precedence (never by string or `sort -V` order). */
export function newestFirst(tags: readonly VersionedTag[]): VersionedTag[] {
  return [...tags].sort(
    (a, b) => compareSemVer(b.version, a.version) || a.name.localeCompare(b.name)
  )
}

/**
 * The last known-good release: the newest tag below `current` whose commit passed its checks
 * and every extra gate. Candidates are inspected newest first in batches, and the search
 * stops at the first that qualifies, so the cost follows how far back the answer is, not how
 * many tags the repository has. Nothing falls back silently: without a winner the caller gets
 * every rejection with its reason.
 */
export async function selectLastKnownGood(
  tags: readonly VersionedTag[],
  rules: SelectionRules
): Promise<Selection> {
  const below = newestFirst(tags).filter(t => compareSemVer(t.version, rules.current.version) < 0)
  const skippedPrereleases = rules.includePrereleases
    ? 0
    : below.filter(t => isPrerelease(t.version)).length
  const candidates = rules.includePrereleases ? below : below.filter(t => !isPrerelease(t.version))
  const examined: Examined[] = []
  const sizes = rules.batchSizes ?? [10, 50]
  let next = 0
  for (let batchNo = 0; next < candidates.length; batchNo++) {
    const size = sizes[Math.min(batchNo, sizes.length - 1)] ?? 10
    // Excluded tags keep their place in the newest-first order but cost no request.
    const slice: VersionedTag[] = []
    let inspected = 0
    while (next < candidates.length && inspected < size) {
      const tag = candidates[next++] as VersionedTag
      slice.push(tag)
      if (!rules.exclude.has(tag.name)) inspected++
    }
    const infos = inspected
      ? await rules.inspect(slice.filter(t => !rules.exclude.has(t.name)))
      : new Map<string, CommitInfo>()
    for (const [index, tag] of slice.entries()) {
      if (rules.exclude.has(tag.name)) {
        examined.push(reject(tag, undefined, "listed in 'exclude'"))
        continue
      }
      const info = infos.get(tag.name)
      if (!info) {
        examined.push(reject(tag, undefined, 'tag vanished or does not point at a commit'))
        continue
      }
      const reason =
        (await ambiguity(tag, info.sha, candidates, infos, rules)) ??
        (await firstRejection(tag, info, rules))
      if (reason) {
        examined.push(reject(tag, info.sha, reason))
        continue
      }
      const chosen = {
        ...describe(tag),
        sha: info.sha,
        verdict: 'chosen' as const,
        reason: 'qualified'
      }
      examined.push(chosen)
      const unexamined = slice.length - index - 1 + (candidates.length - next)
      return {chosen, examined, notExamined: unexamined, skippedPrereleases}
    }
  }
  return {examined, notExamined: 0, skippedPrereleases}
}

/**
 * Tags of the same precedence (`v1.2.0`, `1.2.0`, `v1.2.0+build.5`) on different commits: which
 * one is "the release" cannot be decided by name, so the candidate is rejected with both names.
 * Tags of the same version on the same commit are no conflict.
 */
async function ambiguity(
  tag: VersionedTag,
  sha: string,
  candidates: readonly VersionedTag[],
  known: Map<string, CommitInfo>,
  rules: SelectionRules
): Promise<string | undefined> {
  const twins = candidates.filter(
    t =>
      t.name !== tag.name &&
      !rules.exclude.has(t.name) &&
      compareSemVer(t.version, tag.version) === 0
  )
  if (twins.length === 0) return undefined
  const missing = twins.filter(t => !known.has(t.name))
  if (missing.length) for (const [name, info] of await rules.inspect(missing)) known.set(name, info)
  const other = twins.find(t => known.get(t.name) && known.get(t.name)?.sha !== sha)
  if (!other) return undefined
  const otherSha = known.get(other.name)?.sha ?? ''
  return `ambiguous: ${tag.name} (${sha.slice(0, 12)}) and ${other.name} (${otherSha.slice(0, 12)}) have the same version precedence but different commits; pass the wrong one in 'exclude'`
}

async function firstRejection(
  tag: VersionedTag,
  info: CommitInfo,
  rules: SelectionRules
): Promise<string | undefined> {
  const checks = evaluateChecks(info.signals, rules.required)
  if (!checks.ok) return checks.reason
  for (const gate of rules.gates) {
    const reason = await gate(tag, info.sha)
    if (reason) return reason
  }
  return undefined
}

function describe(tag: VersionedTag): {tag: string; version: string} {
  return {tag: tag.name, version: formatSemVer(tag.version)}
}

function reject(tag: VersionedTag, sha: string | undefined, reason: string): Examined {
  return {...describe(tag), ...(sha ? {sha} : {}), verdict: 'rejected', reason}
}
