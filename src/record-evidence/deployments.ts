// Deployment statuses: the bad release's deployment becomes `failure` (never `inactive`, which
// identify-lkg-tag reads as "superseded after success" and would pick the bad release again);
// the restored release is recorded as a new deployment with `success`.
import {UserError} from '../lib/errors.js'
import {gitHubError, type GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'

export interface DeploymentMark {
  deployment: number
  ref: string
  sha: string
  state: 'failure' | 'success'
  /** `created` a status, or found it `already` in that state (a re-run changes nothing). */
  result: 'created' | 'already' | 'dry-run'
  status?: number
}

/** GitHub's limit for a deployment status description. */
export const DESCRIPTION_LIMIT = 140

export function describe(text: string): string {
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`
}

interface Target {
  environment: string
  logUrl?: string
  dryRun: boolean
}

async function commitOf(client: GitHubClient, repository: Repository, ref: string, input: string) {
  try {
    const {data} = await client.rest.repos.getCommit({...repository, ref})
    return data.sha
  } catch (error) {
    const status = (error as {status?: number}).status
    if (status === 404 || status === 422)
      throw new UserError(
        `Input '${input}' has the value '${ref}': no such commit, tag or branch in ${repository.owner}/${repository.repo}. Pass the release tag or sha.`
      )
    throw gitHubError(
      error,
      `Resolving ${input} '${ref}'`,
      `${repository.owner}/${repository.repo}`
    )
  }
}

async function latestState(
  client: GitHubClient,
  repository: Repository,
  deployment: number
): Promise<string | undefined> {
  const {data} = await client.rest.repos.listDeploymentStatuses({
    ...repository,
    deployment_id: deployment,
    per_page: 100
  })
  // The order is not documented: take the newest by id.
  return [...data].sort((a, b) => b.id - a.id)[0]?.state
}

/** Marks the newest deployment of `ref` to the environment as `failure`. */
export async function markBad(
  client: GitHubClient,
  repository: Repository,
  ref: string,
  target: Target & {incident: string}
): Promise<DeploymentMark | undefined> {
  const repo = `${repository.owner}/${repository.repo}`
  try {
    const sha = await commitOf(client, repository, ref, 'range-to')
    const {data} = await client.rest.repos.listDeployments({
      ...repository,
      sha,
      environment: target.environment,
      per_page: 100
    })
    const newest = [...data].sort((a, b) => b.id - a.id)[0]
    if (!newest) return undefined
    const base = {deployment: newest.id, ref: newest.ref, sha, state: 'failure' as const}
    if ((await latestState(client, repository, newest.id)) === 'failure')
      return {...base, result: 'already'}
    if (target.dryRun) return {...base, result: 'dry-run'}
    const {data: status} = await client.rest.repos.createDeploymentStatus({
      ...repository,
      deployment_id: newest.id,
      state: 'failure',
      description: describe(`Rolled back by rollback-kit (incident ${target.incident})`),
      ...(target.logUrl ? {log_url: target.logUrl} : {})
    })
    return {...base, result: 'created', status: status.id}
  } catch (error) {
    if (error instanceof UserError) throw error
    throw gitHubError(
      error,
      `Marking the deployment of ${ref} to ${target.environment} as failure (the token needs deployments: write)`,
      repo
    )
  }
}

/**
 * Records the restored release as deployed: a new deployment of `ref` with a `success` status.
 * `auto_merge: false` and `required_contexts: []` because an old tag must not be merged with
 * the default branch, and must be recorded even while its checks are red.
 */
export async function markRestored(
  client: GitHubClient,
  repository: Repository,
  ref: string,
  target: Target & {incident: string}
): Promise<DeploymentMark> {
  const repo = `${repository.owner}/${repository.repo}`
  try {
    const sha = await commitOf(client, repository, ref, 'range-from')
    const {data: recent} = await client.rest.repos.listDeployments({
      ...repository,
      environment: target.environment,
      per_page: 1
    })
    const newest = recent[0]
    if (
      newest &&
      newest.sha === sha &&
      (await latestState(client, repository, newest.id)) === 'success'
    )
      return {deployment: newest.id, ref: newest.ref, sha, state: 'success', result: 'already'}
    if (target.dryRun) return {deployment: 0, ref, sha, state: 'success', result: 'dry-run'}
    const created = await client.rest.repos.createDeployment({
      ...repository,
      ref,
      environment: target.environment,
      auto_merge: false,
      required_contexts: [],
      task: 'deploy',
      payload: {'rollback-kit': {incident: target.incident}},
      description: describe(`Restored by rollback-kit (incident ${target.incident})`)
    })
    if (created.status !== 201 || !('id' in created.data))
      throw new UserError(
        `Recording the restored release ${ref} in ${target.environment}: GitHub did not create a deployment (${created.status}: ${JSON.stringify(created.data).slice(0, 200)})`
      )
    const deployment = created.data.id
    const {data: status} = await client.rest.repos.createDeploymentStatus({
      ...repository,
      deployment_id: deployment,
      state: 'success',
      description: describe(`Rolled back to ${ref} by rollback-kit (incident ${target.incident})`),
      ...(target.logUrl ? {log_url: target.logUrl} : {})
    })
    return {deployment, ref, sha, state: 'success', result: 'created', status: status.id}
  } catch (error) {
    if (error instanceof UserError) throw error
    throw gitHubError(
      error,
      `Recording the restored release ${ref} in ${target.environment} (the token needs deployments: write)`,
      repo
    )
  }
}
