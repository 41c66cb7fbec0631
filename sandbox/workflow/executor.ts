// A local workflow executor: runs a workflow file's jobs in `needs` order and their steps in
// order, the way GitHub does, for the tests and the drill. `${{ }}` goes through GitHub's own
// evaluator; this repository's actions run through the runner emulator (sandbox/runner.ts),
// `run:` steps through bash, reusable workflows (`uses: ./.github/workflows/x.yml` or this
// repository's path) as nested runs sharing the run's artifacts. What it does not support it
// refuses by name (see load.ts and resolveUses).
import {existsSync} from 'node:fs'
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {isAbsolute, join, relative, resolve} from 'node:path'
import {parse} from 'yaml'
import {parseFileCommand} from '../../src/lib/file-command.js'
import {runDist} from '../runner.js'
import {ArtifactStore} from './artifacts.js'
import {bindInputs} from './inputs.js'
import {spawnBounded} from './bash.js'
import {ancestorsOf, asList, escape, order, stringMap, truthyValue} from './graph.js'
import {
  condition,
  envString,
  interpolate,
  type Contexts,
  type Plain,
  type Status
} from './expressions.js'
import {excess, grantOf, PERMISSIVE, type Grant} from './permissions.js'
import {loadWorkflow, Unsupported, type CallInput, type JobSpec, type StepSpec} from './load.js'

export type Result = 'success' | 'failure' | 'skipped' | 'cancelled'

export interface StepResult {
  id?: string
  name: string
  outcome: Result
  conclusion: Result
  outputs: Record<string, string>
  log: string
  error?: string
}

export interface JobResult {
  id: string
  result: Result
  outputs: Record<string, string>
  steps: StepResult[]
  summary: string
  permissions?: unknown
  concurrency?: {group: string; cancelInProgress: boolean}
  timeoutMinutes?: number
  /** For a job that calls a reusable workflow: that run. */
  call?: WorkflowRun
  error?: string
}

export interface WorkflowRun {
  file: string
  conclusion: Result
  jobs: Record<string, JobResult>
  outputs: Record<string, string>
  concurrency?: {group: string; cancelInProgress: boolean}
}

export type Progress =
  | {kind: 'job-start'; workflow: string; job: string; depth: number}
  | {kind: 'job-end'; workflow: string; job: string; result: Result; depth: number; ms: number}
  | {kind: 'step-end'; job: string; step: string; result: Result; depth: number; ms: number}
  | {kind: 'log'; job: string; step: string; line: string; depth: number}

export interface ExecutorOptions {
  /** This repository's checkout: `.github/workflows/`, `actions/`, `dist/` are read from here. */
  root: string
  /** The repository the workflows run for (`owner/name`), and how `uses:` names this one. */
  repository: string
  /** Other spellings of this repository in `uses:` (e.g. `rollback-kit/rollback-kit`). */
  selfNames?: string[]
  eventName: string
  event?: Record<string, unknown>
  /** The working directory of every job (GITHUB_WORKSPACE); default: root. */
  workspace?: string
  /** Environment every process gets (PATH, GITHUB_API_URL, stand-in tools...). */
  env?: Record<string, string>
  vars?: Record<string, string>
  /** The `github` context beyond what is derived (actor, sha, ref, token...). */
  github?: Record<string, unknown>
  onProgress?: (p: Progress) => void
  /** Bound for each `run:` step without its own timeout-minutes, in ms. */
  stepTimeoutMs?: number
  /** Copy the run's artifacts (one folder each) here when it ends; they are gone otherwise. */
  keepArtifacts?: string
}

export interface RunRequest {
  /** Path of the workflow, relative to root or absolute. */
  workflow: string
  inputs?: Record<string, unknown>
  secrets?: Record<string, string>
}

const MAX_DEPTH = 10

export class WorkflowExecutor {
  private runDir?: string
  private artifacts?: ArtifactStore
  private readonly runId = String(Date.now() % 1_000_000_000)

  constructor(private readonly options: ExecutorOptions) {}

  /** Runs one workflow and everything it calls; the artifact store lives as long as the run. */
  async run(request: RunRequest): Promise<WorkflowRun> {
    this.runDir = await mkdtemp(join(tmpdir(), 'rk-workflow-'))
    this.artifacts = new ArtifactStore(join(this.runDir, 'artifacts'))
    try {
      const inputs = await this.topLevelInputs(request)
      return await this.runFile(
        request.workflow,
        inputs,
        request.secrets ?? {},
        0,
        new Set(),
        PERMISSIVE
      )
    } finally {
      if (this.options.keepArtifacts && existsSync(this.artifacts.dir))
        await cp(this.artifacts.dir, this.options.keepArtifacts, {recursive: true})
      await rm(this.runDir, {recursive: true, force: true})
    }
  }

  private async topLevelInputs(request: RunRequest): Promise<Record<string, Plain>> {
    const spec = await loadWorkflow(this.path(request.workflow), request.workflow)
    // A reusable workflow run on its own takes its workflow_call inputs, as a caller would pass.
    const trigger = this.options.eventName in spec.on ? this.options.eventName : 'workflow_call'
    if (!(trigger in spec.on))
      throw new Error(`${request.workflow} is not triggered by ${this.options.eventName}`)
    const defs = this.inputDefs(spec.on, trigger)
    return bindInputs(defs, request.inputs ?? {}, request.workflow, {
      github: this.githubContext('', request.workflow)
    })
  }

  private path(workflow: string): string {
    return isAbsolute(workflow) ? workflow : join(this.options.root, workflow)
  }

  private githubContext(job: string, workflow: string): Record<string, unknown> {
    return {
      repository: this.options.repository,
      repository_owner: this.options.repository.split('/')[0],
      event_name: this.options.eventName,
      event: this.options.event ?? {},
      run_id: this.runId,
      run_number: '1',
      run_attempt: '1',
      actor: 'rollback-drill',
      triggering_actor: 'rollback-drill',
      server_url: 'https://github.com',
      api_url: this.options.env?.GITHUB_API_URL ?? 'https://api.github.com',
      graphql_url: `${this.options.env?.GITHUB_API_URL ?? 'https://api.github.com'}/graphql`,
      workspace: this.workspace,
      workflow,
      job,
      ref: 'refs/heads/main',
      sha: '0'.repeat(40),
      token: '',
      ...this.options.github
    }
  }

  private get workspace(): string {
    return this.options.workspace ?? this.options.root
  }

  private inputDefs(on: Record<string, unknown>, event: string): Record<string, CallInput> {
    const trigger = (on[event] ?? {}) as {inputs?: Record<string, CallInput>} | null
    return trigger?.inputs ?? {}
  }

  private async runFile(
    workflow: string,
    inputs: Record<string, Plain>,
    secrets: Record<string, string>,
    depth: number,
    held: Set<string>,
    granted: Grant
  ): Promise<WorkflowRun> {
    if (depth > MAX_DEPTH)
      throw new Error(`${workflow}: reusable workflows nest deeper than ${MAX_DEPTH}`)
    for (const value of [String(this.options.github?.token ?? ''), ...Object.values(secrets)])
      if (value.length >= 4) this.masks.add(value)
    const label = relative(this.options.root, this.path(workflow)) || workflow
    const spec = await loadWorkflow(this.path(workflow), label)
    const baseContexts: Contexts = {
      github: this.githubContext('', label),
      inputs,
      secrets: {GITHUB_TOKEN: String(this.options.github?.token ?? ''), ...secrets},
      vars: this.options.vars ?? {},
      env: {}
    }
    const run: WorkflowRun = {file: label, conclusion: 'success', jobs: {}, outputs: {}}
    const groups = new Set(held)
    if (spec.concurrency !== undefined) {
      run.concurrency = this.concurrency(spec.concurrency, baseContexts, label)
      this.hold(groups, run.concurrency, label)
    }
    // Every job's token must fit inside what the caller granted, or GitHub refuses the run.
    const workflowGrant = grantOf(spec.permissions, granted)
    for (const [id, job] of Object.entries(spec.jobs)) {
      const problem =
        depth > 0 ? excess(id, grantOf(job.permissions, workflowGrant), granted) : undefined
      if (problem) throw new Error(`${label}: ${problem}`)
    }
    const workflowEnv = stringMap(interpolate(spec.env ?? {}, baseContexts))
    for (const id of order(spec.jobs, label)) {
      const job = spec.jobs[id] as JobSpec
      const needs = asList(job.needs)
      const ancestors = ancestorsOf(id, spec.jobs)
      const status: Status = {
        success: ancestors.every(a => run.jobs[a]?.result === 'success'),
        failure: ancestors.some(a => run.jobs[a]?.result === 'failure'),
        cancelled: false
      }
      const contexts: Contexts = {
        ...baseContexts,
        github: this.githubContext(id, label),
        env: workflowEnv,
        needs: Object.fromEntries(
          needs.map(n => [n, {result: run.jobs[n]?.result, outputs: run.jobs[n]?.outputs ?? {}}])
        )
      }
      const started = Date.now()
      let result: JobResult
      if (!condition(job.if, contexts, status)) {
        result = {id, result: 'skipped', outputs: {}, steps: [], summary: ''}
      } else {
        this.options.onProgress?.({kind: 'job-start', workflow: label, job: id, depth})
        result = job.uses
          ? await this.callJob(
              id,
              job,
              contexts,
              secrets,
              depth,
              groups,
              label,
              grantOf(job.permissions, workflowGrant)
            )
          : await this.stepsJob(id, job, contexts, workflowEnv, depth, groups, label)
        this.options.onProgress?.({
          kind: 'job-end',
          workflow: label,
          job: id,
          result: result.result,
          depth,
          ms: Date.now() - started
        })
      }
      run.jobs[id] = result
      if (result.result === 'failure') run.conclusion = 'failure'
    }
    const callOutputs =
      ((spec.on.workflow_call ?? {}) as {outputs?: Record<string, {value: string}>})?.outputs ?? {}
    const jobsContext = Object.fromEntries(
      Object.entries(run.jobs).map(([id, j]) => [id, {result: j.result, outputs: j.outputs}])
    )
    for (const [key, def] of Object.entries(callOutputs))
      run.outputs[key] = envString(interpolate(def.value, {...baseContexts, jobs: jobsContext}))
    return run
  }

  private concurrency(
    value: unknown,
    contexts: Contexts,
    where: string
  ): {group: string; cancelInProgress: boolean} {
    const evaluated = interpolate(value, contexts)
    if (typeof evaluated === 'string') return {group: evaluated, cancelInProgress: false}
    const o = (evaluated ?? {}) as {group?: Plain; 'cancel-in-progress'?: Plain}
    if (typeof o.group !== 'string' || !o.group)
      throw new Error(`${where}: concurrency without a group`)
    return {group: o.group, cancelInProgress: o['cancel-in-progress'] === true}
  }

  /** GitHub would deadlock (or cancel) a run whose callee waits on a group its caller holds. */
  private hold(groups: Set<string>, c: {group: string}, where: string): void {
    if (groups.has(c.group))
      throw new Error(
        `${where}: concurrency group '${c.group}' is already held by its caller in this run: GitHub would deadlock or cancel it`
      )
    groups.add(c.group)
  }

  private async callJob(
    id: string,
    job: JobSpec,
    contexts: Contexts,
    callerSecrets: Record<string, string>,
    depth: number,
    held: Set<string>,
    where: string,
    grant: Grant
  ): Promise<JobResult> {
    const target = this.resolveWorkflowUses(job.uses as string, `${where}: job '${id}'`)
    const groups = new Set(held)
    const result: JobResult = {
      id,
      result: 'success',
      outputs: {},
      steps: [],
      summary: '',
      permissions: job.permissions
    }
    if (job.concurrency !== undefined) {
      result.concurrency = this.concurrency(job.concurrency, contexts, `${where}: job '${id}'`)
      this.hold(groups, result.concurrency, `${where}: job '${id}'`)
    }
    try {
      const callee = await loadWorkflow(this.path(target), target)
      if (!('workflow_call' in callee.on))
        throw new Error(`${where}: job '${id}' calls ${target}, which has no 'on: workflow_call'`)
      const withValues = (interpolate(job.with ?? {}, contexts) ?? {}) as Record<string, Plain>
      const inputs = bindInputs(
        this.inputDefs(callee.on, 'workflow_call'),
        withValues,
        `${target} (called by job '${id}')`,
        contexts
      )
      const secretDefs =
        ((callee.on.workflow_call ?? {}) as {secrets?: Record<string, {required?: boolean}>})
          ?.secrets ?? {}
      let secrets: Record<string, string>
      if (job.secrets === 'inherit') secrets = {...callerSecrets}
      else {
        const given = stringMap(interpolate(job.secrets ?? {}, contexts))
        for (const key of Object.keys(given))
          if (!(key in secretDefs))
            throw new Error(`${target}: secret '${key}' is not defined in the called workflow`)
        secrets = given
      }
      for (const [key, def] of Object.entries(secretDefs))
        if (def?.required && !secrets[key])
          throw new Error(`${target}: secret '${key}' is required but not provided`)
      const call = await this.runFile(target, inputs, secrets, depth + 1, groups, grant)
      result.call = call
      result.outputs = call.outputs
      result.result = call.conclusion
    } catch (error) {
      if (error instanceof Unsupported) throw error
      result.result = 'failure'
      result.error = (error as Error).message
      this.log(id, 'call', result.error, depth)
    }
    return result
  }

  private resolveWorkflowUses(uses: string, where: string): string {
    if (uses.startsWith('./.github/workflows/')) return uses.slice(2)
    for (const self of this.selfNames) {
      const m = new RegExp(`^${escape(self)}/(\\.github/workflows/[^@]+)@.+$`).exec(uses)
      if (m) return m[1] as string
    }
    throw new Unsupported(`${where}: reusable workflow '${uses}' from another repository`)
  }

  private get selfNames(): string[] {
    return [this.options.repository, ...(this.options.selfNames ?? [])]
  }

  private async stepsJob(
    id: string,
    job: JobSpec,
    contexts: Contexts,
    workflowEnv: Record<string, string>,
    depth: number,
    held: Set<string>,
    where: string
  ): Promise<JobResult> {
    const result: JobResult = {
      id,
      result: 'success',
      outputs: {},
      steps: [],
      summary: '',
      permissions: job.permissions
    }
    if (job['timeout-minutes'] !== undefined)
      result.timeoutMinutes = Number(interpolate(job['timeout-minutes'], contexts))
    if (job.concurrency !== undefined) {
      result.concurrency = this.concurrency(job.concurrency, contexts, `${where}: job '${id}'`)
      this.hold(new Set(held), result.concurrency, `${where}: job '${id}'`)
    }
    const temp = await mkdtemp(join(this.runDir as string, `${id}-`))
    const env: Record<string, string> = {
      ...workflowEnv,
      ...stringMap(interpolate(job.env ?? {}, contexts))
    }
    const steps: Record<
      string,
      {outputs: Record<string, string>; outcome: Result; conclusion: Result}
    > = {}
    const jobContexts = (): Contexts => ({
      ...contexts,
      env,
      steps,
      runner: {temp, os: 'Linux', arch: 'X64', name: 'rollback-kit-executor', tool_cache: temp},
      job: {status: result.result}
    })
    try {
      for (const [index, step] of (job.steps ?? []).entries()) {
        const name =
          step.name ??
          step.id ??
          (step.uses ? `uses ${step.uses}` : `run ${String(step.run).split('\n')[0]}`)
        const status: Status = {
          success: result.steps.every(s => s.conclusion !== 'failure'),
          failure: result.steps.some(s => s.conclusion === 'failure'),
          cancelled: false
        }
        const started = Date.now()
        let stepResult: StepResult
        if (!condition(step.if, jobContexts(), status)) {
          stepResult = {
            id: step.id,
            name,
            outcome: 'skipped',
            conclusion: 'skipped',
            outputs: {},
            log: ''
          }
        } else {
          const stepEnv = {...env, ...stringMap(interpolate(step.env ?? {}, jobContexts()))}
          stepResult = await this.runStep(
            id,
            index,
            name,
            step,
            stepEnv,
            jobContexts,
            temp,
            depth,
            result,
            env
          )
          const continueOnError = truthyValue(
            interpolate(step['continue-on-error'] ?? false, jobContexts())
          )
          if (stepResult.outcome === 'failure' && continueOnError) stepResult.conclusion = 'success'
        }
        this.options.onProgress?.({
          kind: 'step-end',
          job: id,
          step: name,
          result: stepResult.conclusion,
          depth,
          ms: Date.now() - started
        })
        result.steps.push(stepResult)
        if (step.id)
          steps[step.id] = {
            outputs: stepResult.outputs,
            outcome: stepResult.outcome,
            conclusion: stepResult.conclusion
          }
        if (stepResult.conclusion === 'failure') result.result = 'failure'
      }
      if (
        result.result === 'failure' &&
        truthyValue(interpolate(job['continue-on-error'] ?? false, contexts))
      )
        result.result = 'success'
      for (const [key, value] of Object.entries(job.outputs ?? {}))
        result.outputs[key] = envString(interpolate(value, jobContexts()))
    } finally {
      await rm(temp, {recursive: true, force: true})
    }
    return result
  }

  private async runStep(
    job: string,
    index: number,
    name: string,
    step: StepSpec,
    env: Record<string, string>,
    contexts: () => Contexts,
    temp: string,
    depth: number,
    jobResult: JobResult,
    jobEnv: Record<string, string>
  ): Promise<StepResult> {
    const base = {id: step.id, name, outputs: {}, log: ''}
    try {
      if (step.run !== undefined) {
        const script = envString(interpolate(step.run, contexts()))
        const timeout =
          step['timeout-minutes'] !== undefined
            ? Number(interpolate(step['timeout-minutes'], contexts())) * 60_000
            : (this.options.stepTimeoutMs ?? 600_000)
        const ran = await this.bash(
          job,
          index,
          script,
          env,
          temp,
          step['working-directory'],
          timeout,
          depth,
          name
        )
        jobResult.summary += ran.summary
        Object.assign(jobEnv, ran.env)
        return {
          ...base,
          outcome: ran.ok ? 'success' : 'failure',
          conclusion: ran.ok ? 'success' : 'failure',
          outputs: ran.outputs,
          log: ran.log,
          error: ran.ok ? undefined : ran.error
        }
      }
      const withValues = (interpolate(step.with ?? {}, contexts()) ?? {}) as Record<string, Plain>
      const target = this.resolveUses(String(step.uses), `${job} step ${index + 1}`)
      if (target.kind === 'checkout')
        return {
          ...base,
          outcome: 'success',
          conclusion: 'success',
          log: `workspace is ${this.workspace}`
        }
      if (target.kind === 'upload') {
        const paths = envString(withValues.path ?? '')
          .split('\n')
          .map(p => p.trim())
          .filter(Boolean)
        const name = envString(withValues.name ?? 'artifact')
        const up = await (this.artifacts as ArtifactStore).upload(name, paths, this.workspace, {
          overwrite: withValues.overwrite === true || withValues.overwrite === 'true',
          includeHidden:
            withValues['include-hidden-files'] === true ||
            withValues['include-hidden-files'] === 'true',
          ifNoFilesFound: withValues['if-no-files-found']
            ? envString(withValues['if-no-files-found'])
            : 'warn'
        })
        if (up.warning) this.log(job, name, `warning: ${up.warning}`, depth)
        return {
          ...base,
          outcome: 'success',
          conclusion: 'success',
          outputs: {'artifact-id': up.files ? name : ''},
          log: `uploaded ${up.files} file(s) as '${name}'`
        }
      }
      if (target.kind === 'download') {
        const into = withValues.path
          ? resolve(this.workspace, envString(withValues.path))
          : this.workspace
        const names = await (this.artifacts as ArtifactStore).download(into, {
          name: withValues.name ? envString(withValues.name) : undefined,
          pattern: withValues.pattern ? envString(withValues.pattern) : undefined,
          mergeMultiple:
            withValues['merge-multiple'] === true || withValues['merge-multiple'] === 'true'
        })
        return {
          ...base,
          outcome: 'success',
          conclusion: 'success',
          outputs: {'download-path': into},
          log: `downloaded ${names.join(', ')}`
        }
      }
      if (target.kind !== 'local') throw new Error(`unhandled action kind ${target.kind}`)
      return await this.action(
        job,
        target.name,
        withValues,
        env,
        contexts(),
        temp,
        depth,
        base,
        jobResult
      )
    } catch (error) {
      if (error instanceof Unsupported) throw error
      const message = (error as Error).message
      this.log(job, name, `error: ${message}`, depth)
      return {...base, outcome: 'failure', conclusion: 'failure', error: message}
    }
  }

  private resolveUses(
    uses: string,
    where: string
  ): {kind: 'local'; name: string} | {kind: 'upload' | 'download' | 'checkout'} {
    const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses)
    if (local) return {kind: 'local', name: local[1] as string}
    for (const self of this.selfNames) {
      const m = new RegExp(`^${escape(self)}/actions/([a-z0-9-]+)@.+$`).exec(uses)
      if (m) return {kind: 'local', name: m[1] as string}
    }
    const m = /^actions\/(upload-artifact|download-artifact|checkout)@(.+)$/.exec(uses)
    if (m)
      return {
        kind:
          m[1] === 'upload-artifact'
            ? 'upload'
            : m[1] === 'download-artifact'
              ? 'download'
              : 'checkout'
      }
    throw new Unsupported(
      `${where}: the action '${uses}' (only this repository's actions, actions/checkout, upload-artifact and download-artifact)`
    )
  }

  private async action(
    job: string,
    name: string,
    withValues: Record<string, Plain>,
    env: Record<string, string>,
    contexts: Contexts,
    temp: string,
    depth: number,
    base: {id?: string; name: string; outputs: Record<string, string>; log: string},
    jobResult: JobResult
  ): Promise<StepResult> {
    const manifestFile = join(this.options.root, 'actions', name, 'action.yml')
    if (!existsSync(manifestFile))
      throw new Error(`actions/${name} does not exist in this repository (no action.yml)`)
    if (!existsSync(join(this.options.root, 'dist', name, 'index.js')))
      throw new Error(
        `actions/${name} has no bundle dist/${name}/index.js: run 'node script/bundle.mjs ${name}'`
      )
    const manifest = parse(await readFile(manifestFile, 'utf8')) as {
      inputs?: Record<string, {default?: unknown}>
    }
    const declared = manifest.inputs ?? {}
    const inputs: Record<string, string> = {}
    for (const [key, def] of Object.entries(declared))
      if (def.default !== undefined) inputs[key] = envString(interpolate(def.default, contexts))
    const unexpected = Object.keys(withValues).filter(k => !(k in declared))
    if (unexpected.length)
      this.log(
        job,
        base.name,
        `warning: Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
        depth
      )
    for (const [key, value] of Object.entries(withValues)) inputs[key] = envString(value)
    const github = contexts.github as Record<string, unknown>
    const ran = await runDist(name, {
      inputs,
      cwd: this.workspace,
      event: this.options.event ?? {},
      env: {
        ...this.options.env,
        ...env,
        GITHUB_REPOSITORY: this.options.repository,
        GITHUB_JOB: job,
        GITHUB_RUN_ID: this.runId,
        GITHUB_ACTOR: String(github.actor),
        GITHUB_EVENT_NAME: this.options.eventName,
        GITHUB_SERVER_URL: String(github.server_url),
        GITHUB_SHA: String(github.sha),
        GITHUB_REF: String(github.ref),
        RUNNER_TEMP: temp
      }
    })
    jobResult.summary += ran.summary
    for (const a of ran.annotations.filter(a => a.level !== 'debug'))
      this.log(job, base.name, `${a.level}: ${a.message}`, depth)
    const ok = ran.exitCode === 0
    return {
      ...base,
      outcome: ok ? 'success' : 'failure',
      conclusion: ok ? 'success' : 'failure',
      outputs: ran.outputs,
      log: ran.stdout,
      error: ok ? undefined : ran.annotations.find(a => a.level === 'error')?.message
    }
  }

  private async bash(
    job: string,
    index: number,
    script: string,
    env: Record<string, string>,
    temp: string,
    workingDirectory: string | undefined,
    timeoutMs: number,
    depth: number,
    name: string
  ): Promise<{
    ok: boolean
    outputs: Record<string, string>
    env: Record<string, string>
    summary: string
    log: string
    error?: string
  }> {
    const files = {
      GITHUB_OUTPUT: join(temp, `output-${index}`),
      GITHUB_ENV: join(temp, `env-${index}`),
      GITHUB_STEP_SUMMARY: join(temp, `summary-${index}`),
      GITHUB_PATH: join(temp, `path-${index}`)
    }
    for (const f of Object.values(files)) await writeFile(f, '')
    const scriptFile = join(temp, `step-${index}.sh`)
    await writeFile(scriptFile, script)
    const cwd = workingDirectory ? resolve(this.workspace, workingDirectory) : this.workspace
    await mkdir(cwd, {recursive: true})
    const childEnv: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: this.options.repository,
      GITHUB_JOB: job,
      GITHUB_RUN_ID: this.runId,
      GITHUB_WORKSPACE: this.workspace,
      RUNNER_TEMP: temp,
      ...this.options.env,
      ...env,
      ...files
    }
    const {code, output, timedOut} = await spawnBounded(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile],
      {cwd, env: childEnv},
      timeoutMs,
      line => this.log(job, name, line, depth)
    )
    const read = async (f: string) => readFile(f, 'utf8').catch(() => '')
    const outputs = parseFileCommand(await read(files.GITHUB_OUTPUT))
    const newEnv = parseFileCommand(await read(files.GITHUB_ENV))
    const summary = await read(files.GITHUB_STEP_SUMMARY)
    const ok = code === 0 && !timedOut
    return {
      ok,
      outputs,
      env: newEnv,
      summary,
      log: output,
      error: timedOut
        ? `timed out after ${Math.round(timeoutMs / 1000)} s`
        : ok
          ? undefined
          : `bash exited with ${code}`
    }
  }

  /** Secret values seen in this run: masked in every log line, as the runner does. */
  private readonly masks = new Set<string>()

  private log(job: string, step: string, line: string, depth: number): void {
    let masked = line
    for (const secret of this.masks) masked = masked.split(secret).join('***')
    this.options.onProgress?.({kind: 'log', job, step, line: masked, depth})
  }
}
