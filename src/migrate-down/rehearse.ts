import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, rm, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {ActionContext} from '../lib/action.js'
import {UserError} from '../lib/errors.js'
import {createCommandRunner, type CommandRunner} from '../lib/exec.js'
import {setOutputs} from '../lib/outputs.js'
import {writeSummary} from '../lib/summary.js'
import {chooseTool} from './choose-tool.js'
import type {Deps} from './main.js'
import {GitReader} from './git.js'
import type {Inputs} from './inputs.js'
import {revert, TOOL_TIMEOUT_MS} from './revert.js'
import {describeDifference, diffSchemas, readSchema, type Schema} from './schema.js'
import {startScratch} from './scratch-db.js'
import {toolById} from './tools/index.js'
import type {Tool} from './tools/tool.js'

/**
 * Proves the down migrations before they are needed: on an embedded PGlite, migrate up to
 * from-ref, run the plan down (every gate as for real), and compare the schema with a fresh
 * database migrated to to-ref. The user's database is never touched (no URL is read).
 */
export async function rehearse(context: ActionContext, deps: Deps, inputs: Inputs): Promise<void> {
  const exec = deps.exec ?? createCommandRunner()
  const cwd = deps.cwd ?? process.cwd()
  const detected = chooseTool(inputs.tool, cwd)
  const tool = toolById(detected.tool, detected.planner)
  if (!tool.up)
    throw new UserError(
      `mode 'rehearse' migrates a scratch database up with the tool; ${tool.id} has no down migrations to rehearse (use node-pg-migrate, knex, dbmate or command).`
    )
  const dir = inputs['migrations-dir'] ?? tool.defaultDir
  const table = inputs['migrations-table'] ?? tool.defaultTable
  // The tool's own tables differ by design (the reverted rows): compared are the user's objects.
  const skip = [table, `${table}_lock`]
  const git = new GitReader(exec, cwd)
  const fromSha = await git.commit(inputs['from-ref'] as string, 'from-ref')
  const toSha = await git.commit(inputs['to-ref'] as string, 'to-ref')
  if (inputs['database-url'] !== undefined)
    context.log.info("mode 'rehearse' does not use database-url: it runs on a scratch PGlite.")

  const scratch = await mkdtemp(join(tmpdir(), 'rollback-kit-rehearse-'))
  try {
    const fromTree = await exportTree(git, cwd, fromSha, join(scratch, 'from'), scratch)
    context.log.info(`Rehearsal: a scratch PGlite, ${tool.id} up at from-ref (${fromSha})`)
    const first = await startScratch()
    let after: Schema
    let session
    try {
      await migrateUp(tool, exec, fromTree, dir, table, first.url, context)
      session = await revert(
        context,
        {...deps, exec},
        // A scratch database: nothing to back up, and dropping what the release added is the point.
        {...inputs, backup: false, 'dry-run': false, 'allow-data-loss': true},
        {url: first.url, secrets: [], rehearsal: {toolCwd: fromTree}}
      )
      after = await readSchema(first.query, skip)
    } finally {
      await first.close()
    }

    context.log.info(`Rehearsal: a fresh PGlite, ${tool.id} up at to-ref (${toSha})`)
    const toTree = await exportTree(git, cwd, toSha, join(scratch, 'to'), scratch)
    const second = await startScratch(first.empty)
    let expected: Schema
    try {
      await migrateUp(tool, exec, toTree, dir, table, second.url, context)
      expected = await readSchema(second.query, skip)
    } finally {
      await second.close()
    }

    const differences = diffSchemas(expected, after)
    const rehearsal = differences.length ? 'differs' : 'match'
    const lines = differences.map(describeDifference)
    for (const line of lines) context.log.info(`Rehearsal: ${line}`)
    setOutputs({rehearsal})
    await session.evidence.append('rehearsal', {
      rehearsal,
      'from-sha': fromSha,
      'to-sha': toSha,
      objects: expected.size,
      differences
    })
    await writeSummary(
      `### Rehearsal: ${rehearsal === 'match' ? 'the schema after the down migrations matches to-ref' : 'the schema after the down migrations DIFFERS from to-ref'}\n\n` +
        `Compared ${expected.size} object(s) (tables, columns and their types, indexes, constraints, enum types) with a fresh database migrated to \`${inputs['to-ref']}\`.\n` +
        (lines.length ? `\n${lines.map(l => `- ${l}`).join('\n')}\n` : '')
    )
    if (differences.length)
      throw new UserError(
        `migrate-down rehearsal: the schema after the down migrations differs from to-ref (${inputs['to-ref']}) in ${differences.length} place(s): ${lines.join('; ')}. Fix the down migrations before you need them.`
      )
    context.log.info(
      `Rehearsal: match. The schema after the down migrations equals to-ref's (${expected.size} objects).`
    )
  } finally {
    await rm(scratch, {recursive: true, force: true})
  }
}

/** A commit's files in a fresh folder, with the project's node_modules linked in. */
async function exportTree(
  git: GitReader,
  cwd: string,
  commit: string,
  dest: string,
  scratch: string
): Promise<string> {
  await mkdir(dest, {recursive: true})
  await git.exportTree(commit, dest, join(scratch, `${commit}.index`))
  const modules = join(cwd, 'node_modules')
  if (existsSync(modules) && !existsSync(join(dest, 'node_modules')))
    await symlink(modules, join(dest, 'node_modules'), 'dir')
  return dest
}

async function migrateUp(
  tool: Tool,
  exec: CommandRunner,
  cwd: string,
  dir: string,
  table: string,
  url: string,
  context: ActionContext
): Promise<void> {
  await tool.up?.({
    exec,
    cwd,
    dir,
    table,
    env: {DATABASE_URL: url},
    mask: text => text,
    timeoutMs: TOOL_TIMEOUT_MS,
    log: line => context.log.info(line)
  })
}
