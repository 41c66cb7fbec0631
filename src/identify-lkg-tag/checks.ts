/** One check run or commit status on a commit, as the status rollup reports it. */
export interface CheckSignal {
  kind: 'check-run' | 'status'
  name: string
  /** Check runs: QUEUED, IN_PROGRESS, COMPLETED, ...; statuses: their state. */
  status: string
  /** Check runs only: SUCCESS, FAILURE, NEUTRAL, SKIPPED, ... (null until completed). */
  conclusion: string | null
}

export type RequiredChecks = {mode: 'all'} | {mode: 'none'} | {mode: 'named'; names: string[]}

export type CheckVerdict = {ok: true; detail: string} | {ok: false; reason: string}

const PASSING_CONCLUSIONS = new Set(['SUCCESS', 'NEUTRAL', 'SKIPPED'])

function outcome(signal: CheckSignal): 'pass' | 'fail' | 'pending' {
  if (signal.kind === 'status') {
    if (signal.status === 'SUCCESS') return 'pass'
    if (signal.status === 'PENDING' || signal.status === 'EXPECTED') return 'pending'
    return 'fail'
  }
  if (signal.status !== 'COMPLETED') return 'pending'
  return PASSING_CONCLUSIONS.has(signal.conclusion ?? '') ? 'pass' : 'fail'
}

function describe(signal: CheckSignal): string {
  const state = signal.kind === 'status' ? signal.status : (signal.conclusion ?? signal.status)
  return `${signal.name}: ${state.toLowerCase()}`
}

/**
 * Whether a commit's checks qualify it as known-good. `all`: at least one check run or status
 * exists and every one concluded success, neutral or skipped (no pending). Named: each named
 * check exists and every run of it passed. `none`: checks are not looked at.
 */
export function evaluateChecks(
  signals: readonly CheckSignal[],
  required: RequiredChecks
): CheckVerdict {
  if (required.mode === 'none') return {ok: true, detail: 'checks not required'}
  const relevant =
    required.mode === 'all' ? signals : signals.filter(s => required.names.includes(s.name))
  if (required.mode === 'all' && relevant.length === 0) return {ok: false, reason: 'no checks'}
  if (required.mode === 'named') {
    const missing = required.names.filter(name => !signals.some(s => s.name === name))
    if (missing.length) return {ok: false, reason: `required check missing: ${missing.join(', ')}`}
  }
  const failing = relevant.filter(s => outcome(s) === 'fail')
  if (failing.length)
    return {ok: false, reason: `checks failed: ${failing.map(describe).join(', ')}`}
  const pending = relevant.filter(s => outcome(s) === 'pending')
  if (pending.length) {
    return {ok: false, reason: `checks not finished: ${pending.map(describe).join(', ')}`}
  }
  return {ok: true, detail: `${relevant.length} check(s) passed`}
}

/** Parses the `required-checks` input: `all`, `none` (any case) or a newline list of check names. */
export function parseRequiredChecks(lines: readonly string[]): RequiredChecks {
  // `ALL` and `None` are the keywords too: a check named "ALL" is far less likely than a
  // user who typed the keyword in capitals and would silently require a missing check.
  const keyword = lines.length === 1 ? lines[0]?.toLowerCase() : undefined
  if (lines.length === 0 || keyword === 'all') return {mode: 'all'}
  if (keyword === 'none') return {mode: 'none'}
  return {mode: 'named', names: [...lines]}
}
