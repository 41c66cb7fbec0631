// What a freeze and an unfreeze cost in API requests, per method, at 10, 100 and 500 open pull
// requests, against the baseline of one write per pull request per freeze. Each step runs the
// bundled dist as a fresh process against the GitHub double.
import {runDist} from '../sandbox/runner.js'
import {manyPullsWorld} from '../sandbox/scenarios.js'
import type {LoggedRequest} from '../sandbox/github-double/index.js'

const SIZES = [10, 100, 500]
const METHODS = ['status-check', 'ruleset', 'branch-protection'] as const
// status-check writes one commit status per pull request, and the client spaces writes about a
// second apart (GitHub's secondary limit is 80 content-generating requests a minute). Reads are
// not spaced, but a freeze makes only about 4 of them: at 100 pull requests a freeze and an
// unfreeze each took ~101 s for ~104 writes, so 500 take over 16 minutes for freeze + unfreeze,
// and that cell runs only when asked.
const FULL = process.env.BENCH_FULL === '1'

interface Count {
  requests: number
  writes: number
  adminWrites: number
  seconds: number
}

const isWrite = (r: LoggedRequest) =>
  r.status < 400 &&
  (r.path === '/graphql' ? /^\s*mutation/.test(r.graphql?.query ?? '') : r.method !== 'GET')
const isAdmin = (r: LoggedRequest) => r.path.includes('/protection') || r.path.includes('/rulesets')

async function step(
  url: string,
  requests: LoggedRequest[],
  inputs: Record<string, string>
): Promise<Count> {
  requests.length = 0
  const start = Date.now()
  const run = await runDist('freeze-merges', {
    inputs: {
      token: 'ghs_bench',
      'admin-token': 'ghs_bench_admin',
      repository: 'octo-org/payments-api',
      ...inputs
    },
    env: {GITHUB_API_URL: url}
  })
  if (run.exitCode !== 0) throw new Error(`freeze-merges ${inputs.mode} failed:\n${run.stdout}`)
  return {
    requests: requests.length,
    writes: requests.filter(isWrite).length,
    adminWrites: requests.filter(r => isWrite(r) && isAdmin(r)).length,
    seconds: (Date.now() - start) / 1000
  }
}

export async function freezeMergesBench(): Promise<void> {
  console.log(
    '\nfreeze-merges: API requests per freeze / unfreeze (writes in brackets), baseline = 1 write per PR'
  )
  console.log(
    '  method             PRs   freeze           unfreeze         protection/ruleset writes  writes vs baseline'
  )
  for (const size of SIZES) {
    const world = await manyPullsWorld(size)
    try {
      for (const method of METHODS) {
        if (method === 'status-check' && size >= 500 && !FULL) {
          console.log(
            `  ${method.padEnd(18)} ${String(size).padStart(4)}   not run (BENCH_FULL=1 runs it: ${size} spaced writes each way)`
          )
          continue
        }
        world.gh.state.protection = {}
        world.gh.state.rulesets = []
        world.gh.seed.protection('main', {
          required_status_checks: {strict: true, checks: [{context: 'ci', app_id: null}]}
        })
        const freeze = await step(world.gh.url, world.gh.requests, {
          mode: 'freeze',
          method,
          reason: 'bench'
        })
        const unfreeze = await step(world.gh.url, world.gh.requests, {mode: 'unfreeze', method})
        const cell = (c: Count) => `${c.requests} [${c.writes}] ${c.seconds.toFixed(0)}s`.padEnd(16)
        console.log(
          `  ${method.padEnd(18)} ${String(size).padStart(4)}   ${cell(freeze)} ${cell(unfreeze)} ${String(freeze.adminWrites).padStart(2)} + ${String(unfreeze.adminWrites).padEnd(21)} ${(freeze.writes / size).toFixed(2)}`
        )
      }
    } finally {
      await world.close()
    }
  }
}
