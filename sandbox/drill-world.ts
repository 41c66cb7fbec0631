// The embedded world the drill rolls back: a git repository with releases v1.0.0 … v1.3.0
// (v1.3.0 bad, two pull requests merged into it, one of them adding a migration), the GitHub
// API double with checks, deployments and open pull requests, the helm stand-in with one
// revision per release, and a smoke target that is broken while v1.3.0 is deployed.
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {createRepo, type GitFixture} from './git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from './github-double/index.js'
import {createHelmStandin, type HelmStandin} from './helm/standin.js'

export const OWNER = 'octo-org'
export const REPO = 'payments-api'
export const RELEASE = 'payments-api'
export const NAMESPACE = 'prod'
export const ENVIRONMENT = 'production'
export const TOKEN = 'ghs_drill_workflow_token'
export const RELEASES = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0'] as const
export const BAD = 'v1.3.0'
export const KNOWN_GOOD = 'v1.2.0'

export type Scenario = 'manual' | 'auto' | 'failed'

export interface WorldOptions {
  /** The app answers healthy whatever is deployed (a staging rehearsal: nothing is broken). */
  healthy?: boolean
}

export interface DrillWorld {
  git: GitFixture
  gh: GitHubDouble
  helm: HelmStandin
  /** The smoke target's health URL. */
  smokeUrl: string
  /** Commits by release tag and by merged pull request number. */
  sha: Record<string, string>
  /** Pull requests merged between the known-good and the bad release. */
  mergedPulls: number[]
  /** Open pull requests a freeze must hold. */
  openPulls: number[]
  /** What the drill stands in for, said to the user. */
  stoodIn: string[]
  /** The app_version helm has deployed now. */
  deployedVersion(): string | undefined
  close(): Promise<void>
}

const MIGRATION_1 = `exports.up = pgm => {
  pgm.createTable('payments', {id: 'id', amount: {type: 'integer', notNull: true}})
}
exports.down = pgm => {
  pgm.dropTable('payments')
}
`
const MIGRATION_2 = `exports.up = pgm => {
  pgm.addColumn('payments', {refund_reason: {type: 'text'}})
}
exports.down = pgm => {
  pgm.dropColumn('payments', 'refund_reason')
}
`

export async function createDrillWorld(
  scenario: Scenario,
  options: WorldOptions = {}
): Promise<DrillWorld> {
  const git = await createRepo()
  const sha: Record<string, string> = {}
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 8, minutes)).toISOString()
  sha['v1.0.0'] = await git.commit('release v1.0.0', {
    files: {
      'package.json': '{"name":"payments-api","private":true}\n',
      'migrations/1700000000000_create-payments.js': MIGRATION_1
    }
  })
  sha['v1.1.0'] = await git.commit('release v1.1.0', {files: {'CHANGELOG.md': '1.1.0\n'}})
  sha['v1.2.0'] = await git.commit('release v1.2.0', {files: {'CHANGELOG.md': '1.2.0\n'}})
  sha.pr11 = await git.commit('Faster receipts (#11)', {files: {'src/receipts.txt': 'fast\n'}})
  sha.pr12 = await git.commit('Refund reasons (#12)', {
    files: {'migrations/1700000100000_add-refund-reason.js': MIGRATION_2}
  })
  // Pushed straight to main, not through a pull request: nobody to notify for it.
  sha['v1.3.0'] = await git.commit('release v1.3.0', {files: {'CHANGELOG.md': '1.3.0\n'}})
  await git.tags(
    RELEASES.map((name, i) => ({name, sha: sha[name] as string, annotated: i % 2 === 1}))
  )

  const gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: git.dir})
  gh.state.tokens[TOKEN] = 'workflow'
  for (const name of RELEASES)
    gh.seed.checkRun({head_sha: sha[name] as string, name: 'test', conclusion: 'success'})
  RELEASES.forEach((name, i) =>
    gh.seed.deployment({
      sha: sha[name] as string,
      ref: name,
      environment: ENVIRONMENT,
      created_at: at(i * 10),
      statuses: [{state: 'success', created_at: at(i * 10 + 1)}]
    })
  )
  const mergedPulls = [11, 12]
  for (const n of mergedPulls)
    gh.seed.pull({
      number: n,
      title: `Change #${n}`,
      user: `dev-${n}`,
      state: 'closed',
      head: {ref: `change-${n}`, sha: sha[`pr${n}`] as string},
      merged_at: at(30 + n - 10),
      merge_commit_sha: sha[`pr${n}`] as string
    })
  const openPulls = [21, 22]
  const open1 = await git.commit('wip: retry budget', {files: {'src/retry.txt': 'wip\n'}})
  await git.branch('retry-budget', open1)
  gh.seed.pull({
    number: 21,
    title: 'Retry budget',
    user: 'dev-21',
    head: {ref: 'retry-budget', sha: open1}
  })
  gh.seed.pull({
    number: 22,
    title: 'Bump dependencies',
    user: 'dev-22',
    head: {ref: 'deps', sha: open1},
    auto_merge: {
      merge_method: 'squash',
      enabled_by: 'dev-22',
      enabled_at: at(45),
      commit_title: 'Bump dependencies',
      commit_message: ''
    }
  })
  // The open work was committed on top of the bad release; main stays at v1.3.0.
  await git.git(['reset', '--hard', sha['v1.3.0'] as string])

  const helm = createHelmStandin({
    releases: [
      {
        name: RELEASE,
        namespace: NAMESPACE,
        revisions: RELEASES.map((name, i) => ({
          revision: i + 1,
          status: i === RELEASES.length - 1 ? 'deployed' : 'superseded',
          chart: `payments-api-${name.slice(1)}`,
          app_version: name.slice(1),
          updated: at(i * 10),
          description: i === 0 ? 'Install complete' : 'Upgrade complete'
        }))
      }
    ]
  })
  const deployedVersion = () =>
    helm.revisions(RELEASE, NAMESPACE).find(r => r.status === 'deployed')?.app_version

  // Broken while the bad release runs; in the failed scenario it stays broken.
  const smoke: Server = createServer((request, response) => {
    const healthy =
      options.healthy === true || (scenario !== 'failed' && deployedVersion() !== BAD.slice(1))
    response.writeHead(healthy ? 200 : 503, {'content-type': 'application/json'})
    response.end(JSON.stringify({status: healthy ? 'ok' : 'degraded', version: deployedVersion()}))
  })
  await new Promise<void>(resolve => smoke.listen(0, '127.0.0.1', resolve))
  const smokeUrl = `http://127.0.0.1:${(smoke.address() as AddressInfo).port}/healthz`

  return {
    git,
    gh,
    helm,
    smokeUrl,
    sha,
    mergedPulls,
    openPulls,
    stoodIn: [
      `GitHub: the API double on ${gh.url} (REST and GraphQL checked against GitHub's descriptions)`,
      'Kubernetes and helm: the helm stand-in (a JSON state file instead of a cluster)',
      `the app: a health endpoint on ${smokeUrl} that fails while ${BAD} is deployed`,
      'the database: not embedded yet, so the drill runs scope L1 (no migrate-down)'
    ],
    deployedVersion,
    async close() {
      smoke.closeAllConnections()
      await new Promise<void>(resolve => smoke.close(() => resolve()))
      helm.cleanup()
      await gh.close()
      await git.cleanup()
    }
  }
}
