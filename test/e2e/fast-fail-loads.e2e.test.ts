import {describe, expect, it} from '@jest/globals'
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {errors, ROOT, runDist} from '../../sandbox/runner.js'

// Start-up (issue 12): a step that fails on an input loads only what reading the inputs needs.
// The dist runs on Node 24 with a load hook that lists every module file it loads; those files
// must hold none of the code that belongs after the inputs. Each marker is a string literal
// that survives minification.
const MARKERS = {
  'full zod': '"ZodString"',
  yaml: 'yaml.alias',
  postgres: 'PostgresError',
  octokit: 'octokit',
  // An evidence record only freeze-merges' freeze mode writes (src/freeze-merges/freeze.ts).
  'freeze-merges modes': '"freeze-plan"'
} as const
type Marker = keyof typeof MARKERS

const TRACER = join(ROOT, 'test', 'support', 'trace-loads.mjs')

/** Runs the dist with `inputs`; returns the first error and the dist files it loaded. */
async function loads(
  name: string,
  inputs: Record<string, string>
): Promise<{error: string | undefined; files: string[]}> {
  const dir = await mkdtemp(join(tmpdir(), 'rk-loads-'))
  try {
    const trace = join(dir, 'loads.txt')
    const run = await runDist(name, {
      inputs,
      env: {NODE_OPTIONS: `--import=${TRACER}`, RK_TRACE_LOADS: trace}
    })
    expect(run.exitCode).toBe(1)
    const urls = (await readFile(trace, 'utf8')).split('\n').filter(u => u.startsWith('file:'))
    const files = urls
      .map(u => fileURLToPath(u))
      .filter(f => f.startsWith(join(ROOT, 'dist', name)))
    return {error: errors(run)[0], files}
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

async function markersIn(files: readonly string[]): Promise<Set<Marker>> {
  const found = new Set<Marker>()
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    for (const [marker, literal] of Object.entries(MARKERS))
      if (text.includes(literal)) found.add(marker as Marker)
  }
  return found
}

async function distFiles(name: string): Promise<string[]> {
  const chunks = join(ROOT, 'dist', name, 'chunks')
  return [
    join(ROOT, 'dist', name, 'index.js'),
    ...(await readdir(chunks)).map(f => join(chunks, f))
  ]
}

describe.each([
  // What the dist holds for after the inputs: proves each marker is findable at all.
  ['migrate-down', ['yaml', 'postgres']],
  ['record-evidence', ['octokit']],
  ['freeze-merges', ['octokit', 'freeze-merges modes']]
] as const)('%s on an input error', (name, later) => {
  it('loads neither full zod nor the code that runs after the inputs', async () => {
    const {error, files} = await loads(name, {'dry-run': 'maybe'})
    expect(error).toBe("Input 'dry-run' has the value 'maybe': expected true or false")
    expect(files).toContain(join(ROOT, 'dist', name, 'index.js'))
    expect([...(await markersIn(files))]).toEqual([])
    const all = await markersIn(await distFiles(name))
    for (const marker of later) expect(all).toContain(marker)
    expect(all).not.toContain('full zod')
  })
})

describe('migrate-down waiver', () => {
  it('loads the YAML parser only when a waiver is given, and then reads it before failing', async () => {
    const {error, files} = await loads('migrate-down', {
      waiver: 'id: INC-1\nreason: forward-fix\napprover: "@dba"',
      'dry-run': 'maybe'
    })
    expect(error).toBe("Input 'dry-run' has the value 'maybe': expected true or false")
    expect(await markersIn(files)).toEqual(new Set(['yaml']))

    const bad = await loads('migrate-down', {waiver: 'id: [unclosed'})
    expect(bad.error).toMatch(/^Input 'waiver' has the value 'id: \[unclosed': is not valid YAML/)
  })
})
