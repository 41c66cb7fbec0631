import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ROOT, runDist, type DistRun} from '../../sandbox/runner.js'

/** Preloaded into the step: lists the module files and Node's own modules it loads. */
export const TRACER = join(ROOT, 'test', 'support', 'trace-loads.mjs')

export interface TracedRun {
  run: DistRun
  /** The action's dist files the step loaded. */
  files: string[]
  /** Node's own modules it loaded after Node's start, without `node:`. */
  builtins: string[]
}

/** Runs an action's dist as the runner does, with test/support/trace-loads.mjs preloaded. */
export async function tracedRun(name: string, inputs: Record<string, string>): Promise<TracedRun> {
  const dir = await mkdtemp(join(tmpdir(), 'rk-traced-'))
  try {
    const trace = join(dir, 'loads.txt')
    const run = await runDist(name, {
      inputs,
      env: {NODE_OPTIONS: `--import=${TRACER}`, RK_TRACE_LOADS: trace}
    })
    const lines = (await readFile(trace, 'utf8')).split('\n')
    const files = lines
      .filter(line => line.startsWith('file:'))
      .map(url => fileURLToPath(url))
      .filter(file => file.startsWith(join(ROOT, 'dist', name)))
    const builtins = lines.filter(l => l.startsWith('node:')).map(l => l.slice('node:'.length))
    return {run, files, builtins}
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

/** Which of the markers (name → a string literal minifying keeps) the files contain. */
export async function markersIn<M extends string>(
  files: readonly string[],
  markers: Record<M, string>
): Promise<Set<M>> {
  const found = new Set<M>()
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    for (const [marker, literal] of Object.entries(markers) as [M, string][])
      if (text.includes(literal)) found.add(marker)
  }
  return found
}
