import {describe, expect, it} from '@jest/globals'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {
  EvidenceWriter,
  verifyEvidenceDir,
  writeManifest,
  type EvidenceRecord
} from '../../../src/lib/evidence.js'
import {clip} from '../../../src/record-evidence/incident.js'
import {describe as describeStatus} from '../../../src/record-evidence/deployments.js'
import {capBytes} from '../../../src/record-evidence/summary.js'
import {formatDuration, timingsOf} from '../../../src/record-evidence/timeline.js'

const rec = (action: string, event: string, time: string, data: unknown = {}): EvidenceRecord => ({
  seq: 1,
  time,
  action,
  event,
  data,
  prev: '',
  hash: ''
})

describe('timings from the evidence', () => {
  it('measures from the declared stage to the first change, the rollback and the verification', () => {
    const t = timingsOf([
      {
        chain: 'declare',
        records: [rec('record-evidence', 'stage', '2026-01-01T00:00:00Z', {stage: 'declared'})]
      },
      {chain: 'lkg', records: [rec('identify-lkg-tag', 'selected', '2026-01-01T00:00:30Z')]},
      {chain: 'freeze', records: [rec('freeze-merges', 'frozen', '2026-01-01T00:01:00Z')]},
      {
        chain: 'rollback',
        records: [
          rec('helm-rollback', 'plan', '2026-01-01T00:02:00Z'),
          rec('helm-rollback', 'rolled-back', '2026-01-01T00:04:00Z')
        ]
      },
      {chain: 'verify', records: [rec('smoke-verify', 'passed', '2026-01-01T00:06:30Z')]}
    ])
    expect(t.start).toBe('2026-01-01T00:00:00Z')
    expect([t.toInitiate, t.toComplete, t.toVerify]).toEqual([60_000, 240_000, 390_000])
    expect(t.spans.find(s => s.action === 'helm-rollback')).toMatchObject({
      records: 2,
      lastEvent: 'rolled-back'
    })
  })

  it('says n/a for what did not happen, and ignores records without a valid time', () => {
    const t = timingsOf([{chain: 'x', records: [rec('identify-lkg-tag', 'a', 'garbage')]}])
    expect(t.spans).toEqual([])
    expect(formatDuration(t.toInitiate)).toBe('n/a')
    expect(formatDuration(125_000)).toBe('2m 05s')
    expect(formatDuration(3_720_000)).toBe('1h 02m')
  })
})

describe('limits', () => {
  it('caps the summary to the byte limit at a line end, also for multi-byte text', () => {
    const text = Array.from({length: 50_000}, (_, i) => `| ⏪ row ${i} | ✓ |`).join('\n')
    const capped = capBytes(text, 100_000)
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(100_000)
    expect(capped).toMatch(/truncated/)
    expect(capBytes('short', 100)).toBe('short')
  })

  it('clips bodies to a character limit with a note', () => {
    const clipped = clip('a\n'.repeat(40_000), 65_536)
    expect(clipped.length).toBeLessThanOrEqual(65_536)
    expect(clipped.endsWith('evidence holds everything._')).toBe(true)
  })

  it('keeps deployment status descriptions within 140 characters', () => {
    expect(describeStatus('x'.repeat(300))).toHaveLength(140)
    expect(describeStatus('short')).toBe('short')
  })
})

describe('an earlier seal that later records follow (verifyEvidenceDir allowAppended)', () => {
  it('accepts appended records and new chains, and still catches a changed sealed record', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rk-seal-'))
    try {
      const a = new EvidenceWriter({dir, chain: 'a', action: 'x'})
      await a.append('one', {n: 1})
      await a.append('two', {n: 2})
      await writeManifest(dir)
      await a.append('three', {n: 3})
      await new EvidenceWriter({dir, chain: 'b', action: 'y'}).append('new', {})
      expect((await verifyEvidenceDir(dir)).ok).toBe(false)
      expect((await verifyEvidenceDir(dir, {allowAppended: true})).ok).toBe(true)

      // Rewrite the whole chain consistently from record 2 on: only the seal can tell.
      const file = join(dir, 'a.jsonl')
      const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean)
      await writeFile(file, `${lines[0]}\n`)
      const forged = new EvidenceWriter({dir, chain: 'a', action: 'x'})
      await forged.append('two', {n: 20})
      await forged.append('three', {n: 3})
      const check = await verifyEvidenceDir(dir, {allowAppended: true})
      expect(check.ok).toBe(false)
      expect(check.errors.join()).toMatch(/sealed records were changed/)

      // Removing records below the seal fails too.
      await writeFile(file, `${lines[0]}\n`)
      expect((await verifyEvidenceDir(dir, {allowAppended: true})).ok).toBe(false)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
