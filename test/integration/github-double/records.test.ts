// The stateful REST areas: deployments, issues and comments, pull requests, workflow runs,
// variables and rulesets. Each request is checked against GitHub's description as it goes.
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

afterEach(() => {
  expect(double.violations).toEqual([])
  double.reset()
})

afterAll(async () => {
  await double.close()
})

describe('deployments', () => {
  it('refuses to deploy over failing checks unless required_contexts is empty', async () => {
    double.seed.checkRun({head_sha: head, name: 'test', conclusion: 'failure'})

    await expect(
      octokit.rest.repos.createDeployment({owner, repo, ref: 'main', environment: 'staging'})
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('Commit status checks failed')
    })

    const {status, data} = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'staging',
      auto_merge: false,
      required_contexts: []
    })
    expect(status).toBe(201)
    expect(data).toMatchObject({
      sha: head,
      ref: 'main',
      environment: 'staging',
      production_environment: false
    })
    double.state.checkRuns.length = 0
  })

  it('marks older successful deployments of a non-production environment inactive', async () => {
    const older = double.seed.deployment({
      sha: head,
      environment: 'preview',
      statuses: [{state: 'success'}]
    })
    const {data: newer} = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: head,
      environment: 'preview',
      required_contexts: []
    })
    if (!('id' in newer)) throw new Error('expected a deployment')
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: newer.id,
      state: 'success'
    })

    const {data: statuses} = await octokit.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: older.id
    })
    expect(statuses.map(s => s.state)).toEqual(['inactive', 'success'])
    const {data: listed} = await octokit.rest.repos.listDeployments({
      owner,
      repo,
      environment: 'preview'
    })
    expect(listed.map(d => d.id)).toEqual([newer.id, older.id])
  })
})

describe('issues and comments', () => {
  it('supports the sticky-comment pattern on a pull request', async () => {
    const pr = double.seed.pull({head: {ref: 'feature', sha: head}})
    double.seed.comment({issue_number: pr.number, body: 'unrelated'})
    const marker = '<!-- rollback-kit:sticky -->'

    const upsert = async (text: string) => {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: pr.number
      })
      const mine = comments.find(c => c.body?.includes(marker))
      if (mine)
        await octokit.rest.issues.updateComment({
          owner,
          repo,
          comment_id: mine.id,
          body: `${marker}\n${text}`
        })
      else
        await octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: pr.number,
          body: `${marker}\n${text}`
        })
    }
    await upsert('rolled back')
    await upsert('rolled back, verified')

    expect(double.state.comments.map(c => c.body)).toEqual([
      'unrelated',
      `${marker}\nrolled back, verified`
    ])
  })

  it('creates and closes an incident issue, and 404s an unknown number', async () => {
    const {data: issue} = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Rollback of v1.2.0',
      labels: ['incident']
    })
    await octokit.rest.issues.update({owner, repo, issue_number: issue.number, state: 'closed'})

    expect(double.state.issues.find(i => i.number === issue.number)).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      labels: ['incident']
    })
    await expect(octokit.rest.issues.get({owner, repo, issue_number: 999})).rejects.toMatchObject({
      status: 404
    })
  })
})

describe('pull requests, runs and variables', () => {
  it('lists open pull requests of a base with their auto-merge', async () => {
    double.state.pulls.length = 0
    double.seed.pull({
      head: {ref: 'a', sha: head},
      base: 'main',
      auto_merge: {
        merge_method: 'rebase',
        enabled_by: 'octocat',
        enabled_at: '2026-03-01T00:00:00Z',
        commit_title: 'A',
        commit_message: ''
      }
    })
    double.seed.pull({head: {ref: 'b', sha: head}, base: 'release'})
    double.seed.pull({head: {ref: 'c', sha: head}, base: 'main', state: 'closed'})

    const {data} = await octokit.rest.pulls.list({owner, repo, state: 'open', base: 'main'})

    expect(data.map(p => [p.head.ref, p.auto_merge?.merge_method ?? null])).toEqual([
      ['a', 'rebase']
    ])
  })

  it('cancels a queued run (202) and refuses a completed one (409)', async () => {
    const queued = double.seed.workflowRun({
      head_sha: head,
      status: 'queued',
      path: '.github/workflows/deploy.yml'
    })
    const done = double.seed.workflowRun({
      head_sha: head,
      status: 'completed',
      conclusion: 'success'
    })

    const {data: runs} = await octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      status: 'queued'
    })
    expect(runs.workflow_runs.map(r => r.id)).toEqual([queued.id])

    expect(
      (await octokit.rest.actions.cancelWorkflowRun({owner, repo, run_id: queued.id})).status
    ).toBe(202)
    expect(queued).toMatchObject({status: 'completed', conclusion: 'cancelled'})
    await expect(
      octokit.rest.actions.cancelWorkflowRun({owner, repo, run_id: done.id})
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('Cannot cancel a workflow run that is completed.')
    })
  })

  it('creates a variable, answers 409 to a second create, then patches it', async () => {
    await octokit.rest.actions.createRepoVariable({
      owner,
      repo,
      name: 'rollback_freeze',
      value: 'on'
    })
    await expect(
      octokit.rest.actions.createRepoVariable({owner, repo, name: 'ROLLBACK_FREEZE', value: 'on'})
    ).rejects.toMatchObject({status: 409})
    await octokit.rest.actions.updateRepoVariable({
      owner,
      repo,
      name: 'rollback_freeze',
      value: 'off'
    })

    const {data} = await octokit.rest.actions.getRepoVariable({
      owner,
      repo,
      name: 'ROLLBACK_FREEZE'
    })
    expect(data).toMatchObject({name: 'ROLLBACK_FREEZE', value: 'off'})
  })
})

describe('rulesets', () => {
  it('creates a freeze ruleset that applies to the default branch, then deletes it', async () => {
    const {data: created} = await octokit.rest.repos.createRepoRuleset({
      owner,
      repo,
      name: 'rollback-freeze',
      target: 'branch',
      enforcement: 'active',
      conditions: {ref_name: {include: ['~DEFAULT_BRANCH'], exclude: []}},
      rules: [{type: 'update', parameters: {update_allows_fetch_and_merge: false}}],
      bypass_actors: [{actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always'}]
    })
    const {data: rules} = await octokit.rest.repos.getBranchRules({owner, repo, branch: 'main'})
    expect(rules).toEqual([expect.objectContaining({type: 'update', ruleset_id: created.id})])
    expect((await octokit.rest.repos.getBranchRules({owner, repo, branch: 'other'})).data).toEqual(
      []
    )

    await expect(
      octokit.rest.repos.createRepoRuleset({
        owner,
        repo,
        name: 'rollback-freeze',
        enforcement: 'active'
      })
    ).rejects.toMatchObject({status: 422})
    await octokit.rest.repos.deleteRepoRuleset({owner, repo, ruleset_id: created.id})
    expect(double.state.rulesets).toEqual([])
  })
})
