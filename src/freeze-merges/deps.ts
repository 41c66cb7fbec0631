import type {GitHubClient} from '../lib/github.js'
import type {InputSource} from '../lib/inputs.js'

/** What run() needs from the outside world; tests and the CLI pass their own. */
export interface Deps {
  inputs?: InputSource
  github?: (token: string) => GitHubClient
  now?: () => Date
}
