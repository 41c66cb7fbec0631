// Reading and sealing the evidence directory: every chain verified before anything is written,
// then manifest.json with each chain's record count and head.
import {readdir} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {UserError} from '../lib/errors.js'
import {
  MANIFEST,
  readRecords,
  verifyEvidenceDir,
  writeManifest,
  type Manifest
} from '../lib/evidence.js'
import type {ChainRecords} from './timeline.js'

/** The chains already in `dir`, verified; a broken one fails naming its first bad record. */
export async function readVerified(dir: string): Promise<ChainRecords[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  const chains = names.filter(name => name.endsWith('.jsonl')).sort()
  if (chains.length === 0) return []
  // An earlier stage's manifest is a seal later records may follow, not the end of the chain.
  const check = await verifyEvidenceDir(dir, {allowAppended: true})
  if (!check.ok)
    throw new UserError(
      `The evidence in evidence-dir '${dir}' does not verify, so it is not sealed: ${check.errors.join('; ')}. Keep the directory as it is for the incident review; run 'rollback-kit evidence verify' on it to see every problem.`
    )
  return Promise.all(
    chains.map(async name => ({
      chain: basename(name, '.jsonl'),
      records: await readRecords(join(dir, name))
    }))
  )
}

export async function seal(dir: string, now: Date): Promise<{manifest: Manifest; path: string}> {
  const manifest = await writeManifest(dir, now)
  return {manifest, path: join(dir, MANIFEST)}
}
