// npm run drill: the rollback job on embedded defaults. A real git repository with release
// tags, the GitHub API double on 127.0.0.1 and a helm stand-in stand in for the world; the
// committed dist/ bundles run exactly as the Actions runner runs them. Prints what the job
// summary would show and checks the evidence chain at the end.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {verifyEvidenceDir, writeManifest} from '../src/lib/evidence.js'
import {createRepo} from './git-fixture.js'
import {startGitHubDouble} from './github-double/index.js'
import {createHelmStandin} from './helm/standin.js'
import {runDist, type DistRun} from './runner.js'

const OWNER = 'octo-org'
const REPO = 'payments-api'

/** Where a drill's wall time went: our dist processes, and the stand-ins and setup around them. */
export interface DrillTimes {
  code: number
  wallMs: number
  /** Time inside the dist processes, less the double's and the helm stand-in's share of it. */
  toolkitMs: number
  /** Everything else: fixtures, the double, the helm stand-in, spawning. */
  sandboxMs: number
}

export async function runDrill({print = true}: {print?: boolean} = {}): Promise<DrillTimes> {
  const log = print ? console.log : () => undefined
  const started = Date.now()
  let toolkitMs = 0
  const code = await drill(log, ms => (toolkitMs += ms))
  const wallMs = Date.now() - started
  return {code, wallMs, toolkitMs, sandboxMs: wallMs - toolkitMs}
}

async function drill(log: (text: string) => void, toolkit: (ms: number) => void): Promise<number> {
  const started = Date.now()
  const git = await createRepo()
  const work = await mkdtemp(join(tmpdir(), 'rollback-drill-'))
  const evidenceDir = join(work, 'rollback-evidence')
  const releases = ['v2.3.0', 'v2.4.0', 'v2.4.1', 'v2.5.0-rc.1', 'v2.5.0', 'v2.5.1']
  const sha: Record<string, string> = {}
  for (const name of releases) sha[name] = await git.commit(`release ${name}`)
  await git.tags(
    releases.map((name, i) => ({name, sha: sha[name] as string, annotated: i % 2 === 0}))
  )
  const gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: git.dir})
  const checks: Record<string, 'success' | 'failure'> = {
    'v2.3.0': 'success',
    'v2.4.0': 'success',
    'v2.4.1': 'success',
    'v2.5.0-rc.1': 'success',
    'v2.5.0': 'failure',
    'v2.5.1': 'success'
  }
  for (const [name, conclusion] of Object.entries(checks)) {
    gh.seed.checkRun({head_sha: sha[name] as string, name: 'test', conclusion})
  }
  const at = (hour: number) => new Date(Date.UTC(2026, 10, 21, hour)).toISOString()
  const deploy = (name: string, hour: number, outcome: 'success' | 'failure') =>
    gh.seed.deployment({
      sha: sha[name] as string,
      ref: name,
      environment: 'production',
      created_at: at(hour),
      statuses: [{state: outcome, created_at: at(hour)}]
    })
  deploy('v2.4.0', 1, 'success')
  deploy('v2.4.1', 3, 'success')
  deploy('v2.5.0', 5, 'failure')
  deploy('v2.5.1', 7, 'success')
  const helm = createHelmStandin({
    version: 'v3.21.4',
    releases: [
      {
        name: 'payments-api',
        namespace: 'prod',
        revisions: [
          {
            revision: 1,
            updated: at(1),
            status: 'superseded',
            app_version: '2.4.0',
            chart: 'payments-api-2.4.0',
            description: 'Install complete'
          },
          {
            revision: 2,
            updated: at(3),
            status: 'superseded',
            app_version: '2.4.1',
            chart: 'payments-api-2.4.1',
            description: 'Upgrade complete'
          },
          {
            revision: 3,
            updated: at(5),
            status: 'failed',
            app_version: '2.5.0',
            chart: 'payments-api-2.5.0',
            description: 'Upgrade "payments-api" failed: context deadline exceeded'
          },
          {
            revision: 4,
            updated: at(7),
            status: 'deployed',
            app_version: '2.5.1',
            chart: 'payments-api-2.5.1',
            description: 'Upgrade complete'
          }
        ]
      }
    ]
  })
  const common = {
    token: 'ghs_drill_token',
    repository: `${OWNER}/${REPO}`,
    'evidence-dir': evidenceDir
  }
  const env = {...helm.env, GITHUB_API_URL: gh.url}
  // A step's own time: its process, less what the double and the helm stand-in spent in it.
  const step = async (name: string, run: () => Promise<DistRun>): Promise<DistRun> => {
    const doubleBefore = gh.requests.length
    const helmBefore = helm.durations().length
    const stepStarted = Date.now()
    const result = await run()
    const wall = Date.now() - stepStarted
    const doubleMs = gh.requests.slice(doubleBefore).reduce((sum, r) => sum + (r.ms ?? 0), 0)
    const helmMs = helm
      .durations()
      .slice(helmBefore)
      .reduce((sum, ms) => sum + ms, 0)
    toolkit(Math.max(0, wall - doubleMs - helmMs))
    report(log, name, result, wall)
    return result
  }
  try {
    log(`# rollback drill: ${OWNER}/${REPO}, environment production, helm release payments-api\n`)
    const lkg = await step('identify-lkg-tag', () =>
      runDist('identify-lkg-tag', {
        inputs: {
          ...common,
          environment: 'production',
          'helm-release': 'payments-api',
          'helm-namespace': 'prod'
        },
        env
      })
    )
    if (lkg.exitCode !== 0) return 1
    const rollback = await step('helm-rollback', () =>
      runDist('helm-rollback', {
        inputs: {
          ...common,
          release: 'payments-api',
          namespace: 'prod',
          revision: lkg.outputs['helm-revision'] ?? ''
        },
        env
      })
    )
    if (rollback.exitCode !== 0) return 1
    await writeManifest(evidenceDir)
    const check = await verifyEvidenceDir(evidenceDir)
    log(`## Evidence\n`)
    for (const chain of check.chains) log(`- ${chain.records} records, head \`${chain.head}\``)
    log(
      check.ok ? '- chain and manifest verify\n' : `- DOES NOT VERIFY: ${check.errors.join('; ')}\n`
    )
    log(
      `Drill finished in ${((Date.now() - started) / 1000).toFixed(1)} s: rolled back from ${lkg.outputs['current-tag']} to ${lkg.outputs.tag} (helm revision ${rollback.outputs['to-revision']} → new revision ${rollback.outputs['new-revision']}); ${gh.requests.length} GitHub API requests, ${helm.invocations().length} helm invocations.`
    )
    return check.ok ? 0 : 1
  } finally {
    helm.cleanup()
    await gh.close()
    await git.cleanup()
    await rm(work, {recursive: true, force: true})
  }
}

function report(log: (text: string) => void, name: string, result: DistRun, ms: number): void {
  log(result.summary.trim())
  const outcome = result.exitCode === 0 ? 'ok' : 'FAILED'
  log(`\n_${name}: ${outcome} in ${ms} ms_\n`)
  for (const a of result.annotations.filter(a => a.level === 'error' || a.level === 'warning')) {
    log(`${a.level}: ${a.message}`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const times = await runDrill()
  console.log(
    `Wall ${times.wallMs} ms: rollback-kit ${times.toolkitMs} ms, sandbox (fixtures, API double, helm stand-in) ${times.sandboxMs} ms.`
  )
  process.exitCode = times.code
}
