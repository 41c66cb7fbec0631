import {basename} from 'node:path'
import {InputError, UserError, errorMessage} from './errors.js'
import {EvidenceWriteError, EvidenceWriter} from './evidence.js'
import {defaultEvidenceDir, runnerInputs, type InputSource} from './inputs.js'
import {failStep, logger, maskSecret, type Logger} from './log.js'
import {setOutputs} from './outputs.js'
import {writeSummary} from './summary.js'

/** What runAction hands an action's body: its name, the log and its evidence chain. */
export class ActionContext {
  evidence: EvidenceWriter | undefined
  readonly log: Logger = logger
  /** What the action changed outside itself so far, in words (see `changed`). */
  readonly changes: string[] = []

  constructor(readonly name: string) {}

  /**
   * Opens the evidence chain once the inputs are known. Secrets are masked in the log and
   * scrubbed from every record. runAction sets the `evidence-head` output and shows it in the
   * summary whenever the action appended a record.
   */
  openEvidence(dir: string, secrets: readonly (string | undefined)[] = []): EvidenceWriter {
    const known = secrets.filter((s): s is string => Boolean(s))
    for (const secret of known) maskSecret(secret)
    this.evidence = new EvidenceWriter({
      dir,
      // A job id is [A-Za-z0-9_-]; anything else (a hand-set GITHUB_JOB) must not leave the dir.
      chain: (process.env.GITHUB_JOB || this.name)
        .replace(/[^A-Za-z0-9._-]/g, '_')
        .replace(/^\.+/, '_'),
      action: this.name,
      secrets: known
    })
    return this.evidence
  }

  /**
   * Call right after a change outside the action succeeded (a rollback, a freeze), e.g.
   * `rolled back release 'payments' to revision 4`. If a later step fails (evidence that
   * cannot be written), the error says this change happened instead of implying nothing did.
   */
  changed(what: string): void {
    this.changes.push(what)
  }
}

export interface RunActionOptions {
  /** Where inputs come from (default: the runner's INPUT_*); read only to record a failure. */
  inputs?: InputSource
}

/**
 * Runs an action's body and turns every failure into one clear error line: a UserError prints
 * its own message (the user can fix it); anything else is a bug in rollback-kit and says so,
 * with the stack in the debug log. A failure is also recorded as evidence, even one found
 * before the body opened the chain (a bad input). Evidence that cannot be written after a
 * change says the change happened.
 */
export async function runAction(
  name: string,
  body: (context: ActionContext) => Promise<void>,
  options: RunActionOptions = {}
): Promise<void> {
  const context = new ActionContext(name)
  let message: string | undefined
  try {
    await body(context)
  } catch (error) {
    message = failureMessage(name, context, error)
    if (!(error instanceof UserError) && error instanceof Error && error.stack)
      logger.debug(error.stack)
    if (!(error instanceof EvidenceWriteError)) {
      await recordFailure(context, options.inputs ?? runnerInputs, error, message)
    }
  }
  await showEvidenceHead(context)
  if (message !== undefined) failStep(message)
}

function failureMessage(name: string, context: ActionContext, error: unknown): string {
  const message =
    error instanceof UserError ? error.message : `${name} failed: ${errorMessage(error)}`
  if (context.changes.length === 0) return message
  // Something changed before the failure: say so first, so nobody assumes nothing happened.
  const done = `${name} ${context.changes.join('; ')}`
  return error instanceof EvidenceWriteError
    ? `${done}, but could not record it as evidence: ${message}`
    : `${done}, but then failed: ${message}`
}

async function recordFailure(
  context: ActionContext,
  inputs: InputSource,
  error: unknown,
  message: string
): Promise<void> {
  try {
    let evidence = context.evidence
    // A bad input stops the body before it opens the chain: record it where the chain would go.
    if (!evidence && !(error instanceof InputError && error.input === 'evidence-dir')) {
      const dir = inputs('evidence-dir') ?? defaultEvidenceDir()
      // eslint-disable-next-line no-control-regex -- a hostile value is not a place to write
      if (!/[\0-\x1f]/.test(dir) && dir.length <= 1024) evidence = context.openEvidence(dir)
    }
    await evidence?.append('failed', {message, kind: error instanceof UserError ? 'user' : 'bug'})
  } catch (e) {
    logger.debug(`could not record the failure as evidence: ${errorMessage(e)}`)
  }
}

// The head leaves the runner twice (output and summary), so deleting records from the end of
// the file can be detected with `rollback-kit evidence verify --head`.
async function showEvidenceHead(context: ActionContext): Promise<void> {
  const evidence = context.evidence
  if (!evidence?.head) return
  try {
    setOutputs({'evidence-head': evidence.head})
    await writeSummary(
      `\nEvidence: ${evidence.appended} record(s) appended to \`${basename(evidence.file).replace(/`/g, "'")}\`; evidence-head \`${evidence.head}\`. Check it with \`rollback-kit evidence verify <evidence-dir> --head ${evidence.head}\`.\n`
    )
  } catch (error) {
    logger.warning(`could not report the evidence head ${evidence.head}: ${errorMessage(error)}`)
  }
}
