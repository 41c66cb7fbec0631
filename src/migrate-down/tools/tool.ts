import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {UserError} from '../../lib/errors.js'
import type {CommandRunner} from '../../lib/exec.js'
import type {DownSql} from '../data-loss.js'
import type {Database} from '../db.js'
import type {Masker} from '../mask.js'

export type ToolId = 'node-pg-migrate' | 'knex' | 'dbmate' | 'prisma' | 'command'

/** The tracking table as read by us, never through the tool's own output. */
export interface Applied {
  /** Oldest first, in the order they were applied. */
  names: string[]
  /** Migrations the tool marks as failed or half-applied. */
  dirty: string[]
  /** Set when the tool's lock is held (another migration run is going on). */
  locked?: string
}

/** Whether a migration's down step exists, and the SQL it runs when that is known. */
export interface Assessment {
  name: string
  reversible: boolean
  reason?: string
  down: DownSql
}

/** How a tool is run: from the user's repo, the URL only in the environment. */
export interface ToolContext {
  exec: CommandRunner
  cwd: string
  dir: string
  table: string
  /** DATABASE_URL and the PG* variables: the URL never goes on a command line. */
  env: Record<string, string>
  mask: Masker
  timeoutMs: number
  log: (line: string) => void
  /** For tool: command. */
  command?: string[]
  /** For prisma: the reviewed down SQL (input down-sql), run with the rows' removal. */
  downSql?: string
}

export interface DryRun {
  /** What the tool would revert, in its order. */
  names: string[]
  /** Down SQL per migration, as the tool printed it. */
  sql: Map<string, string>
}

export interface Tool {
  id: ToolId
  defaultDir: string
  defaultTable: string
  /** The migration a path (relative to migrations-dir) belongs to; undefined: not a migration. */
  nameOf(path: string): string | undefined
  readApplied(db: Database, table: string): Promise<Applied>
  /** Static reversibility from the file(s) at from-ref (path relative to migrations-dir). */
  assess(name: string, files: ReadonlyMap<string, string>): Assessment
  /** The tool's own dry run, where it has one. */
  dryRun?(context: ToolContext, revert: readonly string[]): Promise<DryRun>
  /** Applies every migration in context.cwd (a rehearsal's scratch database only). */
  up?(context: ToolContext): Promise<void>
  /** Reverts exactly these migrations (newest first); throws ToolFailed. */
  execute(context: ToolContext, revert: readonly string[]): Promise<void>
}

/** A tool exited non-zero; its words, masked, are kept for the summary. */
export class ToolFailed extends UserError {
  constructor(
    readonly command: string,
    readonly output: string
  ) {
    super(`${command} failed:\n${output.trim().slice(-4000)}`)
    this.name = 'ToolFailed'
  }
}

/** The project's own copy of a tool, as `npx` would run it. */
export function projectBin(cwd: string, name: string): string {
  const bin = join(cwd, 'node_modules', '.bin', name)
  if (!existsSync(bin))
    throw new UserError(
      `${name} is not installed in this repository (no node_modules/.bin/${name}). Run 'npm ci' in an earlier step so the down step runs with the project's own ${name}.`
    )
  return bin
}

/** Runs a tool command; a non-zero exit becomes ToolFailed with masked output. */
export async function runTool(
  context: ToolContext,
  file: string,
  args: readonly string[],
  label: string
): Promise<string> {
  context.log(`${label}`)
  const result = await context.exec.run(file, args, {
    cwd: context.cwd,
    env: context.env,
    timeoutMs: context.timeoutMs
  })
  const output = context.mask(`${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`)
  if (result.timedOut)
    throw new ToolFailed(
      `${label} (did not finish within ${Math.round(context.timeoutMs / 1000)} s and was stopped)`,
      output
    )
  if (result.exitCode !== 0) throw new ToolFailed(`${label} (exit code ${result.exitCode})`, output)
  return output
}

/** Splits `schema.table` for tools that take them apart. */
export function splitTable(table: string): {schema?: string; table: string} {
  const [a, b] = table.split('.')
  return b === undefined ? {table: a as string} : {schema: a, table: b}
}

/** Removes SQL comments and blank space, to tell an empty section from one that does work. */
export function sqlBody(sql: string): string {
  return sql
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/--[^\n]*/g, '')
    .trim()
}
