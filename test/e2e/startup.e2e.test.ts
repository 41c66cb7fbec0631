import {describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {NODE} from '../../sandbox/node.js'
import {errors, ROOT} from '../../sandbox/runner.js'
import {markersIn, TRACER, tracedRun} from '../support/traced-run.js'

// Start-up is part of the product (issue 12). A step that fails on its inputs, as every step
// does when an input is mistyped mid-incident, loads only what reading the inputs needs: none
// of the action's own work and none of Node's heavier modules. It still records the failure as
// evidence and writes its outputs. What loads is read in the step's own process by
// test/support/trace-loads.mjs; how fast it starts is bench/'s business.

const ACTIONS = [
  'freeze-merges',
  'helm-rollback',
  'identify-lkg-tag',
  'migrate-down',
  'record-evidence',
  'smoke-verify'
]
/** Node's modules a failing step must not load: crypto, streams (and net, a pipe's stdout), processes, HTTP, the thread-pool file API. */
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
/** Code that belongs after the inputs, each known by a string literal minifying keeps. */
const MARKERS = {
  'full zod': '"ZodString"',
  yaml: 'yaml.alias',
  postgres: 'PostgresError',
  octokit: 'octokit',
  'helm-rollback rollback': 'exited 0, but',
  'identify-lkg-tag search': 'Last known-good release',
  'freeze-merges modes': 'freeze-plan',
  'smoke-verify run': 'smoke-verify is inconclusive'
} as const
type Marker = keyof typeof MARKERS
/** Per action, the markers its dist holds for after the inputs: proves each is findable. */
const LATER: Record<string, Marker[]> = {
  'freeze-merges': ['octokit', 'freeze-merges modes'],
  'helm-rollback': ['helm-rollback rollback'],
  'identify-lkg-tag': ['octokit', 'identify-lkg-tag search'],
  'migrate-down': ['yaml', 'postgres'],
  'record-evidence': ['octokit'],
  'smoke-verify': ['yaml', 'smoke-verify run']
}

async function distFiles(name: string): Promise<string[]> {
  const chunks = join(ROOT, 'dist', name, 'chunks')
  return [
    join(ROOT, 'dist', name, 'index.js'),
    ...(await readdir(chunks)).map(f => join(chunks, f))
  ]
}

describe('start-up of a step that fails on its inputs (dist)', () => {
  it('covers every action', async () => {
    expect(await readdir(join(ROOT, 'actions'))).toEqual(ACTIONS)
  })

  describe.each(ACTIONS)('%s', name => {
    it('fails and records it, loading no crypto, stream, process or HTTP module and none of its later code', async () => {
      const {run, files, builtins} = await tracedRun(name, {'dry-run': 'maybe'})
      expect(errors(run)).toEqual(["Input 'dry-run' has the value 'maybe': expected true or false"])
      // The failure is on record: the evidence-head output is the failed record's hash.
      expect(run.outputs['evidence-head']).toMatch(/^[0-9a-f]{64}$/)
      expect(builtins.filter(m => HEAVY.includes(m))).toEqual([])
      expect(files).toContain(join(ROOT, 'dist', name, 'index.js'))
      expect([...(await markersIn(files, MARKERS))]).toEqual([])
      const all = await markersIn(await distFiles(name), MARKERS)
      for (const marker of LATER[name] ?? []) expect(all).toContain(marker)
      expect(all).not.toContain('full zod')
    })
  })

  // The control for the checks above: the tracer does see Node's modules when a step loads them.
  it('sees them load in a process that uses them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rk-startup-'))
    const record = join(dir, 'control.txt')
    spawnSync(NODE, ['-e', "require('crypto').randomUUID(); require('child_process')"], {
      env: {...process.env, NODE_OPTIONS: `--import=${TRACER}`, RK_TRACE_LOADS: record}
    })
    const loaded = (await readFile(record, 'utf8')).split('\n')
    await rm(dir, {recursive: true, force: true})
    expect(loaded).toContain('node:crypto')
    expect(loaded).toContain('node:child_process')
  })
})

describe('migrate-down waiver', () => {
  it('loads the YAML parser only when a waiver is given, and then reads it before failing', async () => {
    const {run, files} = await tracedRun('migrate-down', {
      waiver: 'id: INC-1\nreason: forward-fix\napprover: "@dba"',
      'dry-run': 'maybe'
    })
    expect(errors(run)).toEqual(["Input 'dry-run' has the value 'maybe': expected true or false"])
    expect(await markersIn(files, MARKERS)).toEqual(new Set(['yaml']))

    const bad = await tracedRun('migrate-down', {waiver: 'id: [unclosed'})
    expect(errors(bad.run)[0]).toMatch(
      /^Input 'waiver' has the value 'id: \[unclosed': is not valid YAML/
    )
  })
})
