import {readFile} from 'node:fs/promises'
import type {ActionContext} from '../lib/action.js'
import {UserError} from '../lib/errors.js'
import {connectGitHub, type GitHubClient} from '../lib/connect-github.js'
import {setOutputs} from '../lib/outputs.js'
import {writeSummary} from '../lib/summary.js'
import type {Deps} from './main.js'
import {freeze} from './freeze.js'
import {guard} from './guard.js'
import type {Inputs} from './inputs.js'
import {ProtectionApi} from './protection-api.js'
import {listOpenPulls} from './pulls.js'
import {RulesetApi} from './ruleset-api.js'
import {isExpired} from './record.js'
import type {Outcome, Session} from './session.js'
import {setup} from './setup.js'
import {FreezeStore} from './store.js'
import {splitBypass, TeamDirectory} from './teams.js'
import {renderStatus} from './summary.js'
import {unfreeze} from './unfreeze.js'
import {FreezeWrites} from './writes.js'

// Loaded by main.ts once the inputs validate: a step that fails on an input never loads the
// client, the modes or anything they use. One module for all five modes, not one per mode:
// they share most of their code, and every further chunk file costs a run start-up time.

/** Runs the mode `inputs` ask for with `token` (and admin-token when given). */
export async function runMode(
  context: ActionContext,
  deps: Deps,
  inputs: Inputs,
  token: string
): Promise<void> {
  const adminToken = inputs['admin-token']
  const evidence = context.openEvidence(inputs['evidence-dir'], [token, adminToken])
  const repository = inputs.repository
  const repoName = `${repository.owner}/${repository.repo}`
  await evidence.append('inputs', {
    ...inputs,
    token: undefined,
    'admin-token': adminToken ? '***' : undefined,
    repository: repoName
  })

  // The client loads only now, after every input validated.
  const connect = async (t: string): Promise<GitHubClient> =>
    deps.github
      ? deps.github(t)
      : connectGitHub({token: t, maxRateLimitWait: inputs['max-rate-limit-wait']})
  const client = await connect(token)
  const admin = adminToken ? await connect(adminToken) : undefined
  const session: Session = {
    inputs,
    repository,
    repoName,
    client,
    protection: admin ? new ProtectionApi(admin, repository) : undefined,
    rulesets: admin ? new RulesetApi(admin, repository) : undefined,
    store: new FreezeStore(client, repository),
    teams: new TeamDirectory(admin ?? client, splitBypass(inputs.bypass).teams, repoName),
    writes: new FreezeWrites(client, repository),
    evidence,
    log: context.log,
    changed: onceEach(context),
    now: deps.now ?? (() => new Date()),
    runner: {
      actor: process.env.GITHUB_ACTOR || 'rollback-kit',
      runId: Number(process.env.GITHUB_RUN_ID) || undefined,
      eventName: process.env.GITHUB_EVENT_NAME,
      event: await readEvent()
    }
  }
  const branches = async (): Promise<string[]> =>
    inputs.branches.length ? inputs.branches : [await session.writes.defaultBranch()]

  let result: Outcome
  switch (inputs.mode) {
    case 'freeze':
      result = await freeze(session, await branches())
      break
    case 'unfreeze':
      result = await unfreeze(session)
      break
    case 'guard':
      result = await guard(session)
      break
    case 'setup':
      result = await setup(session, await branches())
      break
    case 'status':
      result = await status(session)
      break
  }
  // Outputs and summary first: they must be there even when the step then fails.
  await writeSummary(result.summary)
  setOutputs({
    frozen: String(result.frozen),
    'freeze-id': result.freezeId,
    state: JSON.stringify(result.record ?? null),
    'prs-blocked': String(result.prsBlocked)
  })
  await evidence.append('result', {
    mode: inputs.mode,
    frozen: result.frozen,
    'freeze-id': result.freezeId,
    'prs-blocked': result.prsBlocked
  })
  if (result.failure) throw new UserError(result.failure)
}

/** mode: status. Reads only. */
async function status(s: Session): Promise<Outcome> {
  const {issue} = await s.store.find()
  const record = issue?.record
  const expired = record ? isExpired(record, s.now()) : false
  let blocked = 0
  if (record && !expired) {
    for (const branch of record.branches) {
      const pulls = await listOpenPulls(s.client, s.repository, branch, record.checkName)
      // status-check blocks through the check; a ruleset or a locked branch blocks them all.
      blocked +=
        record.method === 'status-check'
          ? pulls.filter(p => p.check === 'FAILURE').length
          : pulls.length
    }
  }
  return {
    frozen: Boolean(record) && !expired,
    freezeId: issue ? String(issue.number) : '',
    record,
    prsBlocked: blocked,
    summary: renderStatus(s.repoName, record, issue?.number, expired, blocked)
  }
}

/** context.changed, but a repeated description (one per pull request) is said only once. */
function onceEach(context: ActionContext): (what: string) => void {
  const said = new Set<string>()
  return what => {
    if (said.has(what)) return
    said.add(what)
    context.changed(what)
  }
}

async function readEvent(): Promise<Record<string, unknown>> {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path) return {}
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as unknown
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
