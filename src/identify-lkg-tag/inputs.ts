import {z} from 'zod'
import {bool, commonInputs, fail, line, lines, parsed, required} from '../lib/inputs.js'
import {tagNameProblem} from './tag-pattern.js'

/** identify-lkg-tag's inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  // Empty only when the user set it so: the runner fills in action.yml's default 'v*'.
  'tag-pattern': required('one or more globs, one per line, e.g. v*').transform(v =>
    v
      .split(/\r?\n/)
      .map(entry => entry.trim())
      .filter(Boolean)
  ),
  current: parsed((v, problem) => {
    if (v === undefined) return undefined
    const why = /^[0-9a-f]{7,40}$/i.test(v) ? undefined : tagNameProblem(v)
    return why ? problem(`expected a tag name or a commit sha: ${why}`) : v
  }),
  environment: line('an environment name as the repository settings show it'),
  'required-checks': lines().transform((names, ctx) => {
    const long = names.find(name => name.length > 1024)
    return long ? fail(ctx, 'expected check names of at most 1024 characters') : names
  }),
  'include-prereleases': bool(false),
  exclude: lines().transform((tags, ctx) => {
    for (const tag of tags) {
      const why = tagNameProblem(tag)
      if (why) return fail(ctx, `expected tag names, one per line: '${tag.slice(0, 60)}' ${why}`)
    }
    return tags
  }),
  'helm-release': line('a helm release name', 53),
  'helm-namespace': line('a Kubernetes namespace', 63)
})

export type Inputs = z.output<typeof inputSchema>
