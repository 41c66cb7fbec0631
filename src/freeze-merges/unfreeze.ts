// mode: unfreeze. Restores what the record lists, then closes the issue (last, so an
// interrupted unfreeze leaves the freeze in place and can be run again).
import {UserError} from '../lib/errors.js'
import {listOpenPulls} from './pulls.js'
import {isExpired, type FreezeRecord} from './record.js'
import type {Outcome, Session} from './session.js'
import {renderUnfreeze, type UnfreezeFacts} from './summary.js'

export async function unfreeze(s: Session): Promise<Outcome> {
  const found = await s.store.find()
  const issue = found.issue
  if (!issue) {
    s.log.info(`${s.repoName} is not frozen; nothing to unfreeze.`)
    await s.evidence.append('unfreeze', {frozen: false})
    return {
      frozen: false,
      freezeId: '',
      prsBlocked: 0,
      summary: renderUnfreeze(s.repoName, undefined, undefined)
    }
  }
  const record: FreezeRecord = issue.record
  const checkName = record.checkName
  const facts: UnfreezeFacts = {
    issue: issue.number,
    expired: isExpired(record, s.now()),
    statuses: 0,
    queue: 0,
    autoMergeOn: [],
    autoMergeSkipped: [],
    protection: [],
    dryRun: s.inputs['dry-run']
  }
  const open = new Map<number, Awaited<ReturnType<typeof listOpenPulls>>[number]>()
  for (const branch of record.branches)
    for (const pull of await listOpenPulls(s.client, s.repository, branch, checkName))
      open.set(pull.number, pull)
  const toClear =
    record.method === 'status-check' ? [...open.values()].filter(p => p.check !== 'SUCCESS') : []
  await s.evidence.append('unfreeze-plan', {
    issue: issue.number,
    record,
    'status-writes': toClear.map(p => ({pr: p.number, sha: p.headSha})),
    'dry-run': s.inputs['dry-run']
  })
  if (s.inputs['dry-run']) {
    facts.statuses = toClear.length
    return {
      frozen: true,
      freezeId: String(issue.number),
      record,
      prsBlocked: toClear.length,
      summary: renderUnfreeze(s.repoName, record, facts)
    }
  }

  for (const p of record.changes.protection) {
    const want = p.before ? {put: p.before, signatures: p.signatures} : null
    await s.evidence.append('protection-restore', {branch: p.branch, want})
    if (!s.protection) {
      throw new UserError(
        `Input 'admin-token' is empty: freeze #${issue.number} changed the branch protection of ${record.changes.protection.map(x => `'${x.branch}'`).join(', ')}, and only a token that may edit branch protection can restore it (a GitHub App token from actions/create-github-app-token with Administration: Read and write).`
      )
    }
    await s.protection.write(p.branch, want)
    facts.protection.push(p.branch)
    s.changed(`restored the protection of branch '${p.branch}' (freeze #${issue.number})`)
  }
  const rs = record.changes.ruleset
  if (rs) {
    if (!s.rulesets) {
      throw new UserError(
        `Input 'admin-token' is empty: freeze #${issue.number} made the '${rs.name}' ruleset active, and only a token that may edit rulesets can undo it (a GitHub App token from actions/create-github-app-token with Administration: Read and write).`
      )
    }
    const id = rs.id ?? (await s.rulesets.find(rs.name))?.id
    await s.evidence.append('ruleset-restore', {id, before: rs.before ?? 'delete'})
    if (id && rs.before) await s.rulesets.write(rs.before, id)
    else if (id) await s.rulesets.remove(id)
    facts.protection.push(`ruleset '${rs.name}' ${rs.before ? 'restored' : 'deleted'}`)
    s.changed(
      `${rs.before ? 'restored' : 'deleted'} ruleset '${rs.name}' (freeze #${issue.number})`
    )
  }
  const description = `No merge freeze (freeze #${issue.number} lifted)`
  for (const pull of toClear) {
    await s.writes.status(pull.headSha, checkName, 'success', description, issue.url)
    facts.statuses++
    s.changed(`cleared the '${checkName}' status on open pull requests (freeze #${issue.number})`)
  }
  for (const branch of record.method === 'status-check' ? record.branches : []) {
    for (const sha of await s.writes.queueHeads(branch)) {
      await s.writes.status(sha, checkName, 'success', description, issue.url)
      facts.queue++
      s.changed(`released merge queue groups of '${branch}' (freeze #${issue.number})`)
    }
  }
  for (const change of record.changes.autoMerge) {
    const pull = open.get(change.number)
    if (!pull) {
      facts.autoMergeSkipped.push({number: change.number, why: 'closed or merged meanwhile'})
      continue
    }
    if (pull.autoMerge) continue
    const refused = await s.writes.enableAutoMerge(change)
    if (refused) facts.autoMergeSkipped.push({number: change.number, why: refused})
    else {
      facts.autoMergeOn.push(change.number)
      s.changed('turned auto-merge back on')
    }
  }
  await s.evidence.append('unfreeze-applied', {
    issue: issue.number,
    'statuses-set': facts.statuses,
    'merge-queue-groups': facts.queue,
    'auto-merge-on': facts.autoMergeOn,
    'auto-merge-skipped': facts.autoMergeSkipped,
    'protection-restored': facts.protection
  })
  const note = `Unfrozen by @${s.runner.actor} at ${s.now().toISOString()}${facts.expired ? ' (the freeze had expired)' : ''}.`
  await s.store.close(issue, record, note)
  s.changed(`closed freeze #${issue.number}: merges are unfrozen`)
  return {
    frozen: false,
    freezeId: String(issue.number),
    record,
    prsBlocked: 0,
    summary: renderUnfreeze(s.repoName, record, facts)
  }
}
