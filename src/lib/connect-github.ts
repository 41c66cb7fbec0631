// Actions load the GitHub client only once their inputs validate: octokit and its plugins are
// most of an action's start-up, and a step that fails on a bad input should not pay for them.
import type {ClientOptions, GitHubClient} from './github.js'

export type {ClientOptions, GitHubClient} from './github.js'

/** createGitHubClient, loaded on first use. */
export async function connectGitHub(options: ClientOptions): Promise<GitHubClient> {
  const {createGitHubClient} = await import('./github.js')
  return createGitHubClient(options)
}
