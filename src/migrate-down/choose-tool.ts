import {detectTool} from './detect.js'
import type {Inputs} from './inputs.js'
import type {ToolId} from './tools/tool.js'

/** The tool from the input, or detected; `command` plans with the tool the repo uses. */
export function chooseTool(
  choice: Inputs['tool'],
  cwd: string
): {tool: ToolId; why: string; planner?: Exclude<ToolId, 'command'>} {
  if (choice === 'auto') return detectTool(cwd)
  if (choice !== 'command') return {tool: choice, why: 'set by the tool input'}
  const planner = detectTool(cwd)
  if (planner.tool === 'command') throw new Error('detectTool never answers command')
  return {
    tool: 'command',
    planner: planner.tool,
    why: `your command runs the downs; planned and verified with ${planner.tool}'s table (${planner.why})`
  }
}
