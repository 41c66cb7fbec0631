// mode: freeze. The record goes onto the freeze issue BEFORE each change it lists, so a freeze
// interrupted halfway can be run again (and completes) or unfrozen (and restores exactly).
import {UserError} from '../lib/errors.js'
import {bodyOf, protectionPlan, rulesetPlan} from './lock-plans.js'
import {locked} from './protection.js'
import {isExpired, type AutoMergeChange, type FreezeRecord} from './record.js'
import type {Outcome, Session} from './session.js'
import {renderFreeze} from './summary.js'
import {judgePulls} from './verdicts.js'

export async function freeze(s: Session, branches: string[]): Promise<Outcome> {
  const {inputs} = s
  const now = s.now()
  const checkName = inputs['check-name'] as string
  const found = await s.store.find()
  if (found.ignored.length)
    s.log.warning(`Other open freeze issues ignored: ${found.ignored.map(n => `#${n}`).join(', ')}`)
  let issue = found.issue
  const previous = issue?.record
  if (previous && previous.method !== inputs.method) {
    throw new UserError(
      `Already frozen with method '${previous.method}' (#${issue?.number}); input 'method' is '${inputs.method}'. Unfreeze first, or freeze with method: ${previous.method}.`
    )
  }
  const expiresAt = inputs['expires-in']
    ? new Date(now.getTime() + inputs['expires-in']).toISOString()
    : null
  const request = {
    incident: inputs.incident ?? '',
    reason: inputs.reason ?? '',
    by: s.runner.actor,
    at: now.toISOString()
  }
  const expired = previous ? isExpired(previous, now) : false
  const record: FreezeRecord = previous
    ? structuredClone(previous)
    : {
        version: 1,
        method: inputs.method,
        branches: [],
        checkName,
        reason: request.reason,
        by: request.by,
        at: request.at,
        expiresAt,
        incidents: [],
        changes: {autoMerge: [], cancelledRuns: [], protection: []},
        exemptions: [],
        complete: false
      }
  const newBranches = branches.filter(b => !record.branches.includes(b))
  record.branches.push(...newBranches)
  const known = record.incidents.some(
    i => i.incident === request.incident && i.reason === request.reason
  )
  if (!known) record.incidents.push(request)
  if (expired || (previous && inputs['expires-in'])) record.expiresAt = expiresAt
  const verdicts = await judgePulls(s, record.branches)
  // A ruleset or a locked branch blocks every pull request, exempt or not.
  const blocked = record.method === 'status-check' ? verdicts.filter(v => !v.exempt) : verdicts
  // A locked branch blocks every merge itself; the status check is the status-check method's.
  const statusWrites =
    record.method === 'status-check'
      ? verdicts.filter(v => v.pull.check !== (v.exempt ? 'SUCCESS' : 'FAILURE'))
      : []
  const autoMerge: AutoMergeChange[] = inputs['disable-auto-merge']
    ? blocked.flatMap(({pull}) =>
        pull.autoMerge && !record.changes.autoMerge.some(a => a.number === pull.number)
          ? [{number: pull.number, id: pull.id, ...pull.autoMerge}]
          : []
      )
    : []
  // Auto-merge recorded earlier but still on (an interrupted freeze) is turned off now.
  const stillOn = record.changes.autoMerge.filter(a =>
    blocked.some(v => v.pull.number === a.number && v.pull.autoMerge)
  )
  const runs = inputs['cancel-workflows'].length
    ? await s.writes.activeRuns(inputs['cancel-workflows'], s.runner.runId)
    : []
  const protect =
    inputs.method === 'branch-protection' ? await protectionPlan(s, record, newBranches) : []
  const ruleset = record.method === 'ruleset' ? await rulesetPlan(s, record) : undefined
  for (const v of record.method === 'status-check' ? verdicts.filter(v => v.exempt) : []) {
    if (!record.exemptions.some(e => e.number === v.pull.number))
      record.exemptions.push({number: v.pull.number, why: v.exempt as string, at: request.at})
  }
  await s.evidence.append('freeze-plan', {
    issue: issue?.number,
    branches: record.branches,
    method: record.method,
    'status-writes': statusWrites.map(v => ({
      pr: v.pull.number,
      sha: v.pull.headSha,
      state: v.exempt ? 'success' : 'failure'
    })),
    'auto-merge-off': [...autoMerge, ...stillOn].map(a => a.number),
    'cancel-runs': runs.map(r => r.id),
    protection: protect.map(p => ({branch: p.branch, before: p.before})),
    ruleset: ruleset && {want: ruleset.want, before: ruleset.existing},
    exemptions: verdicts.filter(v => v.exempt).map(v => ({pr: v.pull.number, why: v.exempt})),
    'dry-run': inputs['dry-run']
  })

  const changing =
    !previous ||
    !previous.complete ||
    !known ||
    newBranches.length > 0 ||
    expired ||
    statusWrites.length +
      autoMerge.length +
      stillOn.length +
      runs.length +
      protect.length +
      (ruleset ? 1 : 0) >
      0
  if (inputs['dry-run']) {
    return outcome(s, issue?.number, record, blocked.length, {
      dryRun: true,
      statusWrites: statusWrites.length,
      autoMerge: autoMerge.length + stillOn.length,
      runs: runs.length,
      expired,
      already: !changing
    })
  }
  if (!changing) {
    s.log.info(`Already frozen (#${issue?.number}); nothing to change.`)
    return outcome(s, issue?.number, record, blocked.length, {already: true})
  }

  // 1. The record, with every change about to be made, before any of them.
  record.complete = false
  record.changes.autoMerge.push(...autoMerge)
  for (const p of protect) {
    if (!record.changes.protection.some(saved => saved.branch === p.branch))
      record.changes.protection.push({
        branch: p.branch,
        before: p.before?.put ?? null,
        signatures: p.before?.signatures ?? false
      })
  }
  if (ruleset && !record.changes.ruleset) {
    record.changes.ruleset = {
      name: ruleset.want.name,
      ...(ruleset.existing ? {id: ruleset.existing.id, before: bodyOf(ruleset.existing)} : {})
    }
  }
  issue = issue ? await s.store.save(issue, record) : await s.store.create(record)
  await s.evidence.append('freeze-recorded', {issue: issue.number, url: issue.url})
  if (expired) s.log.info(`The previous freeze had expired; it is renewed by this one.`)

  // 2. The changes. A new freeze that fails before changing anything is closed again, so
  // an open freeze issue never claims a freeze that did not happen.
  let changed = 0
  let queued = 0
  try {
    for (const p of protect) {
      await s.protection?.write(p.branch, {
        put: locked(p.before?.put ?? null),
        signatures: p.before?.signatures ?? false
      })
      changed++
      s.changed(`locked branch '${p.branch}' (freeze #${issue.number})`)
      await s.evidence.append('protection-locked', {branch: p.branch, before: p.before})
    }
    if (ruleset && record.changes.ruleset) {
      record.changes.ruleset.id = await s.rulesets?.write(ruleset.want, ruleset.existing?.id)
      changed++
      s.changed(`made ruleset '${ruleset.want.name}' active (freeze #${issue.number})`)
      await s.evidence.append('ruleset-active', {
        id: record.changes.ruleset.id,
        ruleset: ruleset.want
      })
    }
    const description = `Merge freeze${record.reason ? `: ${record.reason}` : ''} (#${issue.number})`
    for (const v of statusWrites) {
      await s.writes.status(
        v.pull.headSha,
        checkName,
        v.exempt ? 'success' : 'failure',
        v.exempt ? `Exempt from the merge freeze: ${v.exempt}` : description,
        issue.url
      )
      changed++
      s.changed(`set the '${checkName}' status on open pull requests (freeze #${issue.number})`)
    }
    for (const branch of record.method === 'status-check' ? record.branches : []) {
      for (const sha of await s.writes.queueHeads(branch)) {
        await s.writes.status(sha, checkName, 'failure', description, issue.url)
        queued++
        changed++
        s.changed(`blocked merge queue groups of '${branch}' (freeze #${issue.number})`)
      }
    }
    for (const change of [...autoMerge, ...stillOn]) {
      await s.writes.disableAutoMerge(change)
      changed++
      s.changed('turned auto-merge off on blocked pull requests')
    }
    for (const run of runs) {
      const cancelled = await s.writes.cancelRun(run.id)
      if (cancelled) {
        record.changes.cancelledRuns.push(run)
        s.changed(`cancelled workflow run ${run.id} (${run.workflow})`)
      } else
        s.log.info(
          `Workflow run ${run.id} (${run.workflow}) finished before it could be cancelled.`
        )
    }
  } catch (error) {
    if (!previous && changed === 0) {
      await s.store
        .close(issue, record, 'The freeze failed before it changed anything: nothing is frozen.')
        .catch(() =>
          s.log.warning(`Could not close freeze issue #${issue?.number}; close it by hand.`)
        )
      await s.evidence.append('freeze-abandoned', {issue: issue.number})
    }
    throw error
  }
  await s.evidence.append('freeze-applied', {
    issue: issue.number,
    'statuses-set': statusWrites.length,
    'merge-queue-groups-blocked': queued,
    'auto-merge-off': [...autoMerge, ...stillOn].map(a => a.number),
    'runs-cancelled': record.changes.cancelledRuns.map(r => r.id)
  })

  // 3. Done: the record says so.
  record.complete = true
  await s.store.save(issue, record)
  s.changed(`froze ${record.branches.map(b => `'${b}'`).join(', ')} (freeze #${issue.number})`)
  return outcome(s, issue.number, record, blocked.length, {
    statusWrites: statusWrites.length,
    autoMerge: autoMerge.length + stillOn.length,
    runs: runs.length,
    expired,
    renewedBy: previous ? request : undefined
  })
}

function outcome(
  s: Session,
  number: number | undefined,
  record: FreezeRecord,
  blocked: number,
  facts: Parameters<typeof renderFreeze>[2]
): Outcome {
  return {
    frozen: !facts.dryRun,
    freezeId: number ? String(number) : '',
    record,
    prsBlocked: blocked,
    summary: renderFreeze(s.repoName, record, facts, number)
  }
}
