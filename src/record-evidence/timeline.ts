import type {EvidenceRecord} from '../lib/evidence.js'

/** What each action did, by the times its records carry. */
export interface ActionSpan {
  action: string
  chain: string
  first: string
  last: string
  records: number
  lastEvent: string
}

export interface Timings {
  /** When the incident was declared (the first `stage: declared` record, else the first record). */
  start?: string
  /** Start until the first change: a freeze, a helm rollback or a migration. */
  toInitiate?: number
  /** Start until the last record of the rollback itself (helm-rollback, migrate-down). */
  toComplete?: number
  /** Start until smoke-verify's last record. */
  toVerify?: number
  spans: ActionSpan[]
}

const CHANGES = new Set(['freeze-merges', 'helm-rollback', 'migrate-down'])
const ROLLBACK = new Set(['helm-rollback', 'migrate-down'])

export interface ChainRecords {
  chain: string
  records: EvidenceRecord[]
}

const ms = (time: string): number => Date.parse(time)

/** Timings from the evidence alone, so they hold whichever runner wrote which record. */
export function timingsOf(chains: readonly ChainRecords[]): Timings {
  const all = chains
    .flatMap(c => c.records.map(record => ({chain: c.chain, record})))
    .filter(({record}) => typeof record.time === 'string' && !Number.isNaN(ms(record.time)))
    .sort((a, b) => ms(a.record.time) - ms(b.record.time))
  if (all.length === 0) return {spans: []}
  const declared = all.find(
    ({record}) =>
      record.action === 'record-evidence' &&
      record.event === 'stage' &&
      (record.data as {stage?: unknown} | null)?.stage === 'declared'
  )
  const start = (declared ?? all[0])?.record.time as string
  const since = (time: string | undefined): number | undefined =>
    time === undefined ? undefined : Math.max(0, ms(time) - ms(start))
  const spans = new Map<string, ActionSpan>()
  for (const {chain, record} of all) {
    const key = `${chain}\u0000${record.action}`
    const span = spans.get(key)
    if (!span)
      spans.set(key, {
        action: record.action,
        chain,
        first: record.time,
        last: record.time,
        records: 1,
        lastEvent: record.event
      })
    else {
      span.last = record.time
      span.records++
      span.lastEvent = record.event
    }
  }
  const of = (names: Set<string>) => all.filter(({record}) => names.has(record.action))
  return {
    start,
    toInitiate: since(of(CHANGES)[0]?.record.time),
    toComplete: since(of(ROLLBACK).at(-1)?.record.time),
    toVerify: since(of(new Set(['smoke-verify'])).at(-1)?.record.time),
    spans: [...spans.values()]
  }
}

/** `2m 05s`, `850 ms`, `1h 02m`. */
export function formatDuration(milliseconds: number | undefined): string {
  if (milliseconds === undefined) return 'n/a'
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`
  const seconds = Math.round(milliseconds / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  if (h > 0) return `${h}h ${pad(m)}m`
  if (m > 0) return `${m}m ${pad(s)}s`
  return `${s}s`
}
