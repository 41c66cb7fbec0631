// Requests GitHub's description rejects are reported (and answered 422), and so are responses of
// the double's own that break it: a fake that drifts from GitHub fails the tests.
import {afterAll, afterEach, beforeAll, describe, expect, it} from '@jest/globals'
import {getOctokit} from '@actions/github'
import {startGitHubDouble, type GitHubDouble} from '../../../sandbox/github-double/index.js'

const owner = 'acme'
const repo = 'shop'
let double: GitHubDouble
let octokit: ReturnType<typeof getOctokit>
let head: string

beforeAll(async () => {
  double = await startGitHubDouble({owner, repo})
  octokit = getOctokit('test-token', {baseUrl: double.url})
  head = (await octokit.rest.repos.getCommit({owner, repo, ref: 'main'})).data.sha
})

afterEach(() => double.reset())

afterAll(async () => {
  await double.close()
})

describe('requests checked against the description', () => {
  it('rejects a query parameter outside its enum', async () => {
    await expect(
      octokit.rest.actions.listWorkflowRunsForRepo({owner, repo, status: 'running' as 'queued'})
    ).rejects.toMatchObject({status: 422})

    expect(double.violations).toHaveLength(1)
    expect(double.violations[0]).toMatch(
      /GET \/repos\/acme\/shop\/actions\/runs \(actions\/list-workflow-runs-for-repo\): query parameter status must be equal to one of the allowed values \("completed", /
    )
    expect(double.requests.at(-1)).toMatchObject({status: 422, query: {status: 'running'}})
  })

  it('rejects a body without a required field', async () => {
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        owner,
        repo,
        sha: head,
        context: 'ci'
      } as never)
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("required property 'state'")
    })

    expect(double.violations).toEqual([
      expect.stringContaining("body must have required property 'state'")
    ])
    expect(double.state.statuses).toEqual([])
  })

  it('rejects a path parameter of the wrong type', async () => {
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}', {
        owner,
        repo,
        deployment_id: 'latest' as unknown as number
      })
    ).rejects.toMatchObject({status: 422})
    expect(double.violations[0]).toMatch(/path parameter deployment_id must be integer/)
  })

  it('enforces what the server checks beyond the description: protection takes contexts or checks', async () => {
    const put = (checks: {strict: boolean; contexts?: string[]; checks?: {context: string}[]}) =>
      octokit.rest.repos.updateBranchProtection({
        owner,
        repo,
        branch: 'main',
        required_status_checks: checks as {strict: boolean; contexts: string[]},
        enforce_admins: null,
        required_pull_request_reviews: null,
        restrictions: null
      })

    await expect(
      put({strict: true, contexts: ['ci'], checks: [{context: 'ci'}]})
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('More than one subschema in "oneOf" matched')
    })
    expect(double.violations).toHaveLength(1)

    // `checks` alone is what GitHub accepts today, though the description still wants `contexts`.
    await put({strict: true, checks: [{context: 'ci'}]})
    expect(double.violations).toHaveLength(1)
    expect(double.state.protection.main?.required_status_checks?.checks).toEqual([
      {context: 'ci', app_id: null}
    ])
  })

  it('reports an operation the double does not implement', async () => {
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/releases', {owner, repo})
    ).rejects.toMatchObject({
      status: 404
    })
    expect(double.violations[0]).toMatch(
      /GET \/repos\/acme\/shop\/releases: the double implements no such operation/
    )
  })

  it('answers 400 to a body that is not JSON', async () => {
    const response = await fetch(`${double.url}/repos/${owner}/${repo}/issues`, {
      method: 'POST',
      headers: {authorization: 'token t', 'content-type': 'application/json'},
      body: '{"title": '
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({message: 'Problems parsing JSON'})
    expect(double.violations).toEqual(['POST /repos/acme/shop/issues: the body is not JSON'])
  })
})

describe("the double's own responses checked against the description", () => {
  it('turns a response that breaks its schema into a 500 and a violation', async () => {
    const deployment = double.seed.deployment({sha: head, statuses: [{state: 'success'}]})
    // State a test (or a bug in the double) could produce, but GitHub never would.
    Object.assign(deployment.statuses[0]!, {state: 'exploded'})

    await expect(
      octokit.rest.repos.listDeploymentStatuses({owner, repo, deployment_id: deployment.id})
    ).rejects.toMatchObject({status: 500})
    expect(double.violations).toEqual([
      expect.stringMatching(
        /^github-double's 200 for GET .*\(repos\/list-deployment-statuses\): response body 0\.state must be equal to one of the allowed values/
      )
    ])
  })

  it('stays quiet with validation off', async () => {
    const lax = await startGitHubDouble({owner, repo, validate: false})
    try {
      const client = getOctokit('test-token', {baseUrl: lax.url})
      const runs = await client.rest.actions.listWorkflowRunsForRepo({
        owner,
        repo,
        status: 'running' as 'queued'
      })
      expect(runs.data.total_count).toBe(0)
      expect(lax.violations).toEqual([])
    } finally {
      await lax.close()
    }
  })
})
