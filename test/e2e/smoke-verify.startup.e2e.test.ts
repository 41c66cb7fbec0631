import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {readFileSync, statSync} from 'node:fs'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {errors, ROOT, runDist} from '../../sandbox/runner.js'

// Start-up loads only what the path needs (issue 12): a step that fails on its inputs never
// loads the YAML parser, the probes' network and process modules, or zod's full build. Which
// modules load is recorded by a module hook in the dist's own process; how fast it starts is
// bench/'s business.

const DIST = join(ROOT, 'dist', 'smoke-verify') + sep
// A string in the `yaml` package's code that minifying keeps (its parse error's name).
const YAML_PARSER = 'YAMLParseError'
// A string of the run's code that minifying keeps (verify.ts's message for an open verdict):
// it marks the chunk with the checks' parsing, sampling, verdict, report and summary.
const RUN_CODE = 'smoke-verify is inconclusive'
const PROCESS_OR_NETWORK = ['node:child_process', 'node:http', 'node:https', 'node:net']

// Records module files and Node's own modules alike (process.getBuiltinModule included).
const TRACER = join(ROOT, 'test', 'support', 'trace-loads.mjs')

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smoke-startup-'))
})
afterAll(async () => rm(dir, {recursive: true, force: true}))

/** Runs the dist with the inputs; returns its error annotations and the modules it loaded. */
async function loads(
  inputs: Record<string, string>,
  name: string
): Promise<{errors: string[]; urls: string[]; ours: string[]}> {
  const record = join(dir, `${name}.txt`)
  await writeFile(record, '')
  const run = await runDist('smoke-verify', {
    inputs,
    env: {NODE_OPTIONS: `--import=${TRACER}`, RK_TRACE_LOADS: record}
  })
  const urls = (await readFile(record, 'utf8')).split('\n').filter(Boolean)
  const ours = urls
    .filter(url => url.startsWith('file:'))
    .map(url => fileURLToPath(url))
    .filter(path => path.startsWith(DIST))
  return {errors: errors(run), urls, ours}
}

const CHECKS = '- {name: suite, kind: command, run: "true"}\n'

describe('smoke-verify start-up (dist)', () => {
  it('fails on a wrong input without loading the YAML parser, probes or zod in full', async () => {
    const r = await loads({'dry-run': 'maybe', checks: CHECKS}, 'fast-fail')
    expect(r.errors).toEqual(["Input 'dry-run' has the value 'maybe': expected true or false"])
    expect(r.ours).toContain(join(DIST, 'index.js'))
    expect(r.ours.filter(path => readFileSync(path, 'utf8').includes(YAML_PARSER))).toEqual([])
    expect(r.ours.filter(path => readFileSync(path, 'utf8').includes(RUN_CODE))).toEqual([])
    expect(r.urls.filter(url => PROCESS_OR_NETWORK.includes(url))).toEqual([])
    // zod's full build with its locales made the entry 607 KB; with zod/mini it is a tenth.
    const bytes = r.ours.reduce((sum, path) => sum + statSync(path).size, 0)
    expect(bytes).toBeLessThan(100_000)
  })

  it('loads the YAML parser once there are checks to read, and still no probe', async () => {
    const r = await loads({'dry-run': 'true', checks: CHECKS}, 'dry-run')
    expect(r.errors).toEqual([])
    expect(r.ours.filter(path => readFileSync(path, 'utf8').includes(YAML_PARSER))).toHaveLength(1)
    // The control for the check above: the run's code loads once the inputs are valid.
    expect(r.ours.filter(path => readFileSync(path, 'utf8').includes(RUN_CODE))).toHaveLength(1)
    expect(r.urls.filter(url => PROCESS_OR_NETWORK.includes(url))).toEqual([])
  })

  it('runs with only the url input without loading the YAML parser', async () => {
    const r = await loads({'dry-run': 'true', url: 'http://127.0.0.1:9/healthz'}, 'url-only')
    expect(r.errors).toEqual([])
    expect(r.ours.filter(path => readFileSync(path, 'utf8').includes(RUN_CODE))).toHaveLength(1)
    expect(r.ours.filter(path => readFileSync(path, 'utf8').includes(YAML_PARSER))).toEqual([])
    expect(r.urls.filter(url => PROCESS_OR_NETWORK.includes(url))).toEqual([])
  })

  it('reports wrong checks YAML, read after the schema, as an error naming checks', async () => {
    const r = await loads({checks: '- {name: suite, kind: cmd}'}, 'bad-yaml')
    expect(r.errors).toEqual([
      "Input 'checks' has the value '- {name: suite, kind: cmd}': checks[0] (name 'suite') field 'kind': expected one of http, command, prometheus (got 'cmd')"
    ])
    expect(r.urls.filter(url => PROCESS_OR_NETWORK.includes(url))).toEqual([])
  })

  // The control for the checks above: the hook does see the probes' process module load.
  it('loads the command probe when it samples', async () => {
    const r = await loads(
      {checks: CHECKS, count: '1', 'consecutive-successes': '1', interval: '100ms'},
      'sample'
    )
    expect(r.errors).toEqual([])
    expect(r.urls).toContain('node:child_process')
  })
})
