import * as z from 'zod/mini'
import {InputError, UserError} from '../lib/errors.js'
import {bool, commonInputs, integer, oneOf, parsed, text, type InputsOf} from '../lib/inputs.js'
import {parseWaiver} from './waiver.js'

export const TOOLS = ['auto', 'node-pg-migrate', 'knex', 'dbmate', 'prisma', 'command'] as const
export type ToolChoice = (typeof TOOLS)[number]
export const MODES = ['revert', 'rehearse'] as const
export type Mode = (typeof MODES)[number]

const MAX_PATH = 1024
// A git revision as users write them (tags, branches, shas, HEAD~1), never an option or a range.
const REF = /^[A-Za-z0-9_][A-Za-z0-9._/@^~{}+-]*$/

const ref = (fallback?: string) =>
  parsed((v, problem) => {
    if (v === undefined) return fallback
    if (v.length > 255 || !REF.test(v) || v.includes('..'))
      problem(
        'expected one git revision: a tag, branch or commit sha such as v1.4.2 or HEAD (no ranges, spaces or leading dashes)'
      )
    return v
  })

// A path inside the repository, relative, so git and the tool read the same files.
const repoPath = parsed((v, problem) => {
  if (v === undefined) return undefined
  const clean = v.replace(/\/+$/, '')
  if (
    clean === '' ||
    clean.length > MAX_PATH ||
    /[\r\n\0]/.test(clean) ||
    clean.startsWith('-') ||
    clean.startsWith('/') ||
    clean.split('/').some(part => part === '..' || part === '')
  )
    problem(
      'expected a folder inside the repository, relative to it, e.g. migrations or db/migrations'
    )
  return clean
})

/** migrate-down's inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  // migrate-down never calls GitHub; the inputs exist so every action takes the same ones.
  repository: text(),
  mode: oneOf<Mode>(MODES, 'revert'),
  tool: oneOf<ToolChoice>(TOOLS, 'auto'),
  // Checked in checkInputs, after it is masked: a parse error here would echo the secret.
  'database-url': parsed(v => v),
  'migrations-dir': repoPath,
  'migrations-table': parsed((v, problem) => {
    if (v === undefined) return undefined
    if (!/^([A-Za-z_][A-Za-z0-9_$]{0,62}\.)?[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(v))
      problem(
        'expected a table name, optionally schema-qualified, e.g. pgmigrations or ops.migrations'
      )
    return v
  }),
  'from-ref': ref('HEAD'),
  'to-ref': ref(),
  count: integer({
    min: 1,
    max: 10000,
    expected: 'a whole number of migrations from 1 to 10000 (never 0: tools read 0 as "all")'
  }),
  command: parsed((v, problem) => {
    if (v === undefined) return undefined
    if (v.length > 4096 || /[\r\n\0]/.test(v))
      problem('expected one command line such as npm run migrate:down (or with {count})')
    const argv = v.split(/\s+/).filter(Boolean)
    if (argv[0]?.startsWith('-')) problem('expected a program first, e.g. npm run migrate:down')
    return argv
  }),
  waiver: parsed((v, problem) => (v === undefined ? undefined : parseWaiver(v, problem))),
  'down-sql': parsed((v, problem) => {
    if (v === undefined) return undefined
    if (
      v.length > MAX_PATH ||
      /[\r\n\0]/.test(v) ||
      v.startsWith('-') ||
      !/\.sql$/i.test(v) ||
      v.split('/').includes('..')
    )
      problem(
        'expected the path of a reviewed .sql file in the repository, e.g. prisma/rollback/v1.5.0-down.sql'
      )
    return v
  }),
  'allow-data-loss': bool(false),
  backup: bool(true),
  'backup-path': repoPathOrAbsolute()
})

function repoPathOrAbsolute() {
  return parsed((v, problem) => {
    if (v === undefined) return undefined
    if (v.length > MAX_PATH || /[\r\n\0]/.test(v) || v.startsWith('-') || v.endsWith('/'))
      problem(
        'expected a file path for the pg_dump archive, e.g. ${{ runner.temp }}/db-backup.dump'
      )
    return v
  })
}

export type Inputs = InputsOf<typeof inputSchema>

export interface DatabaseUrl {
  url: string
  /** The password as written and decoded, for masking both forms. */
  secrets: string[]
}

/** Checks that span inputs. The database URL is never echoed: it is a secret. */
export function checkInputs(inputs: Inputs): void {
  if (inputs.mode === 'rehearse') {
    // A rehearsal runs on an embedded scratch database: it needs the target, never a URL.
    if (inputs['to-ref'] === undefined || inputs.count !== undefined)
      throw new InputError(
        inputs.count !== undefined ? 'count' : 'to-ref',
        inputs.count !== undefined ? String(inputs.count) : undefined,
        "mode 'rehearse' compares with a fresh database migrated to 'to-ref': pass the known-good tag as 'to-ref' (not 'count')"
      )
    return
  }
  databaseUrl(inputs['database-url'])
  if (inputs['to-ref'] === undefined && inputs.count === undefined)
    throw new InputError(
      'to-ref',
      undefined,
      "pass the known-good tag as 'to-ref' (the migrations added since it are reverted), or 'count' for the newest N applied"
    )
  if (inputs['to-ref'] !== undefined && inputs.count !== undefined)
    throw new InputError(
      'count',
      String(inputs.count),
      `pass either 'to-ref' (${inputs['to-ref']}) or 'count', not both`
    )
  if (inputs.tool === 'command' && !inputs.command)
    throw new InputError(
      'command',
      undefined,
      "tool 'command' needs the command that reverts migrations, e.g. npm run migrate:down"
    )
}

/** The URL, validated without ever showing it. */
export function databaseUrl(value: string | undefined): DatabaseUrl {
  const hint =
    'expected postgres://user:password@host:5432/database (pass it from a secret: ${{ secrets.DATABASE_URL }})'
  if (value === undefined) throw new UserError(`Input 'database-url' is empty: ${hint}`)
  let parsedUrl: URL | undefined
  try {
    parsedUrl = new URL(value)
  } catch {
    parsedUrl = undefined
  }
  if (
    !parsedUrl ||
    value.length > 4096 ||
    /[\r\n\s]/.test(value) ||
    !/^postgres(ql)?:$/.test(parsedUrl.protocol) ||
    !parsedUrl.hostname
  )
    throw new UserError(`Input 'database-url' (not shown: it is a secret) is not usable: ${hint}`)
  const secrets = [value]
  if (parsedUrl.password) secrets.push(parsedUrl.password, decodeURIComponent(parsedUrl.password))
  return {url: value, secrets: [...new Set(secrets)]}
}
