import type {Check} from '../checks.js'
import type {Probe} from '../scheduler.js'
import {commandProbe, type CommandEnvironment} from './command.js'
import {httpProbe} from './http.js'
import {prometheusProbe} from './prometheus.js'

/**
 * The adapter for a check's kind. main.ts imports this module only after the inputs are
 * valid, so a bad input never loads the network or process modules.
 */
export function createProbe(check: Check, where: CommandEnvironment): Probe {
  switch (check.kind) {
    case 'http':
      return httpProbe(check)
    case 'prometheus':
      return prometheusProbe(check)
    default:
      return commandProbe(check, where)
  }
}
