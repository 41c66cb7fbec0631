import {table} from '../lib/summary.js'
import type {Check} from './checks.js'
import {formatDuration} from './duration.js'
import type {Report} from './report.js'

const HEADLINE: Record<Report['result'], string> = {
  passed: '✅ **passed**: every check passed.',
  failed: '❌ **failed**',
  inconclusive: '⚠️ **inconclusive**: no check failed, but not every check passed.'
}

/**
 * The job summary: the verdict, why, and a table per check (samples, passes, failures,
 * latency p50/p95, last error).
 * @param report the finished run
 * @param reportPath where the JSON report was written
 */
export function renderSummary(report: Report, reportPath: string): string {
  const failed = report.checks.filter(c => c.result === 'failed')
  let headline = HEADLINE[report.result]
  if (report.result === 'failed') {
    headline += `: ${failed.map(c => `\`${c.name}\` (${c.reason})`).join(', ')}.`
    if (report.checks.some(c => c.result === 'stopped'))
      headline += ' The other checks were stopped early.'
  }
  if (report.stoppedBy?.reason === 'timeout') headline += ' The overall timeout ended the run.'
  const rows = report.checks.map(c => [
    c.name,
    c.kind,
    `**${c.result}**`,
    c.samples,
    c.passes,
    c.failures,
    c.inconclusive,
    ms(c.latencyMs.p50),
    ms(c.latencyMs.p95),
    c.lastError ?? ''
  ])
  const lines = [
    `### smoke-verify: ${report.result}`,
    '',
    headline,
    '',
    table(
      [
        'check',
        'kind',
        'result',
        'samples',
        'passes',
        'failures',
        'inconclusive',
        'p50',
        'p95',
        'last error'
      ],
      rows
    ).trimEnd(),
    '',
    ...report.checks.map(
      c =>
        `- \`${c.name}\` (${c.target}): ${c.reason}. A sample every ${c.statistics.interval}, up to ${c.statistics.count}; passes after ${c.statistics['consecutive-successes']} in a row; failure-limit ${c.statistics['failure-limit']}${c.skippedTicks ? `; ${c.skippedTicks} ticks skipped while a slow sample ran` : ''}.`
    ),
    '',
    `Took ${formatDuration(report.elapsedMs)}. Full report: \`${reportPath}\`.`
  ]
  return `${lines.join('\n')}\n`
}

/**
 * The dry-run summary: the plan, with each check's watch window.
 * @param checks the resolved checks
 */
export function renderPlan(checks: readonly Check[], timeoutMs: number): string {
  const rows = checks.map(c => [
    c.name,
    c.kind,
    formatDuration(c.stats.intervalMs),
    c.stats.count,
    c.stats.consecutiveSuccesses,
    c.stats.failureLimit,
    c.stats.inconclusiveLimit ?? '',
    formatDuration(c.stats.intervalMs * c.stats.count)
  ])
  return [
    '### smoke-verify: dry run',
    '',
    `**Dry run**: the checks are valid; no sample was taken. Overall timeout ${formatDuration(timeoutMs)}.`,
    '',
    table(
      [
        'check',
        'kind',
        'interval',
        'count',
        'consecutive-successes',
        'failure-limit',
        'inconclusive-limit',
        'window'
      ],
      rows
    )
  ].join('\n')
}

function ms(value: number | null): string {
  return value === null ? '' : `${value} ms`
}
