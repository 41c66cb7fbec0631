import {createHash} from 'node:crypto'
import {appendFile, mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {canonicalJson} from './canonical-json.js'

export const GENESIS = '0'.repeat(64)
export const MANIFEST = 'manifest.json'

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

/** SHA-256 over the JCS form of the record without its own hash. */
export function recordHash(record: Omit<EvidenceRecord, 'hash'>): string {
  const {seq, time, action, event, data, prev} = record
  return createHash('sha256')
    .update(canonicalJson({seq, time, action, event, data, prev}))
    .digest('hex')
}

export interface EvidenceWriterOptions {
  dir: string
  /** The chain file's name without `.jsonl`: the job, or the action when run alone. */
  chain: string
  action: string
  /** Values that must never reach the log, e.g. tokens and database URLs. */
  secrets?: readonly string[]
  now?: () => Date
}

/** Appends hash-chained records; continues an existing chain file where it ended. */
export class EvidenceWriter {
  readonly file: string
  private last: {seq: number; hash: string} | undefined

  constructor(private readonly options: EvidenceWriterOptions) {
    this.file = join(options.dir, `${options.chain}.jsonl`)
  }

  async append(event: string, data: unknown): Promise<EvidenceRecord> {
    if (!this.last) this.last = await this.readTail()
    const body = {
      seq: this.last.seq + 1,
      time: (this.options.now?.() ?? new Date()).toISOString(),
      action: this.options.action,
      event,
      data: redact(data, this.options.secrets ?? []),
      prev: this.last.hash
    }
    const record: EvidenceRecord = {...body, hash: recordHash(body)}
    await appendFile(this.file, `${JSON.stringify(record)}\n`, 'utf8')
    this.last = {seq: record.seq, hash: record.hash}
    return record
  }

  private async readTail(): Promise<{seq: number; hash: string}> {
    await mkdir(this.options.dir, {recursive: true})
    const text = await readFile(this.file, 'utf8').catch(() => '')
    const lines = text.split('\n').filter(line => line.trim() !== '')
    const tail = lines.at(-1)
    if (!tail) return {seq: 0, hash: GENESIS}
    const record = JSON.parse(tail) as EvidenceRecord
    return {seq: record.seq, hash: record.hash}
  }
}

const SECRET_KEYS = /^(token|admin-token|database-url|password|authorization)$/i

/** Drops secret-named members and blanks any secret value inside strings. */
export function redact(value: unknown, secrets: readonly string[]): unknown {
  const hidden = secrets.filter(secret => secret.length >= 4)
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return hidden.reduce((s, secret) => s.split(secret).join('***'), v)
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {}
      for (const [key, member] of Object.entries(v)) {
        if (member === undefined) continue
        out[key] = SECRET_KEYS.test(key) ? '***' : walk(member)
      }
      return out
    }
    return v
  }
  return walk(value)
}

export interface ChainCheck {
  file: string
  records: number
  head: string
  /** The first problem found, naming the record (1-based line) and what is wrong. */
  error?: string
}

/**
 * Checks one chain file: parse, seq order, prev links and every hash. With `limit`, only the
 * first `limit` records (what an earlier seal covered).
 */
export async function verifyChain(file: string, limit?: number): Promise<ChainCheck> {
  const lines = (await readFile(file, 'utf8')).split('\n')
  if (lines.at(-1) === '') lines.pop()
  if (limit !== undefined) lines.splice(limit)
  let prev = GENESIS
  for (const [index, line] of lines.entries()) {
    const where = `${file}: record ${index + 1} (line ${index + 1})`
    let record: EvidenceRecord
    try {
      record = JSON.parse(line) as EvidenceRecord
    } catch {
      return {file, records: index, head: prev, error: `${where} is not valid JSON`}
    }
    const fail = (why: string): ChainCheck => ({
      file,
      records: index,
      head: prev,
      error: `${where} ${why}`
    })
    if (record.seq !== index + 1)
      return fail(
        `has seq ${record.seq}, expected ${index + 1}: a record was inserted, deleted or moved`
      )
    if (record.prev !== prev)
      return fail(`has prev ${record.prev}, expected ${prev}: the chain is broken before it`)
    if (recordHash(record) !== record.hash) return fail('does not match its hash: it was edited')
    prev = record.hash
  }
  return {file, records: lines.length, head: prev}
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
}

export interface VerifyOptions {
  /**
   * Treat manifest.json as an earlier seal that later records may follow: a chain may have
   * grown past it (its first records must still end in the sealed head) and chains it does not
   * list may be new. Deletions and edits of sealed records still fail. For a directory being
   * sealed again (record-evidence at a later stage); verify a final seal without it.
   */
  allowAppended?: boolean
}

/** Checks every chain in a directory and, when present, that the manifest still matches them. */
export async function verifyEvidenceDir(
  dir: string,
  options: VerifyOptions = {}
): Promise<EvidenceCheck> {
  const names = (await readdir(dir)).filter(name => name.endsWith('.jsonl')).sort()
  const chains = await Promise.all(names.map(name => verifyChain(join(dir, name))))
  const errors = chains.flatMap(chain => (chain.error ? [chain.error] : []))
  if (names.length === 0) errors.push(`${dir} holds no evidence chain (*.jsonl)`)
  const manifestText = await readFile(join(dir, MANIFEST), 'utf8').catch(() => undefined)
  if (manifestText !== undefined) {
    const manifest = JSON.parse(manifestText) as Manifest
    for (const entry of manifest.chains) {
      const chain = chains.find(c => c.file === join(dir, entry.file))
      if (!chain) errors.push(`${MANIFEST} lists ${entry.file}, which is missing`)
      else if (options.allowAppended && chain.records > entry.records) {
        const sealed = await verifyChain(join(dir, entry.file), entry.records)
        if (sealed.head !== entry.head)
          errors.push(
            `${entry.file}'s record ${entry.records} ends in ${sealed.head}, but ${MANIFEST} sealed it as ${entry.head}: sealed records were changed`
          )
      } else if (chain.records !== entry.records || chain.head !== entry.head) {
        errors.push(
          `${entry.file} has ${chain.records} records ending in ${chain.head}, but ${MANIFEST} recorded ${entry.records} ending in ${entry.head}: records were removed or added after it was sealed`
        )
      }
    }
    for (const name of options.allowAppended ? [] : names) {
      if (!manifest.chains.some(entry => entry.file === name))
        errors.push(`${name} is not in ${MANIFEST}`)
    }
  }
  return {ok: errors.length === 0, chains, errors}
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
  await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8')
  return manifest
}
