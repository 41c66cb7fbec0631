// The reusable workflows and the example callers: GitHub's parser accepts them, actionlint finds
// nothing, every job declares its permissions and a timeout, no caller-controlled value is
// pasted into a script, third-party actions are pinned to a commit, and this repository's own
// actions and workflows are all referenced at one release ref.
import {describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {ROOT} from '../../../sandbox/runner.js'
import {parserErrors} from '../../../sandbox/workflow/load.js'

/**
 * This repository as callers name it, and the one ref its workflows reference it at: the release
 * tag of package.json's version, so a release bumps both together.
 */
const SELF = 'rollback-kit/rollback-kit'
const RELEASE_REF = `v${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string}).version}`
const REUSABLE = [
  'rollback.yml',
  'post-deploy-verify.yml',
  'merge-freeze.yml',
  'freeze-guard.yml',
  'rollback-drill.yml'
]

interface Step {
  uses?: string
  run?: string
}
interface Job {
  uses?: string
  steps?: Step[]
  permissions?: unknown
  'timeout-minutes'?: unknown
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, Job>
  concurrency?: {group?: string; 'cancel-in-progress'?: unknown}
}

const files = [
  ...REUSABLE.map(f => join('.github', 'workflows', f)),
  ...readdirSync(join(ROOT, 'examples'))
    .filter(f => f.endsWith('.yml'))
    .map(f => join('examples', f))
]
const load = (file: string): Workflow => parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow

// The rules as functions, so the test below can show that each one catches what it should.
function missingPermissions(wf: Workflow): string[] {
  return Object.entries(wf.jobs)
    .filter(([, job]) => job.permissions === undefined)
    .map(([id]) => id)
}

/** A job calling a reusable workflow may not set timeout-minutes; its callee's jobs do. */
function missingTimeouts(wf: Workflow): string[] {
  return Object.entries(wf.jobs)
    .filter(([, job]) => !job.uses && job['timeout-minutes'] === undefined)
    .map(([id]) => id)
}

const UNSAFE = /\$\{\{[^}]*\b(github\.event\.|inputs\.)/

function unsafeRuns(wf: Workflow): string[] {
  return Object.entries(wf.jobs).flatMap(([id, job]) =>
    (job.steps ?? []).filter(s => typeof s.run === 'string' && UNSAFE.test(s.run)).map(() => id)
  )
}

function usesOf(wf: Workflow): string[] {
  return Object.values(wf.jobs).flatMap(job => [
    ...(job.uses ? [job.uses] : []),
    ...(job.steps ?? []).flatMap(s => (s.uses ? [s.uses] : []))
  ])
}

function unpinned(wf: Workflow): string[] {
  return usesOf(wf).filter(
    u => !u.startsWith('./') && !u.startsWith(`${SELF}/`) && !/@[0-9a-f]{40}$/.test(u)
  )
}

function selfRefs(wf: Workflow): string[] {
  return usesOf(wf)
    .filter(u => u.startsWith(`${SELF}/`))
    .map(u => u.slice(u.lastIndexOf('@') + 1))
}

describe('the rules catch what they should', () => {
  const bad = parse(`
on: workflow_call
jobs:
  a:
    runs-on: x
    steps:
      - run: echo "\${{ inputs.name }}"
      - run: echo "\${{ github.event.pull_request.title }}"
      - uses: actions/checkout@v7
      - uses: ${SELF}/actions/helm-rollback@main
  b:
    uses: ./.github/workflows/x.yml
`) as Workflow
  it('finds every problem', () => {
    expect(missingPermissions(bad)).toEqual(['a', 'b'])
    expect(missingTimeouts(bad)).toEqual(['a'])
    expect(unsafeRuns(bad)).toEqual(['a', 'a'])
    expect(unpinned(bad)).toEqual(['actions/checkout@v7'])
    expect(selfRefs(bad)).toEqual(['main'])
  })
})

describe.each(files)('%s', file => {
  const wf = load(file)

  it("passes GitHub's workflow parser", async () => {
    expect(await parserErrors(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([])
  })

  it('gives every job permissions and a timeout', () => {
    expect(missingPermissions(wf)).toEqual([])
    expect(missingTimeouts(wf)).toEqual([])
  })

  it('passes no event or input value straight into a run script', () => {
    expect(unsafeRuns(wf)).toEqual([])
  })

  it('pins third-party actions to a full commit SHA, and references this repository at one ref', () => {
    expect(unpinned(wf)).toEqual([])
    for (const ref of selfRefs(wf)) expect(ref).toBe(RELEASE_REF)
    // In a called workflow `./` is the caller's checkout: never use it for this repository's parts.
    if (file.startsWith('.github')) expect(usesOf(wf).filter(u => u.startsWith('./'))).toEqual([])
  })
})

describe('reusable workflows', () => {
  it.each(REUSABLE)('%s is only called (on: workflow_call)', file => {
    expect(Object.keys(load(join('.github', 'workflows', file)).on)).toEqual(['workflow_call'])
  })

  it('rollback.yml runs one rollback per environment and never cancels a running one', () => {
    const wf = load('.github/workflows/rollback.yml')
    expect(wf.concurrency?.group).toContain('inputs.environment')
    expect(wf.concurrency?.['cancel-in-progress']).toBe(false)
  })

  it('rollback.yml gathers the evidence in a last job that always runs, after every other job', () => {
    const wf = load('.github/workflows/rollback.yml') as Workflow & {
      jobs: Record<string, Job & {needs?: string[]; if?: string}>
    }
    const others = Object.keys(wf.jobs).filter(id => id !== 'record')
    expect(wf.jobs.record?.needs?.sort()).toEqual(others.sort())
    expect(wf.jobs.record?.if).toMatch(/always\(\)/)
    for (const id of others) {
      const upload = wf.jobs[id]?.steps?.find(s => s.uses?.startsWith('actions/upload-artifact@'))
      expect([id, upload && (upload as {if?: string}).if]).toEqual([id, 'always()'])
    }
  })
})

describe('actionlint', () => {
  it('finds nothing in .github/workflows and examples/', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'script', 'actionlint.mjs'), '.github/workflows', 'examples'],
      {cwd: ROOT, encoding: 'utf8'}
    )
    if (result.status === 3) {
      if (process.env.CI) throw new Error(`actionlint is not installed: ${result.stderr}`)
      console.log(`skipped: actionlint is not installed (${result.stderr.trim()})`)
      return
    }
    expect(`${result.stdout}${result.stderr}`).toMatch(/0 finding/)
    expect(result.status).toBe(0)
  })
})

describe("this repository's actions are called with the inputs they declare", () => {
  interface ActionManifest {
    inputs?: Record<string, {required?: boolean; default?: unknown}>
  }
  const calls = files.flatMap(file =>
    Object.entries(load(file).jobs).flatMap(([job, j]) =>
      (j.steps ?? [])
        .filter(s => s.uses?.startsWith(`${SELF}/actions/`))
        .map(s => ({
          file,
          job,
          name: (s.uses as string).slice(`${SELF}/actions/`.length).split('@')[0] as string,
          with: Object.keys((s as {with?: Record<string, unknown>}).with ?? {})
        }))
    )
  )
  const present = calls.filter(c => existsSync(join(ROOT, 'actions', c.name, 'action.yml')))
  const absent = [...new Set(calls.filter(c => !present.includes(c)).map(c => c.name))]
  if (absent.length)
    console.log(`not checked yet: actions/${absent.join(', actions/')} are not in this checkout`)

  it.each(present.map(c => ({...c, title: `${c.file} › ${c.job} › ${c.name}`})))('$title', call => {
    const manifest = parse(
      readFileSync(join(ROOT, 'actions', call.name, 'action.yml'), 'utf8')
    ) as ActionManifest
    const declared = manifest.inputs ?? {}
    expect(call.with.filter(key => !(key in declared))).toEqual([])
    const missing = Object.entries(declared)
      .filter(([, spec]) => spec.required && spec.default === undefined)
      .map(([key]) => key)
      .filter(key => !call.with.includes(key))
    expect(missing).toEqual([])
  })
})
