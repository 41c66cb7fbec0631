import {describe, expect, it} from '@jest/globals'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {errors, runDist} from '../../sandbox/runner.js'

// Hostile values for every migrate-down input, through the dist: exactly one ::error:: that
// names the input, and nothing touched (no evidence but the failure, no connection: the URL points at a closed
// port, so getting past the inputs would fail differently).

const URL_OK = 'postgres://app:hunter2-secret@127.0.0.1:1/app'
const HUGE = 'x'.repeat(70_000)

const cases: [input: string, label: string, value: string][] = []
const hostile = (input: string, values: Record<string, string>) => {
  for (const [label, value] of Object.entries(values)) cases.push([input, label, value])
}
hostile('tool', {huge: HUGE, newline: 'knex\ndbmate', dash: '--help', 'wrong type': 'true'})
hostile('database-url', {
  empty: '',
  huge: `postgres://u:p@h/${HUGE}`,
  newline: 'postgres://u:p@h/db\nx',
  dash: '-h',
  'wrong type': 'mysql://u:p@h/db'
})
hostile('migrations-dir', {huge: HUGE, newline: 'a\nb', dash: '-m', 'wrong type': '../outside'})
hostile('migrations-table', {
  huge: HUGE,
  newline: 'a\nb',
  dash: '-t',
  'wrong type': 'x; DROP TABLE y'
})
hostile('from-ref', {
  huge: HUGE,
  newline: 'v1\nv2',
  dash: '--output=/tmp/x',
  'wrong type': 'v1..v2'
})
hostile('to-ref', {huge: HUGE, newline: 'v1\nv2', dash: '-v1', 'wrong type': 'v 1'})
hostile('count', {
  huge: '9'.repeat(400),
  newline: '1\n2',
  dash: '-1',
  'wrong type': 'all',
  zero: '0'
})
hostile('command', {huge: HUGE, newline: 'npm run a\nrm -rf /', dash: '-rf x'})
hostile('waiver', {
  huge: `id: ${HUGE}`,
  newline: 'id: a\nreason',
  dash: '-x',
  'wrong type': '[1, 2]'
})
hostile('allow-data-loss', {
  huge: 'true'.repeat(9999),
  newline: 'true\nfalse',
  dash: '-true',
  'wrong type': 'yes'
})
hostile('backup', {
  huge: 'true'.repeat(9999),
  newline: 'true\nfalse',
  dash: '-false',
  'wrong type': '1'
})
hostile('dry-run', {newline: 'true\nfalse', dash: '-true', 'wrong type': 'maybe'})
hostile('backup-path', {huge: HUGE, newline: 'a\nb', dash: '-o', 'wrong type': 'folder/'})

describe('migrate-down rejects hostile inputs before touching anything', () => {
  it.each(cases)('%s: %s', async (input, _label, value) => {
    const run = await runDist('migrate-down', {
      inputs: {'database-url': URL_OK, 'to-ref': 'v1.0.0', [input]: value},
      keep: true
    })
    const found = errors(run)
    expect(run.exitCode).toBe(1)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`'${input}'`)
    expect(found[0]?.length).toBeLessThan(1200)
    expect(run.stdout).not.toContain('hunter2-secret')
    if (input === 'database-url') expect(found[0]).not.toContain(value.slice(0, 30) || '\u0000')
    // Only the failure is recorded: no plan, no state read, nothing done.
    const chain = join(run.tempDir, 'rollback-evidence', 'rollback.jsonl')
    const events = existsSync(chain)
      ? readFileSync(chain, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map(line => (JSON.parse(line) as {event: string}).event)
      : []
    expect(events.filter(e => e !== 'failed')).toEqual([])
    if (existsSync(chain)) expect(readFileSync(chain, 'utf8')).not.toContain('hunter2-secret')
  })

  it('to-ref and count together are refused, naming both', async () => {
    const run = await runDist('migrate-down', {
      inputs: {'database-url': URL_OK, 'to-ref': 'v1', count: '2'}
    })
    expect(errors(run)).toEqual([expect.stringContaining("pass either 'to-ref' (v1) or 'count'")])
  })

  it('neither to-ref nor count is refused', async () => {
    const run = await runDist('migrate-down', {inputs: {'database-url': URL_OK}})
    expect(errors(run)).toEqual([expect.stringContaining("Input 'to-ref' is empty")])
  })
})
