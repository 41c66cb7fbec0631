// Thousands of tags: the fixture makes them in one process, and matching-refs returns them all in
// one response (GitHub does not paginate it), as does GraphQL page by page.
import {afterAll, beforeAll, expect, it} from '@jest/globals'
import {getOctokit} from '@actions/github'
import {createRepo, type GitFixture, type TagSpec} from '../../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../../sandbox/github-double/index.js'

const owner = 'acme'
const repo = 'monorepo'
const COUNT = 5000
let git: GitFixture
let double: GitHubDouble
let octokit: ReturnType<typeof getOctokit>
let commits: string[]
let createMs = 0

beforeAll(async () => {
  git = await createRepo()
  commits = await git.commits(Array.from({length: 50}, (_, i) => `release ${i}`))
  const tags: TagSpec[] = Array.from({length: COUNT}, (_, i) => ({
    name: `v${Math.floor(i / 100)}.${i % 100}.0`,
    sha: commits[i % commits.length]!,
    annotated: i % 3 === 0
  }))
  const started = Date.now()
  await git.tags(tags)
  createMs = Date.now() - started
  double = await startGitHubDouble({owner, repo, gitDir: git.dir})
  octokit = getOctokit('test-token', {baseUrl: double.url})
}, 60_000)

afterAll(async () => {
  await double.close()
  await git.cleanup()
})

it(`creates ${COUNT} tags in a few seconds`, async () => {
  expect(createMs).toBeLessThan(3_000)
  const listed = await git.git([
    'for-each-ref',
    '--count=100000',
    '--format=%(objecttype)',
    'refs/tags'
  ])
  const types = listed.trim().split('\n')
  expect(types).toHaveLength(COUNT)
  expect(types.filter(t => t === 'tag')).toHaveLength(Math.ceil(COUNT / 3))
})

it('lists every matching ref in one response', async () => {
  const started = Date.now()
  const {data} = await octokit.rest.git.listMatchingRefs({owner, repo, ref: 'tags/v'})

  expect(data).toHaveLength(COUNT)
  expect(data.filter(r => r.object.type === 'tag')).toHaveLength(Math.ceil(COUNT / 3))
  expect(double.requests).toHaveLength(1)
  expect(Date.now() - started).toBeLessThan(5_000)
  // Prefix match, as GitHub does: `tags/v4` also finds v40 to v49.
  const v4 = await octokit.rest.git.listMatchingRefs({owner, repo, ref: 'tags/v4'})
  expect(v4.data).toHaveLength(11 * 100)
})

it('pages all of them through GraphQL with totalCount', async () => {
  const query = `query($after: String) { repository(owner: "acme", name: "monorepo") {
    refs(refPrefix: "refs/tags/", first: 100, after: $after, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) {
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
  const first = await octokit.graphql<Page>(query, {after: null})
  expect(first.repository.refs.totalCount).toBe(COUNT)
  expect(first.repository.refs.nodes).toHaveLength(100)
  expect(first.repository.refs.pageInfo.hasNextPage).toBe(true)
  // The newest commit carries every 50th tag from index 49 on.
  expect(first.repository.refs.nodes[0]?.name).toMatch(/^v\d+\.\d+\.0$/)
  expect(double.violations).toEqual([])
})
