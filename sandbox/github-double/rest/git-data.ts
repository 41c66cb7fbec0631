// Git-backed pieces several REST areas share: resolving a ref or sha to a commit, and the
// commit object GitHub embeds in commits, branches and check suites.
import {HttpError, repoUrl, htmlRepoUrl, type RouteContext} from '../http.js'
import {nodeId} from '../shapes.js'

/** The branch HEAD points at, `main` for an empty repository. */
export async function defaultBranch(ctx: RouteContext): Promise<string> {
  return (await ctx.git.snapshot()).defaultBranch ?? 'main'
}

/**
 * The commit a ref names the way GitHub reads `{ref}`: a branch, a tag, `heads/x`, `tags/x`,
 * `refs/...`, or a (short) sha.
 */
export async function resolveCommit(ctx: RouteContext, ref: string): Promise<string | undefined> {
  const {byRef} = await ctx.git.snapshot()
  const candidates = ref.startsWith('refs/')
    ? [ref]
    : [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`]
  for (const name of candidates) {
    const entry = byRef.get(name)
    if (entry) return entry.commit
  }
  if (/^[0-9a-f]{4,40}$/i.test(ref)) return ctx.git.revParse(`${ref.toLowerCase()}^{commit}`)
  return undefined
}

/** Like resolveCommit, but a miss is GitHub's 422. */
export async function requireCommit(ctx: RouteContext, ref: string): Promise<string> {
  const sha = await resolveCommit(ctx, ref)
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`)
  return sha
}

/** GitHub's commit object (`GET /commits/{ref}` and the one inside a branch). */
export async function commitJson(ctx: RouteContext, sha: string): Promise<Record<string, unknown>> {
  const commit = await ctx.git.commit(sha)
  if (!commit) throw new HttpError(422, `No commit found for SHA: ${sha}`)
  const api = repoUrl(ctx)
  const person = (p: typeof commit.author) => ({name: p.name, email: p.email, date: p.date})
  return {
    sha,
    node_id: nodeId('C', sha),
    url: `${api}/commits/${sha}`,
    html_url: `${htmlRepoUrl(ctx)}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: person(commit.author),
      committer: person(commit.committer),
      message: commit.message.replace(/\n$/, ''),
      comment_count: 0,
      tree: {sha: commit.tree, url: `${api}/git/trees/${commit.tree}`},
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null
      }
    },
    // Fixture identities are not GitHub accounts, as for most real commits by bots.
    author: null,
    committer: null,
    parents: commit.parents.map(parent => ({
      sha: parent,
      url: `${api}/commits/${parent}`,
      html_url: `${htmlRepoUrl(ctx)}/commit/${parent}`
    }))
  }
}
