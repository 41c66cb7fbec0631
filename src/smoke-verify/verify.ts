import {mkdir, rename, writeFile} from 'node:fs/promises'
import {join, resolve as resolvePath} from 'node:path'
import type {ActionContext} from '../lib/action.js'
import {InputError, UserError} from '../lib/errors.js'
import type {EvidenceWriter} from '../lib/evidence.js'
import {logGroup} from '../lib/log.js'
import {setOutputs} from '../lib/outputs.js'
import {writeSummary} from '../lib/summary.js'
import {ChecksError, type Check, type CheckEntry} from './checks.js'
import {formatDuration} from './duration.js'
import type {Inputs} from './inputs.js'
import {
  buildReport,
  failedChecks,
  sampleEvidence,
  sampleLine,
  target,
  type Report
} from './report.js'
import {resolveChecks} from './resolve.js'
import {runSchedule} from './scheduler.js'
import {renderPlan, renderSummary} from './summary.js'

// Loaded by main.ts once every input, the checks YAML included, is valid: a step that fails
// on an input never loads the check resolution, the scheduler, the verdict, the report or the
// summary. inputs.ts parses the checks YAML through it (parseChecks), so the checks' parsing
// and the run share one chunk and one import().

export {parseChecks} from './config.js'

/** Resolves the checks, then either plans them (a dry run) or samples them to a verdict. */
export async function verify(
  context: ActionContext,
  inputs: Inputs,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const {checks, secrets} = resolve(inputs, env)
  const evidence = context.openEvidence(inputs['evidence-dir'], secrets)
  const log = queue(evidence)
  await log('inputs', {...inputs, checks: inputs.checks?.source})
  await log('plan', {checks: checks.map(describe), timeout: formatDuration(inputs.timeout)})

  if (inputs['dry-run']) {
    const path = await writeReport(inputs['evidence-dir'], {
      dryRun: true,
      checks: checks.map(describe)
    })
    setOutputs({result: 'dry-run', report: path, 'failed-checks': '[]'})
    await writeSummary(renderPlan(checks, inputs.timeout))
    await log('dry-run', {report: path})
    return
  }

  // Network and process modules load only for a real run, not a dry run.
  const {createProbe} = await import('./probes/index.js')
  const where = {cwd: env.GITHUB_WORKSPACE || process.cwd(), env}
  context.log.info(
    `Sampling ${checks.length} check${checks.length > 1 ? 's' : ''} (overall timeout ${formatDuration(inputs.timeout)}):`
  )
  for (const c of checks) {
    context.log.info(
      `  ${c.name} (${c.kind}): ${target(c)}; every ${formatDuration(c.stats.intervalMs)}, up to ${c.stats.count}, passes after ${c.stats.consecutiveSuccesses} in a row`
    )
  }
  const result = await runSchedule(
    checks.map(check => ({check, probe: createProbe(check, where)})),
    {
      timeoutMs: inputs.timeout,
      onSample: async (sample, tally, check) => {
        context.log.info(sampleLine(sample, tally, check))
        await log('sample', sampleEvidence(sample))
      },
      onDecided: async run => {
        context.log.info(`[${run.check.name}] ${run.result}: ${run.reason}`)
        await log('check-decided', {check: run.check.name, result: run.result, reason: run.reason})
      }
    }
  )
  const report = buildReport(result)
  for (const c of report.checks) {
    logGroup(
      `${c.name}: ${c.result} (${c.passes}/${c.samples} passed)`,
      c.sampleLog.map(
        s => `sample ${s.index} at +${formatDuration(s.startedMs)}: ${s.outcome}: ${s.message}`
      )
    )
  }
  // Outputs and the summary first: nothing after them may keep the verdict from the workflow.
  const path = await writeReport(inputs['evidence-dir'], report)
  const failed = failedChecks(report)
  setOutputs({result: report.result, report: path, 'failed-checks': JSON.stringify(failed)})
  await writeSummary(renderSummary(report, path))
  await log('verdict', {result: report.result, report: path, failed, elapsedMs: report.elapsedMs})
  if (report.result !== 'passed') throw new UserError(verdictMessage(report))
}

function resolve(inputs: Inputs, env: NodeJS.ProcessEnv): ReturnType<typeof resolveChecks> {
  const entries: CheckEntry[] = []
  const labels: string[] = []
  if (inputs.url !== undefined) {
    entries.push({
      name: 'url',
      kind: 'http',
      url: inputs.url,
      method: 'GET',
      headers: {},
      body: undefined,
      expectStatus: undefined,
      bodyContains: undefined,
      json: [],
      maxLatencyMs: undefined,
      maxRedirects: 5,
      stats: {},
      sampleTimeoutMs: undefined
    })
    labels.push("the url input's check")
  }
  inputs.checks?.entries.forEach((entry, i) => {
    entries.push(entry)
    labels.push(`checks[${i}] (name '${entry.name}')`)
  })
  try {
    return resolveChecks(
      entries,
      {
        intervalMs: inputs.interval,
        count: inputs.count,
        consecutiveSuccesses: inputs['consecutive-successes'],
        failureLimit: inputs['failure-limit'],
        inconclusiveLimit: inputs['inconclusive-limit'],
        expectStatus: inputs['expect-status'],
        timeoutMs: inputs.timeout
      },
      env,
      labels
    )
  } catch (error) {
    if (error instanceof ChecksError)
      throw new InputError('checks', inputs.checks?.source, error.message)
    throw error
  }
}

/** A check for evidence and the dry-run report: never header values. */
function describe(check: Check): Record<string, unknown> {
  return {
    name: check.name,
    kind: check.kind,
    target: target(check),
    headers: 'headers' in check ? Object.keys(check.headers) : undefined,
    interval: formatDuration(check.stats.intervalMs),
    count: check.stats.count,
    consecutiveSuccesses: check.stats.consecutiveSuccesses,
    failureLimit: check.stats.failureLimit,
    inconclusiveLimit: check.stats.inconclusiveLimit,
    sampleTimeout: formatDuration(check.sampleTimeoutMs)
  }
}

/** Evidence appends in order, one at a time: samples of concurrent checks finish together. */
function queue(evidence: EvidenceWriter): (event: string, data: unknown) => Promise<void> {
  let tail: Promise<unknown> = Promise.resolve()
  return (event, data) => {
    const next = tail.then(() => evidence.append(event, data))
    tail = next.catch(() => undefined)
    return next.then(() => undefined)
  }
}

/** Written whole or not at all: a temp file renamed into place. */
async function writeReport(dir: string, report: Report | Record<string, unknown>): Promise<string> {
  await mkdir(dir, {recursive: true})
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const path = resolvePath(join(dir, `smoke-verify-report-${stamp}-${process.pid}.json`))
  await writeFile(`${path}.tmp`, `${JSON.stringify(report, null, 2)}\n`, 'utf8')
  await rename(`${path}.tmp`, path)
  return path
}

function verdictMessage(report: Report): string {
  if (report.result === 'failed') {
    const failed = report.checks.filter(c => c.result === 'failed')
    return `smoke-verify failed: ${failed.map(c => `check '${c.name}' ${c.reason}; last error: ${c.lastError ?? 'none'}`).join('; ')}`
  }
  const open = report.checks.filter(c => c.result !== 'passed')
  return `smoke-verify is inconclusive: ${open.map(c => `check '${c.name}': ${c.reason}`).join('; ')}. Not every check passed, so the step fails; see the summary and the report.`
}
