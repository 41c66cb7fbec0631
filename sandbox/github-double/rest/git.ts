// Tags and refs, read from the real repository: list tags, matching refs (never paginated),
// one ref, and annotated tag objects (which is how clients peel a tag to its commit).
import {
  HttpError,
  json,
  notFound,
  pagedJson,
  repoUrl,
  type RouteContext,
  type Routes
} from '../http.js'
import type {RefEntry} from '../git/reader.js'
import {nodeId} from '../shapes.js'
import {commitJson, requireCommit} from './git-data.js'

function refJson(ctx: RouteContext, entry: RefEntry): Record<string, unknown> {
  const api = repoUrl(ctx)
  const kind =
    entry.type === 'tag' ? 'tags' : entry.type === 'commit' ? 'commits' : `${entry.type}s`
  return {
    ref: entry.ref,
    node_id: nodeId('REF', entry.ref),
    url: `${api}/git/${entry.ref}`,
    object: {type: entry.type, sha: entry.sha, url: `${api}/git/${kind}/${entry.sha}`}
  }
}

/** GitHub answers 409 "Git Repository is empty." for refs of a repository without commits. */
async function nonEmptyRefs(ctx: RouteContext): Promise<RefEntry[]> {
  const {refs} = await ctx.git.snapshot()
  if (refs.length === 0) throw new HttpError(409, 'Git Repository is empty.')
  return refs
}

export const gitRoutes: Routes = {
  'repos/list-tags': {
    needs: 'contents:read',
    async handle(ctx) {
      const api = repoUrl(ctx)
      // GitHub's order is undocumented; newest-looking names first is what it tends to show.
      const tags = (await ctx.git.snapshot()).refs
        .filter(r => r.ref.startsWith('refs/tags/'))
        .reverse()
        .map(r => {
          const name = r.ref.slice('refs/tags/'.length)
          const sha = r.commit ?? r.sha
          return {
            name,
            commit: {sha, url: `${api}/commits/${sha}`},
            zipball_url: `${api}/zipball/refs/tags/${name}`,
            tarball_url: `${api}/tarball/refs/tags/${name}`,
            node_id: nodeId('REF', r.ref)
          }
        })
      return pagedJson(ctx, tags)
    }
  },

  'git/list-matching-refs': {
    needs: 'contents:read',
    async handle(ctx) {
      const prefix = `refs/${ctx.params.ref ?? ''}`
      const refs = await nonEmptyRefs(ctx)
      return json(
        200,
        refs.filter(r => r.ref.startsWith(prefix)).map(r => refJson(ctx, r))
      )
    }
  },

  'git/get-ref': {
    needs: 'contents:read',
    async handle(ctx) {
      const refs = await nonEmptyRefs(ctx)
      const entry = refs.find(r => r.ref === `refs/${ctx.params.ref ?? ''}`)
      if (!entry) throw notFound()
      return json(200, refJson(ctx, entry))
    }
  },

  'git/get-tag': {
    needs: 'contents:read',
    async handle(ctx) {
      const sha = (ctx.params.tag_sha ?? '').toLowerCase()
      const tag = await ctx.git.tag(sha)
      if (!tag) throw notFound()
      const api = repoUrl(ctx)
      const kind = tag.objectType === 'tag' ? 'tags' : `${tag.objectType}s`
      return json(200, {
        node_id: nodeId('TAG', sha),
        tag: tag.tag,
        sha,
        url: `${api}/git/tags/${sha}`,
        message: tag.message,
        tagger: tag.tagger ?? {name: '', email: '', date: '1970-01-01T00:00:00Z'},
        object: {sha: tag.object, type: tag.objectType, url: `${api}/git/${kind}/${tag.object}`},
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null
        }
      })
    }
  },

  'repos/get-commit': {
    needs: 'contents:read',
    async handle(ctx) {
      const sha = await requireCommit(ctx, ctx.params.ref ?? '')
      return json(200, {
        ...(await commitJson(ctx, sha)),
        stats: {additions: 0, deletions: 0, total: 0},
        files: []
      })
    }
  }
}
