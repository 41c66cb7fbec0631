import {appendFileSync} from 'node:fs'

/**
 * Appends markdown to the job summary. Outside a runner (local runs, the CLI) there is no
 * summary file, so this is a no-op there rather than an error. Synchronous, like the runner's
 * output file commands: one small append, and no thread pool to start for it.
 */
export async function writeSummary(markdown: string): Promise<boolean> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return false
  appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8')
  return true
}

/**
 * Escapes text for one markdown table cell: tool output (an app_version, a description) can
 * hold markdown or HTML that would otherwise render as links, images or break the table.
 */
export function cell(text: string | number | undefined): string {
  if (text === undefined || text === '') return ''
  return String(text)
    .replace(/[\\`[\]|]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ')
}

/** An inline code span that no backtick inside the text can close early. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = longest > 0 || text.startsWith(' ') ? ' ' : ''
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`
}

/** A fenced code block that a ``` line inside the text cannot end (CommonMark: a longer fence). */
export function codeBlock(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`{3,}|~{3,}/g)].map(m => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}\n${text.trim()}\n${fence}`
}

/** A markdown table from a header row and data rows. */
export function table(header: string[], rows: (string | number | undefined)[][]): string {
  const lines = [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
  ]
  return `${lines.join('\n')}\n`
}
