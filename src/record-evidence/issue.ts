// The incident issue: created once, its body rewritten at every stage, and a comment per stage
// so everyone watching it is notified.
import {gitHubError, type GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'

export interface IssueRef {
  number: number
  url: string
  created: boolean
}

/** Creates the issue (no number) or rewrites its title and body. */
export async function upsertIssue(
  client: GitHubClient,
  repository: Repository,
  write: {number?: number; title: string; body: string}
): Promise<IssueRef> {
  const repo = `${repository.owner}/${repository.repo}`
  try {
    if (write.number === undefined) {
      const {data} = await client.rest.issues.create({
        ...repository,
        title: write.title,
        body: write.body
      })
      return {number: data.number, url: data.html_url, created: true}
    }
    const {data} = await client.rest.issues.update({
      ...repository,
      issue_number: write.number,
      title: write.title,
      body: write.body
    })
    return {number: data.number, url: data.html_url, created: false}
  } catch (error) {
    throw gitHubError(
      error,
      write.number === undefined
        ? `Creating the incident issue in ${repo} (the token needs issues: write)`
        : `Updating incident issue #${write.number} in ${repo} (check the 'issue' input; the token needs issues: write)`,
      repo
    )
  }
}

/** Posts the stage's comment; closes the issue as completed when the incident is over. */
export async function commentOnIssue(
  client: GitHubClient,
  repository: Repository,
  number: number,
  comment: string,
  close: boolean
): Promise<string> {
  const repo = `${repository.owner}/${repository.repo}`
  try {
    const {data} = await client.rest.issues.createComment({
      ...repository,
      issue_number: number,
      body: comment
    })
    if (close)
      await client.rest.issues.update({
        ...repository,
        issue_number: number,
        state: 'closed',
        state_reason: 'completed'
      })
    return data.html_url
  } catch (error) {
    throw gitHubError(error, `Commenting on incident issue #${number} in ${repo}`, repo)
  }
}
