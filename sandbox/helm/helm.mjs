// A stand-in for the helm CLI, for tests and the drill. It speaks the v3 and v4 contract of
// research/contracts.md PART A (flags, JSON shapes, error texts, exit codes and release-storage
// transitions) over a JSON state file instead of a cluster. Plain ESM; only `-o yaml` loads a
// package (the project's yaml).
// Checked against real helm v3.18.0 and v4.2.3 (test/integration/helm-contract.test.ts; see
// README.md beside this file for how to re-run it and what real helm cannot show there).
//
// Environment:
//   HELM_STANDIN_STATE    JSON file: {releases: {"<ns>/<name>": {name, namespace, revisions}}, failures}
//   HELM_STANDIN_VERSION  the helm it pretends to be, e.g. v3.21.4 (default), v4.2.4, v3.11.0
//   HELM_STANDIN_LOG      every invocation appends {argv, cwd, env, parent} as one JSON line
//   HELM_STANDIN_NOW      a fixed RFC 3339 time for new revisions (default: the clock)
//   HELM_STANDIN_ROLLBACK_DELAY_MS  pause while the new revision is pending-rollback
//   HELM_STANDIN_HANG     comma-separated commands that never finish (a rollback hangs once
//                         its revision is pending-rollback), to test callers' timeouts
//   HELM_STANDIN_IGNORE_TERM  with HELM_STANDIN_HANG: ignore SIGTERM, so only SIGKILL stops it
//
// Scripted failures live in the state file: {command, kind, times?, always?, message?} where
// kind is timeout | apply | unreachable | killed | exists. Each use decrements `times` (default 1).

import {appendFileSync, existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const argv = process.argv.slice(2)
const env = process.env
const helmVersion = env.HELM_STANDIN_VERSION || 'v3.21.4'
const [major, minor] = helmVersion
  .replace(/^v/, '')
  .split('.')
  .map(n => Number.parseInt(n, 10))
const v4 = major >= 4

/** A failure that ends the process the way helm does: `Error: ...` on stderr, exit 1. */
class HelmFailure extends Error {
  constructor(message, exitCode = 1) {
    super(message)
    this.exitCode = exitCode
  }
}

// ---------------------------------------------------------------------------------------------
// Invocation log

function logInvocation() {
  if (!env.HELM_STANDIN_LOG) return
  const subset = {}
  for (const [key, value] of Object.entries(env)) {
    if (/^(HELM_|KUBECONFIG$)/.test(key) && !key.startsWith('HELM_STANDIN_')) subset[key] = value
  }
  const line = {argv, cwd: process.cwd(), env: subset, parent: parentCommand()}
  appendFileSync(env.HELM_STANDIN_LOG, `${JSON.stringify(line)}\n`)
}

// The process that spawned us (Linux only): `node` when called as argv, `sh`/`bash` via a shell.
function parentCommand() {
  try {
    return readFileSync(`/proc/${process.ppid}/comm`, 'utf8').trim()
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------
// Flags, parsed the way spf13/pflag does (NoOptDefVal, `=` values, shorthands, `--`)

const globalFlags = [
  {name: 'namespace', short: 'n', type: 'string', value: env.HELM_NAMESPACE || ''},
  {name: 'kube-context', type: 'string', value: env.HELM_KUBECONTEXT || ''},
  {name: 'kubeconfig', type: 'string', value: ''},
  {name: 'kube-apiserver', type: 'string', value: ''},
  {name: 'kube-token', type: 'string', value: ''},
  {name: 'kube-as-user', type: 'string', value: ''},
  {name: 'kube-ca-file', type: 'string', value: ''},
  {name: 'kube-insecure-skip-tls-verify', type: 'bool', value: false},
  {name: 'kube-tls-server-name', type: 'string', value: ''},
  {name: 'kube-as-group', type: 'string', value: ''},
  ...(v4
    ? [
        {name: 'color', type: 'string', value: 'auto'},
        {name: 'colour', type: 'string', value: 'auto'},
        {name: 'content-cache', type: 'string', value: ''}
      ]
    : []),
  {name: 'registry-config', type: 'string', value: ''},
  {name: 'repository-config', type: 'string', value: ''},
  {name: 'repository-cache', type: 'string', value: ''},
  {name: 'burst-limit', type: 'int', value: 100},
  {name: 'qps', type: 'string', value: '0'},
  {name: 'debug', type: 'bool', value: false}
]

const outputFlag = {name: 'output', short: 'o', type: 'output', value: 'table'}

function commandFlags(command) {
  switch (command) {
    case 'version':
      return [
        {name: 'short', type: 'bool', value: false},
        {name: 'template', type: 'string', value: ''}
      ]
    case 'history':
      return [{name: 'max', type: 'int', value: 256}, outputFlag]
    case 'status':
      return [
        {name: 'revision', type: 'int', value: 0},
        outputFlag,
        ...(v4
          ? []
          : [
              {name: 'show-desc', type: 'bool', value: false},
              {name: 'show-resources', type: 'bool', value: false}
            ])
      ]
    case 'get metadata':
      return [{name: 'revision', type: 'int', value: 0}, outputFlag]
    case 'list':
      return [
        {name: 'all-namespaces', short: 'A', type: 'bool', value: false},
        ...(v4 ? [] : [{name: 'all', short: 'a', type: 'bool', value: false}]),
        ...['deployed', 'failed', 'pending', 'superseded', 'uninstalled', 'uninstalling'].map(
          name => ({name, type: 'bool', value: false})
        ),
        {name: 'short', short: 'q', type: 'bool', value: false},
        {name: 'max', short: 'm', type: 'int', value: 256},
        outputFlag
      ]
    case 'rollback':
      return rollbackFlags()
    default:
      return []
  }
}

function rollbackFlags() {
  const historyMax = Number.parseInt(env.HELM_MAX_HISTORY || '10', 10)
  const common = [
    {name: 'no-hooks', type: 'bool', value: false},
    {name: 'timeout', type: 'duration', value: 300},
    {name: 'wait-for-jobs', type: 'bool', value: false},
    {name: 'cleanup-on-fail', type: 'bool', value: false},
    {name: 'history-max', type: 'int', value: historyMax}
  ]
  if (!v4) {
    return [
      {name: 'dry-run', type: 'bool', value: false},
      {name: 'recreate-pods', type: 'bool', value: false},
      {name: 'force', type: 'bool', value: false},
      {name: 'wait', type: 'bool', value: false},
      ...common
    ]
  }
  return [
    {name: 'force-replace', type: 'bool', value: false},
    {name: 'force', type: 'bool', value: false, deprecated: 'use --force-replace instead'},
    {name: 'force-conflicts', type: 'bool', value: false},
    {name: 'server-side', type: 'string', value: 'auto'},
    // v4: a string with NoOptDefVal "unset", read by the rollback command afterwards.
    {name: 'dry-run', type: 'string', value: 'none', noOptDefVal: 'unset'},
    // v4: a WaitStrategy; omitted = hookOnly, bare --wait = watcher.
    {name: 'wait', type: 'wait', value: 'hookOnly', noOptDefVal: 'watcher'},
    ...common
  ]
}

/** Splits argv into the command words, positionals and flag values, with pflag's errors. */
function parseArgs(args) {
  const command = findCommand(args)
  const specs = [...globalFlags, ...commandFlags(command.name)].map(spec => ({...spec}))
  const byName = new Map(specs.map(spec => [spec.name, spec]))
  const byShort = new Map(specs.filter(spec => spec.short).map(spec => [spec.short, spec]))
  const positionals = []
  const changed = new Set()
  const skip = new Set(command.indexes)

  const set = (spec, value, label) => {
    try {
      spec.value = convert(spec, value)
    } catch (error) {
      throw new HelmFailure(`invalid argument "${value}" for "${label}" flag: ${error.message}`)
    }
    changed.add(spec.name)
    if (spec.deprecated)
      process.stderr.write(`Flag --${spec.name} has been deprecated, ${spec.deprecated}\n`)
  }
  const takesNoValue = spec => spec.type === 'bool' || spec.noOptDefVal !== undefined
  const noValue = spec => (spec.type === 'bool' ? 'true' : spec.noOptDefVal)

  for (let i = 0; i < args.length; i++) {
    if (skip.has(i)) continue
    const arg = args[i]
    if (arg === '--') {
      positionals.push(...args.slice(i + 1).filter((_, j) => !skip.has(i + 1 + j)))
      break
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
      const spec = byName.get(name)
      if (!spec) throw new HelmFailure(`unknown flag: --${name}`)
      const label = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`
      if (eq !== -1) set(spec, arg.slice(eq + 1), label)
      else if (takesNoValue(spec)) set(spec, noValue(spec), label)
      else if (i + 1 < args.length) set(spec, args[++i], label)
      else throw new HelmFailure(`flag needs an argument: --${name}`)
      continue
    }
    if (arg.startsWith('-') && arg.length > 1) {
      let rest = arg.slice(1)
      while (rest.length > 0) {
        const letter = rest[0]
        const spec = byShort.get(letter)
        if (!spec) throw new HelmFailure(`unknown shorthand flag: '${letter}' in ${arg}`)
        const label = `-${spec.short}, --${spec.name}`
        if (rest.length > 2 && rest[1] === '=') {
          set(spec, rest.slice(2), label)
          rest = ''
        } else if (takesNoValue(spec)) {
          set(spec, noValue(spec), label)
          rest = rest.slice(1)
        } else if (rest.length > 1) {
          set(spec, rest.slice(1), label)
          rest = ''
        } else if (i + 1 < args.length) {
          set(spec, args[++i], label)
          rest = ''
        } else {
          throw new HelmFailure(`flag needs an argument: '${letter}' in -${letter}`)
        }
      }
      continue
    }
    positionals.push(arg)
  }
  const flags = Object.fromEntries(specs.map(spec => [spec.name, spec.value]))
  return {command: command.name, positionals, flags, changed}
}

// Finds the (sub)command words, skipping global flags and their values as cobra does.
function findCommand(args) {
  const valued = new Set(globalFlags.filter(f => f.type !== 'bool').map(f => `--${f.name}`))
  const words = []
  for (let i = 0; i < args.length && words.length < 2; i++) {
    const arg = args[i]
    if (arg === '--') break
    if (arg === '-n' || valued.has(arg)) {
      i++
      continue
    }
    if (arg.startsWith('-')) continue
    words.push({word: arg, index: i})
    if (words[0].word !== 'get') break
  }
  const aliases = {hist: 'history', ls: 'list'}
  const first = words[0] ? (aliases[words[0].word] ?? words[0].word) : ''
  if (first === 'get') {
    const sub = words[1]?.word
    if (sub !== 'metadata' || (!v4 && minor < 13)) {
      throw new HelmFailure(`unknown command "${sub ?? ''}" for "helm get"`)
    }
    return {name: 'get metadata', indexes: words.map(w => w.index)}
  }
  return {name: first, indexes: words.slice(0, 1).map(w => w.index)}
}

function convert(spec, value) {
  switch (spec.type) {
    case 'bool':
      return parseBool(value)
    case 'int':
      return parseInteger(value, 'strconv.ParseInt')
    case 'duration':
      return parseDuration(value)
    case 'output':
      if (!['table', 'json', 'yaml'].includes(value)) throw new Error('invalid format type')
      return value
    case 'wait':
      return parseWait(value)
    default:
      return value
  }
}

function parseBool(value) {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false
  throw new Error(`strconv.ParseBool: parsing "${value}": invalid syntax`)
}

// Go's strconv.Atoi/ParseInt: optional sign, decimal digits, 64-bit range.
function parseInteger(value, fn) {
  if (!/^[+-]?\d+$/.test(value)) throw new Error(`${fn}: parsing "${value}": invalid syntax`)
  const n = BigInt(value)
  if (n > 9223372036854775807n || n < -9223372036854775808n) {
    throw new Error(`${fn}: parsing "${value}": value out of range`)
  }
  return Number(n)
}

// Go's time.ParseDuration, in seconds.
function parseDuration(value) {
  const units = {ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600}
  if (value === '0') return 0
  const match = /^([+-]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|ms|s|m|h))+)$/.exec(value)
  if (!match) {
    // Go tells a number without a unit and an unknown unit apart from plain garbage.
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) {
      throw new Error(`time: missing unit in duration "${value}"`)
    }
    const parts = /^[+-]?((\d+\.?\d*|\.\d+)[^\d.]+)+$/.test(value)
      ? [...value.matchAll(/(?:\d+\.?\d*|\.\d+)([^\d.]+)/g)]
      : []
    const unknown = parts.map(part => part[1]).find(unit => !(unit in units))
    if (unknown) throw new Error(`time: unknown unit "${unknown}" in duration "${value}"`)
    throw new Error(`time: invalid duration "${value}"`)
  }
  let total = 0
  for (const part of match[2].matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(part[1]) * units[part[2]]
  }
  return match[1] === '-' ? -total : total
}

function parseWait(value) {
  const strategies =
    minor >= 1 || major > 4 ? ['watcher', 'hookOnly', 'legacy'] : ['watcher', 'legacy']
  if (strategies.includes(value)) return value
  if (value === 'true') {
    warn('--wait=true is deprecated (boolean value) and can be replaced with --wait=watcher')
    return 'watcher'
  }
  if (value === 'false') {
    warn('--wait=false is deprecated (boolean value) and can be replaced with --wait=hookOnly')
    return 'hookOnly'
  }
  throw new Error(`invalid wait input "${value}". Valid inputs are watcher, hookOnly, and legacy`)
}

// v4 logs through slog's text handler on stderr, without the time attribute.
function warn(message) {
  if (v4) process.stderr.write(`level=WARN msg=${JSON.stringify(message)}\n`)
}

// ---------------------------------------------------------------------------------------------
// Commands

function main() {
  const {command, positionals, flags, changed} = parseArgs(argv)
  if (command !== 'rollback') hangIf(command)
  switch (command) {
    case 'version':
      return version(flags)
    case 'history':
      requireArgs('history', 'RELEASE_NAME', positionals, 1)
      return history(positionals[0], flags)
    case 'status':
      requireArgs('status', 'RELEASE_NAME', positionals, 1)
      return status(positionals[0], flags)
    case 'get metadata':
      requireArgs('get metadata', 'RELEASE_NAME', positionals, 1)
      return metadata(positionals[0], flags)
    case 'list':
      if (positionals.length > 0) {
        throw new HelmFailure(`"helm list" accepts no arguments\n\nUsage:  helm list [flags]`)
      }
      return list(flags)
    case 'rollback':
      if (positionals.length < 1) {
        throw new HelmFailure(
          `"helm rollback" requires at least 1 argument\n\nUsage:  helm rollback <RELEASE> [REVISION] [flags]`
        )
      }
      return rollback(positionals, flags, changed)
    case '':
      process.stdout.write('The Kubernetes package manager (helm stand-in)\n')
      return
    default:
      throw new HelmFailure(
        `unknown command "${command}" for "helm"${suggestions(command)}\nRun 'helm --help' for usage.`
      )
  }
}

// cobra suggests commands within Levenshtein distance 2, or that start with what was typed.
const helmCommands = [
  'completion',
  'create',
  'dependency',
  'env',
  'get',
  'help',
  'history',
  'install',
  'lint',
  'list',
  'package',
  'plugin',
  'pull',
  'push',
  'registry',
  'repo',
  'rollback',
  'search',
  'show',
  'status',
  'template',
  'test',
  'uninstall',
  'upgrade',
  'verify',
  'version'
]

function suggestions(typed) {
  const near = helmCommands.filter(
    name => levenshtein(typed.toLowerCase(), name) <= 2 || name.startsWith(typed.toLowerCase())
  )
  return near.length ? `\n\nDid you mean this?\n${near.map(name => `\t${name}\n`).join('')}` : ''
}

function levenshtein(a, b) {
  let row = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]
}

function requireArgs(command, use, positionals, n) {
  if (positionals.length !== n) {
    throw new HelmFailure(
      `"helm ${command}" requires ${n} argument${n === 1 ? '' : 's'}\n\nUsage:  helm ${command} ${use} [flags]`
    )
  }
}

function version(flags) {
  const commit = gitCommit()
  if (flags.template) {
    process.stdout.write(flags.template.replace(/\{\{\s*\.Version\s*\}\}/g, helmVersion))
    return
  }
  if (flags.short) {
    process.stdout.write(`${helmVersion}+g${commit.slice(0, 7)}\n`)
    return
  }
  const kube = v4 ? `, KubeClientVersion:"${minor >= 2 ? 'v1.36' : 'v1.35'}"` : ''
  process.stdout.write(
    `version.BuildInfo{Version:"${helmVersion}", GitCommit:"${commit}", GitTreeState:"clean", GoVersion:"go1.25.3"${kube}}\n`
  )
}

// A stable fake commit per version, so `--short` output is predictable in tests.
function gitCommit() {
  let hash = 0x811c9dc5
  for (const ch of helmVersion) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0
  return hash.toString(16).padStart(8, '0').repeat(5)
}

function history(name, flags) {
  const state = loadState()
  cluster(state, 'history')
  if (!validReleaseName(name)) throw new HelmFailure(`release name is invalid: ${name}`)
  const release = findRelease(state, name, flags)
  const revisions = sorted(release.revisions)
  const shown = flags.max > 0 ? revisions.slice(-flags.max) : []
  if (flags.output === 'table') {
    printTable(
      ['REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION', 'DESCRIPTION'],
      shown.map(r => [
        r.revision,
        ansic(r.updated),
        r.status,
        chartOf(r),
        appVersionOf(r),
        r.description
      ])
    )
    return
  }
  printData(
    shown.map(r =>
      v4
        ? {
            revision: r.revision,
            ...(r.updated ? {updated: rfc3339Nano(r.updated)} : {}),
            status: r.status,
            chart: chartOf(r),
            app_version: appVersionOf(r),
            description: r.description ?? ''
          }
        : {
            revision: r.revision,
            updated: r.updated ? rfc3339Nano(r.updated) : '',
            status: r.status,
            chart: chartOf(r),
            app_version: appVersionOf(r),
            description: r.description ?? ''
          }
    ),
    flags
  )
}

function status(name, flags) {
  const state = loadState()
  cluster(state, 'status')
  const {release, revision} = releaseContent(state, name, flags)
  if (flags.output === 'table') {
    const rows = [
      `NAME: ${release.name}`,
      ...(revision.updated ? [`LAST DEPLOYED: ${ansic(revision.updated)}`] : []),
      `NAMESPACE: ${release.namespace}`,
      `STATUS: ${revision.status}`,
      `REVISION: ${revision.revision}`,
      ...(v4 || flags['show-desc'] ? [`DESCRIPTION: ${revision.description ?? ''}`] : []),
      'TEST SUITE: None',
      ...(revision.notes ? [`NOTES:\n${revision.notes.trim()}`] : [])
    ]
    process.stdout.write(`${rows.join('\n')}\n`)
    return
  }
  // Resources are built from the manifest: none without one (v4 always looks, v3 on request).
  const showResources = (v4 || flags['show-resources']) && Boolean(revision.manifest)
  const info = v4
    ? {
        ...(revision.first_deployed ? {first_deployed: rfc3339Nano(revision.first_deployed)} : {}),
        ...(revision.updated ? {last_deployed: rfc3339Nano(revision.updated)} : {}),
        ...(revision.deleted ? {deleted: rfc3339Nano(revision.deleted)} : {})
      }
    : {
        first_deployed: revision.first_deployed ? rfc3339Nano(revision.first_deployed) : '',
        last_deployed: revision.updated ? rfc3339Nano(revision.updated) : '',
        deleted: revision.deleted ? rfc3339Nano(revision.deleted) : ''
      }
  if (revision.description) info.description = revision.description
  if (revision.status) info.status = revision.status
  if (revision.notes) info.notes = revision.notes
  if (showResources) info.resources = resourcesOf(release)
  const body = {name: release.name, info}
  if (revision.config && Object.keys(revision.config).length > 0) body.config = revision.config
  if (revision.manifest) body.manifest = revision.manifest
  if (revision.revision) body.version = revision.revision
  body.namespace = release.namespace
  if (v4 && revision.apply_method) body.apply_method = revision.apply_method
  printData(body, flags)
}

function resourcesOf(release) {
  return {
    'v1/Deployment': [
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {name: release.name, namespace: release.namespace}
      }
    ]
  }
}

function metadata(name, flags) {
  const state = loadState()
  cluster(state, 'get')
  const {release, revision} = releaseContent(state, name, flags)
  if (!hasChart(revision)) {
    process.stderr.write(
      'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation]\n'
    )
    process.exit(2)
  }
  const [chartName, chartVersion] = splitChart(revision)
  const body = {
    name: release.name,
    chart: chartName,
    version: chartVersion,
    appVersion: revision.app_version ?? '',
    namespace: release.namespace,
    revision: revision.revision,
    status: revision.status,
    deployedAt: revision.updated ? rfc3339Seconds(revision.updated) : '0001-01-01T00:00:00Z'
  }
  if (v4 && revision.apply_method) body.applyMethod = revision.apply_method
  if (flags.output === 'table') {
    process.stdout.write(
      [
        `NAME: ${body.name}`,
        `CHART: ${body.chart}`,
        `VERSION: ${body.version}`,
        `APP_VERSION: ${body.appVersion}`,
        'ANNOTATIONS: ',
        ...(v4 ? ['LABELS: '] : []),
        'DEPENDENCIES: ',
        `NAMESPACE: ${body.namespace}`,
        `REVISION: ${body.revision}`,
        `STATUS: ${body.status}`,
        `DEPLOYED_AT: ${body.deployedAt}`,
        ...(v4 ? [`APPLY_METHOD: ${applyMethodText(revision.apply_method)}`] : [])
      ]
        .map(line => `${line}\n`)
        .join('')
    )
    return
  }
  printData(body, flags)
}

function applyMethodText(method) {
  if (method === 'ssa') return 'server-side apply'
  if (method === 'csa') return 'client-side apply'
  return 'client-side apply (defaulted)'
}

function list(flags) {
  const state = loadState()
  cluster(state, 'list')
  const namespace = flags.namespace || 'default'
  const filters = ['deployed', 'failed', 'pending', 'superseded', 'uninstalled', 'uninstalling']
  let wanted = filters.filter(f => flags[f])
  // v3 shows deployed and failed releases by default; v4 shows every status.
  if (wanted.length === 0) wanted = v4 || flags.all ? ['*'] : ['deployed', 'failed']
  const matches = status =>
    wanted.includes('*') ||
    wanted.includes(status) ||
    (wanted.includes('pending') && status.startsWith('pending-'))
  const rows = Object.values(state.releases)
    .filter(release => flags['all-namespaces'] || release.namespace === namespace)
    .map(release => ({release, last: sorted(release.revisions).at(-1)}))
    .filter(({last}) => last && matches(last.status))
    .sort((a, b) => a.release.name.localeCompare(b.release.name))
    .slice(0, flags.max > 0 ? flags.max : undefined)
  if (flags.short) {
    if (flags.output !== 'table')
      printData(
        rows.map(({release}) => release.name),
        flags
      )
    else process.stdout.write(rows.map(({release}) => `${release.name}\n`).join(''))
    return
  }
  const items = rows.map(({release, last}) => ({
    name: release.name,
    namespace: release.namespace,
    revision: String(last.revision),
    updated: last.updated ? goTimeString(last.updated) : '-',
    status: last.status,
    chart: chartOf(last),
    app_version: appVersionOf(last)
  }))
  if (flags.output === 'table') {
    printTable(
      ['NAME', 'NAMESPACE', 'REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION'],
      items.map(i => [i.name, i.namespace, i.revision, i.updated, i.status, i.chart, i.app_version])
    )
    return
  }
  printData(items, flags)
}

function rollback(positionals, flags, changed) {
  let target = 0
  if (positionals.length > 1) {
    try {
      target = parseInteger(positionals[1], 'strconv.Atoi')
    } catch (error) {
      throw new HelmFailure(`could not convert revision to a number: ${error.message}`)
    }
  }
  let dryRun = flags['dry-run']
  if (v4) {
    if (changed.has('force-replace') && changed.has('force-conflicts')) {
      throw new HelmFailure(
        'if any flags in the group [force-replace force-conflicts] are set none of the others can be; [force-conflicts force-replace] were all set'
      )
    }
    dryRun = dryRunStrategy(flags['dry-run']) !== 'none'
  }
  const name = positionals[0]
  const state = loadState()
  cluster(state, 'rollback')
  if (!validReleaseName(name))
    throw new HelmFailure(`prepareRollback: Release name is invalid: ${name}`)
  if (target < 0) throw new HelmFailure('invalid release revision')
  const release = findRelease(state, name, flags)
  const revisions = sorted(release.revisions)
  const current = revisions.at(-1)
  const previous = target === 0 ? current.revision - 1 : target
  // Go prints the int64 exactly; a JS number would round it.
  const previousText = target === 0 ? String(previous) : BigInt(positionals[1]).toString()
  const source = revisions.find(r => r.revision === previous)
  if (!source) throw new HelmFailure(`release has no ${previousText} version`)

  if (dryRun) {
    process.stdout.write('Rollback was a success! Happy Helming!\n')
    return
  }

  // Storage.Create prunes down to history-max - 1 first, always keeping the newest deployed one.
  if (flags['history-max'] > 0) prune(release, flags['history-max'] - 1)
  const created = {
    ...source,
    revision: current.revision + 1,
    status: 'pending-rollback',
    description: `Rollback to ${previous}`,
    updated: now(),
    first_deployed: current.first_deployed
  }
  delete created.deleted
  release.revisions.push(created)
  saveState(state)
  if (env.HELM_STANDIN_ROLLBACK_DELAY_MS) sleep(Number(env.HELM_STANDIN_ROLLBACK_DELAY_MS))
  hangIf('rollback')

  const failure = takeFailure(state, 'rollback', ['timeout', 'apply', 'killed', 'exists'])
  if (failure?.kind === 'killed') {
    saveState(state)
    process.kill(process.pid, 'SIGKILL')
  }
  if (failure?.kind === 'exists') {
    release.revisions.pop()
    saveState(state)
    throw new HelmFailure('release: already exists')
  }
  if (failure?.kind === 'apply') {
    const error =
      failure.message ??
      `cannot patch "${name}" with kind Deployment: Deployment.apps "${name}" is invalid: spec.template.spec.containers[0].image: Required value`
    current.status = 'superseded'
    created.status = 'failed'
    created.description = `Rollback "${name}" failed: ${error}`
    saveState(state)
    throw new HelmFailure(error)
  }
  if (failure?.kind === 'timeout') {
    const error = failure.message ?? timeoutText(release, flags)
    created.status = 'failed'
    created.description = `Release "${name}" failed: ${error}`
    saveState(state)
    throw new HelmFailure(`release ${name} failed: ${error}`)
  }
  // Success supersedes every deployed revision; a stuck pending-* one is left as it was.
  for (const r of release.revisions) if (r.status === 'deployed') r.status = 'superseded'
  created.status = 'deployed'
  saveState(state)
  process.stdout.write('Rollback was a success! Happy Helming!\n')
}

function dryRunStrategy(value) {
  if (value === 'unset') {
    warn(`--dry-run is deprecated and should be replaced with '--dry-run=client'`)
    return 'client'
  }
  if (['client', 'server', 'none'].includes(value)) return value
  let b
  try {
    b = parseBool(value)
  } catch {
    throw new HelmFailure(
      `invalid dry-run value ("${value}"). Must be "none", "server", or "client"`
    )
  }
  const result = b ? 'client' : 'none'
  warn(
    `boolean '--dry-run=${value}' flag is deprecated and must be replaced with '--dry-run=${result}'`
  )
  return result
}

// The wait error by version: old v3 polled, v3.12+ uses contexts, v4's watcher joins reasons.
function timeoutText(release, flags) {
  if (!v4)
    return major === 3 && minor <= 11
      ? 'timed out waiting for the condition'
      : 'context deadline exceeded'
  if (flags.wait !== 'watcher') return 'context deadline exceeded'
  return `resource Deployment/${release.namespace}/${release.name} not ready. status: InProgress, message: Deployment generation is 2, but latest observed generation is 1\ncontext deadline exceeded`
}

function prune(release, max) {
  const revisions = sorted(release.revisions)
  if (revisions.length <= max) return
  const deployed = revisions.filter(r => r.status === 'deployed').at(-1)
  const remove = new Set()
  for (const r of revisions) {
    if (revisions.length - remove.size === max) break
    if (!deployed || r.revision !== deployed.revision) remove.add(r.revision)
  }
  release.revisions = release.revisions.filter(r => !remove.has(r.revision))
}

// ---------------------------------------------------------------------------------------------
// State

function loadState() {
  const file = env.HELM_STANDIN_STATE
  if (!file) throw new HelmFailure('HELM_STANDIN_STATE is not set (helm stand-in)')
  const state = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  state.releases ??= {}
  state.failures ??= []
  return state
}

// Write-then-rename, so a concurrent reader never sees half a file.
function saveState(state) {
  const file = env.HELM_STANDIN_STATE
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`)
  renameSync(temp, file)
}

/** Removes and returns the next scripted failure for a command, saving the countdown. */
function takeFailure(state, command, kinds) {
  const index = state.failures.findIndex(f => f.command === command && kinds.includes(f.kind))
  if (index === -1) return undefined
  const failure = state.failures[index]
  if (!failure.always) {
    const left = (failure.times ?? 1) - 1
    if (left <= 0) state.failures.splice(index, 1)
    else failure.times = left
  }
  saveState(state)
  return failure
}

// Every command that reads release storage needs the cluster first (KubeClient.IsReachable).
function cluster(state, command) {
  const failure = takeFailure(state, command, ['unreachable'])
  if (!failure) return
  const reason =
    failure.message ??
    'Get "https://127.0.0.1:6443/version": dial tcp 127.0.0.1:6443: connect: connection refused'
  throw new HelmFailure(`${v4 ? 'kubernetes' : 'Kubernetes'} cluster unreachable: ${reason}`)
}

function findRelease(state, name, flags) {
  const release = state.releases[`${flags.namespace || 'default'}/${name}`]
  if (!release || release.revisions.length === 0) throw new HelmFailure('release: not found')
  return release
}

function releaseContent(state, name, flags) {
  if (!validReleaseName(name)) {
    throw new HelmFailure(`releaseContent: Release name is invalid: ${name}`)
  }
  const release = findRelease(state, name, flags)
  const revisions = sorted(release.revisions)
  const revision =
    flags.revision > 0 ? revisions.find(r => r.revision === flags.revision) : revisions.at(-1)
  if (!revision) throw new HelmFailure('release: not found')
  return {release, revision}
}

function validReleaseName(name) {
  return (
    name.length > 0 &&
    name.length <= 53 &&
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name)
  )
}

function sorted(revisions) {
  return [...revisions].sort((a, b) => a.revision - b.revision)
}

// A revision stored without chart metadata (no chart, chart_name or app_version in the state):
// helm prints MISSING for its chart and app version.
function hasChart(revision) {
  return ['chart', 'chart_name', 'app_version'].some(key => revision[key] !== undefined)
}

function chartOf(revision) {
  if (!hasChart(revision)) return 'MISSING'
  return revision.chart ?? `${revision.chart_name}-${revision.chart_version ?? ''}`
}

function appVersionOf(revision) {
  return hasChart(revision) ? (revision.app_version ?? '') : 'MISSING'
}

function splitChart(revision) {
  if (revision.chart_name) return [revision.chart_name, revision.chart_version ?? '']
  const match = /^(.*?)-(\d+\.\d+\.\d+.*)$/.exec(revision.chart ?? '')
  return match ? [match[1], match[2]] : [revision.chart ?? '', '']
}

// ---------------------------------------------------------------------------------------------
// Output helpers

function printData(value, flags) {
  if (flags.output === 'yaml') process.stdout.write(goYaml(JSON.parse(JSON.stringify(value))))
  else printJson(value)
}

// sigs.k8s.io/yaml: the JSON re-encoded by go-yaml v2 (YAML 1.1): keys sorted, block style; a
// string that would read back as another type is double-quoted, one that cannot be plain is
// single-quoted.
function goYaml(data) {
  const YAML = createRequire(import.meta.url)('yaml')
  const doc = new YAML.Document(data, {version: '1.1', sortMapEntries: true})
  YAML.visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && readsAsOtherType(YAML, node.value)) {
        node.type = 'QUOTE_DOUBLE'
      }
    }
  })
  const text = doc.toString({lineWidth: 0, singleQuote: true})
  return text.split('\n').map(foldLikeLibyaml).join('\n')
}

// libyaml's folding of a plain or single-quoted value: at a single space, once the line is past
// 80 columns, break and indent two past the key (yaml.v2's best_width).
function foldLikeLibyaml(line) {
  const m = /^(\s*(?:- )?)([^\s'"][^:]*|"[^"]*"): ([^"|>{[].*)$/.exec(line)
  if (!m || line.length <= 80) return line
  const indent = ' '.repeat(m[1].length + 2)
  let out = `${m[1]}${m[2]}: `
  let column = out.length
  const value = m[3]
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (ch === ' ' && value[i - 1] !== ' ' && value[i + 1] !== ' ' && i > 0 && column > 80) {
      out += `\n${indent}`
      column = indent.length
      continue
    }
    out += ch
    column++
  }
  return out
}

function readsAsOtherType(YAML, text) {
  try {
    const value = YAML.parse(text, {version: '1.1'})
    return value === null || ['number', 'boolean'].includes(typeof value) || value instanceof Date
  } catch {
    return false
  }
}

// Go's json.Encoder: compact, HTML-escaped, one trailing newline.
function printJson(value) {
  const text = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  process.stdout.write(`${text}\n`)
}

// gosuri/uitable as helm's history and list use it: every column padded (the last one too),
// tab-separated, nothing cut.
function printTable(header, rows) {
  const all = [header, ...rows].map(row => row.map(c => String(c ?? '')))
  const widths = header.map((_, i) => Math.max(...all.map(row => row[i].length)))
  const lines = all.map(row => row.map((c, i) => c.padEnd(widths[i])).join('\t'))
  process.stdout.write(`${lines.join('\n')}\n`)
}

// New revisions get RFC 3339 with the fraction trimmed, as Go's RFC3339Nano prints it.
function now() {
  const iso = env.HELM_STANDIN_NOW
    ? new Date(env.HELM_STANDIN_NOW).toISOString()
    : new Date().toISOString()
  return iso.replace(/\.?0+Z$/, 'Z')
}

// A stored RFC 3339 time as Go holds it after parsing: its own offset (a zero offset is UTC)
// and up to nine fraction digits, trailing zeros dropped.
function goTime(text) {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/.exec(
      text
    )
  if (!m)
    throw new HelmFailure(`helm stand-in: '${text}' in the state file is not an RFC 3339 time`)
  const [, year, month, day, clock, fraction = '', zone] = m
  const offset = /^[Zz]$|^[+-]00:00$/.test(zone) ? 'Z' : zone
  return {year, month, day, clock, fraction: fraction.replace(/0+$/, ''), offset}
}

// Go's RFC3339Nano, what helm's JSON carries.
function rfc3339Nano(text) {
  const t = goTime(text)
  return `${t.year}-${t.month}-${t.day}T${t.clock}${t.fraction ? `.${t.fraction}` : ''}${t.offset}`
}

// Go's RFC3339 (get metadata's deployedAt): the offset kept, the fraction dropped.
function rfc3339Seconds(text) {
  const t = goTime(text)
  return `${t.year}-${t.month}-${t.day}T${t.clock}${t.offset}`
}

// Go's time.Time.String(): "+0000 UTC" for UTC, the bare offset twice for a fixed zone.
function goTimeString(text) {
  const t = goTime(text)
  const zone =
    t.offset === 'Z' ? '+0000 UTC' : `${t.offset.replace(':', '')} ${t.offset.replace(':', '')}`
  return `${t.year}-${t.month}-${t.day} ${t.clock}${t.fraction ? `.${t.fraction}` : ''} ${zone}`
}

// Go's ANSIC layout, used by helm's tables, in the time's own offset; Go's zero time when unset.
function ansic(text) {
  if (!text) return 'Mon Jan  1 00:00:00 0001'
  const t = goTime(text)
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')
  const weekday = new Date(Date.UTC(Number(t.year), Number(t.month) - 1, Number(t.day))).getUTCDay()
  return `${days[weekday]} ${months[Number(t.month) - 1]} ${String(Number(t.day)).padStart(2, ' ')} ${t.clock} ${t.year}`
}

// A helm that never answers (HELM_STANDIN_HANG): blocks until a signal ends the process.
function hangIf(command) {
  if (!(env.HELM_STANDIN_HANG ?? '').split(',').includes(command)) return
  if (env.HELM_STANDIN_IGNORE_TERM) process.on('SIGTERM', () => undefined)
  for (;;) sleep(60_000)
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

// ---------------------------------------------------------------------------------------------
// Entry point (last, so every constant above is initialised)

logInvocation()
try {
  main()
} catch (error) {
  if (!(error instanceof HelmFailure)) throw error
  process.stderr.write(`Error: ${error.message}\n`)
  process.exitCode = error.exitCode
}
