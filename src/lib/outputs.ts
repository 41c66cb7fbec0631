import * as core from '@actions/core'

/** Writes every output of a step at once; values are strings, as the runner stores them. */
export function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}
