import * as z from 'zod/mini'
import type {$ZodError} from 'zod/v4/core'
import {UserError} from '../errors.js'
import '../zod-english.js'

/** A release revision as `helm history -o json` reports it, with its time parsed. */
export interface Revision {
  revision: number
  /** Helm's status word: deployed, superseded, failed, pending-upgrade, ... */
  status: string
  chart: string
  appVersion: string
  /** Undefined for Go's zero time (v3 writes "", v4 leaves the field out). */
  updated: Date | undefined
  description: string
  /** The revision this one rolled back to, when helm recorded it (v4 main) or said so. */
  rollbackOf: number | undefined
}

/** What `helm status -o json` tells about the latest (or a given) revision. */
export interface ReleaseStatus {
  name: string
  namespace: string
  /** 0 when helm left it out (it omits a zero version). */
  revision: number
  status: string
  description: string
  lastDeployed: Date | undefined
  firstDeployed: Date | undefined
}

/** Statuses of revisions that were fully applied at some point. */
const SUCCESSFUL = new Set(['deployed', 'superseded'])

/** True for a revision that deployed successfully (it may have been superseded since). */
export function isSuccessful(status: string): boolean {
  return SUCCESSFUL.has(status)
}

/** True while helm has an install, upgrade or rollback in flight (or one died midway). */
export function isPending(status: string): boolean {
  return status.startsWith('pending-')
}

// Go prints time.Time as RFC 3339 with up to nine fraction digits and the writer's offset.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

const time = () =>
  z.pipe(
    z.optional(z.string()),
    z.transform((value, ctx): Date | undefined => {
      if (value === undefined || value === '') return undefined
      const date = RFC3339.test(value) ? new Date(value) : new Date(NaN)
      if (Number.isNaN(date.getTime())) {
        ctx.issues.push({
          code: 'custom',
          message: `'${value}' is not an RFC 3339 time`,
          input: value
        })
        return z.NEVER
      }
      return date
    })
  )

const text = () => z._default(z.string(), '')

const historyEntry = () =>
  z.looseObject({
    revision: z.int().check(z.positive()),
    updated: time(),
    status: z.string().check(z.minLength(1)),
    chart: text(),
    app_version: text(),
    description: text(),
    rollback_revision: z.optional(z.int())
  })

const statusBody = () =>
  z.looseObject({
    name: z.string(),
    namespace: text(),
    // omitempty: Go drops a zero version, as in helm's own golden files.
    version: z._default(z.int().check(z.nonnegative()), 0),
    info: z.looseObject({
      status: z.string().check(z.minLength(1)),
      description: text(),
      last_deployed: time(),
      first_deployed: time()
    })
  })

// Built on first use, not at import: a step that fails on its inputs never reads helm's JSON.
const buildHistory = () => z.array(historyEntry())
let historySchema: ReturnType<typeof buildHistory> | undefined
let statusSchema: ReturnType<typeof statusBody> | undefined

/**
 * Parses `helm history RELEASE -o json` from helm v3 or v4 (compact JSON, ascending; zero
 * times as "" in v3 and absent in v4). Sorted by revision, whatever order helm used.
 * @param stdout helm's standard output
 * @returns the revisions, oldest first
 */
export function parseHistory(stdout: string): Revision[] {
  historySchema ??= buildHistory()
  const parsed = historySchema.safeParse(parseJson('helm history', stdout))
  if (!parsed.success) throw unreadable('helm history', parsed.error)
  return parsed.data
    .map(entry => ({
      revision: entry.revision,
      status: entry.status,
      chart: entry.chart,
      appVersion: entry.app_version,
      updated: entry.updated,
      description: entry.description,
      rollbackOf: entry.rollback_revision ?? rollbackFromDescription(entry.description)
    }))
    .sort((a, b) => a.revision - b.revision)
}

/**
 * Parses `helm status RELEASE -o json` from helm v3 or v4. It has no chart metadata (helm
 * strips it), so there is no app_version here: see parseHistory.
 * @param stdout helm's standard output
 * @returns the status of the revision helm reported
 */
export function parseStatus(stdout: string): ReleaseStatus {
  statusSchema ??= statusBody()
  const parsed = statusSchema.safeParse(parseJson('helm status', stdout))
  if (!parsed.success) throw unreadable('helm status', parsed.error)
  const {name, namespace, version, info} = parsed.data
  return {
    name,
    namespace,
    revision: version,
    status: info.status,
    description: info.description,
    lastDeployed: info.last_deployed,
    firstDeployed: info.first_deployed
  }
}

// Helm writes "Rollback to N" on every rollback revision (until v4 main, where it may differ).
function rollbackFromDescription(description: string): number | undefined {
  const match = /^Rollback to (\d+)$/.exec(description)
  return match ? Number(match[1]) : undefined
}

function parseJson(command: string, stdout: string): unknown {
  try {
    return JSON.parse(stdout)
  } catch {
    const shown = stdout.trim().slice(0, 200)
    throw new UserError(
      `${command} -o json printed something that is not JSON ('${shown}'). Make sure 'helm' on PATH is helm v3 or v4 and that no plugin or wrapper adds output.`
    )
  }
}

function unreadable(command: string, error: $ZodError): UserError {
  const issue = error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  return new UserError(
    `${command} -o json printed JSON that rollback-kit cannot read${where}: ${issue?.message ?? 'unexpected shape'}. rollback-kit reads the format of helm v3 and v4; check 'helm version'.`
  )
}
