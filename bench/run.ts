// npm run bench: what the actions cost, on the Node the runner uses (24, sandbox/node.ts), as
// ratios against baselines measured in the same run on the same machine (absolute numbers vary
// between machines; ratios much less so). Sections:
//   1. API requests of identify-lkg-tag against a page-through-everything baseline.
//   2. Start-up on the fast-fail path (an input error) of every action against `node -e 0`.
//   3. Realistic runs against a warmed API double (and the helm stand-in).
//   4. The drill's wall time, split into rollback-kit's time and the sandbox's.
//   5. smoke-verify's schedule drift and freeze-merges' requests per freeze, each in its file.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {drill} from '../sandbox/drill-run.js'
import {createRepo} from '../sandbox/git-fixture.js'
import {startGitHubDouble} from '../sandbox/github-double/index.js'
import {createHelmStandin} from '../sandbox/helm/standin.js'
import {NODE, ROOT, runDist} from '../sandbox/runner.js'
import {manyTagsWorld} from '../sandbox/scenarios.js'
import {benchMigrateDown} from './migrate-down.js'
import {freezeMergesBench} from './freeze-merges.js'
import {naiveLastKnownGood} from './naive-lkg.js'
import {smokeVerifyBench} from './smoke-verify.js'

const TAGS = 5000
const FAILING = 3
const RUNS = Number(process.env.BENCH_RUNS ?? 21)
const DRILLS = Number(process.env.BENCH_DRILLS ?? 5)
/** Issue 12's goals. */
const START_GOAL = 1.6
const REALISTIC_GOAL_MS = 300

interface Stats {
  min: number
  median: number
  max: number
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    min: sorted[0] as number,
    median: sorted[Math.floor(sorted.length / 2)] as number,
    max: sorted[sorted.length - 1] as number
  }
}

const ms = (s: Stats) =>
  `${s.min.toFixed(1).padStart(7)} ${s.median.toFixed(1).padStart(7)} ${s.max.toFixed(1).padStart(7)}`
const row = (label: string, s: Stats, extra = '') =>
  console.log(`  ${label.padEnd(26)} ${ms(s)}${extra}`)
const header = (label: string) =>
  console.log(
    `  ${label.padEnd(26)} ${'min'.padStart(7)} ${'median'.padStart(7)} ${'max'.padStart(7)}  (ms)`
  )

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

function time(args: string[], env: NodeJS.ProcessEnv): {ms: number; stdout: string} {
  const start = process.hrtime.bigint()
  const result = spawnSync(NODE, args, {env, encoding: 'utf8'})
  return {ms: Number(process.hrtime.bigint() - start) / 1e6, stdout: result.stdout}
}

function actions(): string[] {
  return readdirSync(join(ROOT, 'dist'))
    .filter(name => name !== 'cli' && existsSync(join(ROOT, 'dist', name, 'index.js')))
    .sort()
}

/** Returns true when every action meets the start-up goal. */
function startUp(): boolean {
  // `dry-run` is a common input, so `maybe` is an input error in every action: the step loads
  // what it loads before reading its inputs, reads them and fails. Nothing else runs.
  const temp = mkdtempSync(join(tmpdir(), 'rk-bench-start-'))
  // As on a runner: the output and summary files exist, and the failed record each step
  // appends goes under RUNNER_TEMP, not into the checkout.
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/payments-api',
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: join(temp, 'set_output'),
    GITHUB_STEP_SUMMARY: join(temp, 'step_summary'),
    'INPUT_DRY-RUN': 'maybe'
  }
  writeFileSync(env.GITHUB_OUTPUT, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  const names = actions()
  const scripts = names.map(name => join(ROOT, 'dist', name, 'index.js'))
  for (const [i, script] of scripts.entries()) {
    const first = time([script], env)
    if (!first.stdout.includes("::error::Input 'dry-run'"))
      throw new Error(`${names[i]} did not fail on its dry-run input:\n${first.stdout}`)
  }
  time(['-e', '0'], env)
  const bare: number[] = []
  const ours: number[][] = scripts.map(() => [])
  // Interleaved, so a busy moment on the machine hits every column alike.
  for (let run = 0; run < RUNS; run++) {
    bare.push(time(['-e', '0'], env).ms)
    for (const [i, script] of scripts.entries()) ours[i]?.push(time([script], env).ms)
  }
  const base = stats(bare)
  console.log(
    `\nStart-up on the fast-fail path (input error), Node ${spawnSync(NODE, ['--version'], {encoding: 'utf8'}).stdout.trim()}, ${RUNS} runs interleaved:`
  )
  header('')
  row('node -e 0', base)
  let met = true
  for (const [i, name] of names.entries()) {
    const s = stats(ours[i] as number[])
    const ratio = s.median / base.median
    met &&= ratio <= START_GOAL
    row(
      `dist/${name}`,
      s,
      `  ratio ${ratio.toFixed(2)} (min ${(s.min / base.min).toFixed(2)}, goal <= ${START_GOAL})`
    )
  }
  rmSync(temp, {recursive: true, force: true})
  return met
}

/** The drill's world without helm: six releases, checks, production deployments. */
async function realistic(): Promise<boolean> {
  const git = await createRepo()
  const releases = ['v2.3.0', 'v2.4.0', 'v2.4.1', 'v2.5.0-rc.1', 'v2.5.0', 'v2.5.1']
  const sha: Record<string, string> = {}
  for (const name of releases) sha[name] = await git.commit(`release ${name}`)
  await git.tags(
    releases.map((name, i) => ({name, sha: sha[name] as string, annotated: i % 2 === 0}))
  )
  const gh = await startGitHubDouble({owner: 'octo-org', repo: 'payments-api', gitDir: git.dir})
  for (const name of releases) {
    const conclusion = name === 'v2.5.0' ? 'failure' : 'success'
    gh.seed.checkRun({head_sha: sha[name] as string, name: 'test', conclusion})
  }
  for (const [i, name] of ['v2.4.0', 'v2.4.1', 'v2.5.0', 'v2.5.1'].entries()) {
    gh.seed.deployment({
      sha: sha[name] as string,
      ref: name,
      environment: 'production',
      created_at: new Date(Date.UTC(2026, 10, 21, i)).toISOString(),
      statuses: [{state: name === 'v2.5.0' ? 'failure' : 'success'}]
    })
  }
  const identify = () =>
    runDist('identify-lkg-tag', {
      inputs: {token: 'ghs_bench', repository: 'octo-org/payments-api', environment: 'production'},
      env: {GITHUB_API_URL: gh.url}
    })
  try {
    // Warm the double: it compiles its schemas on first use, which is not our time.
    for (let i = 0; i < 3; i++) await identify()
    gh.reset()
    const first = await identify()
    if (first.exitCode !== 0 || first.outputs.tag !== 'v2.4.1')
      throw new Error(`identify-lkg-tag answered '${first.outputs.tag}':\n${first.stdout}`)
    const requests = gh.requests.length
    const walls: number[] = []
    for (let i = 0; i < RUNS; i++) walls.push((await identify()).ms)
    const helm = await helmRollback()
    console.log(`\nRealistic runs (the drill's world), ${RUNS} runs each:`)
    header('')
    const s = stats(walls)
    row(
      'identify-lkg-tag',
      s,
      `  ${requests} API requests; goal median < ${REALISTIC_GOAL_MS} ms: ${s.median < REALISTIC_GOAL_MS ? 'met' : 'NOT met'}`
    )
    row('helm-rollback', helm.wall, '  4 helm invocations (stand-in)')
    row('helm-rollback less helm', helm.toolkit, '  the stand-in is a node script; real helm is Go')
    for (const name of actions().filter(n => n !== 'identify-lkg-tag' && n !== 'helm-rollback'))
      console.log(`  ${name.padEnd(26)} no realistic scenario in bench/ yet`)
    return s.median < REALISTIC_GOAL_MS
  } finally {
    await gh.close()
    await git.cleanup()
  }
}

async function helmRollback(): Promise<{wall: Stats; toolkit: Stats}> {
  const walls: number[] = []
  const toolkit: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const helm = createHelmStandin({
      releases: [
        {
          name: 'payments-api',
          namespace: 'prod',
          revisions: [
            {revision: 1, status: 'superseded', app_version: '2.4.1', chart: 'payments-api-2.4.1'},
            {revision: 2, status: 'deployed', app_version: '2.5.1', chart: 'payments-api-2.5.1'}
          ]
        }
      ]
    })
    try {
      const run = await runDist('helm-rollback', {
        inputs: {release: 'payments-api', namespace: 'prod'},
        env: helm.env
      })
      if (run.exitCode !== 0) throw new Error(`helm-rollback failed:\n${run.stdout}`)
      walls.push(run.ms)
      toolkit.push(run.ms - helm.durations().reduce((sum, d) => sum + d, 0))
    } finally {
      helm.cleanup()
    }
  }
  return {wall: stats(walls), toolkit: stats(toolkit)}
}

async function drills(): Promise<void> {
  const runs = []
  for (let i = 0; i < DRILLS; i++) {
    const result = await drill({scenario: 'manual', print: () => undefined})
    if (!result.ok) throw new Error('the drill failed: run `npm run drill` to see why')
    runs.push({...result, sandboxMs: result.wallMs - result.toolkitMs})
  }
  console.log(
    `\nThe drill (rollback.yml through the workflow executor, world built each time), ${DRILLS} runs:`
  )
  header('')
  row('wall', stats(runs.map(r => r.wallMs)))
  row(
    'rollback-kit',
    stats(runs.map(r => r.toolkitMs)),
    '  dist processes less double and helm stand-in time'
  )
  row(
    'sandbox',
    stats(runs.map(r => r.sandboxMs)),
    '  git fixture, API double, helm stand-in, spawning'
  )
}

// BENCH_ONLY=startup,realistic runs only those sections (all by default), e.g. to repeat the
// start-up goal on a quiet machine without the minutes the freeze and drill sections take.
const SECTIONS = ['requests', 'startup', 'realistic', 'drill', 'smoke', 'freeze', 'migrate']
const only = process.env.BENCH_ONLY?.split(',').map(s => s.trim())
const unknownSection = only?.find(s => !SECTIONS.includes(s))
if (unknownSection) {
  console.error(`BENCH_ONLY: no section '${unknownSection}'; sections: ${SECTIONS.join(', ')}`)
  process.exit(2)
}
const wanted = (section: string) => !only || only.includes(section)

if (wanted('requests')) await requestCounts()
const started = wanted('startup') ? startUp() : undefined
const fast = wanted('realistic') ? await realistic() : undefined
if (wanted('drill')) await drills()
if (wanted('smoke')) await smokeVerifyBench()
if (wanted('freeze')) await freezeMergesBench()
if (wanted('migrate')) await benchMigrateDown()
const verdict = (met: boolean | undefined) =>
  met === undefined ? 'not measured' : met ? 'met' : 'NOT met'
console.log(
  `\nGoals: start-up <= ${START_GOAL}x node -e 0 for every action: ${verdict(started)}; realistic identify-lkg-tag < ${REALISTIC_GOAL_MS} ms: ${verdict(fast)}.`
)
