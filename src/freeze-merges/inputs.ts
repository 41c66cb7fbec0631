import * as z from 'zod/mini'
import {
  bool,
  commonInputs,
  integer,
  maxRateLimitWait,
  oneOf,
  parsed,
  type InputsOf
} from '../lib/inputs.js'
import {parseDuration} from './duration.js'

export const MODES = ['freeze', 'unfreeze', 'status', 'guard', 'setup'] as const
export type Mode = (typeof MODES)[number]
export const METHODS = ['status-check', 'ruleset', 'branch-protection'] as const
export type Method = (typeof METHODS)[number]

// git check-ref-format, plus no leading dash (a branch name must never read as an option).
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?!\/)(?!.*[/.]$)[^\s~^:?*[\\\p{Cc}]{1,255}$/u
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const TEAM = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,99})$/
const WORKFLOW_FILE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}\.ya?ml$/

/** One line of text, at most `max` characters. */
const oneLine = (max: number, what: string, fallback?: string) =>
  parsed((v, problem) => {
    if (v === undefined) return fallback
    if (/[\r\n]/.test(v)) problem(`expected ${what} on one line`)
    if (v.length > max) problem(`expected ${what} of at most ${max} characters`)
    return v
  })

/** A newline list where every entry must pass `check` (which returns a problem or nothing). */
const list = (check: (entry: string) => string | undefined, fallback: string[] = []) =>
  parsed((v, problem) => {
    if (v === undefined) return fallback
    const entries = v
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
    if (entries.length > 100) problem('expected at most 100 entries, one per line')
    for (const entry of entries) {
      const why = check(entry)
      if (why) problem(why)
    }
    return [...new Set(entries)]
  })

/** freeze-merges' inputs; the keys are action.yml's input names. */
export const inputSchema = z.object({
  ...commonInputs,
  mode: oneOf<Mode>(MODES, 'status'),
  method: oneOf<Method>(METHODS, 'status-check'),
  branches: list(b =>
    BRANCH.test(b)
      ? undefined
      : `'${b.slice(0, 60)}' is not a branch name: expected names like main or release/1.x, one per line (empty = the default branch)`
  ),
  reason: oneLine(500, 'a short reason'),
  incident: oneLine(200, 'an incident id or URL, e.g. INC-1234'),
  // The same rule as 'token': it goes into an HTTP header. Never echoed back (readInputs).
  'admin-token': parsed((v, problem) => {
    if (v !== undefined && (!/^[\x21-\x7e]{1,2048}$/.test(v) || v.startsWith('-')))
      problem(
        'expected one GitHub token (one word of at most 2048 characters, e.g. ${{ steps.app.outputs.token }} from actions/create-github-app-token)'
      )
    return v
  }),
  bypass: list(entry =>
    entry
      .replace(/^@/, '')
      .split('/')
      .every((part, i, all) => all.length <= 2 && (i === 0 ? LOGIN : TEAM).test(part))
      ? undefined
      : `'${entry.slice(0, 60)}' is not a GitHub login or team: expected logins or org/team, one per line`
  ),
  'exempt-label': oneLine(50, 'a label name', 'freeze-exempt'),
  'exempt-approvals': integer({
    min: 0,
    max: 100,
    fallback: 2,
    expected: 'a whole number of approving reviews from 0 to 100'
  }),
  'disable-auto-merge': bool(true),
  'cancel-workflows': list(file =>
    WORKFLOW_FILE.test(file.replace(/^\.github\/workflows\//, ''))
      ? undefined
      : `'${file.slice(0, 60)}' is not a workflow file: expected file names such as deploy.yml, one per line`
  ),
  'expires-in': parsed((v, problem) => {
    if (v === undefined) return 0
    const ms = parseDuration(v)
    if (ms === undefined)
      problem('expected a duration such as 90m, 4h, 1d or 1h30m (0 = never expires), at most 30d')
    return ms
  }),
  'check-name': oneLine(100, 'a check name', 'merge-freeze'),
  'max-rate-limit-wait': maxRateLimitWait()
})

export type Inputs = InputsOf<typeof inputSchema>
