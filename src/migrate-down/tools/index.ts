import {commandTool} from './command.js'
import {dbmate} from './dbmate.js'
import {knex} from './knex.js'
import {nodePgMigrate} from './node-pg-migrate.js'
import {prisma} from './prisma.js'
import type {Tool, ToolId} from './tool.js'

const TOOLS: Record<Exclude<ToolId, 'command'>, Tool> = {
  'node-pg-migrate': nodePgMigrate,
  knex,
  dbmate,
  prisma
}

/** The adapter for a tool; `command` plans with `planner` (the detected tool). */
export function toolById(id: ToolId, planner?: Exclude<ToolId, 'command'>): Tool {
  if (id === 'command') return commandTool(TOOLS[planner ?? 'node-pg-migrate'])
  return TOOLS[id]
}
