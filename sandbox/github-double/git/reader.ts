// Reads refs and objects of the real repository behind the double through the git CLI.
// Objects are immutable, so they are cached by sha for good. Refs change, so every read lists
// them again (one cheap `for-each-ref` of names and shas) and rebuilds the derived view only
// when that listing changed: a burst of requests shares one view, and a tag created between
// two requests is always seen by the second.
import {execFile} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {gitEnv, runGit} from '../../git-fixture.js'

export interface Person {
  name: string
  email: string
  /** ISO 8601 UTC. */
  date: string
}

export interface CommitObject {
  type: 'commit'
  sha: string
  tree: string
  parents: string[]
  author: Person
  committer: Person
  message: string
}

export interface TagObject {
  type: 'tag'
  sha: string
  /** The tag's own name, from inside the object. */
  tag: string
  object: string
  objectType: string
  tagger: Person | null
  message: string
}

export type GitObject = CommitObject | TagObject | {type: 'tree' | 'blob'; sha: string}

export interface RefEntry {
  /** Full name: `refs/tags/v1.2.0`. */
  ref: string
  /** What the ref points at: the tag object for annotated tags. */
  sha: string
  type: GitObject['type']
  /** The commit after peeling tags; undefined if the ref does not lead to a commit. */
  commit?: string
  /** Committer date of `commit` (ISO), for TAG_COMMIT_DATE ordering. */
  commitDate?: string
}

export interface RefSnapshot {
  /** Sorted by ref name (byte order, as git lists them). */
  refs: RefEntry[]
  byRef: Map<string, RefEntry>
  /** Short name of the branch HEAD points at. */
  defaultBranch: string | undefined
}

/** What request handlers use: one ref snapshot per request, objects from the shared cache. */
export type GitView = Pick<
  GitReader,
  'snapshot' | 'object' | 'commit' | 'tag' | 'peel' | 'revParse' | 'compare'
>

export class GitReader {
  private readonly objects = new Map<string, GitObject>()
  private last?: {listing: string; head: string; snapshot: RefSnapshot}
  private gitDirPath?: Promise<string>

  constructor(readonly dir: string) {}

  /** A view for one request: every resolver of that request sees the same refs. */
  view(): GitView {
    let snapshot: Promise<RefSnapshot> | undefined
    return {
      snapshot: async () => (snapshot ??= this.snapshot()),
      object: async sha => this.object(sha),
      commit: async sha => this.commit(sha),
      tag: async sha => this.tag(sha),
      peel: async sha => this.peel(sha),
      revParse: async expression => this.revParse(expression),
      compare: async (base, head) => this.compare(base, head)
    }
  }

  /** The refs as they are now (see the file comment for how this is cached). */
  async snapshot(): Promise<RefSnapshot> {
    const [listing, head] = await Promise.all([
      runGit(this.dir, [
        'for-each-ref',
        '--format=%(refname) %(objectname)',
        'refs/heads',
        'refs/tags'
      ]),
      this.readHead()
    ])
    if (this.last && this.last.listing === listing && this.last.head === head) {
      return this.last.snapshot
    }
    const pairs = listing
      .split('\n')
      .filter(Boolean)
      .map(line => {
        const space = line.lastIndexOf(' ')
        return {ref: line.slice(0, space), sha: line.slice(space + 1)}
      })
    await this.peelAll(pairs.map(p => p.sha))
    const refs = pairs.map(({ref, sha}) => this.entry(ref, sha))
    const match = /^ref: refs\/heads\/(.+)$/m.exec(head)
    const snapshot = {refs, byRef: new Map(refs.map(r => [r.ref, r])), defaultBranch: match?.[1]}
    this.last = {listing, head, snapshot}
    return snapshot
  }

  async object(sha: string): Promise<GitObject | undefined> {
    await this.load([sha])
    return this.objects.get(sha)
  }

  async commit(sha: string): Promise<CommitObject | undefined> {
    const object = await this.object(sha)
    return object?.type === 'commit' ? object : undefined
  }

  async tag(sha: string): Promise<TagObject | undefined> {
    const object = await this.object(sha)
    return object?.type === 'tag' ? object : undefined
  }

  /** The commit a tag, commit or ref sha leads to. */
  async peel(sha: string): Promise<string | undefined> {
    await this.peelAll([sha])
    return this.peeledCommit(sha)
  }

  /**
   * What `git rev-parse --verify` makes of an expression (`main`, `v1.0.0`, `HEAD~1`, a short
   * sha), as a full sha; undefined if it names nothing.
   */
  async revParse(expression: string): Promise<string | undefined> {
    if (expression === '' || expression.startsWith('-')) return undefined
    try {
      const out = await runGit(this.dir, ['rev-parse', '--verify', '-q', expression])
      return out.trim() || undefined
    } catch {
      return undefined
    }
  }

  /**
   * What GitHub's compare `base...head` lists: the commits reachable from head but not from
   * base, oldest first, and how far each side is ahead of their merge base.
   */
  async compare(
    base: string,
    head: string
  ): Promise<{commits: string[]; aheadBy: number; behindBy: number; mergeBase?: string}> {
    const [list, counts, mergeBase] = await Promise.all([
      runGit(this.dir, ['rev-list', '--reverse', `${base}..${head}`]),
      runGit(this.dir, ['rev-list', '--left-right', '--count', `${base}...${head}`]),
      runGit(this.dir, ['merge-base', base, head]).catch(() => '')
    ])
    const [behindBy = 0, aheadBy = 0] = counts.trim().split(/\s+/).map(Number)
    return {
      commits: list.split('\n').filter(Boolean),
      aheadBy,
      behindBy,
      mergeBase: mergeBase.trim() || undefined
    }
  }

  private entry(ref: string, sha: string): RefEntry {
    const object = this.objects.get(sha)
    const commit = this.peeledCommit(sha)
    const commitObject = commit ? this.objects.get(commit) : undefined
    return {
      ref,
      sha,
      type: object?.type ?? 'commit',
      commit,
      commitDate: commitObject?.type === 'commit' ? commitObject.committer.date : undefined
    }
  }

  private peeledCommit(sha: string): string | undefined {
    let object = this.objects.get(sha)
    for (let depth = 0; object?.type === 'tag' && depth < 10; depth++) {
      object = this.objects.get(object.object)
    }
    return object?.type === 'commit' ? object.sha : undefined
  }

  /** Loads the objects and everything their tag chains point at. */
  private async peelAll(shas: string[]): Promise<void> {
    let pending = shas
    for (let depth = 0; pending.length > 0 && depth < 10; depth++) {
      await this.load(pending)
      pending = pending.flatMap(sha => {
        const object = this.objects.get(sha)
        return object?.type === 'tag' && !this.objects.has(object.object) ? [object.object] : []
      })
    }
  }

  /** One `cat-file --batch` for every sha not cached yet. */
  private async load(shas: string[]): Promise<void> {
    const missing = [...new Set(shas)].filter(
      sha => /^[0-9a-f]{40}$/.test(sha) && !this.objects.has(sha)
    )
    if (missing.length === 0) return
    const out = await runGitBuffer(this.dir, ['cat-file', '--batch'], `${missing.join('\n')}\n`)
    let at = 0
    while (at < out.length) {
      const eol = out.indexOf(0x0a, at)
      const header = out.subarray(at, eol).toString('utf8').split(' ')
      at = eol + 1
      if (header[1] === 'missing' || header.length < 3) continue
      const [sha = '', type = '', size = '0'] = header
      const body = out.subarray(at, at + Number(size)).toString('utf8')
      at += Number(size) + 1
      this.objects.set(sha, parseObject(sha, type, body))
    }
  }

  private async readHead(): Promise<string> {
    this.gitDirPath ??= runGit(this.dir, ['rev-parse', '--absolute-git-dir']).then(s => s.trim())
    return readFile(join(await this.gitDirPath, 'HEAD'), 'utf8')
  }
}

function parseObject(sha: string, type: string, body: string): GitObject {
  if (type !== 'commit' && type !== 'tag') return {type: type === 'tree' ? 'tree' : 'blob', sha}
  const split = body.indexOf('\n\n')
  const headerText = split === -1 ? body : body.slice(0, split)
  const message = split === -1 ? '' : body.slice(split + 2)
  const headers = new Map<string, string[]>()
  for (const line of headerText.split('\n')) {
    if (line.startsWith(' ')) continue // continuation (gpgsig)
    const space = line.indexOf(' ')
    const key = line.slice(0, space)
    headers.set(key, [...(headers.get(key) ?? []), line.slice(space + 1)])
  }
  const one = (key: string): string => headers.get(key)?.[0] ?? ''
  if (type === 'commit') {
    return {
      type,
      sha,
      tree: one('tree'),
      parents: headers.get('parent') ?? [],
      author: person(one('author')),
      committer: person(one('committer')),
      message
    }
  }
  return {
    type,
    sha,
    tag: one('tag'),
    object: one('object'),
    objectType: one('type'),
    tagger: headers.has('tagger') ? person(one('tagger')) : null,
    message
  }
}

/** `Name <email> 1767225600 +0100` → person with an ISO UTC date. */
function person(text: string): Person {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(text)
  if (!match) return {name: text, email: '', date: new Date(0).toISOString()}
  const date = new Date(Number(match[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  return {name: match[1] ?? '', email: match[2] ?? '', date}
}

/** cat-file output holds byte lengths, so it is read as a Buffer, not a string. */
async function runGitBuffer(cwd: string, args: string[], input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {cwd, env: gitEnv(), encoding: 'buffer', maxBuffer: 512 * 1024 * 1024},
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args.join(' ')} failed: ${stderr.toString().trim()}`))
        else resolve(stdout)
      }
    )
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(input)
  })
}
