import * as core from '@actions/core'
import {UserError, errorMessage} from './errors.js'
import {EvidenceWriter} from './evidence.js'
import {logger, maskSecret, type Logger} from './log.js'

/** What runAction hands an action's body: its name, the log and its evidence chain. */
export class ActionContext {
  evidence: EvidenceWriter | undefined
  readonly log: Logger = logger

  constructor(readonly name: string) {}

  /**
   * Opens the evidence chain once the inputs are known. Secrets are masked in the log and
   * scrubbed from every record.
   */
  openEvidence(dir: string, secrets: readonly (string | undefined)[] = []): EvidenceWriter {
    const known = secrets.filter((s): s is string => Boolean(s))
    for (const secret of known) maskSecret(secret)
    this.evidence = new EvidenceWriter({
      dir,
      chain: process.env.GITHUB_JOB || this.name,
      action: this.name,
      secrets: known
    })
    return this.evidence
  }
}

/**
 * Runs an action's body and turns every failure into one clear `::error::` line: a UserError
 * prints its own message (the user can fix it); anything else is a bug in rollback-kit and
 * says so, with the stack in the debug log. A failure is also recorded as evidence.
 */
export async function runAction(
  name: string,
  body: (context: ActionContext) => Promise<void>
): Promise<void> {
  const context = new ActionContext(name)
  try {
    await body(context)
  } catch (error) {
    const message =
      error instanceof UserError ? error.message : `${name} failed: ${errorMessage(error)}`
    if (!(error instanceof UserError) && error instanceof Error && error.stack)
      core.debug(error.stack)
    await context.evidence
      ?.append('failed', {message, kind: error instanceof UserError ? 'user' : 'bug'})
      .catch(e => core.debug(`could not record the failure as evidence: ${errorMessage(e)}`))
    core.setFailed(message)
  }
}
