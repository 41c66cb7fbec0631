// What the admin-token methods must write: the freeze ruleset, and the branches to lock.
import {UserError} from '../lib/errors.js'
import type {ProtectionSnapshot} from './protection.js'
import type {FreezeRecord} from './record.js'
import {freezeRuleset, rulesetKey, type RulesetBody} from './ruleset.js'
import type {Session} from './session.js'
import {splitBypass} from './teams.js'

/** The freeze ruleset to write, or undefined when it is already in place. */
export async function rulesetPlan(
  s: Session,
  record: FreezeRecord
): Promise<{want: RulesetBody; existing?: RulesetBody & {id: number}} | undefined> {
  if (!s.rulesets) {
    throw new UserError(
      "Input 'admin-token' is empty: method: ruleset needs a token that may edit rulesets (a GitHub App token from actions/create-github-app-token with Administration: Read and write). The workflow token never can; method: status-check works with it."
    )
  }
  const name = record.changes.ruleset?.name ?? record.checkName
  const {logins} = splitBypass(s.inputs.bypass)
  const want = freezeRuleset(
    name,
    record.branches,
    await s.rulesets.userIds(logins),
    await s.teams.ids()
  )
  const saved = record.changes.ruleset?.id
  const existing = saved ? await s.rulesets.get(saved) : await s.rulesets.find(name)
  if (existing && rulesetKey(existing) === rulesetKey(want) && record.changes.ruleset)
    return undefined
  return {want, existing}
}

export function bodyOf(r: RulesetBody): RulesetBody {
  const {name, target, enforcement, conditions, rules, bypass_actors} = r
  return {name, target, enforcement, conditions, rules, bypass_actors}
}

export interface ProtectStep {
  branch: string
  before: ProtectionSnapshot | null
}

/** Branches whose protection this freeze must save and lock (new ones only). */
export async function protectionPlan(
  s: Session,
  record: FreezeRecord,
  newBranches: string[]
): Promise<ProtectStep[]> {
  if (!s.protection) {
    throw new UserError(
      "Input 'admin-token' is empty: method: branch-protection needs a token that may edit branch protection (a GitHub App token from actions/create-github-app-token with Administration: Read and write). The workflow token never can; method: status-check works with it."
    )
  }
  const steps: ProtectStep[] = []
  const pending = record.changes.protection.filter(p => !newBranches.includes(p.branch))
  for (const branch of newBranches) steps.push({branch, before: await s.protection.read(branch)})
  // An interrupted freeze saved these but may not have locked them: lock again (same write).
  for (const p of pending) {
    const now = await s.protection.read(p.branch)
    if (!now?.put.lock_branch)
      steps.push({
        branch: p.branch,
        before: p.before ? {put: p.before, signatures: p.signatures} : null
      })
  }
  return steps
}
