// Job order and small value helpers shared by the executor.
import {envString, type Plain} from './expressions.js'
import type {JobSpec} from './load.js'

/** Job ids in an order where every job comes after the jobs it needs. */
export function order(jobs: Record<string, JobSpec>, where: string): string[] {
  const done: string[] = []
  const visiting = new Set<string>()
  const visit = (id: string) => {
    if (done.includes(id)) return
    if (visiting.has(id))
      throw new Error(`${where}: jobs need each other in a cycle through '${id}'`)
    const job = jobs[id]
    if (!job) throw new Error(`${where}: a job needs '${id}', which does not exist`)
    visiting.add(id)
    for (const need of asList(job.needs)) visit(need)
    visiting.delete(id)
    done.push(id)
  }
  for (const id of Object.keys(jobs)) visit(id)
  return done
}

export function ancestorsOf(id: string, jobs: Record<string, JobSpec>): string[] {
  const out = new Set<string>()
  const walk = (j: string) => {
    for (const n of asList(jobs[j]?.needs)) {
      if (!out.has(n)) {
        out.add(n)
        walk(n)
      }
    }
  }
  walk(id)
  return [...out]
}

export const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v]

export function stringMap(value: Plain): Record<string, string> {
  const out: Record<string, string> = {}
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [k, v] of Object.entries(value)) out[k] = envString(v)
  return out
}

export function truthyValue(value: Plain): boolean {
  return value === true || value === 'true'
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
