import {describe, expect, it} from '@jest/globals'
import {statSync} from 'node:fs'
import {join} from 'node:path'
import {errors, ROOT} from '../../sandbox/runner.js'
import {markersIn, tracedRun} from '../support/traced-run.js'

// Start-up loads only what the path needs (issue 12): a step that fails on its inputs never
// loads the YAML parser, the probes' network and process modules, or zod's full build. Which
// modules load is recorded in the dist's own process (test/support/traced-run.ts); how fast it
// starts is bench/'s business.

const MARKERS = {
  // A string in the `yaml` package's code that minifying keeps (its parse error's name).
  yaml: 'YAMLParseError',
  // A string of the run's code that minifying keeps (verify.ts's message for an open verdict):
  // it marks the chunk with the checks' parsing, sampling, verdict, report and summary.
  run: 'smoke-verify is inconclusive'
}
const PROCESS_OR_NETWORK = ['child_process', 'http', 'https', 'net']

/** Runs the dist with the inputs; returns its errors, the markers and Node's modules it loaded. */
async function loads(inputs: Record<string, string>) {
  const traced = await tracedRun('smoke-verify', inputs)
  return {
    errors: errors(traced.run),
    files: traced.files,
    markers: await markersIn(traced.files, MARKERS),
    network: traced.builtins.filter(m => PROCESS_OR_NETWORK.includes(m)),
    builtins: traced.builtins
  }
}

const CHECKS = '- {name: suite, kind: command, run: "true"}\n'

describe('smoke-verify start-up (dist)', () => {
  it('fails on a wrong input without loading the YAML parser, probes or zod in full', async () => {
    const r = await loads({'dry-run': 'maybe', checks: CHECKS})
    expect(r.errors).toEqual(["Input 'dry-run' has the value 'maybe': expected true or false"])
    expect(r.files).toContain(join(ROOT, 'dist', 'smoke-verify', 'index.js'))
    expect([...r.markers]).toEqual([])
    expect(r.network).toEqual([])
    // zod's full build with its locales made the entry 607 KB; with zod/mini it is a tenth.
    const bytes = r.files.reduce((sum, path) => sum + statSync(path).size, 0)
    expect(bytes).toBeLessThan(100_000)
  })

  it('loads the YAML parser once there are checks to read, and still no probe', async () => {
    const r = await loads({'dry-run': 'true', checks: CHECKS})
    expect(r.errors).toEqual([])
    // The control for the check above: the parser and the run's code load once the inputs are valid.
    expect(r.markers).toEqual(new Set(['yaml', 'run']))
    expect(r.network).toEqual([])
  })

  it('runs with only the url input without loading the YAML parser', async () => {
    const r = await loads({'dry-run': 'true', url: 'http://127.0.0.1:9/healthz'})
    expect(r.errors).toEqual([])
    expect(r.markers).toEqual(new Set(['run']))
    expect(r.network).toEqual([])
  })

  it('reports wrong checks YAML, read after the schema, as an error naming checks', async () => {
    const r = await loads({checks: '- {name: suite, kind: cmd}'})
    expect(r.errors).toEqual([
      "Input 'checks' has the value '- {name: suite, kind: cmd}': checks[0] (name 'suite') field 'kind': expected one of http, command, prometheus (got 'cmd')"
    ])
    expect(r.network).toEqual([])
  })

  // The control for the checks above: the hook does see the probes' process module load.
  it('loads the command probe when it samples', async () => {
    const r = await loads({
      checks: CHECKS,
      count: '1',
      'consecutive-successes': '1',
      interval: '100ms'
    })
    expect(r.errors).toEqual([])
    expect(r.builtins).toContain('child_process')
  })
})
