// The baseline the bench compares against: how a hand-written script usually finds the
// previous good tag — page through every tag with REST, sort, then read check runs and the
// combined status of each candidate newest first. Same answer, many more requests.
import {getOctokit} from '@actions/github'
import {compareSemVer, parseSemVer, type SemVer} from '../src/identify-lkg-tag/semver.js'

export async function naiveLastKnownGood(opts: {
  baseUrl: string
  token: string
  owner: string
  repo: string
  current: string
}): Promise<string | undefined> {
  const octokit = getOctokit(opts.token, {baseUrl: opts.baseUrl})
  const {owner, repo} = opts
  const tags = await octokit.paginate(octokit.rest.repos.listTags, {owner, repo, per_page: 100})
  const versioned = tags
    .map(t => ({name: t.name, sha: t.commit.sha, version: parseSemVer(t.name.replace(/^v/, ''))}))
    .filter((t): t is {name: string; sha: string; version: SemVer} => t.version !== undefined)
    .sort((a, b) => compareSemVer(b.version, a.version))
  const current = versioned.find(t => t.name === opts.current)
  if (!current) return undefined
  for (const tag of versioned.filter(t => compareSemVer(t.version, current.version) < 0)) {
    const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
      owner,
      repo,
      ref: tag.sha,
      per_page: 100
    })
    const combined = await octokit.rest.repos.getCombinedStatusForRef({owner, repo, ref: tag.sha})
    const runsOk = runs.every(
      r =>
        r.status === 'completed' && ['success', 'neutral', 'skipped'].includes(r.conclusion ?? '')
    )
    const statusOk = combined.data.total_count === 0 || combined.data.state === 'success'
    if (runs.length + combined.data.total_count > 0 && runsOk && statusOk) return tag.name
  }
  return undefined
}
