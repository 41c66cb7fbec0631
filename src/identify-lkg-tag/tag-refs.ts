import {gitHubError} from '../lib/github-errors.js'
import type {GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'

/** A tag ref as git stores it: lightweight tags point at the commit, annotated at a tag object. */
export interface TagRef {
  name: string
  objectType: string
  objectSha: string
}

/**
 * Lists tag refs by literal prefix with `git/matching-refs`, which returns every match in one
 * response (it is not paginated), so a repository with thousands of tags costs one request
 * per prefix instead of a page per hundred tags.
 */
export async function listTagRefs(
  client: GitHubClient,
  {owner, repo}: Repository,
  prefixes: readonly string[]
): Promise<TagRef[]> {
  const seen = new Map<string, TagRef>()
  for (const prefix of prefixes) {
    let refs: {ref: string; object: {type: string; sha: string}}[]
    try {
      const response = await client.rest.git.listMatchingRefs({owner, repo, ref: `tags/${prefix}`})
      refs = response.data
    } catch (error) {
      // 409: the repository is empty (no commits), so it has no tags either.
      if ((error as {status?: number}).status === 409) continue
      throw gitHubError(error, `Listing tags of ${owner}/${repo}`, `${owner}/${repo}`)
    }
    for (const ref of refs) {
      const name = ref.ref.replace(/^refs\/tags\//, '')
      seen.set(name, {name, objectType: ref.object.type, objectSha: ref.object.sha})
    }
  }
  return [...seen.values()]
}
