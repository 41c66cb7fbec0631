import {code, table} from '../lib/summary.js'
import type {Selection} from './select.js'

export interface SummaryFacts {
  repository: string
  current: {tag: string; sha: string; source: string}
  selection: Selection
  matched: number
  ignored: number
  helmRevision?: string
  environment?: string
}

/** The job summary: the answer first, then every candidate looked at with its verdict. */
export function renderSummary(facts: SummaryFacts): string {
  const {selection, current} = facts
  const chosen = selection.chosen
  const head = chosen
    ? `## Last known-good release: ${code(chosen.tag)}\n\n` +
      `${code(chosen.tag)} (${chosen.sha.slice(0, 12)}) is the newest release below ${code(current.tag)} that passed its checks` +
      `${facts.environment ? ` and deployed successfully to ${code(facts.environment)}` : ''}.` +
      `${facts.helmRevision ? ` Helm revision: ${facts.helmRevision}.` : ''}\n`
    : `## No known-good release below ${code(current.tag)}\n\nEvery candidate was rejected; see the reasons below.\n`
  const rows = selection.examined.map(e => [
    e.verdict === 'chosen' ? `**${e.tag}**` : e.tag,
    e.version,
    e.sha ? e.sha.slice(0, 12) : '',
    e.verdict === 'chosen' ? '✅ chosen' : '❌ rejected',
    e.reason
  ])
  const notes = [
    `Repository: ${facts.repository}`,
    `Current release: ${code(current.tag)} (${current.sha ? current.sha.slice(0, 12) : 'unknown commit'}), from ${current.source}`,
    `Tags matching the pattern with a semver version: ${facts.matched}; matching the glob but not semver (ignored): ${facts.ignored}`,
    selection.skippedPrereleases
      ? `Prereleases below current skipped (include-prereleases is false): ${selection.skippedPrereleases}`
      : '',
    selection.notExamined
      ? `Older candidates not examined (a newer one qualified): ${selection.notExamined}`
      : ''
  ].filter(Boolean)
  const candidates = rows.length
    ? `\n### Candidates, newest first\n\n${table(['Tag', 'Version', 'Commit', 'Verdict', 'Reason'], rows)}`
    : '\nNo release below the current one was found.\n'
  return `${head}${candidates}\n${notes.map(n => `- ${n}`).join('\n')}\n`
}
