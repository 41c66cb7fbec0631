// Who may still merge during a freeze: pull requests with the exempt label and enough
// approving reviews, and pull requests authored by a bypass login.

export interface ExemptionRules {
  label: string
  approvals: number
  /** Logins, compared case-insensitively, `@` optional (teams are checked by the caller). */
  bypass: readonly string[]
}

export interface PullFacts {
  author: string
  labels: readonly string[]
  /** Logins whose latest review approves; undefined when not read (no exempt label). */
  approvedBy?: readonly string[]
}

/** Why the pull request is exempt, or undefined when the freeze applies to it. */
export function exemption(pull: PullFacts, rules: ExemptionRules): string | undefined {
  const author = pull.author.toLowerCase()
  if (
    rules.bypass.some(
      login => !login.includes('/') && login.replace(/^@/, '').toLowerCase() === author
    )
  )
    return `author @${pull.author} is in bypass`
  if (!pull.labels.includes(rules.label)) return undefined
  const approvals = (pull.approvedBy ?? []).filter(login => login.toLowerCase() !== author).length
  if (approvals >= rules.approvals)
    return `labelled ${rules.label} with ${approvals} approving review(s) (${rules.approvals} needed)`
  return undefined
}

/** Why a labelled pull request is still blocked, for the guard's message. */
export function missingApprovals(pull: PullFacts, rules: ExemptionRules): string | undefined {
  if (!pull.labels.includes(rules.label)) return undefined
  const approvals = (pull.approvedBy ?? []).filter(
    login => login.toLowerCase() !== pull.author.toLowerCase()
  ).length
  return approvals < rules.approvals
    ? `it has the ${rules.label} label but ${approvals} of ${rules.approvals} approving reviews`
    : undefined
}
