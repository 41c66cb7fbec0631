// Ready-made worlds for tests, the bench and the drill: a real git repository with release
// tags, served by the GitHub API double with check runs seeded.
import {createRepo, type GitFixture} from './git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from './github-double/index.js'

export interface ManyTagsWorld {
  git: GitFixture
  gh: GitHubDouble
  /** Tag names, oldest first. */
  tags: string[]
  close(): Promise<void>
}

/**
 * `count` release tags (every tenth annotated) where only the newest `failing` have failing
 * checks: the shape of a long-lived repository whose last few releases went bad.
 */
export async function manyTagsWorld(count: number, failing: number): Promise<ManyTagsWorld> {
  const git = await createRepo()
  const good = await git.commit('known-good base')
  const tags = Array.from({length: count}, (_, i) => `v${Math.floor(i / 100) + 1}.${i % 100}.0`)
  const specs = []
  for (const [i, name] of tags.entries()) {
    const bad = i >= count - failing
    const sha = bad ? await git.commit(`bad release ${name}`) : good
    specs.push({name, sha, annotated: i % 10 === 0})
  }
  await git.tags(specs)
  const gh = await startGitHubDouble({owner: 'octo-org', repo: 'payments-api', gitDir: git.dir})
  gh.seed.checkRun({head_sha: good, name: 'test', conclusion: 'success'})
  for (const spec of specs.slice(count - failing)) {
    gh.seed.checkRun({head_sha: spec.sha, name: 'test', conclusion: 'failure'})
  }
  return {
    git,
    gh,
    tags,
    async close() {
      await gh.close()
      await git.cleanup()
    }
  }
}

export interface ManyPullsWorld {
  git: GitFixture
  gh: GitHubDouble
  /** Head commit of each open pull request, in pull request order. */
  heads: string[]
  /** Adds `count` open pull requests into main, each on its own real commit. */
  addPulls(count: number, options?: {autoMergeEvery?: number}): Promise<void>
  close(): Promise<void>
}

/**
 * A repository with `count` open pull requests into `main` (every `autoMergeEvery`-th with
 * auto-merge on), each green on `merge-freeze`: the state a freeze starts from.
 */
export async function manyPullsWorld(
  count: number,
  options: {autoMergeEvery?: number} = {}
): Promise<ManyPullsWorld> {
  const git = await createRepo()
  await git.commit('base')
  const gh = await startGitHubDouble({owner: 'octo-org', repo: 'payments-api', gitDir: git.dir})
  const heads: string[] = []
  const world: ManyPullsWorld = {
    git,
    gh,
    heads,
    async addPulls(n, {autoMergeEvery = 0} = {}) {
      const shas = await git.commits(
        Array.from({length: n}, (_, i) => `change ${heads.length + i}`)
      )
      for (const sha of shas) {
        const i = heads.length
        heads.push(sha)
        gh.seed.pull({
          head: {ref: `feature-${i}`, sha},
          auto_merge:
            autoMergeEvery && i % autoMergeEvery === 0
              ? {
                  merge_method: 'squash',
                  enabled_by: 'octocat',
                  enabled_at: '2026-11-01T00:00:00Z',
                  commit_title: `Feature ${i}`,
                  commit_message: ''
                }
              : null
        })
        gh.seed.status({sha, state: 'success', context: 'merge-freeze'})
      }
    },
    async close() {
      await gh.close()
      await git.cleanup()
    }
  }
  await world.addPulls(count, options)
  return world
}
