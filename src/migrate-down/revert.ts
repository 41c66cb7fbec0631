import {join} from 'node:path'
import type {ActionContext} from '../lib/action.js'
import {InputError, UserError, errorMessage} from '../lib/errors.js'
import type {EvidenceWriter} from '../lib/evidence.js'
import {createCommandRunner, type CommandRunner} from '../lib/exec.js'
import {setOutputs} from '../lib/outputs.js'
import {writeSummary} from '../lib/summary.js'
import {choosePgDump, takeBackup, type Backup} from './backup.js'
import {chooseTool} from './choose-tool.js'
import {findDataLoss, type DownSql, type Finding} from './data-loss.js'
import {DatabaseError, openDatabase} from './db.js'
import type {Deps} from './main.js'
import {readDownSql} from './down-sql.js'
import {GitReader} from './git.js'
import type {Inputs} from './inputs.js'
import {createMasker, type Masker} from './mask.js'
import {planRevert, type MigrationFile, type Plan} from './plan.js'
import {renderSummary, type Report, type Status} from './summary.js'
import {toolById} from './tools/index.js'
import {ToolFailed, type Applied, type Tool, type ToolContext} from './tools/tool.js'
import {waives} from './waiver.js'

// The revert itself: loaded by main.ts once the inputs validate, so a step that fails on an
// input never loads the database client, the tool adapters, git or the backup code.

export const TOOL_TIMEOUT_MS = 30 * 60_000

export interface Session {
  inputs: Inputs
  url: string
  mask: Masker
  evidence: EvidenceWriter
  rehearsal: boolean
  report: Report
}

/** Where the downs run: the user's database, or a rehearsal's scratch one. */
export interface Target {
  url: string
  secrets: string[]
  /** A rehearsal: the tool runs in `toolCwd` (from-ref's files), no backup, no drift check. */
  rehearsal?: {toolCwd: string}
}

/** Plans, gates and reverts on one database; returns the report once the step has finished. */
export async function revert(
  context: ActionContext,
  deps: Deps,
  inputs: Inputs,
  target: Target
): Promise<Session> {
  const {url, secrets} = target
  const mask = createMasker(secrets)
  const evidence = context.openEvidence(inputs['evidence-dir'], [...secrets, inputs.token])
  await evidence.append('inputs', {
    ...inputs,
    token: undefined,
    'database-url': undefined,
    command: inputs.command?.join(' ')
  })
  const exec = deps.exec ?? createCommandRunner()
  const cwd = deps.cwd ?? process.cwd()
  const toolCwd = target.rehearsal?.toolCwd ?? cwd
  const detected = chooseTool(inputs.tool, cwd)
  const tool = toolById(detected.tool, detected.planner)
  context.log.info(`Tool: ${tool.id} (${detected.why})`)
  if (inputs['down-sql'] !== undefined && tool.id !== 'prisma')
    throw new InputError(
      'down-sql',
      inputs['down-sql'],
      `only Prisma (which has no down migrations) takes a reviewed down SQL file; ${tool.id} runs the migrations' own down steps`
    )
  const dir = inputs['migrations-dir'] ?? tool.defaultDir
  const tableName = inputs['migrations-table'] ?? tool.defaultTable
  const session: Session = {
    inputs,
    url,
    mask,
    evidence,
    rehearsal: target.rehearsal !== undefined,
    report: {
      status: 'refused',
      tool: tool.id,
      toolWhy: detected.why,
      fromRef: inputs['from-ref'] as string,
      toRef: inputs['to-ref'],
      kept: [],
      refusals: [],
      findings: [],
      allowDataLoss: inputs['allow-data-loss'],
      waiver: inputs.waiver,
      reverted: [],
      notReverted: []
    }
  }

  // 1. What git says: the migrations at from-ref and what changed since to-ref.
  const git = new GitReader(exec, cwd)
  const fromSha = await git.commit(inputs['from-ref'] as string, 'from-ref')
  const toSha = inputs['to-ref'] ? await git.commit(inputs['to-ref'], 'to-ref') : undefined
  const files = migrationFiles(tool, dir, await git.files(fromSha, dir))
  // A rehearsal's tool runs in a fresh export of from-ref: the work tree does not matter.
  const drift = target.rehearsal ? [] : await git.workTreeDrift(fromSha, dir)
  const changes = toSha
    ? (await git.changes(toSha, fromSha, dir)).map(c => ({
        ...c,
        path: relative(dir, c.path),
        from: c.from === undefined ? undefined : relative(dir, c.from)
      }))
    : undefined

  // 2. What the database says, read by us from the tool's own table.
  const applied = await readApplied(tool, url, tableName, mask)
  await evidence.append('state', {
    tool: tool.id,
    'from-sha': fromSha,
    'to-sha': toSha,
    files: files.length,
    applied: applied.names,
    dirty: applied.dirty,
    locked: applied.locked
  })

  // 3. The plan and the gates that need no tool run.
  const {plan, refusals} = planRevert({
    files,
    applied: applied.names,
    changes,
    count: inputs.count,
    nameOf: path => tool.nameOf(path)
  })
  session.report.plan = plan
  if (drift.length)
    refusals.push({
      gate: 'work-tree',
      migrations: drift,
      message: `The checked-out ${dir} differs from from-ref (${drift.slice(0, 5).join(', ')}); the tool would run other files than planned. Check out from-ref first.`
    })
  if (applied.dirty.length)
    refusals.push({
      gate: 'dirty',
      migrations: applied.dirty,
      message: `The database is marked dirty (failed or half-applied: ${applied.dirty.join(', ')}). Inspect and repair it by hand first.`
    })
  if (applied.locked) refusals.push({gate: 'locked', migrations: [], message: applied.locked})

  if (refusals.length === 0 && plan.revert.length === 0) {
    await finish(session, 'nothing-to-revert')
    context.log.info('Nothing to revert: no migration added since to-ref is applied.')
    return session
  }

  // 4. Reversibility: irreversible ones need a waiver, which keeps them (and older) applied.
  const byName = new Map(files.map(f => [f.name, f]))
  const contents = await git.contents(
    fromSha,
    plan.revert.map(name => byName.get(name)?.path).filter((p): p is string => p !== undefined)
  )
  let assessments = plan.revert.map(name => {
    const path = byName.get(name)?.path ?? ''
    return tool.assess(name, new Map([[relative(dir, path), contents.get(path) ?? '']]))
  })
  // Prisma has no downs: a reviewed down-sql file reverts them, under a waiver covering each.
  const reviewed = await reviewedDownSql(inputs, tool, cwd)
  if (reviewed && plan.revert.length) {
    const uncovered = plan.revert.filter(name => !waives(inputs.waiver, name))
    if (uncovered.length)
      refusals.push({
        gate: 'irreversible',
        migrations: uncovered,
        message: `down-sql (${reviewed.path}) reverts Prisma migrations only under a waiver (id, reason, approver) that covers each of them; not covered: ${uncovered.join(', ')}.`
      })
    else {
      assessments = plan.revert.map(name => ({name, reversible: true, down: {migration: name}}))
      context.log.info(
        `down-sql: ${reviewed.path} (sha256 ${reviewed.sha256}) reverts ${plan.revert.join(', ')} under waiver ${inputs.waiver?.id}`
      )
    }
  }
  const irreversible = assessments.filter(a => !a.reversible)
  const unwaived = irreversible.filter(a => !waives(inputs.waiver, a.name))
  if (unwaived.length)
    refusals.push({
      gate: 'irreversible',
      migrations: unwaived.map(a => a.name),
      message: `Irreversible: ${unwaived.map(a => `${a.name} (${a.reason})`).join('; ')}. Without a waiver nothing is touched.`
    })
  else if (irreversible.length) {
    const cut = plan.revert.indexOf((irreversible[0] as {name: string}).name)
    session.report.kept = plan.revert.slice(cut)
    plan.revert = plan.revert.slice(0, cut)
    plan.versionAfter = session.report.kept[0] as string
  }
  await evidence.append('plan', {
    ...plan,
    kept: session.report.kept,
    irreversible: irreversible.map(a => ({name: a.name, reason: a.reason})),
    waiver: inputs.waiver,
    'down-sql': reviewed ? {path: reviewed.path, sha256: reviewed.sha256} : undefined
  })

  // 5. The tool's own dry run (its list must equal ours), and the data-loss gate on the SQL.
  const toolContext = {
    ...contextFor(session, exec, toolCwd, dir, tableName, context),
    downSql: reviewed?.sql
  }
  // The reviewed file is one down step for all of them: the data-loss gate reads it.
  const downs: DownSql[] = reviewed
    ? [{migration: `down-sql ${reviewed.path}`, sql: reviewed.sql}]
    : assessments.filter(a => plan.revert.includes(a.name)).map(a => a.down)
  if (refusals.length === 0 && plan.revert.length > 0 && tool.dryRun) {
    try {
      const dry = await tool.dryRun(toolContext, plan.revert)
      if (dry.names.join('\n') !== plan.revert.join('\n'))
        refusals.push({
          gate: 'dry-run-differs',
          migrations: dry.names,
          message: `${tool.id}'s own dry run would revert [${dry.names.join(', ')}] but the plan is [${plan.revert.join(', ')}].`
        })
      for (const down of downs) {
        const sql = dry.sql.get(down.migration)
        if (sql !== undefined) {
          down.sql = sql
          down.unknownWhy = undefined
        }
      }
    } catch (error) {
      if (!(error instanceof ToolFailed)) throw error
      session.report.toolOutput = error.output
      refusals.push({
        gate: /disabled down migration/i.test(error.output) ? 'irreversible' : 'dry-run-differs',
        migrations: plan.revert,
        message: `${tool.id}'s own dry run failed: ${lastLine(error.output)}`
      })
    }
  }
  const findings: Finding[] = refusals.length ? [] : await findDataLoss(downs)
  session.report.findings = findings
  if (findings.length && !inputs['allow-data-loss'])
    refusals.push({
      gate: 'data-loss',
      migrations: [...new Set(findings.map(f => f.migration))],
      message: `${findings.length} down statement(s) can lose data written since the release (listed below). Set allow-data-loss: true once a backup exists and this is intended.`
    })
  await evidence.append('gates', {refusals, findings, 'allow-data-loss': inputs['allow-data-loss']})
  session.report.refusals = refusals
  if (refusals.length) {
    const status = refusals.some(r => r.gate === 'irreversible')
      ? 'forward-fix-required'
      : 'refused'
    await finish(session, status)
    throw new UserError(
      `migrate-down ${status}: ${refusals.map(r => `[${r.gate}] ${r.message}`).join(' ')}`
    )
  }
  if (plan.revert.length === 0) {
    await finish(session, 'nothing-to-revert')
    return session
  }

  // 6. Dry run ends here: the pg_dump check still runs, so a run for real will not trip on it.
  if (inputs['dry-run']) {
    if (inputs.backup) {
      const server = await serverVersion(url, mask)
      const client = await choosePgDump(exec, server.major, server.version)
      session.report.backupNote = `would use ${client.dump} ${client.version} (server ${server.version})`
    }
    await finish(session, 'dry-run')
    return session
  }

  // 7. Backup, then the tool, then read the table back.
  if (inputs.backup) {
    const server = await serverVersion(url, mask)
    const client = await choosePgDump(exec, server.major, server.version)
    const path = inputs['backup-path'] ?? defaultBackupPath()
    context.log.info(`Backup: ${client.dump} -Fc to ${path}`)
    const backup: Backup = await takeBackup(exec, client, url, path, mask, server.version)
    session.report.backup = backup
    await evidence.append('backup', backup)
  } else session.report.backupNote = 'skipped (backup: false)'

  let failure: ToolFailed | undefined
  try {
    await tool.execute(toolContext, plan.revert)
  } catch (error) {
    if (!(error instanceof ToolFailed)) throw error
    failure = error
    session.report.toolOutput = error.output
  }
  await verify(session, context, tool, tableName, applied, plan, failure)
  return session
}

/** Reads the table back: the summary says exactly what is reverted, never guessed. */
async function verify(
  session: Session,
  context: ActionContext,
  tool: Tool,
  table: string,
  before: Applied,
  plan: Plan,
  failure: ToolFailed | undefined
): Promise<void> {
  const {report} = session
  let after: Applied
  try {
    after = await readApplied(tool, session.url, table, session.mask)
  } catch (error) {
    report.problem = `${failure ? `${failure.message.split('\n')[0]}; then ` : ''}the migrations table could not be read back (${errorMessage(error)}): which migrations are reverted is unknown. Check the table before running again.`
    await finish(session, 'failed')
    throw new UserError(`migrate-down failed: ${report.problem}`)
  }
  const still = new Set(after.names)
  report.reverted = plan.revert.filter(name => !still.has(name))
  report.notReverted = plan.revert.filter(name => still.has(name))
  report.versionAfter = after.names.at(-1) ?? ''
  // Said first in any later error, so nobody reads a failure as "nothing happened".
  if (report.reverted.length && !session.rehearsal)
    context.changed(
      `reverted ${report.reverted.length} migration(s): ${report.reverted.join(', ')}`
    )
  const expected = before.names.filter(name => !plan.revert.includes(name))
  const exact = expected.join('\n') === after.names.join('\n') && after.dirty.length === 0
  if (failure || !exact) {
    report.problem = failure
      ? `${failure.message.split('\n')[0]}. Read back: reverted [${report.reverted.join(', ')}], still applied [${report.notReverted.join(', ')}].`
      : `the tool exited 0 but the table reads [${after.names.join(', ')}], expected [${expected.join(', ')}]${after.dirty.length ? `, dirty: ${after.dirty.join(', ')}` : ''}.`
    await finish(session, 'failed')
    throw new UserError(`migrate-down failed: ${report.problem}`)
  }
  await finish(session, session.rehearsal ? 'rehearsed' : 'reverted')
}

/** Outputs, summary and evidence for every way the step ends once a plan exists. */
async function finish(session: Session, status: Status): Promise<void> {
  const {report} = session
  report.status = status
  const plan = report.plan
  setOutputs({
    plan: JSON.stringify({
      tool: report.tool,
      mode: plan?.mode,
      revert: plan?.revert ?? [],
      kept: report.kept,
      pending: plan?.pending ?? [],
      'version-before': plan?.versionBefore ?? '',
      'version-after': plan?.versionAfter ?? ''
    }),
    reverted: JSON.stringify(report.reverted),
    'version-before': plan?.versionBefore ?? '',
    'version-after':
      report.versionAfter ?? (status === 'reverted' ? '' : (plan?.versionBefore ?? '')),
    'backup-path': report.backup?.path ?? '',
    'backup-sha256': report.backup?.sha256 ?? '',
    status
  })
  await writeSummary(session.mask(renderSummary(report)))
  await session.evidence.append(status, {
    reverted: report.reverted,
    'not-reverted': report.notReverted,
    'version-after': report.versionAfter,
    backup: report.backup ? {path: report.backup.path, sha256: report.backup.sha256} : undefined,
    problem: report.problem
  })
}

async function readApplied(tool: Tool, url: string, table: string, mask: Masker): Promise<Applied> {
  const db = openDatabase(url, mask)
  try {
    return await tool.readApplied(db, table)
  } catch (error) {
    // No table yet: the tool never ran here, so nothing is applied.
    if (error instanceof DatabaseError && error.code === '42P01') return {names: [], dirty: []}
    throw new UserError(`Could not read ${tool.id}'s table ${table}: ${errorMessage(error)}`)
  } finally {
    await db.close()
  }
}

async function serverVersion(url: string, mask: Masker): Promise<{major: number; version: string}> {
  const db = openDatabase(url, mask)
  try {
    return await db.serverMajor()
  } finally {
    await db.close()
  }
}

function contextFor(
  session: Session,
  exec: CommandRunner,
  cwd: string,
  dir: string,
  table: string,
  context: ActionContext
): ToolContext {
  return {
    exec,
    cwd,
    dir,
    table,
    env: {DATABASE_URL: session.url},
    mask: session.mask,
    timeoutMs: TOOL_TIMEOUT_MS,
    log: line => context.log.info(line),
    command: session.inputs.command
  }
}

/** Input down-sql, read and hashed; only prisma takes it (the other tools run their own downs). */
async function reviewedDownSql(
  inputs: Inputs,
  tool: Tool,
  cwd: string
): Promise<{path: string; sql: string; sha256: string} | undefined> {
  const path = inputs['down-sql']
  if (path === undefined || tool.id !== 'prisma') return undefined
  const sql = await readDownSql(cwd, path)
  const {createHash} = await import('node:crypto')
  return {path, sql, sha256: createHash('sha256').update(sql).digest('hex')}
}

function migrationFiles(tool: Tool, dir: string, paths: readonly string[]): MigrationFile[] {
  const seen = new Map<string, MigrationFile>()
  for (const path of paths) {
    const name = tool.nameOf(relative(dir, path))
    if (name !== undefined && !seen.has(name)) seen.set(name, {name, path})
  }
  return [...seen.values()]
}

function relative(dir: string, path: string): string {
  return path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path
}

function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
  return lines.find(l => /^Error:/.test(l)) ?? lines.at(-1) ?? ''
}

function defaultBackupPath(): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  return join(process.env.RUNNER_TEMP ?? process.cwd(), `migrate-down-${stamp}.dump`)
}
