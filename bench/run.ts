// npm run bench: what identify-lkg-tag costs, and how closely smoke-verify keeps its schedule, as
// ratios against baselines measured in the same run on the same machine (absolute numbers vary
// between machines; ratios much less so).
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {runDist, ROOT} from '../sandbox/runner.js'
import {manyTagsWorld} from '../sandbox/scenarios.js'
import {benchMigrateDown} from './migrate-down.js'
import {freezeMergesBench} from './freeze-merges.js'
import {naiveLastKnownGood} from './naive-lkg.js'
import {smokeVerifyBench} from './smoke-verify.js'

const TAGS = 5000
const FAILING = 3
const COLD_RUNS = 15

async function requestCounts(): Promise<void> {
  const world = await manyTagsWorld(TAGS, FAILING)
  try {
    const run = await runDist('identify-lkg-tag', {
      inputs: {token: 'ghs_bench', repository: 'octo-org/payments-api'},
      env: {GITHUB_API_URL: world.gh.url}
    })
    if (run.exitCode !== 0) throw new Error(`identify-lkg-tag failed:\n${run.stdout}`)
    const ours = world.gh.requests.length
    world.gh.reset()
    const naive = await naiveLastKnownGood({
      baseUrl: world.gh.url,
      token: 'ghs_bench',
      owner: 'octo-org',
      repo: 'payments-api',
      current: run.outputs['current-tag'] as string
    })
    const baseline = world.gh.requests.length
    if (naive !== run.outputs.tag)
      throw new Error(`baseline answered ${naive}, identify-lkg-tag ${run.outputs.tag}`)
    console.log(`API requests, ${TAGS} tags, newest ${FAILING} failing (both answer ${naive}):`)
    console.log(`  identify-lkg-tag (dist)            ${ours}`)
    console.log(`  baseline: page all tags + per-tag  ${baseline}`)
    console.log(
      `  ratio                              ${(ours / baseline).toFixed(3)}  (${(baseline / ours).toFixed(1)}x fewer)`
    )
  } finally {
    await world.close()
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

function time(args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint()
  spawnSync(process.execPath, args, {env, stdio: 'ignore'})
  return Number(process.hrtime.bigint() - start) / 1e6
}

function coldStart(): void {
  // The dist with no token loads every module, reads its inputs and fails: start-up cost only.
  const env = {
    PATH: process.env.PATH,
    GITHUB_REPOSITORY: 'octo-org/payments-api',
    'INPUT_TAG-PATTERN': 'v*'
  }
  const dist = join(ROOT, 'dist', 'identify-lkg-tag', 'index.js')
  time(['-e', '0'], env)
  time([dist], env)
  const bare: number[] = []
  const ours: number[] = []
  for (let i = 0; i < COLD_RUNS; i++) {
    bare.push(time(['-e', '0'], env))
    ours.push(time([dist], env))
  }
  console.log(`\nCold start, median of ${COLD_RUNS} (interleaved):`)
  console.log(`  node -e 0                          ${median(bare).toFixed(1)} ms`)
  console.log(`  node dist/identify-lkg-tag         ${median(ours).toFixed(1)} ms`)
  console.log(`  ratio                              ${(median(ours) / median(bare)).toFixed(2)}`)
}

await requestCounts()
coldStart()
await smokeVerifyBench()
await freezeMergesBench()
await benchMigrateDown()
