// Which open pull requests a freeze blocks, and which are exempt (and why).
import {exemption} from './exemption.js'
import {getPull, listOpenPulls, type OpenPull} from './pulls.js'
import type {Session} from './session.js'

export interface PullVerdict {
  pull: OpenPull
  exempt?: string
}

/** Open pull requests into the branches, each with its exemption (if any). */
export async function judgePulls(s: Session, branches: readonly string[]): Promise<PullVerdict[]> {
  const rules = {
    label: s.inputs['exempt-label'] as string,
    approvals: s.inputs['exempt-approvals'],
    bypass: s.inputs.bypass
  }
  const verdicts: PullVerdict[] = []
  for (const branch of branches) {
    const pulls = await listOpenPulls(
      s.client,
      s.repository,
      branch,
      s.inputs['check-name'] as string
    )
    for (const pull of pulls) {
      let exempt = exemption(pull, rules)
      if (!exempt && s.teams.teams.length) {
        const team = await s.teams.memberOf(pull.author)
        if (team) exempt = `author @${pull.author} is in bypass team ${team}`
      }
      // Reviews are read only for the few pull requests that carry the exempt label.
      if (!exempt && pull.labels.includes(rules.label)) {
        const detail = await getPull(
          s.client,
          s.repository,
          pull.number,
          s.inputs['check-name'] as string
        )
        if (detail) exempt = exemption(detail, rules)
      }
      verdicts.push({pull, exempt})
    }
  }
  return verdicts
}
