import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {UserError} from '../lib/errors.js'
import type {ToolId} from './tools/tool.js'

/** The tool `auto` found, and what it found it by. */
export interface Detection {
  tool: ToolId
  why: string
}

/** Finds the migration tool from the repo's package.json and config files. */
export function detectTool(cwd: string): Detection {
  const found: Detection[] = []
  let deps: Record<string, string> = {}
  try {
    const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >
    deps = {...(pkg.dependencies as object), ...(pkg.devDependencies as object)} as Record<
      string,
      string
    >
  } catch {
    // No package.json: config files still tell.
  }
  if (deps['node-pg-migrate'])
    found.push({tool: 'node-pg-migrate', why: 'package.json depends on node-pg-migrate'})
  const knexfile = ['knexfile.js', 'knexfile.cjs', 'knexfile.mjs', 'knexfile.ts'].find(f =>
    existsSync(join(cwd, f))
  )
  if (deps.knex && knexfile)
    found.push({tool: 'knex', why: `package.json depends on knex and ${knexfile} exists`})
  if (deps.dbmate) found.push({tool: 'dbmate', why: 'package.json depends on dbmate'})
  if (deps.prisma || existsSync(join(cwd, 'prisma', 'migrations')))
    found.push({
      tool: 'prisma',
      why: deps.prisma ? 'package.json depends on prisma' : 'prisma/migrations exists'
    })
  if (found.length === 1) return found[0] as Detection
  const names = found.map(f => `${f.tool} (${f.why})`).join('; ')
  throw new UserError(
    found.length === 0
      ? "Input 'tool' is 'auto' but no migration tool was found (no node-pg-migrate, knex + knexfile, dbmate or prisma in package.json). Set tool: to one of node-pg-migrate, knex, dbmate, prisma or command."
      : `Input 'tool' is 'auto' but several tools were found: ${names}. Set tool: to the one that owns migrations-dir.`
  )
}
