import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {declaredDefaults, declaredInputs, type DeclaredInput} from '../lib/action-manifest.js'
import {errorMessage} from '../lib/errors.js'
import {verifyEvidenceDir} from '../lib/evidence.js'
import {parseFileCommand} from '../lib/file-command.js'
import type {InputSource} from '../lib/inputs.js'
import {ACTIONS, WITHOUT_GITHUB} from './actions.js'
import {closest, parseFlags, type Flag} from './args.js'

const USAGE = `rollback-kit: take a bad release back to the last known-good one (break-glass CLI)

Usage:
  rollback-kit run <action> [--<input> <value>]...   run an action's core locally
  rollback-kit evidence verify <dir> [--head <hash>]... [--strict]
                                                     check every evidence chain, the manifest and
                                                     each step's evidence-head; --strict fails when
                                                     a chain's end is not anchored
  rollback-kit drill [--scenario manual|auto|failed] run the rollback workflow on an embedded sandbox
  rollback-kit rehearse --to-ref <tag> [--<input> <value>]...
                                                     prove the down migrations on a scratch PGlite:
                                                     migrate-down with mode rehearse (no database-url)

Actions: ${Object.keys(ACTIONS).join(', ')}
Inputs are the action's inputs (see actions/<action>/README.md), e.g. --tag-pattern 'v*'.
A true/false input's flag may stand alone ('true'); only list inputs repeat; an unknown flag
is an error. For actions that call GitHub the token defaults to $GITHUB_TOKEN or $GH_TOKEN.
'rollback-kit run <action> --help' lists an action's inputs.`

/** The CLI; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await dispatch(argv)
  } catch (error) {
    // Actions report their own failures; this is the command's own machinery failing.
    console.error(`rollback-kit failed: ${errorMessage(error)}`)
    return 1
  }
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'run') return runCommand(rest)
  if (command === 'evidence' && rest[0] === 'verify') return verify(rest.slice(1))
  if (command === 'drill') return (await import('./drill.js')).drillCommand(rest)
  if (command === 'rehearse') return rehearseCommand(rest)
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE)
    return command === undefined ? 2 : 0
  }
  console.error(`Unknown command '${argv.join(' ')}'.\n\n${USAGE}`)
  return 2
}

const VERIFY_USAGE =
  'Usage: rollback-kit evidence verify <dir> [--head <evidence-head>]... [--strict]'

async function verify(args: readonly string[]): Promise<number> {
  const {flags, positional} = parseFlags(args)
  const heads: string[] = []
  let strict = false
  for (const flag of flags) {
    if (flag.name === 'strict' && flag.value === undefined) strict = true
    else if (flag.name === 'head' && flag.value !== undefined) {
      if (!/^[0-9a-f]{64}$/.test(flag.value)) {
        console.error(
          `--head '${flag.value.slice(0, 80)}' is not a record hash: pass a step's evidence-head output (64 lowercase hex characters).`
        )
        return 2
      }
      heads.push(flag.value)
    } else {
      console.error(`${flagProblem(flag, ['head', 'strict'])}\n${VERIFY_USAGE}`)
      return 2
    }
  }
  const dir = positional[0]
  if (!dir || positional.length > 1) {
    console.error(VERIFY_USAGE)
    return 2
  }
  const check = await verifyEvidenceDir(dir, {heads, strict})
  for (const chain of check.chains) {
    const anchored = check.anchored.includes(chain.file) ? 'anchored' : 'end not anchored'
    console.log(
      `${chain.error ? 'BROKEN' : 'ok    '} ${chain.file}: ${chain.records} record(s), head ${chain.head}${chain.error ? '' : ` (${anchored})`}`
    )
  }
  for (const warning of check.warnings) console.error(`warning: ${warning}`)
  for (const error of check.errors) console.error(`error: ${error}`)
  if (!check.ok) console.log('Evidence does NOT verify.')
  else if (check.anchored.length === check.chains.length)
    console.log('Evidence verified: every record is intact and every chain end is anchored.')
  else
    console.log(
      'Evidence verified up to the last record of each chain; records deleted from an unanchored end would not show (see the warnings).'
    )
  return check.ok ? 0 : 1
}

function flagProblem(flag: Flag, known: readonly string[]): string {
  if (known.includes(flag.name)) return `--${flag.name} needs a value.`
  const near = closest(flag.name, known)
  return `Unknown flag --${flag.name}${near ? `: did you mean --${near}?` : '.'} Valid: ${known.map(k => `--${k}`).join(', ')}.`
}

/** Turns the flags into input values, refusing unknown, repeated and valueless ones. */
function inputValues(
  flags: readonly Flag[],
  inputs: readonly DeclaredInput[],
  action: string
): Map<string, string> | string {
  const byName = new Map(inputs.map(input => [input.name, input]))
  const values = new Map<string, string>()
  for (const flag of flags) {
    const input = byName.get(flag.name)
    if (!input) {
      const near = closest(flag.name, [...byName.keys()])
      return `Unknown flag --${flag.name}: ${action} has no input '${flag.name}'.${near ? ` Did you mean --${near}?` : ''} Its inputs: ${[...byName.keys()].join(', ')} (see actions/${action}/README.md).`
    }
    let value = flag.value
    if (value === undefined) {
      if (!input.boolean)
        return `--${flag.name} needs a value, e.g. --${flag.name} <value> or --${flag.name}=<value>.`
      value = 'true'
    }
    const earlier = values.get(flag.name)
    if (earlier !== undefined && !input.list) {
      return `--${flag.name} was given twice ('${earlier.slice(0, 80)}' and '${value.slice(0, 80)}'): it takes one value. Only list inputs repeat.`
    }
    values.set(flag.name, earlier === undefined ? value : `${earlier}\n${value}`)
  }
  return values
}

/** `run migrate-down --mode rehearse`: its inputs as flags, but no mode and no database. */
async function rehearseCommand(args: readonly string[]): Promise<number> {
  const {flags} = parseFlags(args)
  const fixed = flags.find(flag => flag.name === 'mode' || flag.name === 'database-url')
  if (fixed) {
    console.error(
      `--${fixed.name} is not taken by rehearse: it always runs migrate-down with mode rehearse, on a scratch PGlite, never on a database. Usage: rollback-kit rehearse --to-ref <tag> [--<input> <value>]... (the inputs of actions/migrate-down/README.md).`
    )
    return 2
  }
  return runCommand(['migrate-down', ...args, '--mode', 'rehearse'], 'rehearse')
}

async function runCommand(args: readonly string[], via = 'run'): Promise<number> {
  const {flags, positional} = parseFlags(args)
  const name = positional[0]
  const load = name ? ACTIONS[name] : undefined
  if (!name || !load || positional.length > 1) {
    const near = name && !load ? closest(name, Object.keys(ACTIONS)) : undefined
    console.error(
      `${name && !load ? `Unknown action '${name}'${near ? `: did you mean ${near}?` : '.'}\n` : ''}${positional.length > 1 ? `Unexpected argument '${positional[1]}': every input is a --flag.\n` : ''}Usage: rollback-kit run <action> [--<input> <value>]...  (actions: ${Object.keys(ACTIONS).join(', ')})`
    )
    return 2
  }
  // dist/cli/index.js and src/cli/main.ts both sit two levels below the repository root.
  const manifest = fileURLToPath(new URL(`../../actions/${name}/action.yml`, import.meta.url))
  const actionYml = await readFile(manifest, 'utf8').catch(() => '')
  const declared = declaredInputs(actionYml)
  if (flags.some(flag => flag.name === 'help')) {
    console.log(
      `rollback-kit ${via === 'run' ? `run ${name}` : via} [--<input> <value>]...\n\n${declared.map(i => `  --${i.name}${i.required ? ' (required)' : ''}: ${i.description}`).join('\n')}`
    )
    return 0
  }
  const values = inputValues(flags, declared, name)
  if (typeof values === 'string') {
    console.error(values)
    return 2
  }
  const defaults = declaredDefaults(actionYml)
  const readsToken = !WITHOUT_GITHUB.has(name)
  const source: InputSource = input => {
    const value = values.get(input) ?? defaults[input]
    if (value !== undefined && value.trim() !== '') return value.trim()
    if (input === 'token' && readsToken)
      return process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined
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
