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
  /** The summary the workflow would post (every job's, in order). */
  summary: string
  ok: boolean
  world: {issue?: {number: number; state: string; comments: string[]}; deployed?: string}
}

/**
 * The actions the drill's run of the workflows uses (scope L1: migrate-down is not run until the
 * world embeds a database); a checkout without one of them cannot run the chain.
 */
export const CHAIN_ACTIONS = [
  'identify-lkg-tag',
  'freeze-merges',
  'helm-rollback',
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
    print(`Standing in for: ${world.stoodIn.map(s => `\n- ${s}`).join('')}\n`)
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
      'dry-run': false
    }
    const run =
      options.scenario === 'auto'
        ? await executor.run({
            workflow: '.github/workflows/post-deploy-verify.yml',
            inputs: {...common, 'auto-rollback': true}
          })
        : await executor.run({
            workflow: '.github/workflows/rollback.yml',
            inputs: {...common, incident: `DRILL-${options.scenario.toUpperCase()}`}
          })
    const rollback = options.scenario === 'auto' ? run.jobs.rollback?.call : run
    const stage = rollback?.jobs.record?.outputs.stage || undefined
    const summary = summaries(run)
    print(`\n${summary.trim()}\n`)

    const evidenceDir = join(keep, 'rollback-evidence')
    const check = existsSync(evidenceDir)
      ? await verifyEvidenceDir(evidenceDir)
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
        ? '- every chain and the manifest verify\n'
        : `- DOES NOT VERIFY: ${check.errors.join('; ')}\n`
    )
    if (options.keep)
      print(`Evidence and artifacts kept in ${keep}: ${(await readdir(keep)).join(', ')}`)

    const world_ = describeWorld(world)
    const ok = stage === 'complete' && check.ok
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
      summary,
      ok,
      world: world_
    }
  } finally {
    await world.close()
    if (!options.keep) await rm(keep, {recursive: true, force: true})
  }
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
