import {UserError} from '../../lib/errors.js'
import {runTool, type Tool, type ToolContext} from './tool.js'

/**
 * The user's own command (e.g. `npm run migrate:down`) runs the downs; planning, gates and
 * verification use the tool the repo uses (detected), since its table is what changes.
 */
export function commandTool(planner: Tool): Tool {
  return {
    ...planner,
    id: 'command',
    dryRun: planner.dryRun?.bind(planner),
    async execute(context: ToolContext, revert) {
      const argv = context.command
      if (!argv?.length) throw new UserError("tool 'command' needs the 'command' input")
      const [file, ...args] = argv as [string, ...string[]]
      if (argv.some(a => a.includes('{count}'))) {
        const withCount = args.map(a => a.split('{count}').join(String(revert.length)))
        await runTool(context, file, withCount, `${file} ${withCount.join(' ')}`)
        return
      }
      // Once per migration, newest first; the command learns which through the environment.
      for (const name of revert) {
        await runTool(
          {...context, env: {...context.env, MIGRATION_NAME: name}},
          file,
          args,
          `${argv.join(' ')} (${name})`
        )
      }
    }
  }
}
