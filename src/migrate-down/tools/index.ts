import {UserError} from '../../lib/errors.js'
import {nodePgMigrate} from './node-pg-migrate.js'
import type {Tool, ToolId} from './tool.js'

const TOOLS: Partial<Record<ToolId, Tool>> = {
  'node-pg-migrate': nodePgMigrate
}

/** The adapter for a tool; a clear error for one this version cannot run. */
export function toolById(id: ToolId): Tool {
  const tool = TOOLS[id]
  if (!tool)
    throw new UserError(
      `migrate-down cannot run ${id} in this version (available: ${Object.keys(TOOLS).join(', ')}). Revert by hand with ${id}'s own commands.`
    )
  return tool
}
