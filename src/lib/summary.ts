import {appendFile} from 'node:fs/promises'

/**
 * Appends markdown to the job summary. Outside a runner (local runs, the CLI) there is no
 * summary file, so this is a no-op there rather than an error.
 */
export async function writeSummary(markdown: string): Promise<boolean> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return false
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8')
  return true
}

/** Escapes text for one markdown table cell. */
export function cell(text: string | number | undefined): string {
  if (text === undefined || text === '') return ''
  return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
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
