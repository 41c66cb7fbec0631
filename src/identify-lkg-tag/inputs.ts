import {z} from 'zod'
import {bool, commonInputs, lines, required, text} from '../lib/inputs.js'

/** identify-lkg-tag's inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  // Empty only when the user set it so: the runner fills in action.yml's default 'v*'.
  'tag-pattern': required('one or more globs, one per line, e.g. v*').transform(v =>
    v
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(Boolean)
  ),
  current: text(),
  environment: text(),
  'required-checks': lines(),
  'include-prereleases': bool(false),
  exclude: lines(),
  'helm-release': text(),
  'helm-namespace': text()
})

export type Inputs = z.output<typeof inputSchema>
