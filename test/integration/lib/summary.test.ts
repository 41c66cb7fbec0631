import {afterEach, describe, expect, it} from '@jest/globals'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {cell, table, writeSummary} from '../../../src/lib/summary.js'

const saved = process.env.GITHUB_STEP_SUMMARY
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
  else process.env.GITHUB_STEP_SUMMARY = saved
})

describe('the summary writer', () => {
  it('is a no-op without GITHUB_STEP_SUMMARY', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    expect(await writeSummary('# hi')).toBe(false)
  })
  it('appends to the step summary file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'rk-summary-')), 'step_summary')
    await writeFile(file, 'before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    expect(await writeSummary('# hi')).toBe(true)
    expect(await readFile(file, 'utf8')).toBe('before\n# hi\n')
  })
  it('escapes table cells', () => {
    expect(cell('a|b\nc')).toBe('a\\|b c')
    expect(table(['x'], [['1|2']])).toBe('| x |\n| --- |\n| 1\\|2 |\n')
  })
})
