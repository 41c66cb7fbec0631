import {InputError, UserError} from '../lib/errors.js'
import type {DeploymentRecord} from './deployments.js'
import {newestFirst} from './select.js'
import type {VersionedTag} from './tag-pattern.js'
import type {TagRef} from './tag-refs.js'

export interface CurrentRelease {
  tag: VersionedTag
  /** Known without a request for lightweight tags; annotated ones are peeled by the caller. */
  sha?: string
  source: string
}

export interface CurrentLookup {
  input: string | undefined
  patterns: string
  tags: readonly VersionedTag[]
  refs: ReadonlyMap<string, TagRef>
  /** The newest deployments to `environment`, when one was given. */
  newestDeployment?: () => Promise<DeploymentRecord | undefined>
  environment?: string
  /** Peels annotated tags to their commit shas. */
  peel: (tags: readonly VersionedTag[]) => Promise<Map<string, string>>
}

const SHA = /^[0-9a-f]{7,40}$/i

/**
 * What is deployed now: the `current` input (a tag or a commit sha), else the newest
 * deployment to `environment`, else the newest matching tag.
 */
export async function resolveCurrent(lookup: CurrentLookup): Promise<CurrentRelease> {
  const {input, tags} = lookup
  if (input) {
    const tag = tags.find(t => t.name === input)
    if (tag) return withSha(tag, lookup, `input 'current'`)
    if (lookup.refs.has(input)) {
      throw new InputError(
        'current',
        input,
        `that tag does not match tag-pattern '${lookup.patterns}' with a semver version; widen tag-pattern or pass a matching tag`
      )
    }
    if (SHA.test(input)) {
      const found = await tagAtCommit(input.toLowerCase(), lookup)
      if (found) return {tag: found, sha: undefined, source: `input 'current' (commit ${input})`}
      throw new InputError(
        'current',
        input,
        `no tag matching tag-pattern '${lookup.patterns}' points at that commit; pass the deployed release tag instead, e.g. v1.4.2`
      )
    }
    throw new InputError(
      'current',
      input,
      `no such tag, and it is not a commit sha; pass the deployed tag (e.g. v1.4.2) or its commit sha`
    )
  }
  if (lookup.newestDeployment && lookup.environment) {
    const deployment = await lookup.newestDeployment()
    if (deployment) {
      const byRef = tags.find(t => t.name === deployment.ref)
      if (byRef) return withSha(byRef, lookup, `newest deployment to ${lookup.environment}`)
      const bySha = await tagAtCommit(deployment.sha, lookup)
      if (bySha)
        return {
          tag: bySha,
          sha: deployment.sha,
          source: `newest deployment to ${lookup.environment}`
        }
      throw new UserError(
        `The newest deployment to '${lookup.environment}' is commit ${deployment.sha} (ref ${deployment.ref ?? 'unknown'}), and no tag matching tag-pattern '${lookup.patterns}' points at it. Pass the deployed release as input 'current'.`
      )
    }
  }
  const newest = newestFirst(tags)[0]
  if (!newest) throw new UserError(`No tag matches tag-pattern '${lookup.patterns}'.`)
  const why = lookup.environment
    ? `newest matching tag (no deployment to ${lookup.environment} found)`
    : 'newest matching tag'
  return withSha(newest, lookup, why)
}

function withSha(tag: VersionedTag, lookup: CurrentLookup, source: string): CurrentRelease {
  const ref = lookup.refs.get(tag.name)
  return {tag, sha: ref?.objectType === 'commit' ? ref.objectSha : undefined, source}
}

/** The highest-versioned tag on a commit: lightweight refs first, then annotated ones peeled. */
async function tagAtCommit(sha: string, lookup: CurrentLookup): Promise<VersionedTag | undefined> {
  const ordered = newestFirst(lookup.tags)
  const light = ordered.find(t => {
    const ref = lookup.refs.get(t.name)
    return ref?.objectType === 'commit' && ref.objectSha.startsWith(sha)
  })
  if (light) return light
  const annotated = ordered.filter(t => lookup.refs.get(t.name)?.objectType === 'tag')
  for (let i = 0; i < annotated.length; i += 100) {
    const peeled = await lookup.peel(annotated.slice(i, i + 100))
    const hit = annotated.slice(i, i + 100).find(t => peeled.get(t.name)?.startsWith(sha))
    if (hit) return hit
  }
  return undefined
}
