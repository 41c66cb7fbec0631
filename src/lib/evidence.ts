import {
  closeSync,
  fdatasyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync
} from 'node:fs'
import {readFile, readdir} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {canonicalJson} from './canonical-json.js'
import {InputError, errorMessage} from './errors.js'
import {redact} from './redact.js'
import {sha256Hex} from './sha256.js'
import {duplicateKey} from './strict-json.js'

export {redact}

export const GENESIS = '0'.repeat(64)
export const MANIFEST = 'manifest.json'
/** The event recorded when a writer found a cut-off last line and moved it aside. */
export const TORN_TAIL_EVENT = 'torn-tail-set-aside'

/** One line of an evidence chain (DESIGN.md "Evidence format"). */
export interface EvidenceRecord {
  seq: number
  time: string
  action: string
  event: string
  data: unknown
  prev: string
  hash: string
}

const MEMBERS = ['seq', 'time', 'action', 'event', 'data', 'prev', 'hash'] as const

/** SHA-256 over the JCS form of the record without its own hash. */
export function recordHash(record: Omit<EvidenceRecord, 'hash'>): string {
  const {seq, time, action, event, data, prev} = record
  return sha256Hex(canonicalJson({seq, time, action, event, data, prev}))
}

/**
 * Evidence could not be written: a user-facing error that names the `evidence-dir` input.
 * runAction tells apart "failed before changing anything" and "changed, then could not record".
 */
export class EvidenceWriteError extends InputError {
  constructor(dir: string, cause: unknown) {
    super(
      'evidence-dir',
      dir,
      `the evidence chain could not be written there (${describeFsError(cause)}). Point evidence-dir at a directory this job can create and write, on a disk with free space`
    )
    this.name = 'EvidenceWriteError'
  }
}

export interface EvidenceWriterOptions {
  dir: string
  /** The chain file's name without `.jsonl`: the job, or the action when run alone. */
  chain: string
  action: string
  /** Values that must never reach the log, e.g. tokens and database URLs. */
  secrets?: readonly string[]
  now?: () => Date
  /** How long to wait for another process's append before giving up (default 30 s). */
  lockTimeoutMs?: number
}

/**
 * Appends hash-chained records. Every append takes the chain's lock file, reads the chain's
 * current end and appends after it, so several processes (actions of one job, or jobs sharing
 * a directory) lose nothing and never fork the chain. A cut-off last line (a crash or a full
 * disk mid-write) is moved to a side file and recorded, never fatal.
 *
 * The file calls are synchronous: an append is a few small calls on a local disk, and doing
 * them on the main thread spares a short step (one that fails on its inputs and records only
 * that) the start of libuv's thread pool and a dozen round trips to it. Only waiting for
 * another writer's lock yields.
 */
export class EvidenceWriter {
  readonly file: string
  /** The hash of the last record this writer appended: the `evidence-head` output. */
  head: string | undefined
  /** How many records this writer appended. */
  appended = 0

  constructor(private readonly options: EvidenceWriterOptions) {
    this.file = join(options.dir, `${options.chain}.jsonl`)
  }

  get dir(): string {
    return this.options.dir
  }

  async append(event: string, data: unknown): Promise<EvidenceRecord> {
    try {
      mkdirSync(this.options.dir, {recursive: true})
      return await withLock(this.file, this.options.lockTimeoutMs ?? 30_000, () => {
        let last: {seq: number; hash: string} = this.readTail()
        const {torn, goodLength} = last as Tail
        if (torn) {
          const aside = this.setAside(torn, goodLength)
          last = this.write(last, TORN_TAIL_EVENT, aside)
        }
        return this.write(last, event, data)
      })
    } catch (error) {
      if (error instanceof EvidenceWriteError) throw error
      throw new EvidenceWriteError(this.options.dir, error)
    }
  }

  private write(last: {seq: number; hash: string}, event: string, data: unknown): EvidenceRecord {
    const body = {
      seq: last.seq + 1,
      time: (this.options.now?.() ?? new Date()).toISOString(),
      action: this.options.action,
      event,
      data: redact(data, this.options.secrets ?? []),
      prev: last.hash
    }
    const record: EvidenceRecord = {...body, hash: recordHash(body)}
    writeDurably(this.file, 'a', `${JSON.stringify(record)}\n`)
    this.head = record.hash
    this.appended++
    return record
  }

  // The chain's end: the last complete record, and a cut-off tail after it if there is one.
  // Works on bytes: a newline byte never occurs inside a UTF-8 sequence.
  private readTail(): Tail {
    const bytes = readIfExists(this.file)
    let end = bytes.length
    let torn: Buffer | undefined
    if (end > 0 && bytes[end - 1] !== 0x0a) {
      end = bytes.lastIndexOf(0x0a) + 1
      torn = bytes.subarray(end)
    }
    // The last complete line; when it is unreadable it is the same crash with its newline.
    const start = end > 1 ? bytes.lastIndexOf(0x0a, end - 2) + 1 : 0
    if (end === 0) return {seq: 0, hash: GENESIS, torn, goodLength: 0}
    const last = parseLast(bytes.subarray(start, end - 1).toString('utf8'))
    if (last) return {...last, torn, goodLength: end}
    const before = start > 1 ? bytes.lastIndexOf(0x0a, start - 2) + 1 : 0
    const previous =
      start > 0 ? parseLast(bytes.subarray(before, start - 1).toString('utf8')) : undefined
    return {
      ...(previous ?? {seq: 0, hash: GENESIS}),
      torn: bytes.subarray(start),
      goodLength: start
    }
  }

  private setAside(torn: Buffer, goodLength: number): Record<string, unknown> {
    const stamp = (this.options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '')
    const aside = `${this.file}.torn-${stamp}-${process.pid}`
    writeDurably(aside, 'wx', torn)
    truncateSync(this.file, goodLength)
    return {
      file: basename(aside),
      bytes: torn.length,
      sha256: sha256Hex(torn)
    }
  }
}

interface Tail {
  seq: number
  hash: string
  /** Bytes after the last good record: a cut-off or unreadable write. */
  torn?: Buffer
  /** Where the good part of the file ends, in bytes. */
  goodLength: number
}

/** Writes the whole of `data` and waits for the disk: a record is either there or torn. */
function writeDurably(file: string, flags: 'a' | 'w' | 'wx', data: string | Buffer): void {
  const fd = openSync(file, flags)
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done)
    fdatasyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function readIfExists(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0)
    throw error
  }
}

function parseLast(line: string): {seq: number; hash: string} | undefined {
  try {
    const record = JSON.parse(line) as Partial<EvidenceRecord>
    if (typeof record.seq !== 'number' || typeof record.hash !== 'string') return undefined
    return {seq: record.seq, hash: record.hash}
  } catch {
    return undefined
  }
}

// One writer at a time per chain file, across processes: an exclusive-create lock file that
// holds the writer's pid. A lock whose process is gone (killed mid-append) is broken.
async function withLock<T>(file: string, timeoutMs: number, body: () => T): Promise<T> {
  const lock = `${file}.lock`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const fd = openSync(lock, 'wx')
      try {
        writeSync(fd, `${process.pid}\n`)
      } finally {
        closeSync(fd)
      }
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if (breakStaleLock(lock)) continue
      if (Date.now() > deadline) {
        throw new Error(
          `another process has held ${basename(lock)} for over ${Math.round(timeoutMs / 1000)} s; if no rollback-kit step is running, delete it`
        )
      }
      await new Promise(resolve => setTimeout(resolve, 2 + Math.random() * 10))
    }
  }
  try {
    return body()
  } finally {
    rmSync(lock, {force: true})
  }
}

function breakStaleLock(lock: string): boolean {
  let text: string
  let info: {mtimeMs: number}
  try {
    text = readFileSync(lock, 'utf8')
    info = statSync(lock)
  } catch {
    return true // released meanwhile: try again
  }
  const age = Date.now() - info.mtimeMs
  const pid = Number(text.trim())
  // An empty lock is one being written right now, unless it is old.
  const stale = Number.isInteger(pid) && pid > 0 ? age > 1000 && !alive(pid) : age > 10_000
  if (!stale) return false
  // Rename first so two writers breaking the same lock cannot remove a fresh one.
  const moved = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`
  try {
    renameSync(lock, moved)
  } catch {
    // another writer broke it first
  }
  rmSync(moved, {force: true})
  return true
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  const reasons: Record<string, string> = {
    EEXIST: 'a file is in the way of a directory',
    ENOTDIR: 'part of the path is a file, not a directory',
    EISDIR: 'the chain file is a directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    ENAMETOOLONG: 'the path is too long'
  }
  const reason = e?.code ? reasons[e.code] : undefined
  return reason ? `${e.code}: ${reason}` : errorMessage(error)
}

// ---------------------------------------------------------------------------------------------
// Verification

export interface ChainCheck {
  file: string
  records: number
  head: string
  /** Every record's hash, in order: what a `--head` anchor is looked up in. */
  hashes: string[]
  /** The first problem found, naming the record (1-based line) and what is wrong. */
  error?: string
  /** Facts a reader should know that do not break the chain (torn tails set aside). */
  notes: string[]
}

/**
 * Checks one chain file: strict parse (no duplicate members, exactly the record's members),
 * seq order, prev links and every hash.
 */
export async function verifyChain(file: string): Promise<ChainCheck> {
  const text = await readFile(file, 'utf8')
  const lines = text.split('\n')
  const cutOff = lines.at(-1) !== ''
  if (!cutOff) lines.pop()
  let prev = GENESIS
  const hashes: string[] = []
  const notes: string[] = []
  for (const [index, line] of lines.entries()) {
    const where = `${file}: record ${index + 1} (line ${index + 1})`
    const fail = (why: string): ChainCheck => ({
      file,
      records: index,
      head: prev,
      hashes,
      notes,
      error: `${where} ${why}`
    })
    if (cutOff && index === lines.length - 1)
      return fail(
        'is cut off (no newline at the end): a write was interrupted; the next append sets it aside'
      )
    let record: EvidenceRecord
    try {
      record = JSON.parse(line) as EvidenceRecord
    } catch {
      return fail('is not valid JSON')
    }
    const shape = shapeProblem(record, line)
    if (shape) return fail(shape)
    if (record.seq !== index + 1)
      return fail(
        `has seq ${record.seq}, expected ${index + 1}: a record was inserted, deleted or moved`
      )
    if (record.prev !== prev)
      return fail(`has prev ${record.prev}, expected ${prev}: the chain is broken before it`)
    if (recordHash(record) !== record.hash) return fail('does not match its hash: it was edited')
    if (record.event === TORN_TAIL_EVENT) {
      const data = record.data as {file?: string; bytes?: number}
      notes.push(
        `record ${index + 1}: a cut-off write of ${data.bytes ?? '?'} byte(s) was set aside as ${data.file ?? '?'} (a crash or full disk while writing)`
      )
    }
    prev = record.hash
    hashes.push(prev)
  }
  return {file, records: lines.length, head: prev, hashes, notes}
}

function shapeProblem(record: unknown, line: string): string | undefined {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'is not a JSON object'
  const duplicate = duplicateKey(line)
  if (duplicate !== undefined)
    return `has the member '${duplicate}' twice: JSON readers keep only one of them, so the hash does not cover what a reader sees`
  const extra = Object.keys(record).filter(key => !(MEMBERS as readonly string[]).includes(key))
  if (extra.length)
    return `has member(s) outside the hash: ${extra.join(', ')} (a record has exactly ${MEMBERS.join(', ')})`
  const missing = MEMBERS.filter(key => !(key in record))
  if (missing.length) return `lacks member(s) ${missing.join(', ')}`
  const r = record as EvidenceRecord
  if (!Number.isSafeInteger(r.seq)) return 'has a seq that is not a whole number'
  if (typeof r.time !== 'string' || typeof r.action !== 'string' || typeof r.event !== 'string')
    return 'has a time, action or event that is not a string'
  if (typeof r.prev !== 'string' || !/^[0-9a-f]{64}$/.test(r.prev))
    return 'has a prev that is not a SHA-256 hex hash'
  if (typeof r.hash !== 'string' || !/^[0-9a-f]{64}$/.test(r.hash))
    return 'has a hash that is not a SHA-256 hex hash'
  return undefined
}

export interface Manifest {
  version: 1
  created: string
  chains: {file: string; records: number; head: string}[]
}

export interface EvidenceCheck {
  ok: boolean
  chains: ChainCheck[]
  errors: string[]
  /** Limits of what this check proves (an unanchored end) and facts such as torn tails. */
  warnings: string[]
  /** Chain files whose last record is anchored by manifest.json or a given head. */
  anchored: string[]
}

export interface VerifyOptions {
  /** `evidence-head` values: each must be a record of some chain; it anchors that chain up to it. */
  heads?: readonly string[]
  /** Fail when the end of any chain is anchored by neither the manifest nor a head. */
  strict?: boolean
  /**
   * Treat manifest.json as an earlier seal that later records may follow: a chain may have
   * grown past it (its first records must still end in the sealed head) and chains it does not
   * list may be new. Deletions and edits of sealed records still fail. For a directory being
   * sealed again (record-evidence at a later stage); verify a final seal without it.
   */
  allowAppended?: boolean
}

/**
 * Checks every chain in a directory, the manifest when present and each given head. What it
 * cannot prove (records deleted from the end of a chain nothing anchors) is a warning, and
 * an error under `strict`.
 */
export async function verifyEvidenceDir(
  dir: string,
  options: VerifyOptions = {}
): Promise<EvidenceCheck> {
  const errors: string[] = []
  const warnings: string[] = []
  let entries: string[]
  try {
    entries = await readdir(dir)
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    const why =
      e.code === 'ENOENT'
        ? 'does not exist'
        : e.code === 'ENOTDIR'
          ? 'is not a directory'
          : errorMessage(e)
    return {ok: false, chains: [], errors: [`${dir} ${why}`], warnings, anchored: []}
  }
  const names = entries.filter(name => name.endsWith('.jsonl')).sort()
  const chains = await Promise.all(
    names.map(name =>
      verifyChain(join(dir, name)).catch((error: unknown): ChainCheck => ({
        file: join(dir, name),
        records: 0,
        head: GENESIS,
        hashes: [],
        notes: [],
        error: `${join(dir, name)} cannot be read: ${describeFsError(error)}`
      }))
    )
  )
  errors.push(...chains.flatMap(chain => (chain.error ? [chain.error] : [])))
  if (names.length === 0) errors.push(`${dir} holds no evidence chain (*.jsonl)`)
  for (const chain of chains)
    warnings.push(...chain.notes.map(note => `${basename(chain.file)} ${note}`))
  for (const aside of entries.filter(name => /\.jsonl\.torn-/.test(name)).sort())
    warnings.push(
      `${aside} holds a cut-off write that a writer set aside; it is not part of any chain`
    )

  const anchored = new Set<string>()
  const manifest = await readManifest(dir, errors)
  if (manifest) {
    for (const entry of manifest.chains) {
      const chain = chains.find(c => c.file === join(dir, entry.file))
      if (!chain) errors.push(`${MANIFEST} lists ${entry.file}, which is missing`)
      else if (options.allowAppended && chain.records > entry.records) {
        // The chain verified whole, so its hash list says where the sealed part ended.
        const sealedHead = entry.records === 0 ? GENESIS : chain.hashes[entry.records - 1]
        if (sealedHead !== entry.head)
          errors.push(
            `${entry.file}'s record ${entry.records} ends in ${sealedHead}, but ${MANIFEST} sealed it as ${entry.head}: sealed records were changed`
          )
      } else if (chain.records !== entry.records || chain.head !== entry.head) {
        errors.push(
          `${entry.file} has ${chain.records} records ending in ${chain.head}, but ${MANIFEST} recorded ${entry.records} ending in ${entry.head}: records were removed or added after it was sealed`
        )
      } else anchored.add(chain.file)
    }
    for (const name of options.allowAppended ? [] : names) {
      if (!manifest.chains.some(entry => entry.file === name))
        errors.push(`${name} is not in ${MANIFEST}`)
    }
  }
  for (const head of options.heads ?? []) {
    const found = chains.find(chain => chain.hashes.includes(head))
    if (!found) {
      errors.push(
        `no chain in ${dir} holds a record with hash ${head}: the record the step reported as evidence-head, and maybe records before it, were removed or the chain was rewritten`
      )
      continue
    }
    const at = found.hashes.indexOf(head) + 1
    if (at === found.records) anchored.add(found.file)
    else if (!anchored.has(found.file))
      warnings.push(
        `head ${head.slice(0, 12)}… is record ${at} of ${found.records} in ${basename(found.file)}: it anchors records 1-${at}; records after it are not anchored by it`
      )
  }
  for (const chain of chains) {
    if (chain.error || anchored.has(chain.file)) continue
    const text = `the end of ${basename(chain.file)} is not anchored (no ${MANIFEST} entry and no --head for its last record): records deleted from its end cannot be detected. Pass the last step's evidence-head output as --head.`
    if (options.strict) errors.push(`${text} (--strict)`)
    else warnings.push(text)
  }
  return {ok: errors.length === 0, chains, errors, warnings, anchored: [...anchored]}
}

async function readManifest(dir: string, errors: string[]): Promise<Manifest | undefined> {
  let text: string
  try {
    text = await readFile(join(dir, MANIFEST), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    errors.push(`${MANIFEST} cannot be read: ${errorMessage(error)}`)
    return undefined
  }
  let manifest: unknown
  try {
    manifest = JSON.parse(text)
  } catch (error) {
    errors.push(`${MANIFEST} is not valid JSON (${errorMessage(error)}): it was damaged or edited`)
    return undefined
  }
  const problem = manifestProblem(manifest, text)
  if (problem) {
    errors.push(`${MANIFEST} ${problem}`)
    return undefined
  }
  return manifest as Manifest
}

function manifestProblem(manifest: unknown, text: string): string | undefined {
  const duplicate = duplicateKey(text)
  if (duplicate !== undefined) return `has the member '${duplicate}' twice in one object`
  const m = manifest as Partial<Manifest> | null
  if (!m || typeof m !== 'object' || Array.isArray(m)) return 'is not a JSON object'
  if (m.version !== 1)
    return `has version ${JSON.stringify(m.version)}; this rollback-kit reads version 1`
  if (!Array.isArray(m.chains)) return "has no 'chains' list"
  for (const [i, entry] of m.chains.entries()) {
    const e = entry as Partial<Manifest['chains'][number]> | null
    if (
      !e ||
      typeof e.file !== 'string' ||
      !e.file.endsWith('.jsonl') ||
      e.file.includes('/') ||
      !Number.isSafeInteger(e.records) ||
      typeof e.head !== 'string' ||
      !/^[0-9a-f]{64}$/.test(e.head)
    )
      return `chains[${i}] is not {file: "<name>.jsonl", records: <count>, head: "<sha-256 hex>"}`
  }
  return undefined
}

/** The records of one chain, in order; lines that are not JSON are left out (verify names them). */
export async function readRecords(file: string): Promise<EvidenceRecord[]> {
  const text = await readFile(file, 'utf8').catch(() => '')
  const records: EvidenceRecord[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    try {
      records.push(JSON.parse(line) as EvidenceRecord)
    } catch {
      // A torn or edited line: verifyEvidenceDir reports it; timings skip it.
    }
  }
  return records
}

/** Seals a directory: writes manifest.json with each chain's record count and head hash. */
export async function writeManifest(dir: string, now: Date = new Date()): Promise<Manifest> {
  const names = (await readdir(dir)).filter(name => name.endsWith('.jsonl')).sort()
  const chains = await Promise.all(names.map(name => verifyChain(join(dir, name))))
  const broken = chains.find(chain => chain.error)
  if (broken) throw new Error(`Refusing to seal a broken chain: ${broken.error}`)
  const manifest: Manifest = {
    version: 1,
    created: now.toISOString(),
    chains: chains.map((chain, i) => ({
      file: names[i] as string,
      records: chain.records,
      head: chain.head
    }))
  }
  // Write-then-rename: a reader never sees half a manifest.
  const temp = join(dir, `.${MANIFEST}.${process.pid}.tmp`)
  writeDurably(temp, 'w', `${JSON.stringify(manifest, null, 2)}\n`)
  renameSync(temp, join(dir, MANIFEST))
  return manifest
}
