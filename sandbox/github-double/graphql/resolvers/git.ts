// Git data from the real repository: Ref, Commit and Tag nodes, and Repository.refs.
import type {RefEntry} from '../../git/reader.js'
import {nodeId} from '../../shapes.js'
import {connection} from '../connection.js'
import type {Args, GqlContext, GqlNode} from '../context.js'
import {rollupNode, statusNode} from './checks.js'
import {pullNode} from './pulls.js'

function commitUrl(ctx: GqlContext, sha: string): string {
  return `https://github.com/${ctx.state.repo.owner}/${ctx.state.repo.name}/commit/${sha}`
}

export async function commitNode(ctx: GqlContext, sha: string): Promise<GqlNode | null> {
  const commit = await ctx.git.commit(sha)
  if (!commit) return null
  const message = commit.message.replace(/\n$/, '')
  const [headline = '', ...rest] = message.split('\n')
  const actor = (p: typeof commit.author) => ({
    name: p.name,
    email: p.email,
    date: p.date,
    user: null
  })
  return {
    __typename: 'Commit',
    id: nodeId('C', sha),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    committedDate: commit.committer.date,
    authoredDate: commit.author.date,
    pushedDate: null,
    message,
    messageHeadline: headline,
    messageBody: rest.join('\n').trim(),
    author: actor(commit.author),
    committer: actor(commit.committer),
    url: commitUrl(ctx, sha),
    commitUrl: commitUrl(ctx, sha),
    resourcePath: new URL(commitUrl(ctx, sha)).pathname,
    statusCheckRollup: () => rollupNode(ctx, sha),
    // As on GitHub: the pull requests whose head or merge commit this is.
    associatedPullRequests: (args: Args) =>
      connection(
        ctx,
        'associatedPullRequests',
        ctx.state.pulls
          .filter(pr => pr.head.sha === sha || pr.merge_commit_sha === sha)
          .map(pr => pullNode(ctx, pr)),
        args
      ),
    status: () => statusNode(ctx, sha)
  }
}

export async function tagNode(ctx: GqlContext, sha: string): Promise<GqlNode | null> {
  const tag = await ctx.git.tag(sha)
  if (!tag) return null
  return {
    __typename: 'Tag',
    id: nodeId('TAG', sha),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    name: tag.tag,
    message: tag.message.replace(/\n$/, ''),
    tagger: tag.tagger ? {...tag.tagger, user: null} : null,
    commitUrl: commitUrl(ctx, sha),
    target: () => gitObjectNode(ctx, tag.object)
  }
}

/** A GitObject: Commit or Tag (trees and blobs are not modelled). */
export async function gitObjectNode(ctx: GqlContext, sha: string): Promise<GqlNode | null> {
  const object = await ctx.git.object(sha)
  if (object?.type === 'commit') return commitNode(ctx, sha)
  if (object?.type === 'tag') return tagNode(ctx, sha)
  return null
}

/** `refs/tags/v1.0.0` → prefix `refs/tags/`, name `v1.0.0` (GitHub splits after 2 levels). */
function splitRef(ref: string): {prefix: string; name: string} {
  const match = /^(refs\/[^/]+\/)(.*)$/.exec(ref)
  return match ? {prefix: match[1] ?? '', name: match[2] ?? ''} : {prefix: '', name: ref}
}

export function refNode(
  ctx: GqlContext,
  entry: RefEntry,
  prefix = splitRef(entry.ref).prefix
): GqlNode {
  return {
    __typename: 'Ref',
    id: nodeId('REF', entry.ref),
    name: entry.ref.slice(prefix.length),
    prefix,
    target: () => gitObjectNode(ctx, entry.sha)
  }
}

/** Repository.ref: a full name first, then `refs/heads/<x>`, then `refs/tags/<x>`. */
export async function findRef(ctx: GqlContext, qualifiedName: string): Promise<GqlNode | null> {
  const {byRef} = await ctx.git.snapshot()
  for (const name of [qualifiedName, `refs/heads/${qualifiedName}`, `refs/tags/${qualifiedName}`]) {
    const entry = byRef.get(name)
    if (entry) return refNode(ctx, entry)
  }
  return null
}

export async function refsConnection(ctx: GqlContext, args: Args): Promise<GqlNode> {
  const prefix = String(args.refPrefix)
  if (!prefix.endsWith('/'))
    ctx.violation(`refs(refPrefix: "${prefix}"): refPrefix must end with "/"`)
  const {refs} = await ctx.git.snapshot()
  const query = typeof args.query === 'string' ? args.query : ''
  const order = args.orderBy as {
    field: 'TAG_COMMIT_DATE' | 'ALPHABETICAL'
    direction: 'ASC' | 'DESC'
  } | null
  const matching = refs.filter(
    r => r.ref.startsWith(prefix) && r.ref.slice(prefix.length).includes(query)
  )
  const byName = (a: RefEntry, b: RefEntry) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)
  const sorted =
    order?.field === 'TAG_COMMIT_DATE'
      ? matching.sort(
          (a, b) => (a.commitDate ?? '').localeCompare(b.commitDate ?? '') || byName(a, b)
        )
      : matching.sort(byName)
  if (order?.direction === 'DESC' || (!order && args.direction === 'DESC')) sorted.reverse()
  return connection(
    ctx,
    'refs',
    sorted.map(r => refNode(ctx, r, prefix)),
    args
  )
}

/** Repository.object(oid | expression). */
export async function objectLookup(ctx: GqlContext, args: Args): Promise<GqlNode | null> {
  const wanted =
    typeof args.oid === 'string'
      ? args.oid
      : typeof args.expression === 'string'
        ? args.expression
        : ''
  const sha = await ctx.git.revParse(wanted)
  return sha ? gitObjectNode(ctx, sha) : null
}
