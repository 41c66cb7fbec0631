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

/** Prints lines inside a collapsible group of the log (one group per call). */
export function logGroup(title: string, lines: readonly string[]): void {
  core.startGroup(title)
  for (const line of lines) core.info(line)
  core.endGroup()
}
