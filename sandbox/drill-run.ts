// The drill (npm run drill, rollback-kit drill): runs the real reusable workflow (.github/workflows/rollback.yml, or post-deploy-verify.yml for
// --scenario auto) through the local workflow executor against an embedded world (see
// drill-world.ts): the committed dist/ bundles run exactly as the Actions runner runs them.
// Prints progress per job and step, the summary the workflow would post, writes and verifies
// the evidence, and exits 0 only when the rollback succeeded.
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {verifyEvidenceDir} from '../src/lib/evidence.js'
import {
  createDrillWorld,
  ENVIRONMENT,
  MIGRATIONS,
  NAMESPACE,
  OWNER,
  RELEASE,
  REPO,
  TOKEN,
  type DrillWorld,
  type Scenario
} from './drill-world.js'
import {ROOT} from './runner.js'
import {WorkflowExecutor, type Progress, type WorkflowRun} from './workflow/executor.js'

export interface DrillOptions {
  scenario: Scenario
  /** Where the sealed evidence and every job's artifact are copied (default: a temp dir, removed). */
  keep?: string
  /** Drill on this repository's release tags instead of the embedded one (read only). */
  dir?: string
  print?: (line: string) => void
}

export interface DrillResult {
  scenario: Scenario
  run: WorkflowRun
  /** complete, failed, or undefined when the record job did not run. */
  stage?: string
  evidenceOk: boolean
  evidenceErrors: string[]
  /** The evidence-head outputs of every step, each checked against the sealed evidence. */
  evidenceHeads: string[]
  /** The summary the workflow would post (every job's, in order). */
  summary: string
  ok: boolean
  /** Wall time of the whole drill, and the part spent inside the actions' dist processes. */
  wallMs: number
  toolkitMs: number
  world: {issue?: {number: number; state: string; comments: string[]}; deployed?: string}
  /**
   * The database read back before and after the run (absent for --dir, which runs scope L1):
   * the migrations applied, and those the bad release added that are still applied.
   */
  database?: {
    before: string[]
    after: string[]
    /** The migrations the bad release added (expected reverted: exactly these). */
    badRelease: string[]
    /** migrate-down's own `reverted` output (read back by it), parsed. */
    reportedReverted: string[]
    /** The payments table's columns and indexes after, read back. */
    columns: string[]
    indexes: string[]
    /** after equals before minus exactly badRelease, as migrate-down reported. */
    ok: boolean
  }
}

/**
 * The actions the drill's run of the workflows uses (scope L2: migrate-down reverts the embedded
 * database); a checkout without one of them cannot run the chain.
 */
export const CHAIN_ACTIONS = [
  'identify-lkg-tag',
  'freeze-merges',
  'helm-rollback',
  'migrate-down',
  'smoke-verify',
  'record-evidence'
]

export function missingActions(): string[] {
  return CHAIN_ACTIONS.filter(
    name =>
      !existsSync(join(ROOT, 'actions', name, 'action.yml')) ||
      !existsSync(join(ROOT, 'dist', name, 'index.js'))
  )
}

export async function drill(options: DrillOptions): Promise<DrillResult> {
  const print = options.print ?? (line => console.log(line))
  const started = Date.now()
  const keep = options.keep ?? (await mkdtemp(join(tmpdir(), 'rollback-drill-')))
  const world = await createDrillWorld(options.scenario, {dir: options.dir})
  try {
    print(
      `# rollback drill (${options.scenario}): ${OWNER}/${REPO}, environment ${ENVIRONMENT}, helm release ${RELEASE}`
    )
    print(`Standing in for:${world.stoodIn.map(s => `\n- ${s}`).join('')}\n`)
    const executor = new WorkflowExecutor({
      root: ROOT,
      repository: `${OWNER}/${REPO}`,
      selfNames: ['rollback-kit/rollback-kit'],
      eventName: options.scenario === 'auto' ? 'push' : 'workflow_dispatch',
      workspace: world.dir,
      env: {...world.helm.env, GITHUB_API_URL: world.gh.url},
      github: {token: TOKEN, actor: 'oncall-drill', sha: world.sha[world.bad]},
      keepArtifacts: keep,
      onProgress: progress(print)
    })
    const common = {
      environment: ENVIRONMENT,
      release: RELEASE,
      namespace: NAMESPACE,
      'smoke-url': world.smokeUrl,
      'smoke-interval': '200ms',
      'smoke-count': 10,
      'smoke-consecutive-successes': 2,
      'watch-window': 0,
      'dry-run': false,
      // With the embedded database, L2: migrate-down reverts what the bad release migrated. Its
      // down steps drop a column (a real rollback's would too). No pg_dump backup: see stoodIn.
      ...(world.db
        ? {scope: 'L2', order: 'app-first', 'allow-data-loss': true, backup: false}
        : {scope: 'L1'})
    }
    const secrets: Record<string, string> = world.db ? {'database-url': world.db.url} : {}
    const before = await world.db?.applied()
    const run =
      options.scenario === 'auto'
        ? await executor.run({
            workflow: '.github/workflows/post-deploy-verify.yml',
            inputs: {...common, 'auto-rollback': true},
            secrets
          })
        : await executor.run({
            workflow: '.github/workflows/rollback.yml',
            inputs: {...common, incident: `DRILL-${options.scenario.toUpperCase()}`},
            secrets
          })
    const rollback = options.scenario === 'auto' ? run.jobs.rollback?.call : run
    const stage = rollback?.jobs.record?.outputs.stage || undefined
    const summary = summaries(run)
    print(`\n${summary.trim()}\n`)

    const evidenceDir = join(keep, 'rollback-evidence')
    // Every evidence-head a step reported must be a record of the sealed evidence, and every
    // chain's end must be anchored (by the manifest or a head): strict, as an auditor would check.
    const heads = evidenceHeads(run)
    const check = existsSync(evidenceDir)
      ? await verifyEvidenceDir(evidenceDir, {heads, strict: true})
      : {
          ok: false,
          chains: [],
          errors: [`no sealed evidence (artifact rollback-evidence) in ${keep}`]
        }
    print('## Evidence\n')
    for (const chain of check.chains)
      print(
        `- ${chain.file.slice(evidenceDir.length + 1)}: ${chain.records} records, head \`${chain.head}\``
      )
    print(
      check.ok
        ? `- every chain and the manifest verify, and so does each of the ${heads.length} evidence-head outputs the steps reported\n`
        : `- DOES NOT VERIFY: ${check.errors.join('; ')}\n`
    )
    if (options.keep)
      print(`Evidence and artifacts kept in ${keep}: ${(await readdir(keep)).join(', ')}`)

    const database =
      world.db && before
        ? await checkDatabase(world, before, rollback?.jobs['migrate-after'], print)
        : undefined

    const world_ = describeWorld(world)
    const ok = stage === 'complete' && check.ok && (database?.ok ?? true)
    print(
      `Drill ${options.scenario} finished in ${((Date.now() - started) / 1000).toFixed(1)} s: rollback ${stage ?? 'did not record'}; helm now runs ${world_.deployed}; ${world.gh.requests.length} GitHub API requests, ${world.helm.invocations().length} helm invocations.`
    )
    if (world.gh.violations.length)
      print(
        `GitHub double: ${world.gh.violations.length} request(s) GitHub would reject: ${world.gh.violations.slice(0, 3).join('; ')}`
      )
    return {
      scenario: options.scenario,
      run,
      stage,
      evidenceOk: check.ok,
      evidenceErrors: check.errors,
      evidenceHeads: heads,
      summary,
      ok,
      wallMs: Date.now() - started,
      toolkitMs: executor.distMs,
      world: world_,
      database
    }
  } finally {
    await world.close()
    if (!options.keep) await rm(keep, {recursive: true, force: true})
  }
}

/** Reads the database back: exactly the bad release's migrations must be gone, nothing else. */
async function checkDatabase(
  world: DrillWorld,
  before: string[],
  job: WorkflowRun['jobs'][string] | undefined,
  print: (line: string) => void
): Promise<NonNullable<DrillResult['database']>> {
  const db = world.db as NonNullable<DrillWorld['db']>
  const after = await db.applied()
  const badRelease: string[] = [...(MIGRATIONS[world.bad as keyof typeof MIGRATIONS] ?? [])]
  const reported = job?.steps.map(step => step.outputs.reverted).find(Boolean)
  let reportedReverted: string[] = []
  try {
    reportedReverted = reported ? (JSON.parse(reported) as string[]) : []
  } catch {
    reportedReverted = []
  }
  const expected = before.filter(name => !badRelease.includes(name))
  const ok =
    badRelease.every(name => before.includes(name)) &&
    JSON.stringify(after) === JSON.stringify(expected) &&
    JSON.stringify([...reportedReverted].sort()) === JSON.stringify([...badRelease].sort())
  const columns = await db.columns()
  const indexes = await db.indexes()
  print('## Database\n')
  print(`- applied before: ${before.join(', ')}`)
  print(`- applied after (read back from pgmigrations): ${after.join(', ') || 'none'}`)
  print(`- migrate-down reported reverted: ${reportedReverted.join(', ') || 'nothing'}`)
  print(`- payments now has columns ${columns.join(', ')} and indexes ${indexes.join(', ')}`)
  print(
    ok
      ? `- exactly ${world.bad}'s migrations were reverted (${badRelease.join(', ')}); everything older stays\n`
      : `- NOT exactly ${world.bad}'s migrations (${badRelease.join(', ')}) were reverted\n`
  )
  return {before, after, badRelease, reportedReverted, columns, indexes, ok}
}

function describeWorld(world: DrillWorld): DrillResult['world'] {
  const issue = world.gh.state.issues.find(i => i.body?.includes('rollback-kit:incident'))
  return {
    deployed: world.deployedVersion(),
    issue: issue && {
      number: issue.number,
      state: issue.state,
      comments: world.gh.state.comments
        .filter(c => c.issue_number === issue.number)
        .map(c => c.body)
    }
  }
}

/** Each step's evidence-head output, in this run and the workflows it called (as --head). */
export function evidenceHeads(run: WorkflowRun): string[] {
  const heads = Object.values(run.jobs).flatMap(job => [
    ...job.steps.map(step => step.outputs['evidence-head'] ?? ''),
    ...(job.call ? evidenceHeads(job.call) : [])
  ])
  return [...new Set(heads.filter(Boolean))]
}

function summaries(run: WorkflowRun): string {
  return Object.values(run.jobs)
    .flatMap(job => [job.summary, ...(job.call ? [summaries(job.call)] : [])])
    .filter(Boolean)
    .join('\n')
}

function progress(print: (line: string) => void): (p: Progress) => void {
  const indent = (depth: number) => '  '.repeat(depth)
  return p => {
    if (p.kind === 'job-start') print(`${indent(p.depth)}▶ ${p.workflow} › ${p.job}`)
    else if (p.kind === 'job-end')
      print(`${indent(p.depth)}${mark(p.result)} ${p.job}: ${p.result} (${p.ms} ms)`)
    else if (p.kind === 'step-end' && p.result !== 'skipped')
      print(`${indent(p.depth + 1)}${mark(p.result)} ${p.step} (${p.ms} ms)`)
    else if (p.kind === 'log' && /^(error|warning):/.test(p.line))
      print(`${indent(p.depth + 2)}${p.line.split('\n')[0]}`)
  }
}

const mark = (result: string) => (result === 'success' ? '✓' : result === 'skipped' ? '·' : '✗')

/** `npm run drill` and `rollback-kit drill`: parses the flags, runs, sets the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let scenario: Scenario = 'manual'
  let keep: string | undefined
  let dir: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1]
    if (flag === '--scenario' && (value === 'manual' || value === 'auto' || value === 'failed')) {
      scenario = value
      i++
    } else if (flag === '--keep' && value && !value.startsWith('-')) {
      keep = value
      i++
    } else if (flag === '--dir' && value && !value.startsWith('-')) {
      dir = value
      i++
    } else if (flag === '--help' || flag === '-h') {
      console.log(
        'Usage: npm run drill -- [--scenario manual|auto|failed] [--dir <your repo>] [--keep <dir>]'
      )
      return 0
    } else {
      console.error(
        `Unknown or incomplete flag '${flag ?? ''}${value && flag?.startsWith('--') ? ` ${value}` : ''}'. Usage: npm run drill -- [--scenario manual|auto|failed] [--dir <your repo>] [--keep <dir>]`
      )
      return 2
    }
  }
  const missing = missingActions()
  if (missing.length) {
    console.error(
      `This checkout lacks actions the rollback workflow chains: ${missing.join(', ')} (actions/<name>/action.yml and dist/<name>/index.js). Build them with 'node script/bundle.mjs <name>'.`
    )
    return 2
  }
  const result = await drill({scenario, keep, dir})
  return result.ok ? 0 : 1
}
