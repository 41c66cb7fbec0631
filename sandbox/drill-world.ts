// The embedded world the drill rolls back: a git repository with releases v1.0.0 … v1.3.0
// (v1.3.0 bad, two pull requests merged into it, one of them adding a migration), the GitHub
// API double with checks, deployments and open pull requests, the helm stand-in with one
// revision per release, and a smoke target that is broken while v1.3.0 is deployed.
import {execFile} from 'node:child_process'
import {symlink} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {createRepo, runGit, type GitFixture} from './git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from './github-double/index.js'
import {createHelmStandin, type HelmStandin} from './helm/standin.js'
import {startPglite, type TestDatabase} from './postgres.js'
import {ROOT} from './runner.js'

export const OWNER = 'octo-org'
export const REPO = 'payments-api'
export const RELEASE = 'payments-api'
export const NAMESPACE = 'prod'
export const ENVIRONMENT = 'production'
export const TOKEN = 'ghs_drill_workflow_token'
export const RELEASES = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0'] as const
/** The embedded repository's bad and known-good releases. */
export const BAD = 'v1.3.0'
export const KNOWN_GOOD = 'v1.2.0'
/** The node-pg-migrate migrations of the embedded repository, by the release that added them. */
export const MIGRATIONS = {
  'v1.0.0': ['1700000000000_create-payments'],
  'v1.1.0': ['1700000050000_add-currency'],
  'v1.2.0': [],
  'v1.3.0': ['1700000100000_payments-amount-idx', '1700000200000_add-refund-reason']
} as const satisfies Record<(typeof RELEASES)[number], readonly string[]>

export type Scenario = 'manual' | 'auto' | 'failed'

export interface WorldOptions {
  /** The app answers healthy whatever is deployed (a staging rehearsal: nothing is broken). */
  healthy?: boolean
  /**
   * A repository of the user's to drill on instead of the embedded one: its newest release tags
   * (vX.Y.Z) become the releases, the newest standing in as the bad one. Only read, never changed.
   */
  dir?: string
}

export interface DrillWorld {
  /** The repository the workflows run in (GITHUB_WORKSPACE) and the double serves. */
  dir: string
  /** Release tags, oldest first; the last one is the bad release. */
  releases: string[]
  bad: string
  /** The release a rollback should land on: the one before the bad one. */
  knownGood: string
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
  /**
   * The embedded database (PGlite) with every migration up to the bad release applied; absent
   * for a user's repository (--dir), whose database the drill cannot have.
   */
  db?: DrillDatabase
  /** The app_version helm has deployed now. */
  deployedVersion(): string | undefined
  close(): Promise<void>
}

export interface DrillDatabase {
  /** postgres:// URL, passed to the workflow as the database-url secret. */
  url: string
  /** The migrations node-pg-migrate's pgmigrations table holds, in the order they ran. */
  applied(): Promise<string[]>
  /** The columns of the payments table, sorted. */
  columns(): Promise<string[]>
  /** The indexes on the payments table, sorted. */
  indexes(): Promise<string[]>
}

const MIGRATION_1 = `exports.up = pgm => {
  pgm.createTable('payments', {id: 'id', amount: {type: 'integer', notNull: true}})
}
exports.down = pgm => {
  pgm.dropTable('payments')
}
`
const CURRENCY = `exports.up = pgm => {
  pgm.addColumn('payments', {currency: {type: 'text', notNull: true, default: 'EUR'}})
}
exports.down = pgm => {
  pgm.dropColumn('payments', 'currency')
}
`
const AMOUNT_INDEX = `exports.up = pgm => {
  pgm.createIndex('payments', 'amount', {name: 'payments_amount_idx'})
}
exports.down = pgm => {
  pgm.dropIndex('payments', 'amount', {name: 'payments_amount_idx'})
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
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 8, minutes)).toISOString()
  const repo = options.dir ? await userRepository(options.dir) : await embeddedRepository(at)
  const {releases, sha} = repo
  const bad = releases.at(-1) as string
  const knownGood = releases.at(-2) as string
  // Started now, awaited last: PGlite boots while the rest of the world is built.
  const starting = options.dir ? undefined : startDatabase(repo.dir)
  starting?.catch(() => undefined)

  const gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: repo.dir})
  gh.state.tokens[TOKEN] = 'workflow'
  for (const name of releases)
    gh.seed.checkRun({head_sha: sha[name] as string, name: 'test', conclusion: 'success'})
  releases.forEach((name, i) =>
    gh.seed.deployment({
      sha: sha[name] as string,
      ref: name,
      environment: ENVIRONMENT,
      created_at: at(i * 10),
      statuses: [{state: 'success', created_at: at(i * 10 + 1)}]
    })
  )
  for (const pull of repo.pulls) gh.seed.pull(pull)
  const mergedPulls = repo.pulls.filter(p => p.merged_at).map(p => p.number as number)
  const openPulls = repo.pulls.filter(p => !p.merged_at).map(p => p.number as number)

  const helm = createHelmStandin({
    releases: [
      {
        name: RELEASE,
        namespace: NAMESPACE,
        revisions: releases.map((name, i) => ({
          revision: i + 1,
          status: i === releases.length - 1 ? 'deployed' : 'superseded',
          chart: `payments-api-${version(name)}`,
          app_version: version(name),
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
      options.healthy === true || (scenario !== 'failed' && deployedVersion() !== version(bad))
    response.writeHead(healthy ? 200 : 503, {'content-type': 'application/json'})
    response.end(JSON.stringify({status: healthy ? 'ok' : 'degraded', version: deployedVersion()}))
  })
  await new Promise<void>(resolve => smoke.listen(0, '127.0.0.1', resolve))
  const smokeUrl = `http://127.0.0.1:${(smoke.address() as AddressInfo).port}/healthz`
  const closeSmoke = async () => {
    smoke.closeAllConnections()
    await new Promise<void>(resolve => smoke.close(() => resolve()))
  }
  let database: {db: DrillDatabase; close(): Promise<void>} | undefined
  try {
    database = await starting
  } catch (error) {
    await closeSmoke()
    helm.cleanup()
    await gh.close()
    await repo.cleanup()
    throw error
  }

  return {
    dir: repo.dir,
    releases,
    bad,
    knownGood,
    gh,
    helm,
    smokeUrl,
    sha,
    mergedPulls,
    openPulls,
    stoodIn: [
      ...repo.stoodIn,
      `GitHub: the API double on ${gh.url} (REST and GraphQL checked against GitHub's descriptions), with green checks and one successful deployment to ${ENVIRONMENT} per release`,
      `Kubernetes and helm: the helm stand-in (a JSON state file instead of a cluster), one revision per release`,
      `the app: a health endpoint on ${smokeUrl} that fails while ${bad} is deployed${scenario === 'failed' ? ' (and after it: the failed scenario)' : ''}`,
      database
        ? `the database: an embedded PostgreSQL (PGlite) with node-pg-migrate's migrations up to ${bad} applied, reverted with scope L2; no pg_dump backup (backup: false: pg_dump must be at least PGlite's PostgreSQL version, and a drill database holds nothing to keep)`
        : 'the database: none for your repository, so the drill runs scope L1 (no migrate-down)'
    ],
    db: database?.db,
    deployedVersion,
    async close() {
      await closeSmoke()
      await database?.close()
      helm.cleanup()
      await gh.close()
      await repo.cleanup()
    }
  }
}

/** PGlite with the embedded repository's migrations applied by its own node-pg-migrate. */
async function startDatabase(dir: string): Promise<{db: DrillDatabase; close(): Promise<void>}> {
  const pg: TestDatabase = await startPglite()
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        join(dir, 'node_modules', '.bin', 'node-pg-migrate'),
        ['up', '-m', 'migrations'],
        {cwd: dir, env: {...process.env, DATABASE_URL: pg.url}, timeout: 60_000},
        (error, stdout, stderr) =>
          error
            ? reject(new Error(`node-pg-migrate up failed in the drill world: ${stdout}${stderr}`))
            : resolve()
      )
    })
  } catch (error) {
    await pg.close()
    throw error
  }
  const names = async (text: string, key: string) =>
    (await pg.sql(text)).map(row => String(row[key]))
  return {
    db: {
      url: pg.url,
      applied: () => names('SELECT name FROM pgmigrations ORDER BY run_on, id', 'name'),
      columns: () =>
        names(
          "SELECT column_name FROM information_schema.columns WHERE table_name = 'payments' ORDER BY 1",
          'column_name'
        ),
      indexes: () =>
        names(
          "SELECT indexname FROM pg_indexes WHERE tablename = 'payments' ORDER BY 1",
          'indexname'
        )
    },
    close: () => pg.close()
  }
}

const version = (tag: string): string => tag.replace(/^v/, '')

interface Repository {
  dir: string
  releases: string[]
  sha: Record<string, string>
  pulls: Parameters<GitHubDouble['seed']['pull']>[0][]
  stoodIn: string[]
  cleanup(): Promise<void>
}

/** The embedded repository: v1.0.0 … v1.3.0, two pull requests merged into v1.3.0, two open. */
async function embeddedRepository(at: (minutes: number) => string): Promise<Repository> {
  const git: GitFixture = await createRepo()
  const sha: Record<string, string> = {}
  // The app's node-pg-migrate is this project's, linked in as `npm ci` would install it.
  await symlink(join(ROOT, 'node_modules'), join(git.dir, 'node_modules'), 'dir')
  const file = (name: string) => `migrations/${name}.js`
  sha['v1.0.0'] = await git.commit('release v1.0.0', {
    files: {
      'package.json': `${JSON.stringify({name: 'payments-api', private: true, devDependencies: {'node-pg-migrate': '9.0.0'}})}\n`,
      '.gitignore': 'node_modules\n',
      [file(MIGRATIONS['v1.0.0'][0])]: MIGRATION_1
    }
  })
  sha['v1.1.0'] = await git.commit('release v1.1.0', {
    files: {'CHANGELOG.md': '1.1.0\n', [file(MIGRATIONS['v1.1.0'][0])]: CURRENCY}
  })
  sha['v1.2.0'] = await git.commit('release v1.2.0', {files: {'CHANGELOG.md': '1.2.0\n'}})
  sha.pr11 = await git.commit('Faster receipts (#11)', {
    files: {'src/receipts.txt': 'fast\n', [file(MIGRATIONS['v1.3.0'][0])]: AMOUNT_INDEX}
  })
  sha.pr12 = await git.commit('Refund reasons (#12)', {
    files: {[file(MIGRATIONS['v1.3.0'][1])]: MIGRATION_2}
  })
  // Pushed straight to main, not through a pull request: nobody to notify for it.
  sha['v1.3.0'] = await git.commit('release v1.3.0', {files: {'CHANGELOG.md': '1.3.0\n'}})
  await git.tags(
    RELEASES.map((name, i) => ({name, sha: sha[name] as string, annotated: i % 2 === 1}))
  )
  const open = await git.commit('wip: retry budget', {files: {'src/retry.txt': 'wip\n'}})
  await git.branch('retry-budget', open)
  // The open work sits on a branch; main stays at the bad release.
  await git.git(['reset', '--hard', sha['v1.3.0'] as string])
  const pulls: Repository['pulls'] = [11, 12].map(n => ({
    number: n,
    title: `Change #${n}`,
    user: `dev-${n}`,
    state: 'closed' as const,
    head: {ref: `change-${n}`, sha: sha[`pr${n}`] as string},
    merged_at: at(30 + n - 10),
    merge_commit_sha: sha[`pr${n}`] as string
  }))
  pulls.push(
    {number: 21, title: 'Retry budget', user: 'dev-21', head: {ref: 'retry-budget', sha: open}},
    {
      number: 22,
      title: 'Bump dependencies',
      user: 'dev-22',
      head: {ref: 'retry-budget', sha: open},
      auto_merge: {
        merge_method: 'squash',
        enabled_by: 'dev-22',
        enabled_at: at(45),
        commit_title: 'Bump dependencies',
        commit_message: ''
      }
    }
  )
  return {
    dir: git.dir,
    releases: [...RELEASES],
    sha,
    pulls,
    stoodIn: [
      `your repository: an embedded one with releases ${RELEASES.join(', ')} (${BAD} bad), two pull requests merged into ${BAD} and two open`
    ],
    cleanup: () => git.cleanup()
  }
}

/** The user's repository, read only: its newest (up to four) vX.Y.Z tags are the releases. */
async function userRepository(dir: string): Promise<Repository> {
  const listing = await runGit(dir, [
    'for-each-ref',
    '--format=%(refname:short) %(objectname) %(*objectname)',
    'refs/tags'
  ]).catch((error: Error) => {
    throw new Error(`--dir ${dir} is not a git repository I can read: ${error.message}`)
  })
  const tags = listing
    .split('\n')
    .map(line => line.trim().split(' '))
    .filter(([name]) => name !== undefined && /^v?\d+\.\d+\.\d+$/.test(name))
    .map(([name, object, peeled]) => ({name: name as string, sha: (peeled || object) as string}))
    .sort((a, b) => compareVersions(a.name, b.name))
  if (tags.length < 2)
    throw new Error(
      `--dir ${dir}: the drill needs at least two release tags like v1.2.3 (found ${tags.length}); the newest stands in as the bad release`
    )
  const chosen = tags.slice(-4)
  return {
    dir,
    releases: chosen.map(t => t.name),
    sha: Object.fromEntries(chosen.map(t => [t.name, t.sha])),
    pulls: [],
    stoodIn: [
      `your repository ${dir} (read only): releases ${chosen.map(t => t.name).join(', ')}, ${chosen.at(-1)?.name} standing in as the bad one; no pull requests (the double has none of yours)`
    ],
    cleanup: async () => undefined
  }
}

function compareVersions(a: string, b: string): number {
  const pa = version(a).split('.').map(Number)
  const pb = version(b).split('.').map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] as number) - (pb[i] as number)
  return 0
}
