import * as core from '@actions/core'

/** The log as domain code sees it; backed by the runner's workflow commands. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

/**
 * Whether a GitHub Actions runner reads our stdout. Outside one (the rollback-kit command on a
 * laptop) workflow commands such as `::add-mask::<token>` would print secrets and noise to a
 * terminal, so every one of them becomes plain text or nothing.
 */
export function onRunner(): boolean {
  return process.env.GITHUB_ACTIONS === 'true'
}

const debugEnabled = (): boolean =>
  process.env.RUNNER_DEBUG === '1' || process.env.ROLLBACK_KIT_DEBUG === '1'

export const logger: Logger = {
  debug: message => {
    if (onRunner()) core.debug(message)
    else if (debugEnabled()) process.stderr.write(`debug: ${message}\n`)
  },
  info: message => core.info(message),
  warning: message => {
    if (onRunner()) core.warning(message)
    else process.stderr.write(`warning: ${message}\n`)
  }
}

/** Fails the step with one error line (`::error::` on a runner, `error: ` elsewhere). */
export function failStep(message: string): void {
  if (onRunner()) core.setFailed(message)
  else {
    process.exitCode = 1
    process.stderr.write(`error: ${message}\n`)
  }
}

/** Hides a secret in every later log line; outside a runner nothing masks, so nothing prints. */
export function maskSecret(value: string | undefined): void {
  if (value && onRunner()) core.setSecret(value)
}

/**
 * Prints lines inside a collapsible group of the log (one group per call). Outside a runner
 * (the rollback-kit command) the title is a plain line: no workflow commands there.
 */
export function logGroup(title: string, lines: readonly string[]): void {
  const runner = process.env.GITHUB_ACTIONS === 'true'
  if (runner) core.startGroup(title)
  else core.info(`${title}:`)
  for (const line of lines) core.info(runner ? line : `  ${line}`)
  if (runner) core.endGroup()
}
