// method: ruleset. One dedicated repository ruleset (named after check-name) with an `update`
// rule on the frozen branches: it blocks merges and pushes for everyone but its bypass actors.
// Freeze creates or enables it (one write); unfreeze deletes it, or puts back the ruleset of
// that name as it was before the freeze. Other rulesets are never touched.

export interface BypassActor {
  actor_id?: number | null
  actor_type: string
  bypass_mode?: string
}

/** The parts of a ruleset the freeze writes and a restore puts back. */
export interface RulesetBody {
  name: string
  target: string
  enforcement: string
  conditions: {ref_name?: {include?: string[]; exclude?: string[]}} | null
  rules: {type: string; parameters?: Record<string, unknown>}[]
  bypass_actors: BypassActor[]
}

export interface RulesetChange {
  name: string
  /** Set once known (an interrupted create may not have recorded it). */
  id?: number
  /** The ruleset of that name before the freeze; absent = the freeze created it. */
  before?: RulesetBody
}

/** The freeze ruleset for the branches, bypassed only by the given users. */
export function freezeRuleset(
  name: string,
  branches: readonly string[],
  bypassIds: readonly number[],
  teamIds: readonly number[] = []
): RulesetBody {
  return {
    name,
    target: 'branch',
    enforcement: 'active',
    conditions: {ref_name: {include: branches.map(b => `refs/heads/${b}`), exclude: []}},
    rules: [{type: 'update', parameters: {update_allows_fetch_and_merge: false}}],
    bypass_actors: [
      ...bypassIds.map(id => ({actor_id: id, actor_type: 'User', bypass_mode: 'always'})),
      ...teamIds.map(id => ({actor_id: id, actor_type: 'Team', bypass_mode: 'always'}))
    ]
  }
}

/** Canonical text for comparing what was written with what GitHub returns. */
export function rulesetKey(r: RulesetBody): string {
  const actors = [...r.bypass_actors]
    .map(a => ({
      actor_id: a.actor_id ?? null,
      actor_type: a.actor_type,
      bypass_mode: a.bypass_mode ?? 'always'
    }))
    .sort((a, b) => `${a.actor_type}${a.actor_id}`.localeCompare(`${b.actor_type}${b.actor_id}`))
  return JSON.stringify({
    name: r.name,
    target: r.target,
    enforcement: r.enforcement,
    conditions: {
      include: [...(r.conditions?.ref_name?.include ?? [])].sort(),
      exclude: [...(r.conditions?.ref_name?.exclude ?? [])].sort()
    },
    rules: r.rules,
    bypass_actors: actors
  })
}
