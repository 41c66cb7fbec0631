import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createHelmStandin, standinRevisions, type HelmStandin} from '../../sandbox/helm/standin.js'
import {cli} from '../support/cli.js'

// The break-glass command cannot surprise (issue 6, items 1 and 2): unknown or repeated flags
// are errors before anything runs, and no workflow command reaches a terminal.

let helm: HelmStandin
let work: string
const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'

beforeAll(async () => {
  helm = createHelmStandin({
    releases: [
      {
        name: 'payments',
        namespace: 'prod',
        revisions: standinRevisions('payments', [
          ['superseded', '1.0.0'],
          ['deployed', '1.1.0']
        ])
      }
    ]
  })
  work = await mkdtemp(join(tmpdir(), 'rk-cli-hardening-'))
})
afterAll(async () => {
  helm.cleanup()
  await rm(work, {recursive: true, force: true})
})

const run = (args: string[], env: Record<string, string> = {}) =>
  cli(args, {cwd: work, env: {...helm.env, ...env}})
const statuses = () => helm.revisions('payments', 'prod').map(r => r.status)

describe('flags', () => {
  it('a typo of --dry-run is an error naming --dry-run, and nothing is rolled back', async () => {
    const result = await run([
      'run',
      'helm-rollback',
      '--release',
      'payments',
      '--namespace',
      'prod',
      '--dryrun'
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      "Unknown flag --dryrun: helm-rollback has no input 'dryrun'. Did you mean --dry-run?"
    )
    expect(helm.invocations()).toEqual([])
    expect(statuses()).toEqual(['superseded', 'deployed'])
  })

  it('--enviroment on identify-lkg-tag names --environment', async () => {
    const result = await run(['run', 'identify-lkg-tag', '--enviroment', 'production'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Did you mean --environment?')
  })

  it('a repeated flag that is not a list is an error; a list flag may repeat', async () => {
    const twice = await run([
      'run',
      'helm-rollback',
      '--release',
      'payments',
      '--release',
      'orders'
    ])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain("--release was given twice ('payments' and 'orders')")
    const list = await run([
      'run',
      'identify-lkg-tag',
      '--repository',
      'octo-org/payments-api',
      '--exclude',
      'v1.0.0',
      '--exclude',
      'v1.1.0',
      '--tag-pattern',
      'v['
    ])
    // Past flag parsing: the action itself refuses the glob.
    expect(list.code).toBe(1)
    expect(list.stderr).toContain("Input 'tag-pattern' has the value 'v['")
  })

  it('a flag that needs a value does not swallow the next flag', async () => {
    const result = await run([
      'run',
      'helm-rollback',
      '--release',
      'payments',
      '--namespace',
      '--dry-run'
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--namespace needs a value')
    expect(helm.invocations()).toEqual([])
  })

  it('an unknown action names the closest', async () => {
    const result = await run(['run', 'helm-rolback'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("Unknown action 'helm-rolback': did you mean helm-rollback?")
  })
})

describe('outside a runner', () => {
  it('prints no workflow command and never the token', async () => {
    const result = await run(
      ['run', 'identify-lkg-tag', '--repository', 'octo-org/payments-api', '--tag-pattern', 'v['],
      {
        GITHUB_TOKEN: TOKEN
      }
    )
    expect(result.code).toBe(1)
    const all = `${result.stdout}${result.stderr}`
    expect(all).not.toContain(TOKEN)
    expect(all).not.toMatch(/^::/m)
    expect(result.stderr).toContain("error: Input 'tag-pattern' has the value 'v['")
  })

  it('a dry run of helm-rollback prints plain text only', async () => {
    const result = await run(
      ['run', 'helm-rollback', '--release', 'payments', '--namespace', 'prod', '--dry-run'],
      {
        GITHUB_TOKEN: TOKEN
      }
    )
    expect(result.code).toBe(0)
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^::/m)
    expect(result.stdout).toMatch(/evidence-head: [0-9a-f]{64}/)
    expect(statuses()).toEqual(['superseded', 'deployed'])
  })
})

describe('node version', () => {
  it('a Node without process.getBuiltinModule gets one error naming the Node it needs', async () => {
    // Node 20 before 20.16 (and 22 before 22.3) lacks it; the bundles take Node's modules from it.
    const older = join(work, 'older-node.cjs')
    await writeFile(older, 'delete process.getBuiltinModule\n')
    const r = await run(['--help'], {NODE_OPTIONS: `--require=${older}`})
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^error: rollback-kit needs Node\.js 20\.16 or later .*; this is v\d+/)
  })
})
