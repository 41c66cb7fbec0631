// Checks the workflow files in .github/workflows: the real actionlint (through
// script/actionlint.mjs) finds nothing, and each file keeps the project's rules (DESIGN.md):
// least `permissions:` declared at the top, no `${{ }}` of untrusted values inside `run:`
// scripts, and every remote action pinned to a full version tag or a commit SHA.
import {describe, expect, test} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const workflowsDir = path.join(root, '.github', 'workflows')
const actionlintScript = path.join(root, 'script', 'actionlint.mjs')
const EXIT_NOT_INSTALLED = 3

type Step = {run?: unknown; uses?: unknown}
type Job = {uses?: unknown; steps?: Step[]}
type Workflow = {permissions?: unknown; jobs?: Record<string, Job>}

/** Untrusted or caller-controlled values that must reach a script through `env:` instead. */
const UNSAFE_IN_RUN = /\$\{\{\s*(github\.event\b|inputs\.|github\.head_ref\b)/

/** A full version tag (v1.2.3) or a 40-character commit SHA. */
const PINNED_REF = /^(v?\d+\.\d+\.\d+|[0-9a-f]{40})$/

function runScripts(wf: Workflow): {job: string; run: string}[] {
  return Object.entries(wf.jobs ?? {}).flatMap(([job, j]) =>
    (j.steps ?? []).filter(s => typeof s.run === 'string').map(s => ({job, run: String(s.run)}))
  )
}

function remoteUses(wf: Workflow): string[] {
  const all = Object.values(wf.jobs ?? {}).flatMap(j => [
    j.uses,
    ...(j.steps ?? []).map(s => s.uses)
  ])
  return all
    .filter((u): u is string => typeof u === 'string')
    .filter(u => !u.startsWith('./') && !u.startsWith('docker://'))
}

function unsafeRunScripts(wf: Workflow): string[] {
  return runScripts(wf)
    .filter(({run}) => UNSAFE_IN_RUN.test(run))
    .map(
      ({job, run}) =>
        `job ${job}: ${run
          .split('\n')
          .find(l => UNSAFE_IN_RUN.test(l))
          ?.trim()}`
    )
}

function unpinnedUses(wf: Workflow): string[] {
  return remoteUses(wf).filter(u => {
    const at = u.lastIndexOf('@')
    return at < 0 || !PINNED_REF.test(u.slice(at + 1))
  })
}

const workflowFiles = readdirSync(workflowsDir)
  .filter(f => /\.ya?ml$/.test(f))
  .sort()

function load(file: string): Workflow {
  return parse(readFileSync(path.join(workflowsDir, file), 'utf8')) as Workflow
}

describe('workflow rule checks', () => {
  // Proves the checks below are not vacuous.
  const bad = parse(`
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v7
      - uses: actions/setup-node@main
      - uses: actions/cache@3d3c42e5aac5ba805825da76410c181273ba90b1
      - uses: azure/setup-helm@v5.0.1
      - uses: ./actions/helm-rollback
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: echo "\${{inputs.release}}"
      - run: echo "$TITLE"
  b:
    uses: octo/repo/.github/workflows/x.yml@v1
`) as Workflow

  test('flags unpinned remote actions and reusable workflows', () => {
    expect(unpinnedUses(bad)).toEqual([
      'actions/checkout@v7',
      'actions/setup-node@main',
      'octo/repo/.github/workflows/x.yml@v1'
    ])
  })

  test('flags untrusted expressions inside run scripts', () => {
    expect(unsafeRunScripts(bad)).toEqual([
      'job a: echo "${{ github.event.pull_request.title }}"',
      'job a: echo "${{inputs.release}}"'
    ])
  })
})

describe('.github/workflows', () => {
  test('has workflow files', () => {
    expect(workflowFiles.length).toBeGreaterThan(0)
  })

  describe.each(workflowFiles)('%s', file => {
    const wf = load(file)

    test('declares top-level permissions', () => {
      expect(wf).toHaveProperty('permissions')
    })

    test('passes values to run scripts only through env', () => {
      expect(unsafeRunScripts(wf)).toEqual([])
    })

    test('pins every remote action to a full tag or commit SHA', () => {
      expect(unpinnedUses(wf)).toEqual([])
    })
  })
})

describe('actionlint', () => {
  const probe = spawnSync(process.execPath, [actionlintScript, '--version'], {
    cwd: root,
    encoding: 'utf8'
  })
  const installed = probe.status === 0
  const why = installed
    ? ''
    : `actionlint is not available (exit ${probe.status}): ${probe.stderr.trim() || probe.error}`
  const inCI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase())
  if (!installed && !inCI) {
    console.log(`${why}\nSkipping the actionlint test; with CI set it fails instead.`)
  }

  const maybe = installed || inCI ? test : test.skip
  maybe('finds nothing in .github/workflows', () => {
    if (!installed) {
      throw new Error(
        probe.status === EXIT_NOT_INSTALLED ? why : `${why}\n${probe.stdout}`.trimEnd()
      )
    }
    const result = spawnSync(process.execPath, [actionlintScript, workflowsDir], {
      cwd: root,
      encoding: 'utf8'
    })
    const output = `${result.stdout}${result.stderr}`
    expect({status: result.status, output}).toEqual({status: 0, output: expect.any(String)})
    expect(output).toMatch(/0 finding\(s\)/)
  })
})
