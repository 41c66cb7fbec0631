import type {CommandRunner} from '../lib/exec.js'
import type {InputSource} from '../lib/inputs.js'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  exec?: CommandRunner
  /** The user's repository (default: the current directory, GITHUB_WORKSPACE on a runner). */
  cwd?: string
}
