import {afterEach, beforeEach, describe, expect, it} from '@jest/globals'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {canonicalJson} from '../../../src/lib/canonical-json.js'
import {
  EvidenceWriter,
  GENESIS,
  recordHash,
  verifyChain,
  verifyEvidenceDir,
  writeManifest
} from '../../../src/lib/evidence.js'

let dir: string
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'rk-evidence-'))))
afterEach(async () => rm(dir, {recursive: true, force: true}))

async function chain(n: number): Promise<string> {
  const w = new EvidenceWriter({
    dir,
    chain: 'rollback',
    action: 'test',
    secrets: ['ghs_supersecret']
  })
  for (let i = 0; i < n; i++) await w.append(`step-${i}`, {i, note: `token ghs_supersecret used`})
  return w.file
}

const lines = async (file: string) => (await readFile(file, 'utf8')).trimEnd().split('\n')

describe('canonicalJson (RFC 8785)', () => {
  it('sorts members by UTF-16 code units and writes no whitespace', () => {
    expect(canonicalJson({b: 1, a: [true, null, 'x'], '\u20ac': 1, '\r': 2, '1': 3})).toBe(
      '{"\\r":2,"1":3,"a":[true,null,"x"],"b":1,"\u20ac":1}'
    )
  })
  it('writes numbers as ECMAScript does', () => {
    expect(canonicalJson([1e21, 1e-7, -0, 0.1, 333333333.3333333, 4.5])).toBe(
      '[1e+21,1e-7,0,0.1,333333333.3333333,4.5]'
    )
  })
  it('refuses what JSON cannot hold', () => expect(() => canonicalJson(Number.NaN)).toThrow())
})

describe('evidence chain', () => {
  it('links records by prev and hashes each one', async () => {
    const file = await chain(3)
    const records = (await lines(file)).map(l => JSON.parse(l))
    expect(records.map(r => r.seq)).toEqual([1, 2, 3])
    expect(records[0].prev).toBe(GENESIS)
    expect(records[1].prev).toBe(records[0].hash)
    for (const r of records) expect(r.hash).toBe(recordHash(r))
    expect((await verifyChain(file)).error).toBeUndefined()
  })

  it('continues an existing chain across writers (one job, several actions)', async () => {
    await chain(2)
    const w = new EvidenceWriter({dir, chain: 'rollback', action: 'other'})
    const r = await w.append('next', {})
    expect(r.seq).toBe(3)
    expect((await verifyChain(w.file)).records).toBe(3)
  })

  it('never writes a secret', async () => {
    const file = await chain(1)
    const text = await readFile(file, 'utf8')
    expect(text).not.toContain('ghs_supersecret')
    const w = new EvidenceWriter({dir, chain: 'x', action: 't'})
    await w.append('inputs', {
      token: 'abc',
      'database-url': 'postgres://u:p@h/db',
      nested: {password: 'p'}
    })
    expect(await readFile(w.file, 'utf8')).not.toMatch(/abc|postgres:|"p"/)
  })

  it.each([
    [
      'an edited record',
      (l: string[]) => (l[1] = l[1]!.replace('step-1', 'step-X')),
      /record 2 .*edited/
    ],
    ['a deleted record', (l: string[]) => l.splice(1, 1), /record 2 .*seq 3, expected 2/],
    ['a reordered pair', (l: string[]) => ([l[1], l[2]] = [l[2]!, l[1]!]), /record 2 .*seq 3/],
    ['an inserted record', (l: string[]) => l.splice(1, 0, l[0]!), /record 2 .*seq 1, expected 2/],
    [
      'a re-hashed edit',
      (l: string[]) => {
        const r = JSON.parse(l[1]!)
        r.data = {forged: true}
        r.hash = recordHash(r)
        l[1] = JSON.stringify(r)
      },
      /record 3 .*prev/
    ]
  ])('detects %s', async (_what, tamper, message) => {
    const file = await chain(4)
    const l = await lines(file)
    tamper(l)
    await writeFile(file, `${l.join('\n')}\n`)
    expect((await verifyChain(file)).error).toMatch(message)
  })

  it('catches a truncated tail through the manifest', async () => {
    const file = await chain(3)
    await writeManifest(dir)
    expect((await verifyEvidenceDir(dir)).ok).toBe(true)
    const l = await lines(file)
    await writeFile(file, `${l.slice(0, 2).join('\n')}\n`)
    const check = await verifyEvidenceDir(dir)
    expect(check.ok).toBe(false)
    expect(check.errors.join()).toMatch(/rollback.jsonl has 2 records .* recorded 3/)
  })
})
