import * as core from '@actions/core'

/** The log as domain code sees it; backed by the runner's workflow commands. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export const logger: Logger = {
  debug: message => core.debug(message),
  info: message => core.info(message),
  warning: message => core.warning(message)
}

/** Hides a secret in every later log line. */
export function maskSecret(value: string | undefined): void {
  if (value) core.setSecret(value)
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
