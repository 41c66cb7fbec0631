import * as z from 'zod/mini'
import {
  bool,
  commonInputs,
  line,
  lines,
  maxRateLimitWait,
  parsed,
  type InputsOf
} from '../lib/inputs.js'
import {tagNameProblem} from './tag-pattern.js'

/** identify-lkg-tag's inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  // Empty only when the user set it so: the runner fills in action.yml's default 'v*'.
  'tag-pattern': parsed((v, problem) => {
    const globs = (v ?? '')
      .split(/\r?\n/)
      .map(entry => entry.trim())
      .filter(Boolean)
    return globs.length > 0
      ? globs
      : problem('is required: one or more globs, one per line, e.g. v*')
  }),
  current: parsed((v, problem) => {
    if (v === undefined) return undefined
    const why = /^[0-9a-f]{7,40}$/i.test(v) ? undefined : tagNameProblem(v)
    return why ? problem(`expected a tag name or a commit sha: ${why}`) : v
  }),
  environment: line('an environment name as the repository settings show it'),
  'required-checks': lines(names =>
    names.some(name => name.length > 1024) ? 'check names of at most 1024 characters' : undefined
  ),
  'include-prereleases': bool(false),
  exclude: lines(tags => {
    for (const tag of tags) {
      const why = tagNameProblem(tag)
      if (why) return `tag names, one per line: '${tag.slice(0, 60)}' ${why}`
    }
    return undefined
  }),
  'helm-release': line('a helm release name', 53),
  'helm-namespace': line('a Kubernetes namespace', 63),
  'max-rate-limit-wait': maxRateLimitWait()
})

export type Inputs = InputsOf<typeof inputSchema>
