// mode: guard. On pull_request(_target) and merge_group it sets the freeze check on the head
// commit (success unless frozen and not exempt) and fails when it blocks; in any other event
// (a deploy job: the promotion freeze) it only fails when the branches are frozen.
import {exemption, missingApprovals} from './exemption.js'
import {getPull} from './pulls.js'
import {isExpired} from './record.js'
import type {Outcome, Session} from './session.js'
import {renderGuard} from './summary.js'

interface Target {
  kind: 'pull' | 'merge-group' | 'deploy'
  base?: string
  sha?: string
  number?: number
}

function targetOf(eventName: string | undefined, event: Record<string, unknown>): Target {
  const pr = event.pull_request as
    {number?: number; base?: {ref?: string}; head?: {sha?: string}} | undefined
  const number = Number(pr?.number)
  if (eventName?.startsWith('pull_request') && Number.isSafeInteger(number) && number > 0)
    return {kind: 'pull', number, base: pr?.base?.ref, sha: pr?.head?.sha}
  const group = event.merge_group as {head_sha?: string; base_ref?: string} | undefined
  if (eventName === 'merge_group' && group?.head_sha)
    return {
      kind: 'merge-group',
      sha: group.head_sha,
      base: group.base_ref?.replace(/^refs\/heads\//, '')
    }
  return {kind: 'deploy'}
}

export async function guard(s: Session): Promise<Outcome> {
  const checkName = s.inputs['check-name'] as string
  const target = targetOf(s.runner.eventName, s.runner.event)
  const {issue} = await s.store.find()
  const record = issue?.record
  const expired = record ? isExpired(record, s.now()) : false
  if (expired)
    s.log.info(
      `Freeze #${issue?.number} expired at ${record?.expiresAt}: treated as over (the next freeze or unfreeze cleans it up).`
    )
  const active = record && !expired ? record : undefined
  const wanted = target.base ? [target.base] : s.inputs.branches
  const frozenHere = active
    ? wanted.length === 0
      ? active.branches
      : wanted.filter(b => active.branches.includes(b))
    : []
  let exempt: string | undefined
  let why = ''
  if (frozenHere.length > 0 && target.kind === 'pull' && target.number) {
    const rules = {
      label: s.inputs['exempt-label'] as string,
      approvals: s.inputs['exempt-approvals'],
      bypass: s.inputs.bypass
    }
    const pull = await getPull(s.client, s.repository, target.number, checkName)
    if (pull) {
      target.sha = pull.headSha
      exempt = exemption(pull, rules)
      if (!exempt && s.teams.teams.length) {
        const team = await s.teams.memberOf(pull.author)
        if (team) exempt = `author @${pull.author} is in bypass team ${team}`
      }
      why = missingApprovals(pull, rules) ?? ''
    }
  }
  const blocked = frozenHere.length > 0 && !exempt
  await s.evidence.append('guard', {
    event: s.runner.eventName,
    target,
    freeze: issue?.number,
    expired,
    blocked,
    exempt
  })
  if (target.sha && !s.inputs['dry-run']) {
    const description = blocked
      ? `Merge freeze${active?.reason ? `: ${active.reason}` : ''} (#${issue?.number})`
      : exempt
        ? `Exempt from the merge freeze: ${exempt}`
        : expired
          ? `Freeze #${issue?.number} expired`
          : 'No merge freeze'
    await s.writes.status(
      target.sha,
      checkName,
      blocked ? 'failure' : 'success',
      description,
      issue?.url
    )
  }
  if (exempt && issue && !s.inputs['dry-run']) {
    // Every re-run of the check (a new review, a re-run button) passes again: the issue gets
    // one comment per pull request, reason and head, not one per run.
    const text = `Pull request #${target.number} passed the freeze guard as exempt: ${exempt} (head ${target.sha?.slice(0, 12)}).`
    const commented = !(await s.store.hasComment(issue, text))
    if (commented) await s.store.comment(issue, text)
    await s.evidence.append('exemption', {
      pr: target.number,
      why: exempt,
      freeze: issue.number,
      commented
    })
  }
  const failure = blocked
    ? `Merges into ${frozenHere.join(', ')} are frozen (#${issue?.number}${active?.reason ? `: ${active.reason}` : ''}).${
        target.kind === 'pull'
          ? ` Pull request #${target.number} is not exempt${why ? `: ${why}` : ''}. To merge anyway, add the '${s.inputs['exempt-label']}' label and get ${s.inputs['exempt-approvals']} approving review(s), or unfreeze.`
          : target.kind === 'merge-group'
            ? ' The merge queue group is held until the freeze is lifted.'
            : ' Promotions wait until the freeze is lifted (merge-freeze workflow, mode unfreeze).'
      }`
    : undefined
  return {
    frozen: frozenHere.length > 0,
    freezeId: issue ? String(issue.number) : '',
    record,
    prsBlocked: blocked && target.kind === 'pull' ? 1 : 0,
    summary: renderGuard(s.repoName, {
      target,
      blocked,
      exempt,
      expired,
      issue: issue?.number,
      failure
    }),
    failure
  }
}
