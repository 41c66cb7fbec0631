import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {readdirSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {NODE} from '../../sandbox/node.js'
import {errors, ROOT, runDist} from '../../sandbox/runner.js'

// Start-up is part of the product (issue 12): a step that fails on its inputs, as every step
// does when an input is mistyped mid-incident, loads none of Node's heavier modules. It still
// records the failure as evidence and writes its outputs, with synchronous file calls, a JS
// SHA-256 and the bundles' own stdout (script/stubs). Which modules load is read from the
// step's own process; how fast it starts is bench/'s business.

const ACTIONS = readdirSync(join(ROOT, 'actions')).sort()
/** Node modules a failing step must not load: crypto, streams (and net, a pipe's stdout), processes, HTTP, the thread-pool file API. */
const HEAVY = [
  'crypto',
  'internal/crypto/random',
  'stream',
  'net',
  'child_process',
  'http',
  'https',
  'fs/promises',
  'worker_threads',
  'zlib',
  'internal/deps/undici/undici'
]

// Lists, among what the step loads, `node:<name>` for each of Node's own modules.
const TRACER = join(ROOT, 'test', 'support', 'trace-loads.mjs')

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-startup-'))
})
afterAll(async () => rm(dir, {recursive: true, force: true}))

async function failOnInput(
  name: string
): Promise<{errors: string[]; loaded: string[]; outputs: Record<string, string>}> {
  const record = join(dir, `${name}.txt`)
  const run = await runDist(name, {
    inputs: {'dry-run': 'maybe'},
    env: {NODE_OPTIONS: `--import=${TRACER}`, RK_TRACE_LOADS: record}
  })
  const loaded = (await readFile(record, 'utf8'))
    .split('\n')
    .filter(line => line.startsWith('node:'))
    .map(line => line.slice('node:'.length))
  return {errors: errors(run), loaded, outputs: run.outputs}
}

describe('start-up of a step that fails on its inputs (dist)', () => {
  it('covers every action', () => {
    expect(ACTIONS).toEqual(
      expect.arrayContaining([
        'freeze-merges',
        'helm-rollback',
        'identify-lkg-tag',
        'migrate-down',
        'record-evidence',
        'smoke-verify'
      ])
    )
  })

  it.each(ACTIONS)(
    '%s fails, records it, and loads no crypto, stream, process or HTTP module',
    async name => {
      const r = await failOnInput(name)
      expect(r.errors).toEqual(["Input 'dry-run' has the value 'maybe': expected true or false"])
      // The failure is on record: the evidence-head output is the failed record's hash.
      expect(r.outputs['evidence-head']).toMatch(/^[0-9a-f]{64}$/)
      expect(r.loaded.filter(m => HEAVY.includes(m))).toEqual([])
    }
  )

  // The control for the check above: the tracer does see these modules when a step loads them.
  it('sees them load in a process that uses them', async () => {
    const record = join(dir, 'control.txt')
    spawnSync(NODE, ['-e', "require('crypto').randomUUID(); require('child_process')"], {
      env: {...process.env, NODE_OPTIONS: `--import=${TRACER}`, RK_TRACE_LOADS: record}
    })
    const loaded = (await readFile(record, 'utf8')).split('\n')
    expect(loaded).toContain('node:crypto')
    expect(loaded).toContain('node:child_process')
  })
})
