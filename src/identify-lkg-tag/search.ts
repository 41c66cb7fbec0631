import {findRevisionForTag} from '../lib/helm/app-version.js'
import {createHelm} from '../lib/helm/helm.js'
import type {Revision} from '../lib/helm/history.js'
import type {ActionContext} from '../lib/action.js'
import type {EvidenceWriter} from '../lib/evidence.js'
import {UserError} from '../lib/errors.js'
import {connectGitHub} from '../lib/connect-github.js'
import {setOutputs} from '../lib/outputs.js'
import {writeSummary} from '../lib/summary.js'
import type {RequiredChecks} from './checks.js'
import {resolveCurrent} from './current.js'
import {DeploymentFeed} from './deployment-feed.js'
import {deploymentRejection, newestDeployment} from './deployments.js'
import type {Inputs} from './inputs.js'
import {inspectTags} from './inspect.js'
import type {Deps} from './main.js'
import {selectLastKnownGood, type Selection} from './select.js'
import {formatSemVer} from './semver.js'
import {renderSummary} from './summary.js'
import {listingPrefixes, versionOf, type TagPattern, type VersionedTag} from './tag-pattern.js'
import {listTagRefs} from './tag-refs.js'

/** What main.ts checked and opened before the search's code loaded. */
export interface Checked {
  inputs: Inputs
  patterns: TagPattern[]
  token: string
  evidence: EvidenceWriter
  required: RequiredChecks
}

/** Lists the tags, finds the current release and the newest known-good one below it. */
export async function search(context: ActionContext, deps: Deps, checked: Checked): Promise<void> {
  const {inputs, patterns, token, evidence, required} = checked
  const repository = inputs.repository
  const repoName = `${repository.owner}/${repository.repo}`
  const client = deps.github
    ? deps.github(token)
    : await connectGitHub({token, maxRateLimitWait: inputs['max-rate-limit-wait']})
  const refs = await listTagRefs(client, repository, listingPrefixes(patterns))
  const globbed = refs.filter(ref => patterns.some(p => p.matches(ref.name)))
  const tags = globbed.flatMap(ref => versionOf(ref.name, patterns) ?? [])
  const ignored = globbed.length - tags.length
  context.log.info(
    `${tags.length} tag(s) match ${inputs['tag-pattern'].join(', ')} with a semver version; ${ignored} ignored (not semver)`
  )
  if (tags.length === 0) {
    throw new UserError(
      `No tag in ${repoName} matches tag-pattern '${inputs['tag-pattern'].join("', '")}' with a semver version (${ignored} matched the glob but are not semver). Check tag-pattern, e.g. v* for v1.2.3 or rc-* for rc-1.2.3.`
    )
  }
  const refByName = new Map(refs.map(ref => [ref.name, ref]))
  const feed = inputs.environment
    ? new DeploymentFeed(client, repository, inputs.environment)
    : undefined
  const peel = async (batch: readonly VersionedTag[]): Promise<Map<string, string>> => {
    const infos = await inspectTags(
      client,
      repository,
      batch.map(t => t.name),
      false
    )
    return new Map([...infos].map(([name, info]) => [name, info.sha]))
  }

  const current = await resolveCurrent({
    input: inputs.current,
    patterns: inputs['tag-pattern'].join(', '),
    tags,
    refs: refByName,
    environment: inputs.environment,
    newestDeployment: feed
      ? async () => newestDeployment(await feed.until(all => all.length > 0))
      : undefined,
    peel
  })
  const currentSha = current.sha ?? (await peel([current.tag])).get(current.tag.name) ?? ''
  await evidence.append('current', {tag: current.tag.name, sha: currentSha, source: current.source})

  const helmRevisions = new Map<string, number>()
  const gates = feed ? [deploymentGate(feed)] : []
  if (inputs['helm-release']) {
    const history = await readHelmHistory(inputs, deps, evidence)
    gates.push(helmGate(inputs['helm-release'], history, helmRevisions))
  }
  const selection = await selectLastKnownGood(tags, {
    current: current.tag,
    includePrereleases: inputs['include-prereleases'],
    exclude: new Set(inputs.exclude),
    required,
    gates,
    inspect: batch =>
      inspectTags(
        client,
        repository,
        batch.map(t => t.name),
        required.mode !== 'none'
      )
  })
  await evidence.append('candidates', {
    examined: selection.examined,
    notExamined: selection.notExamined,
    skippedPrereleases: selection.skippedPrereleases
  })

  const rejected = selection.examined
    .filter(e => e.verdict === 'rejected')
    .map(e => ({tag: e.tag, reason: e.reason}))
  const chosen = selection.chosen
  const helmRevision = chosen ? (helmRevisions.get(chosen.tag)?.toString() ?? '') : ''
  const summary = renderSummary({
    repository: repoName,
    current: {tag: current.tag.name, sha: currentSha, source: current.source},
    selection,
    matched: tags.length,
    ignored,
    environment: inputs.environment,
    helmRevision
  })
  await writeSummary(summary)
  setOutputs({
    tag: chosen?.tag ?? '',
    sha: chosen?.sha ?? '',
    version: chosen?.version ?? '',
    'current-tag': current.tag.name,
    'current-sha': currentSha,
    'helm-revision': helmRevision,
    rejected: JSON.stringify(rejected)
  })
  if (!chosen) throw new UserError(noCandidateMessage(current.tag.name, selection, inputs))
  await evidence.append('chosen', {
    tag: chosen.tag,
    sha: chosen.sha,
    version: chosen.version,
    'helm-revision': helmRevision || undefined
  })
  context.log.info(`Last known-good release: ${chosen.tag} (${chosen.sha})`)
}

/** One `helm history` for the whole search: every candidate is mapped against it. */
async function readHelmHistory(
  inputs: Inputs,
  deps: Deps,
  evidence: EvidenceWriter
): Promise<Revision[]> {
  const helm = createHelm(deps.exec ?? (await import('../lib/exec.js')).createCommandRunner())
  const history = await helm.history({
    release: inputs['helm-release'] as string,
    namespace: inputs['helm-namespace']
  })
  await evidence.append('helm-history', {
    release: inputs['helm-release'],
    namespace: inputs['helm-namespace'],
    revisions: history.map(r => ({
      revision: r.revision,
      status: r.status,
      app_version: r.appVersion
    }))
  })
  return history
}

function helmGate(release: string, history: readonly Revision[], found: Map<string, number>) {
  return async (tag: VersionedTag): Promise<string | undefined> => {
    const version = formatSemVer(tag.version)
    const revision = findRevisionForTag(history, tag.name, version)
    if (!revision) {
      return `no successfully deployed revision of helm release '${release}' has app_version ${tag.name} or ${version}`
    }
    found.set(tag.name, revision.revision)
    return undefined
  }
}

function deploymentGate(feed: DeploymentFeed) {
  return async (_tag: VersionedTag, sha: string): Promise<string | undefined> => {
    // Read back only until a successful deployment of this commit shows up.
    const loaded = await feed.until(
      all => deploymentRejection(sha, feed.environment, all) === undefined
    )
    const reason = deploymentRejection(sha, feed.environment, loaded)
    return reason && feed.truncated
      ? `${reason} (within the newest ${loaded.length} deployments read)`
      : reason
  }
}

function noCandidateMessage(current: string, selection: Selection, inputs: Inputs): string {
  if (selection.examined.length === 0) {
    const skipped = selection.skippedPrereleases
      ? ` (${selection.skippedPrereleases} prerelease(s) skipped: set include-prereleases: true to consider them)`
      : ''
    return `No release below ${current} matches tag-pattern '${inputs['tag-pattern'].join(', ')}'${skipped}; there is nothing to roll back to.`
  }
  const reasons = selection.examined.map(e => `${e.tag}: ${e.reason}`).join('; ')
  return `No known-good release below ${current}: every candidate was rejected (${reasons}). Fix or re-run the checks of an older release, or pass 'exclude'/'required-checks' deliberately.`
}
