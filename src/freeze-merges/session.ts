import type {EvidenceWriter} from '../lib/evidence.js'
import type {GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'
import type {Logger} from '../lib/log.js'
import type {Inputs} from './inputs.js'
import type {ProtectionApi} from './protection-api.js'
import type {FreezeRecord} from './record.js'
import type {RulesetApi} from './ruleset-api.js'
import type {FreezeStore} from './store.js'
import type {TeamDirectory} from './teams.js'
import type {FreezeWrites} from './writes.js'

/** Everything one mode needs; built once by main after the inputs validate. */
export interface Session {
  inputs: Inputs
  repository: Repository
  repoName: string
  client: GitHubClient
  /** Branch protection through admin-token; undefined when none was given. */
  protection?: ProtectionApi
  /** Rulesets through admin-token; undefined when none was given. */
  rulesets?: RulesetApi
  store: FreezeStore
  /** Teams named in `bypass` (read with admin-token when given). */
  teams: TeamDirectory
  writes: FreezeWrites
  evidence: EvidenceWriter
  log: Logger
  /**
   * Says a change outside the action succeeded (ActionContext.changed), so a later failure
   * says it happened. Called once per kind of change, not once per pull request.
   */
  changed: (what: string) => void
  now: () => Date
  /** The runner's view: who runs this, which run, which event. */
  runner: {actor: string; runId?: number; eventName?: string; event: Record<string, unknown>}
}

/** What a mode reports; main turns it into outputs and the summary. */
export interface Outcome {
  frozen: boolean
  freezeId: string
  record?: FreezeRecord
  prsBlocked: number
  summary: string
  /** Set when the step must fail after its outputs are written (the guard blocking). */
  failure?: string
}
