// Real, throw-away git repositories for tests and the drill. Git runs with a pinned identity
// and no user or system config, so results do not depend on the machine. Bulk work stays a
// handful of processes whatever its size: commits through one `git fast-import`, tags as one
// pack plus one packed-refs file (see the end of this file).
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtemp, mkdir, readdir, readFile, rename, rm, unlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {deflateSync} from 'node:zlib'

const IDENTITY = {name: 'Rollback Fixture', email: 'fixture@rollback-kit.test'}
/** Commits and tags get strictly increasing times from here, one minute apart. */
const EPOCH = Date.parse('2026-01-01T00:00:00Z')

export interface TagSpec {
  name: string
  /** Commit (or any object) the tag points at. */
  sha: string
  annotated?: boolean
  /** Message of an annotated tag; defaults to the name. */
  message?: string
  /** Tagger date of an annotated tag; defaults to the fixture clock. */
  date?: Date | string
}

export interface CommitOptions {
  /** Files to write (string) or delete (null), relative to the work tree. */
  files?: Record<string, string | null>
  /** Author and committer date; defaults to the fixture clock. */
  date?: Date | string
}

export interface GitFixture {
  /** The work tree; `.git` is inside it. */
  dir: string
  /** Commits on the checked-out branch (empty commits are fine) and returns the new sha. */
  commit(message: string, options?: CommitOptions): Promise<string>
  /** Many empty commits on the checked-out branch in one process; returns their shas in order. */
  commits(messages: string[]): Promise<string[]>
  /** Creates or moves a tag. */
  tag(name: string, sha: string, options?: Omit<TagSpec, 'name' | 'sha'>): Promise<void>
  /** Creates or moves many tags in one process (thousands take well under a second). */
  tags(list: TagSpec[]): Promise<void>
  deleteTag(name: string): Promise<void>
  /** Creates or moves a branch to `sha` (default HEAD) without checking it out. */
  branch(name: string, sha?: string): Promise<void>
  checkout(branch: string): Promise<void>
  /** The sha a revision names (`HEAD`, `v1.2.0^{commit}`, ...). */
  revParse(revision: string): Promise<string>
  /** Any other git command, run in the repo; returns stdout. */
  git(args: string[], input?: string): Promise<string>
  cleanup(): Promise<void>
}

/** Runs git with the fixture's pinned environment. Rejects with git's stderr on failure. */
export async function runGit(
  cwd: string,
  args: string[],
  options: {input?: string | Buffer; env?: Record<string, string>} = {}
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {cwd, env: {...gitEnv(), ...options.env}, maxBuffer: 256 * 1024 * 1024},
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args.join(' ')} failed: ${stderr.trim() || error}`))
        else resolve(stdout)
      }
    )
    // If git exits early, its stderr (in the callback) is the error worth reporting, not EPIPE.
    child.stdin?.on('error', () => undefined)
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

/** The environment without anything that would point git at another repo or config. */
export function gitEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GIT_')) env[key] = value
  }
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: IDENTITY.name,
    GIT_AUTHOR_EMAIL: IDENTITY.email,
    GIT_COMMITTER_NAME: IDENTITY.name,
    GIT_COMMITTER_EMAIL: IDENTITY.email,
    GIT_TERMINAL_PROMPT: '0'
  }
}

/** Creates an empty repository (branch `main` by default, no commits yet) in a temp dir. */
export async function createRepo(options: {defaultBranch?: string} = {}): Promise<GitFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'rollback-kit-git-'))
  const git = async (args: string[], input?: string, env?: Record<string, string>) =>
    runGit(dir, args, {input, env})
  await git(['init', '-q', '-b', options.defaultBranch ?? 'main'])

  let ticks = 0
  const nextDate = (given?: Date | string): string => {
    ticks += 1
    const date = given === undefined ? new Date(EPOCH + ticks * 60_000) : new Date(given)
    return `${Math.floor(date.getTime() / 1000)} +0000`
  }

  const fixture: GitFixture = {
    dir,
    git: async (args, input) => git(args, input),

    async commit(message, {files = {}, date} = {}) {
      for (const [path, content] of Object.entries(files)) {
        const file = join(dir, path)
        if (content === null) {
          await rm(file, {force: true})
        } else {
          await mkdir(dirname(file), {recursive: true})
          await writeFile(file, content)
        }
      }
      if (Object.keys(files).length > 0) await git(['add', '-A', '--', ...Object.keys(files)])
      const when = nextDate(date)
      await git(['commit', '-q', '--allow-empty', '--no-verify', '-m', message], undefined, {
        GIT_AUTHOR_DATE: when,
        GIT_COMMITTER_DATE: when
      })
      return fixture.revParse('HEAD')
    },

    async commits(messages) {
      if (messages.length === 0) return []
      const ref = (await git(['symbolic-ref', 'HEAD'])).trim()
      const parent = await git(['rev-parse', '-q', '--verify', 'HEAD']).catch(() => '')
      const stream: string[] = []
      messages.forEach((message, i) => {
        stream.push(`commit ${ref}`, `mark :${i + 1}`)
        stream.push(`committer ${IDENTITY.name} <${IDENTITY.email}> ${nextDate()}`)
        stream.push(...data(message))
        if (i === 0 && parent.trim()) stream.push(`from ${parent.trim()}`)
        stream.push('')
      })
      const marks = join(dir, '.git', 'fixture-marks')
      await git(['fast-import', '--quiet', `--export-marks=${marks}`], `${stream.join('\n')}\n`)
      // Empty commits keep the tree, so the index still matches HEAD; nothing to refresh.
      return readMarks(marks)
    },

    async tag(name, sha, options = {}) {
      await fixture.tags([{name, sha, ...options}])
    },

    async tags(list) {
      await writeTags(
        dir,
        list.map(spec => ({...spec, when: spec.annotated ? nextDate(spec.date) : ''}))
      )
    },

    async deleteTag(name) {
      await git(['update-ref', '-d', `refs/tags/${name}`])
    },

    async branch(name, sha) {
      await git(['update-ref', `refs/heads/${name}`, sha ?? (await fixture.revParse('HEAD'))])
    },

    async checkout(branch) {
      await git(['checkout', '-q', branch])
    },

    async revParse(revision) {
      return (await git(['rev-parse', '--verify', '-q', revision])).trim()
    },

    async cleanup() {
      await rm(dir, {recursive: true, force: true})
    }
  }
  return fixture
}

/**
 * A fast-import `data` block holding `text` plus a final newline (as `git commit` stores it).
 * That newline is the one the caller's `join('\n')` puts after the body; the length counts
 * bytes, not characters.
 */
function data(text: string): string[] {
  const body = text.replace(/\n$/, '')
  return [`data ${Buffer.byteLength(body) + 1}`, body]
}

/** The shas of an exported marks file (`:<mark> <sha>` lines), in mark order. */
async function readMarks(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8')
  return text
    .trim()
    .split('\n')
    .map(line => line.split(' '))
    .sort((a, b) => Number(a[0]?.slice(1)) - Number(b[0]?.slice(1)))
    .map(parts => parts[1] ?? '')
}

// ---------------------------------------------------------------------------------------------
// Bulk tags. Git writes every new ref as its own loose file, and on a slow disk 5,000 of them
// take several seconds whatever command writes them (fast-import and update-ref alike). So the
// annotated tag objects go in as one pack (`git index-pack`) and all the refs as one
// packed-refs file, written under git's own lock file. Both formats are git's documented
// on-disk formats (gitformat-pack, gitrepository-layout), and git reads them as if `git tag`
// and `git pack-refs` had run.

type TagWrite = TagSpec & {when: string}

async function writeTags(dir: string, list: TagWrite[]): Promise<void> {
  if (list.length === 0) return
  const targets = await describeObjects(dir, [...new Set(list.map(t => t.sha))])
  const refs = new Map<string, {sha: string; peeled?: string}>()
  const tagObjects: Buffer[] = []
  for (const spec of list) {
    const target = targets.get(spec.sha)
    if (!target) throw new Error(`tag ${spec.name}: no object ${spec.sha}`)
    if (!spec.annotated) {
      refs.set(`refs/tags/${spec.name}`, {sha: target.sha, peeled: target.peeled})
      continue
    }
    const body = Buffer.from(
      `object ${target.sha}\ntype ${target.type}\ntag ${spec.name}\n` +
        `tagger ${IDENTITY.name} <${IDENTITY.email}> ${spec.when}\n\n` +
        `${(spec.message ?? spec.name).replace(/\n?$/, '\n')}`
    )
    tagObjects.push(body)
    const sha = createHash('sha1').update(`tag ${body.length}\0`).update(body).digest('hex')
    refs.set(`refs/tags/${spec.name}`, {sha, peeled: target.peeled ?? target.sha})
  }
  if (tagObjects.length > 0)
    await runGit(dir, ['index-pack', '--stdin'], {input: packOf(tagObjects)})
  await writePackedRefs(dir, refs)
}

interface ObjectInfo {
  sha: string
  type: string
  /** The commit a tag peels to; undefined for anything that is not a tag. */
  peeled?: string
}

/** Full sha, type and peeled commit of each revision, in one `cat-file --batch-check`. */
async function describeObjects(dir: string, revisions: string[]): Promise<Map<string, ObjectInfo>> {
  const input = revisions.flatMap(r => [r, `${r}^{}`]).join('\n')
  const lines = (await runGit(dir, ['cat-file', '--batch-check'], {input: `${input}\n`})).split(
    '\n'
  )
  const out = new Map<string, ObjectInfo>()
  revisions.forEach((revision, i) => {
    const [sha, type] = (lines[2 * i] ?? '').split(' ')
    const [peeled] = (lines[2 * i + 1] ?? '').split(' ')
    if (!sha || type === 'missing' || !type) return
    out.set(revision, {sha, type, peeled: type === 'tag' ? peeled : undefined})
  })
  return out
}

/** A version 2 pack of whole (undeltified) tag objects. */
function packOf(tagBodies: Buffer[]): Buffer {
  const header = Buffer.alloc(12)
  header.write('PACK', 0, 'latin1')
  header.writeUInt32BE(2, 4)
  header.writeUInt32BE(tagBodies.length, 8)
  const parts: Buffer[] = [header]
  for (const body of tagBodies) parts.push(entryHeader(4 /* tag */, body.length), deflateSync(body))
  const pack = Buffer.concat(parts)
  return Buffer.concat([pack, createHash('sha1').update(pack).digest()])
}

/** Type and size of a pack entry: 3 type bits and 4 size bits, then 7 size bits a byte. */
function entryHeader(type: number, size: number): Buffer {
  const bytes = [(type << 4) | (size & 0x0f)]
  let rest = size >>> 4
  while (rest > 0) {
    bytes[bytes.length - 1]! |= 0x80
    bytes.push(rest & 0x7f)
    rest >>>= 7
  }
  return Buffer.from(bytes)
}

/** Merges refs into packed-refs and drops loose copies that would shadow them. */
async function writePackedRefs(
  dir: string,
  updates: Map<string, {sha: string; peeled?: string}>
): Promise<void> {
  const gitDir = join(dir, '.git')
  const file = join(gitDir, 'packed-refs')
  const refs = new Map<string, {sha: string; peeled?: string}>()
  const existing = await readFile(file, 'utf8').catch(() => '')
  let last: {sha: string; peeled?: string} | undefined
  for (const line of existing.split('\n')) {
    if (line.startsWith('^') && last) last.peeled = line.slice(1)
    else if (/^[0-9a-f]{40} /.test(line))
      refs.set(line.slice(41), (last = {sha: line.slice(0, 40)}))
  }
  for (const [name, value] of updates) refs.set(name, value)
  const body = [...refs.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map(name => {
      const {sha, peeled} = refs.get(name)!
      return peeled && peeled !== sha ? `${sha} ${name}\n^${peeled}\n` : `${sha} ${name}\n`
    })
    .join('')
  const lock = `${file}.lock`
  // `wx` fails if git itself holds the lock, exactly as a second git would.
  await writeFile(lock, `# pack-refs with: peeled fully-peeled sorted \n${body}`, {flag: 'wx'})
  await rename(lock, file)
  for (const name of await looseTags(join(gitDir, 'refs', 'tags'))) {
    if (updates.has(`refs/tags/${name}`)) await unlink(join(gitDir, 'refs', 'tags', name))
  }
}

async function looseTags(root: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(root, prefix), {withFileTypes: true}).catch(() => [])
  const names: string[] = []
  for (const entry of entries) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) names.push(...(await looseTags(root, name)))
    else names.push(name)
  }
  return names
}
