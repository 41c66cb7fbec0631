// The double's REST side driven by the real Octokit against a real git repository.
import {afterAll, afterEach, beforeAll, describe, expect, it} from '@jest/globals'
import {getOctokit} from '@actions/github'
import {createRepo, type GitFixture} from '../../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../../sandbox/github-double/index.js'

const owner = 'acme'
const repo = 'shop'
let git: GitFixture
let double: GitHubDouble
let octokit: ReturnType<typeof getOctokit>
let shas: string[]

beforeAll(async () => {
  git = await createRepo()
  shas = await git.commits(['one', 'two', 'three'])
  await git.tags([
    {name: 'v1.0.0', sha: shas[0]!},
    {name: 'v1.1.0', sha: shas[1]!, annotated: true, message: 'Release 1.1.0'},
    {name: 'v10.0.0', sha: shas[2]!},
    {name: 'w1', sha: shas[2]!}
  ])
  // Pages of two make pagination visible with four tags.
  double = await startGitHubDouble({owner, repo, gitDir: git.dir, pageSize: 2})
  octokit = getOctokit('test-token', {baseUrl: double.url})
})

afterEach(() => {
  // Nothing in this file is meant to break GitHub's description.
  expect(double.violations).toEqual([])
  double.reset()
})

afterAll(async () => {
  await double.close()
  await git.cleanup()
})

describe('tags and refs from the real repository', () => {
  it('paginates tags through the link header and peels annotated tags to commits', async () => {
    const tags = await octokit.paginate(octokit.rest.repos.listTags, {owner, repo, per_page: 100})

    expect(tags.map(t => t.name).sort()).toEqual(['v1.0.0', 'v1.1.0', 'v10.0.0', 'w1'])
    expect(tags.find(t => t.name === 'v1.1.0')?.commit.sha).toBe(shas[1])
    const pages = double.requests.filter(r => r.path === `/repos/${owner}/${repo}/tags`)
    expect(pages.map(r => r.query.page ?? '1')).toEqual(['1', '2'])
  })

  it('lists matching refs by prefix in one response; annotated tags peel via git/tags', async () => {
    const {data: refs, headers} = await octokit.rest.git.listMatchingRefs({
      owner,
      repo,
      ref: 'tags/v1'
    })

    expect(headers.link).toBeUndefined()
    expect(refs.map(r => r.ref)).toEqual([
      'refs/tags/v1.0.0',
      'refs/tags/v1.1.0',
      'refs/tags/v10.0.0'
    ])
    const light = refs[0]!
    expect(light.object).toMatchObject({type: 'commit', sha: shas[0]})
    const annotated = refs[1]!
    expect(annotated.object.type).toBe('tag')
    expect(annotated.object.sha).not.toBe(shas[1])

    const {data: tag} = await octokit.rest.git.getTag({owner, repo, tag_sha: annotated.object.sha})
    expect(tag).toMatchObject({tag: 'v1.1.0', message: 'Release 1.1.0\n'})
    expect(tag.object).toMatchObject({type: 'commit', sha: shas[1]})
  })

  it('sees tags created, moved and deleted between two requests', async () => {
    const list = async () =>
      (await octokit.rest.git.listMatchingRefs({owner, repo, ref: 'tags/v2'})).data.map(r => [
        r.ref,
        r.object.sha
      ])
    expect(await list()).toEqual([])

    await git.tag('v2.0.0', shas[0]!)
    expect(await list()).toEqual([['refs/tags/v2.0.0', shas[0]]])

    await git.tag('v2.0.0', shas[2]!)
    expect(await list()).toEqual([['refs/tags/v2.0.0', shas[2]]])

    await git.deleteTag('v2.0.0')
    expect(await list()).toEqual([])
  })

  it('resolves a commit by tag, branch and short sha, and 404s an unknown ref', async () => {
    for (const ref of ['v1.1.0', 'main', shas[2]!.slice(0, 8)]) {
      const {data} = await octokit.rest.repos.getCommit({owner, repo, ref})
      expect(data.sha).toBe(ref === 'v1.1.0' ? shas[1] : shas[2])
    }
    await expect(octokit.rest.git.getRef({owner, repo, ref: 'tags/nope'})).rejects.toMatchObject({
      status: 404
    })
  })
})

describe('authentication, repository and permissions', () => {
  it('answers 401 "Requires authentication" without a token, REST and GraphQL', async () => {
    const rest = await fetch(`${double.url}/repos/${owner}/${repo}/tags`)
    expect(rest.status).toBe(401)
    expect(await rest.json()).toMatchObject({message: 'Requires authentication'})

    const graphql = await fetch(`${double.url}/graphql`, {
      method: 'POST',
      headers: {'content-type': 'application/json', authorization: ''},
      body: JSON.stringify({query: '{ viewer { login } }'})
    })
    expect(graphql.status).toBe(401)
    expect(double.requests.map(r => r.status)).toEqual([401, 401])
  })

  it('answers 404 Not Found for another repository', async () => {
    await expect(octokit.rest.repos.get({owner, repo: 'other'})).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('Not Found')
    })
  })

  it('refuses the workflow token what GITHUB_TOKEN can never do, and allows the rest', async () => {
    double.state.tokens['ghs_workflow'] = 'workflow'
    const workflow = getOctokit('ghs_workflow', {baseUrl: double.url})

    const denied = [
      workflow.rest.repos.getBranchProtection({owner, repo, branch: 'main'}),
      workflow.rest.repos.createRepoRuleset({owner, repo, name: 'freeze', enforcement: 'active'}),
      workflow.rest.actions.createRepoVariable({owner, repo, name: 'FROZEN', value: 'true'})
    ]
    for (const call of denied) {
      await expect(call).rejects.toMatchObject({
        status: 403,
        message: expect.stringContaining('Resource not accessible by integration')
      })
    }
    const error = (await workflow.rest.repos
      .getBranchProtection({owner, repo, branch: 'main'})
      .catch((e: unknown) => e)) as {response: {headers: Record<string, string>}}
    expect(error.response.headers['x-accepted-github-permissions']).toBe('administration=read')

    const status = await workflow.rest.repos.createCommitStatus({
      owner,
      repo,
      sha: shas[2]!,
      state: 'success',
      context: 'ci'
    })
    expect(status.data.creator?.login).toBe('github-actions[bot]')
    expect(double.state.variables).toEqual([])
  })
})

describe('classic branch protection', () => {
  it('404s an unprotected branch, stores a PUT and renders the different GET shape', async () => {
    await expect(
      octokit.rest.repos.getBranchProtection({owner, repo, branch: 'main'})
    ).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('Branch not protected')
    })

    await octokit.rest.repos.updateBranchProtection({
      owner,
      repo,
      branch: 'main',
      // Octokit's types still demand `contexts`; GitHub takes `checks` alone (contracts B.1).
      required_status_checks: {
        strict: true,
        checks: [{context: 'ci/build', app_id: -1}]
      } as unknown as {strict: boolean; contexts: string[]},
      enforce_admins: true,
      required_pull_request_reviews: {required_approving_review_count: 2},
      restrictions: null,
      lock_branch: true
    })
    const {data} = await octokit.rest.repos.getBranchProtection({owner, repo, branch: 'main'})

    expect(data.required_status_checks).toMatchObject({
      strict: true,
      contexts: ['ci/build'],
      checks: [{context: 'ci/build', app_id: null}]
    })
    expect(data.enforce_admins).toMatchObject({enabled: true})
    expect(data.lock_branch).toEqual({enabled: true})
    expect(data.required_signatures).toMatchObject({enabled: false})
    expect(data.restrictions).toBeUndefined()
    expect(data.required_pull_request_reviews?.required_approving_review_count).toBe(2)

    const branch = await octokit.rest.repos.getBranch({owner, repo, branch: 'main'})
    expect(branch.data.protected).toBe(true)

    await octokit.rest.repos.deleteBranchProtection({owner, repo, branch: 'main'})
    expect(double.state.protection).toEqual({})
  })
})
