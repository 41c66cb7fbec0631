// mode: setup. Makes check-name a required check on each branch once, keeping every check
// already required and every other rule as it was.
import {UserError} from '../lib/errors.js'
import {withRequiredCheck} from './protection.js'
import type {Outcome, Session} from './session.js'

export async function setup(s: Session, branches: string[]): Promise<Outcome> {
  const checkName = s.inputs['check-name'] as string
  if (!s.protection) {
    throw new UserError(
      `Input 'admin-token' is empty: mode: setup edits branch protection to require '${checkName}', which the workflow token never may. Pass a GitHub App token from actions/create-github-app-token with Administration: Read and write (or a repository admin's fine-grained token), or add the check by hand (README: one-time setup).`
    )
  }
  const rows: string[] = []
  for (const branch of branches) {
    const before = await s.protection.read(branch)
    const put = withRequiredCheck(before?.put ?? null, checkName)
    if (before && put === before.put) {
      rows.push(`- \`${branch}\`: '${checkName}' is already required; nothing changed`)
      continue
    }
    await s.evidence.append('setup-plan', {branch, before, 'dry-run': s.inputs['dry-run']})
    if (s.inputs['dry-run']) {
      rows.push(`- \`${branch}\`: would add '${checkName}' to the required checks (dry run)`)
      continue
    }
    await s.protection.write(branch, {put, signatures: before?.signatures ?? false})
    s.changed(`made '${checkName}' a required check on '${branch}'`)
    await s.evidence.append('setup-done', {branch})
    rows.push(
      `- \`${branch}\`: '${checkName}' is now required${before ? '' : ' (the branch had no protection; only this check was added)'}`
    )
  }
  return {
    frozen: false,
    freezeId: '',
    prsBlocked: 0,
    summary: `## Merge freeze check set up\n\n${rows.join('\n')}\n\nEvery pull request now needs the '${checkName}' commit status: run the guard (freeze-guard workflow) on pull_request_target and merge_group, or nothing can merge.\n`
  }
}
