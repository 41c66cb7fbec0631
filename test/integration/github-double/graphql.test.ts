// GraphQL against GitHub's real schema: aliases and variables, peeled tags, rollups, refs
// ordering and paging, deployments, auto-merge mutations, and rejected queries.
import {afterAll, afterEach, beforeAll, describe, expect, it} from '@jest/globals'
import {getOctokit} from '@actions/github'
import {createRepo, type GitFixture} from '../../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../../sandbox/github-double/index.js'

const owner = 'acme'
const repo = 'shop'
let git: GitFixture
let double: GitHubDouble
let octokit: ReturnType<typeof getOctokit>
let c: string[]

beforeAll(async () => {
  git = await createRepo()
  c = await git.commits(['one', 'two', 'three', 'four', 'five'])
  // Tag names sort differently from commit dates, so ordering by date is visible.
  await git.tags([
    {name: 'v1.0.0', sha: c[0]!},
    {name: 'v1.1.0', sha: c[1]!, annotated: true},
    {name: 'v1.2.0', sha: c[2]!, annotated: true},
    {name: 'v0.9.0', sha: c[3]!},
    {name: 'v2.0.0', sha: c[4]!}
  ])
  double = await startGitHubDouble({owner, repo, gitDir: git.dir})
  octokit = getOctokit('test-token', {baseUrl: double.url})
  const {seed} = double
  // c0: nothing at all. c1: all green (neutral and skipped count as passing).
  seed.checkRun({head_sha: c[1]!, name: 'test', conclusion: 'success'})
  seed.checkRun({head_sha: c[1]!, name: 'lint', conclusion: 'neutral'})
  seed.status({sha: c[1]!, context: 'deploy/preview', state: 'success'})
  // c2: one failure; an older failed attempt of `test` that later passed does not count.
  seed.checkRun({head_sha: c[2]!, name: 'test', conclusion: 'failure'})
  seed.checkRun({head_sha: c[2]!, name: 'build', conclusion: 'failure'})
  seed.checkRun({head_sha: c[2]!, name: 'build', conclusion: 'success'})
  // c3: still running. c4: a commit status in error.
  seed.checkRun({head_sha: c[3]!, name: 'test', status: 'in_progress'})
  seed.status({sha: c[4]!, context: 'ci/legacy', state: 'error'})
})

afterEach(() => double.reset())

afterAll(async () => {
  await double.close()
  await git.cleanup()
})

const ROLLUP = `statusCheckRollup { state contexts(first: 20) { totalCount checkRunCount statusContextCount
  nodes { __typename ... on CheckRun { name status conclusion } ... on StatusContext { context state } } } }`

describe('refs, tags and rollups', () => {
  it('answers aliased ref() fields with variables, peeling annotated tags to rolled-up commits', async () => {
    const tags = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v0.9.0', 'v2.0.0', 'nope']
    const aliases = tags.map(
      (_, i) => `t${i}: ref(qualifiedName: $q${i}) { name prefix target { __typename oid
        ... on Commit { committedDate ${ROLLUP} }
        ... on Tag { target { ... on Commit { oid committedDate ${ROLLUP} } } } } }`
    )
    const query = `query Lkg(${tags.map((_, i) => `$q${i}: String!`).join(', ')}) {
      repository(owner: "acme", name: "shop") { ${aliases.join('\n')} } }`
    const variables = Object.fromEntries(tags.map((t, i) => [`q${i}`, `refs/tags/${t}`]))

    type Commit = {
      oid: string
      statusCheckRollup: {
        state: string
        contexts: {
          checkRunCount: number
          statusContextCount: number
          nodes: Record<string, string>[]
        }
      } | null
    }
    type Ref = {
      name: string
      prefix: string
      target: Commit & {__typename: string; target?: Commit}
    }
    const data = await octokit.graphql<{repository: Record<string, Ref | null>}>(query, variables)
    const refs = data.repository
    const commitOf = (ref: Ref) =>
      ref.target.__typename === 'Tag' ? ref.target.target! : ref.target

    expect(refs.t0).toMatchObject({
      name: 'v1.0.0',
      prefix: 'refs/tags/',
      target: {__typename: 'Commit', oid: c[0]}
    })
    expect(refs.t0!.target.statusCheckRollup).toBeNull()

    expect(refs.t1!.target.__typename).toBe('Tag')
    expect(refs.t1!.target.oid).not.toBe(c[1])
    expect(commitOf(refs.t1!).oid).toBe(c[1])
    expect(commitOf(refs.t1!).statusCheckRollup).toMatchObject({
      state: 'SUCCESS',
      contexts: {checkRunCount: 2, statusContextCount: 1}
    })

    const failing = commitOf(refs.t2!).statusCheckRollup!
    expect(failing.state).toBe('FAILURE')
    expect(failing.contexts.nodes).toEqual(
      expect.arrayContaining([
        {__typename: 'CheckRun', name: 'test', status: 'COMPLETED', conclusion: 'FAILURE'},
        {__typename: 'CheckRun', name: 'build', status: 'COMPLETED', conclusion: 'SUCCESS'}
      ])
    )
    expect(failing.contexts.checkRunCount).toBe(2)

    expect(commitOf(refs.t3!).statusCheckRollup?.state).toBe('PENDING')
    expect(commitOf(refs.t4!).statusCheckRollup).toMatchObject({
      state: 'ERROR',
      contexts: {nodes: [{__typename: 'StatusContext', context: 'ci/legacy', state: 'ERROR'}]}
    })
    expect(refs.t5).toBeNull()

    expect(double.requests).toHaveLength(1)
    expect(double.requests[0]?.graphql).toMatchObject({operationName: 'Lkg', variables})
    expect(double.violations).toEqual([])
  })

  it('orders refs by tag commit date and pages with cursors', async () => {
    const query = `query($after: String) { repository(owner: "acme", name: "shop") {
      refs(refPrefix: "refs/tags/", first: 2, after: $after, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) {
        totalCount pageInfo { hasNextPage endCursor } nodes { name } } } }`
    type Page = {
      repository: {
        refs: {
          totalCount: number
          pageInfo: {hasNextPage: boolean; endCursor: string}
          nodes: {name: string}[]
        }
      }
    }
    const names: string[] = []
    let after: string | null = null
    for (;;) {
      const page: Page = await octokit.graphql<Page>(query, {after})
      expect(page.repository.refs.totalCount).toBe(5)
      names.push(...page.repository.refs.nodes.map(n => n.name))
      if (!page.repository.refs.pageInfo.hasNextPage) break
      after = page.repository.refs.pageInfo.endCursor
    }
    expect(names).toEqual(['v2.0.0', 'v0.9.0', 'v1.2.0', 'v1.1.0', 'v1.0.0'])
    expect(double.requests).toHaveLength(3)
  })

  it('looks objects up by expression and by oid', async () => {
    const data = await octokit.graphql<{
      repository: Record<string, {__typename: string; oid: string} | null>
    }>(
      `query($oid: GitObjectID!) { repository(owner: "acme", name: "shop") {
        tag: object(expression: "v1.1.0") { __typename oid }
        commit: object(oid: $oid) { __typename oid }
        head: object(expression: "main") { __typename oid }
        missing: object(expression: "v9.9.9") { __typename } } }`,
      {oid: c[0]}
    )
    expect(data.repository.tag?.__typename).toBe('Tag')
    expect(data.repository.commit).toEqual({__typename: 'Commit', oid: c[0]})
    expect(data.repository.head).toEqual({__typename: 'Commit', oid: c[4]})
    expect(data.repository.missing).toBeNull()
  })
})

describe('queries GitHub rejects', () => {
  it('rejects an unknown field with GitHub-style errors and records the violation', async () => {
    await expect(
      octokit.graphql('{ repository(owner: "acme", name: "shop") { tags { name } } }')
    ).rejects.toMatchObject({
      name: 'GraphqlResponseError',
      errors: [
        expect.objectContaining({
          message: "Field 'tags' doesn't exist on type 'Repository'",
          extensions: expect.objectContaining({code: 'undefinedField'})
        })
      ]
    })
    expect(double.violations).toEqual(["GraphQL: Field 'tags' doesn't exist on type 'Repository'"])
  })

  it('requires first or last on connections, as GitHub does', async () => {
    await expect(
      octokit.graphql(
        '{ repository(owner: "acme", name: "shop") { refs(refPrefix: "refs/tags/") { totalCount } } }'
      )
    ).rejects.toMatchObject({
      errors: [expect.objectContaining({type: 'MISSING_PAGINATION_BOUNDARIES'})]
    })
    expect(double.violations[0]).toMatch(
      /You must provide a `first` or `last` value .* `refs` connection/
    )
  })

  it('reports a repository that does not exist as NOT_FOUND without a violation', async () => {
    await expect(
      octokit.graphql('{ repository(owner: "acme", name: "nope") { id } }')
    ).rejects.toMatchObject({errors: [expect.objectContaining({type: 'NOT_FOUND'})]})
    expect(double.violations).toEqual([])
  })
})

describe('deployments and auto-merge', () => {
  it('lists deployments of an environment with their latest status, newest first', async () => {
    double.seed.deployment({
      sha: c[1]!,
      ref: 'v1.1.0',
      environment: 'production',
      created_at: '2026-02-01T00:00:00Z',
      statuses: [{state: 'in_progress'}, {state: 'success'}]
    })
    double.seed.deployment({
      sha: c[2]!,
      ref: 'v1.2.0',
      environment: 'production',
      created_at: '2026-02-02T00:00:00Z',
      statuses: [{state: 'failure', description: 'smoke failed'}]
    })
    double.seed.deployment({
      sha: c[2]!,
      ref: 'v1.2.0',
      environment: 'staging',
      created_at: '2026-02-03T00:00:00Z'
    })

    const data = await octokit.graphql<{
      repository: {deployments: {nodes: Record<string, unknown>[]}}
    }>(
      `{ repository(owner: "acme", name: "shop") {
        deployments(environments: ["production"], first: 10, orderBy: {field: CREATED_AT, direction: DESC}) {
          nodes { createdAt commitOid commit { oid } ref { name } environment state
            latestStatus { state } statuses(first: 5) { nodes { state description } } } } } }`
    )
    expect(data.repository.deployments.nodes).toEqual([
      expect.objectContaining({
        commitOid: c[2],
        ref: {name: 'v1.2.0'},
        state: 'FAILURE',
        latestStatus: {state: 'FAILURE'},
        statuses: {nodes: [{state: 'FAILURE', description: 'smoke failed'}]}
      }),
      expect.objectContaining({
        commit: {oid: c[1]},
        state: 'ACTIVE',
        latestStatus: {state: 'SUCCESS'}
      })
    ])
  })

  it('disables and re-enables auto-merge, and refuses what GitHub refuses', async () => {
    const pr = double.seed.pull({
      head: {ref: 'feature', sha: c[4]!},
      auto_merge: {
        merge_method: 'squash',
        enabled_by: 'octocat',
        enabled_at: '2026-03-01T00:00:00Z',
        commit_title: 'Feature',
        commit_message: ''
      }
    })
    const clean = double.seed.pull({head: {ref: 'ready', sha: c[4]!}, mergeable_state: 'clean'})
    type List = {
      repository: {
        pullRequests: {
          nodes: {id: string; number: number; autoMergeRequest: {mergeMethod: string} | null}[]
        }
      }
    }
    const list = await octokit.graphql<List>(
      `{ repository(owner: "acme", name: "shop") { pullRequests(states: OPEN, first: 10) {
        nodes { id number autoMergeRequest { enabledAt mergeMethod } } } } }`
    )
    const node = list.repository.pullRequests.nodes.find(n => n.number === pr.number)!
    expect(node.autoMergeRequest).toMatchObject({mergeMethod: 'SQUASH'})

    const disabled = await octokit.graphql<{
      disablePullRequestAutoMerge: {pullRequest: {autoMergeRequest: null}}
    }>(
      'mutation($id: ID!) { disablePullRequestAutoMerge(input: {pullRequestId: $id}) { pullRequest { number autoMergeRequest { enabledAt } } } }',
      {id: node.id}
    )
    expect(disabled.disablePullRequestAutoMerge.pullRequest.autoMergeRequest).toBeNull()
    expect(pr.auto_merge).toBeNull()

    const enable =
      'mutation($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id, mergeMethod: SQUASH}) { pullRequest { autoMergeRequest { mergeMethod } } } }'
    await octokit.graphql(enable, {id: node.id})
    expect(pr.auto_merge).toMatchObject({merge_method: 'squash', enabled_by: 'rollback-admin'})

    const cleanId = list.repository.pullRequests.nodes.find(n => n.number === clean.number)!.id
    await expect(octokit.graphql(enable, {id: cleanId})).rejects.toMatchObject({
      errors: [
        expect.objectContaining({
          type: 'UNPROCESSABLE',
          message: 'Pull request Pull request is in clean status'
        })
      ]
    })

    double.state.tokens.reader = 'read-only'
    const reader = getOctokit('reader', {baseUrl: double.url})
    await expect(reader.graphql(enable, {id: node.id})).rejects.toMatchObject({
      errors: [
        expect.objectContaining({
          type: 'FORBIDDEN',
          message: 'Resource not accessible by integration'
        })
      ]
    })
    expect(double.violations).toEqual([])
  })
})
