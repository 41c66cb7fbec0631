// A stateful GitHub API double on 127.0.0.1 for tests and the drill. REST and GraphQL, refs and
// tags from a real git repository, every request and every response checked against GitHub's
// own descriptions, and injectable faults. Point Octokit (or GITHUB_API_URL) at `url`.
import type {AddressInfo} from 'node:net'
import {createRepo, type GitFixture} from '../git-fixture.js'
import {Faults, type FaultSpec} from './faults.js'
import {GitReader} from './git/reader.js'
import {handleGraphql} from './graphql/handler.js'
import {routes} from './rest/index.js'
import {createSeeder, type Seeder} from './seed.js'
import {createDoubleServer, type LoggedRequest} from './server.js'
import {createState, type DoubleState} from './state.js'

export type {FaultKind, FaultSpec} from './faults.js'
export type {LoggedRequest} from './server.js'
export type {Seeder} from './seed.js'
export type * from './state.js'

export interface GitHubDoubleOptions {
  owner: string
  repo: string
  /**
   * A real git repository whose refs, tags and commits the double serves (see
   * sandbox/git-fixture.ts). Without one, the double makes a repository with one commit on
   * `main` and removes it on close.
   */
  gitDir?: string
  /** Check requests and responses against GitHub's OpenAPI description (default true). */
  validate?: boolean
  /**
   * Largest page served, REST `per_page` and GraphQL `first`/`last` alike (default 100, GitHub's
   * cap). Lower it to exercise pagination with a small fixture.
   */
  pageSize?: number
}

export interface GitHubDouble {
  /** `http://127.0.0.1:<port>`; GraphQL is `<url>/graphql`. */
  url: string
  /** Mutable data tests seed and inspect; change its members, do not replace it. */
  state: DoubleState
  /** Adds records with GitHub's defaults filled in. */
  seed: Seeder
  /** Every request, faulted ones included, in arrival order. */
  requests: LoggedRequest[]
  /** Every request GitHub would reject and every response of ours its description rejects. */
  violations: string[]
  /** Makes the next `times` (default 1) matching requests fail the way GitHub fails. */
  fault(spec: FaultSpec): void
  /** Clears requests, violations and armed faults (state stays). */
  reset(): void
  close(): Promise<void>
}

export async function startGitHubDouble(options: GitHubDoubleOptions): Promise<GitHubDouble> {
  let fixture: GitFixture | undefined
  let gitDir = options.gitDir
  if (!gitDir) {
    fixture = await createRepo()
    await fixture.commit('Initial commit')
    gitDir = fixture.dir
  }
  const git = new GitReader(gitDir)
  const state = createState(options.owner, options.repo)
  const seed = createSeeder(state)
  const requests: LoggedRequest[] = []
  const violations: string[] = []
  const faults = new Faults()
  const pageCap = Math.max(1, Math.min(100, options.pageSize ?? 100))
  let url = ''

  const server = createDoubleServer({
    state,
    seed,
    git,
    routes,
    faults,
    requests,
    violations,
    validate: options.validate ?? true,
    pageCap,
    baseUrl: () => url,
    graphql: async request =>
      handleGraphql(
        {state, seed, baseUrl: url, pageCap, violations, gitView: () => git.view()},
        request
      )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    state,
    seed,
    requests,
    violations,
    fault: spec => faults.add(spec),
    reset() {
      requests.length = 0
      violations.length = 0
      faults.clear()
    },
    async close() {
      // Octokit keeps connections alive; without this, close() would wait for them to idle out.
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
      await fixture?.cleanup()
    }
  }
}
