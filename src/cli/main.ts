import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {declaredDefaults} from '../lib/action-manifest.js'
import {verifyEvidenceDir} from '../lib/evidence.js'
import {parseFileCommand} from '../lib/file-command.js'
import type {InputSource} from '../lib/inputs.js'
import {ACTIONS} from './actions.js'
import {parseFlags} from './args.js'

const USAGE = `rollback-kit: take a bad release back to the last known-good one (break-glass CLI)

Usage:
  rollback-kit run <action> [--<input> <value>]...   run an action's core locally
  rollback-kit evidence verify <dir>                 check every evidence chain and the manifest
  rollback-kit drill [--scenario manual|auto|failed] run the rollback workflow on an embedded sandbox

Actions: ${Object.keys(ACTIONS).join(', ')}
Inputs are the action's inputs (see actions/<action>/README.md), e.g. --tag-pattern 'v*'.
A flag without a value is 'true'; repeat a flag for a list. The token defaults to $GITHUB_TOKEN or $GH_TOKEN.`

/** The CLI; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'run') return runCommand(rest)
  if (command === 'evidence' && rest[0] === 'verify') return verify(rest.slice(1))
  if (command === 'drill') return (await import('./drill.js')).drillCommand(rest)
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE)
    return command === undefined ? 2 : 0
  }
  console.error(`Unknown command '${argv.join(' ')}'.\n\n${USAGE}`)
  return 2
}

async function verify(args: readonly string[]): Promise<number> {
  const dir = args[0]
  if (!dir || args.length > 1) {
    console.error('Usage: rollback-kit evidence verify <dir>')
    return 2
  }
  const check = await verifyEvidenceDir(dir)
  for (const chain of check.chains) {
    console.log(
      `${chain.error ? 'BROKEN' : 'ok    '} ${chain.file}: ${chain.records} record(s), head ${chain.head}`
    )
  }
  for (const error of check.errors) console.error(`error: ${error}`)
  console.log(check.ok ? 'Evidence verified.' : 'Evidence does NOT verify.')
  return check.ok ? 0 : 1
}

async function runCommand(args: readonly string[]): Promise<number> {
  const {flags, positional} = parseFlags(args)
  const name = positional[0]
  const load = name ? ACTIONS[name] : undefined
  if (!name || !load || positional.length > 1) {
    console.error(
      `Usage: rollback-kit run <action> [--<input> <value>]...  (actions: ${Object.keys(ACTIONS).join(', ')})`
    )
    return 2
  }
  // dist/cli/index.js and src/cli/main.ts both sit two levels below the repository root.
  const manifest = fileURLToPath(new URL(`../../actions/${name}/action.yml`, import.meta.url))
  const defaults = declaredDefaults(await readFile(manifest, 'utf8').catch(() => ''))
  const source: InputSource = input => {
    const value = flags.get(input) ?? defaults[input]
    if (value !== undefined && value.trim() !== '') return value.trim()
    if (input === 'token') return process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined
    return undefined
  }
  // Outputs and the summary go to files as on a runner; printed at the end for a person.
  const scratch = await mkdtemp(join(tmpdir(), 'rollback-kit-'))
  process.env.GITHUB_OUTPUT ??= join(scratch, 'output')
  process.env.GITHUB_STEP_SUMMARY ??= join(scratch, 'summary.md')
  await writeFile(process.env.GITHUB_OUTPUT, '', {flag: 'a'})
  await writeFile(process.env.GITHUB_STEP_SUMMARY, '', {flag: 'a'})
  const {run} = await load()
  await run({inputs: source})
  const summary = await readFile(process.env.GITHUB_STEP_SUMMARY, 'utf8')
  if (summary.trim()) console.log(`\n${summary}`)
  const outputs = parseFileCommand(await readFile(process.env.GITHUB_OUTPUT, 'utf8'))
  if (Object.keys(outputs).length) {
    console.log('Outputs:')
    for (const [key, value] of Object.entries(outputs)) console.log(`  ${key}: ${value}`)
  }
  return process.exitCode === 1 ? 1 : 0
}
