import * as z from 'zod/mini'
import {
  bool,
  commonInputs,
  lines,
  maxRateLimitWait,
  parsed,
  text,
  type InputsOf
} from '../lib/inputs.js'

/** identify-lkg-tag's inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  // Empty only when the user set it so: the runner fills in action.yml's default 'v*'.
  'tag-pattern': parsed((v, problem) => {
    const globs = (v ?? '')
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(Boolean)
    return globs.length > 0
      ? globs
      : problem('is required: one or more globs, one per line, e.g. v*')
  }),
  current: text(),
  environment: text(),
  'required-checks': lines(),
  'include-prereleases': bool(false),
  exclude: lines(),
  'helm-release': text(),
  'helm-namespace': text(),
  'max-rate-limit-wait': maxRateLimitWait()
})

export type Inputs = InputsOf<typeof inputSchema>
