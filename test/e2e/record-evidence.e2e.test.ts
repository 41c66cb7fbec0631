import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {verifyEvidenceDir, EvidenceWriter, type EvidenceRecord} from '../../src/lib/evidence.js'
import {createRepo, type GitFixture} from '../../sandbox/git-fixture.js'
import {startGitHubDouble, type GitHubDouble} from '../../sandbox/github-double/index.js'
import {errors, runDist, type DistRun} from '../../sandbox/runner.js'

const OWNER = 'octo-org'
const REPO = 'payments-api'
const TOKEN = 'ghs_record_evidence_token'

let git: GitFixture
let gh: GitHubDouble
let work: string
const sha: Record<string, string> = {}

// v1.2.0 (good) → three merged pull requests → v1.3.0 (bad). One open pull request whose head
// commit is in the range must not be told its change was rolled back.
beforeAll(async () => {
  git = await createRepo()
  sha['v1.2.0'] = await git.commit('release v1.2.0')
  for (const n of [11, 12, 13]) sha[`pr${n}`] = await git.commit(`Merge pull request #${n}`)
  sha['v1.3.0'] = sha.pr13 as string
  await git.tags([
    {name: 'v1.2.0', sha: sha['v1.2.0']},
    {name: 'v1.3.0', sha: sha['v1.3.0'], annotated: true}
  ])
  gh = await startGitHubDouble({owner: OWNER, repo: REPO, gitDir: git.dir})
  gh.state.tokens[TOKEN] = 'workflow'
  for (const n of [11, 12, 13]) {
    gh.seed.pull({
      number: n,
      title: `Change ${n}`,
      user: `dev${n}`,
      state: 'closed',
      head: {ref: `feature-${n}`, sha: sha[`pr${n}`] as string},
      merged_at: `2026-01-02T0${n - 10}:00:00Z`,
      merge_commit_sha: sha[`pr${n}`] as string
    })
  }
  gh.seed.pull({number: 14, title: 'Still open', head: {ref: 'wip', sha: sha.pr12 as string}})
  // The restored release's checks are red now (a flaky check): it must be recorded anyway.
  gh.seed.checkRun({head_sha: sha['v1.2.0'], name: 'test', conclusion: 'failure'})
  gh.seed.deployment({
    sha: sha['v1.2.0'],
    ref: 'v1.2.0',
    environment: 'production',
    statuses: [{state: 'success'}]
  })
  gh.seed.deployment({
    sha: sha['v1.3.0'],
    ref: 'v1.3.0',
    environment: 'production',
    statuses: [{state: 'success'}]
  })
  work = await mkdtemp(join(tmpdir(), 'rk-record-'))
})

afterAll(async () => {
  await gh.close()
  await git.cleanup()
  await rm(work, {recursive: true, force: true})
})

const full = (evidenceDir: string, stage: string, extra: Record<string, string> = {}) => ({
  token: TOKEN,
  repository: `${OWNER}/${REPO}`,
  'evidence-dir': evidenceDir,
  stage,
  incident: 'INC-7',
  issue: 'create',
  'pr-comment': 'true',
  'range-from': 'v1.2.0',
  'range-to': 'v1.3.0',
  environment: 'production',
  'deployment-status': 'true',
  ...extra
})

const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runDist('record-evidence', {
    inputs,
    env: {GITHUB_API_URL: gh.url, GITHUB_JOB: 'record', GITHUB_ACTOR: 'oncall', ...env}
  })

async function lines(file: string): Promise<EvidenceRecord[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map(l => JSON.parse(l) as EvidenceRecord)
}

const commentsOn = (n: number) => gh.state.comments.filter(c => c.issue_number === n)
const latestStatus = (ref: string) =>
  gh.state.deployments.filter(d => d.ref === ref).map(d => d.statuses.at(-1)?.state)

function ok(result: DistRun): void {
  if (result.exitCode !== 0)
    throw new Error(`exit ${result.exitCode}: ${errors(result).join('\n')}\n${result.stdout}`)
}

describe('record-evidence through its dist, stage by stage', () => {
  const dir = () => join(work, 'incident')

  it('declared: verifies the chains, creates the issue, notices the merged PRs, marks the bad deployment failure', async () => {
    // An earlier job's chain, as the workflow gathers it.
    const earlier = new EvidenceWriter({dir: dir(), chain: 'identify', action: 'identify-lkg-tag'})
    await earlier.append('inputs', {environment: 'production'})
    await earlier.append('selected', {tag: 'v1.2.0'})
    gh.reset()
    const result = await run(full(dir(), 'declared'))
    ok(result)
    expect(gh.violations).toEqual([])

    const issue = gh.state.issues.find(i => i.body?.includes('rollback-kit:incident INC-7'))
    expect(issue).toBeDefined()
    expect(result.outputs['issue-number']).toBe(String(issue?.number))
    expect(issue?.body).toContain('Rollback declared')
    expect(issue?.body).toContain('Next update due')
    expect(commentsOn(issue!.number)).toHaveLength(1)
    for (const n of [11, 12, 13]) {
      const notes = commentsOn(n)
      expect(notes).toHaveLength(1)
      expect(notes[0]?.body).toContain('rollback-kit:pr-notice incident=INC-7')
    }
    expect(commentsOn(14)).toHaveLength(0)
    expect(latestStatus('v1.3.0')).toEqual(['failure'])
    expect(JSON.parse(result.outputs['comment-urls'] ?? '[]')).toHaveLength(4)

    // Sealed: the manifest lists both chains and chain-head is the sealing record.
    const manifest = JSON.parse(await readFile(result.outputs.manifest as string, 'utf8'))
    expect(manifest.chains.map((c: {file: string}) => c.file)).toEqual([
      'identify.jsonl',
      'record.jsonl'
    ])
    const own = await lines(join(dir(), 'record.jsonl'))
    expect(own.at(-1)?.event).toBe('sealed')
    expect(result.outputs['chain-head']).toBe(own.at(-1)?.hash)
    expect((own.at(-1)?.data as {chains: {head: string}[]}).chains[0]?.head).toBe(
      (await lines(join(dir(), 'identify.jsonl'))).at(-1)?.hash
    )
    expect((await verifyEvidenceDir(dir())).ok).toBe(true)
    expect(result.summary).toContain('time to initiate')
    expect(JSON.stringify(own)).not.toContain(TOKEN)
  }, 120_000)

  it('progress: the same issue is updated (not created again) and the notices are edited in place', async () => {
    const issuesBefore = gh.state.issues.length
    const helm = new EvidenceWriter({dir: dir(), chain: 'rollback', action: 'helm-rollback'})
    await helm.append('rolled-back', {to: 2})
    const result = await run(full(dir(), 'progress', {'in-progress': 'Reverting migrations'}))
    ok(result)
    expect(gh.state.issues).toHaveLength(issuesBefore)
    const issue = gh.state.issues.at(-1)!
    expect(result.outputs['issue-number']).toBe(String(issue.number))
    expect(issue.body).toContain('Reverting migrations')
    expect(issue.body).toContain('helm-rollback: rolled-back')
    expect(commentsOn(issue.number)).toHaveLength(2)
    for (const n of [11, 12, 13]) {
      expect(commentsOn(n)).toHaveLength(1)
      expect(commentsOn(n)[0]?.body).toContain('in progress')
    }
    expect((await verifyEvidenceDir(dir())).ok).toBe(true)
  }, 120_000)

  it('complete: one outcome comment per PR, the restored release recorded as success, the issue closed; a re-run adds no duplicates', async () => {
    gh.reset()
    const result = await run(full(dir(), 'complete', {'verified-by': 'smoke-verify passed'}))
    ok(result)
    expect(gh.violations).toEqual([])
    for (const n of [11, 12, 13]) {
      expect(commentsOn(n)).toHaveLength(2)
      expect(commentsOn(n)[1]?.body).toContain(
        'rollback-kit:pr-outcome incident=INC-7 stage=complete'
      )
    }
    const created = gh.requests.find(r => r.operationId === 'repos/create-deployment')
    expect(created?.body).toMatchObject({ref: 'v1.2.0', auto_merge: false, required_contexts: []})
    const restored = gh.state.deployments.filter(d => d.ref === 'v1.2.0').at(-1)!
    expect(restored.statuses.at(-1)?.state).toBe('success')
    expect(restored.statuses.at(-1)?.description.length).toBeLessThanOrEqual(140)
    // The bad release stays failure (never inactive), so identify-lkg-tag never picks it again.
    expect(latestStatus('v1.3.0')).toEqual(['failure'])
    expect(gh.state.issues.at(-1)?.state).toBe('closed')

    const again = await run(full(dir(), 'complete'))
    ok(again)
    for (const n of [11, 12, 13]) expect(commentsOn(n)).toHaveLength(2)
    expect(gh.state.deployments.filter(d => d.ref === 'v1.2.0')).toHaveLength(2)
  }, 180_000)

  it('dry-run: reads and seals, writes nothing to GitHub', async () => {
    const d = join(work, 'dry')
    gh.reset()
    const result = await run(full(d, 'declared', {'dry-run': 'true', incident: 'INC-DRY'}))
    ok(result)
    expect(gh.requests.filter(r => r.method !== 'GET' && !r.graphql)).toEqual([])
    expect(result.summary).toContain('#11 Change 11')
    expect(existsSync(join(d, 'manifest.json'))).toBe(true)
  }, 60_000)
})

describe('record-evidence refuses a broken chain before writing anything', () => {
  it('names the edited record; no issue, no comment, no new manifest', async () => {
    const d = join(work, 'broken')
    const writer = new EvidenceWriter({dir: d, chain: 'rollback', action: 'helm-rollback'})
    await writer.append('plan', {to: 2})
    await writer.append('rolled-back', {to: 2})
    const file = join(d, 'rollback.jsonl')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('"to":2}', '"to":3}'))
    const before = await readFile(file, 'utf8')
    gh.reset()
    const result = await run(full(d, 'declared', {incident: 'INC-BROKEN'}))
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toHaveLength(1)
    expect(errors(result)[0]).toMatch(/rollback\.jsonl: record 1 .*edited/)
    expect(gh.requests).toEqual([])
    // The step's own chain holds only its `failed` record; the broken chain is left as found.
    expect(await readdir(d)).toEqual(['record.jsonl', 'rollback.jsonl'])
    expect(await onlyFailedRecords(d, ['record.jsonl'])).toBe(true)
    expect(await readFile(file, 'utf8')).toBe(before)
  })
})

describe('hostile inputs fail with one error naming the input, nothing written', () => {
  const huge = 'x'.repeat(70_000)
  const cases: [string, string][] = [
    ['stage', ''],
    ['stage', 'finished'],
    ['stage', 'declared\nprogress'],
    ['stage', '--stage'],
    ['title', `a\nb`],
    ['title', huge],
    ['incident', '-rf'],
    ['incident', 'INC 1\nINC 2'],
    ['incident', huge],
    ['issue', '12abc'],
    ['issue', '-1'],
    ['issue', '1\n2'],
    ['issue', huge],
    ['trigger', 'sometimes'],
    ['scope', 'L4'],
    ['who', 'a\nb'],
    ['who', huge],
    ['next-update', 'soon'],
    ['next-update', '-5m'],
    ['next-update', '9999h'],
    ['target', '--help'],
    ['target', huge],
    ['in-progress', huge],
    ['risks', huge],
    ['verified-by', huge],
    ['frozen', huge],
    ['follow-ups', huge],
    ['pr-comment', 'yes'],
    ['pr-comment', '1'],
    ['range-from', '--upload-pack=evil'],
    ['range-from', 'v1..v2'],
    ['range-from', 'v1\nv2'],
    ['range-to', '-x'],
    ['range-to', huge],
    ['pr-limit', '0'],
    ['pr-limit', 'lots'],
    ['pr-limit', '100000'],
    ['environment', 'prod\nstaging'],
    ['environment', huge],
    ['deployment-status', 'maybe'],
    ['log-url', 'javascript:alert(1)'],
    ['log-url', '--x'],
    ['dry-run', 'yes'],
    ['repository', 'not a repo'],
    ['repository', '-o/r']
  ]
  const shown = (v: string) => (v.length > 40 ? `<${v.length} characters>` : JSON.stringify(v))
  it.each(cases.map(([name, value]) => [name, shown(value), value]))(
    '%s = %s',
    async (name, _, value) => {
      const d = join(work, `hostile-${name}`)
      gh.reset()
      const inputs: Record<string, string> = {
        token: TOKEN,
        repository: `${OWNER}/${REPO}`,
        'evidence-dir': d,
        stage: 'declared',
        [name]: value
      }
      const result = await run(inputs)
      expect(result.exitCode).toBe(1)
      const errs = errors(result)
      expect(errs).toHaveLength(1)
      expect(errs[0]).toContain(`Input '${name}'`)
      // runAction records the refusal as the step's only evidence; nothing is sealed.
      expect(existsSync(join(d, 'manifest.json'))).toBe(false)
      expect(await onlyFailedRecords(d)).toBe(true)
      expect(gh.requests).toEqual([])
    }
  )

  it('takes markdown text as text: leading dashes and several lines are fine there (never argv)', async () => {
    const d = join(work, 'markdown')
    const result = await run({
      'evidence-dir': d,
      stage: 'declared',
      title: '-- payments down --',
      who: '-oncall',
      risks: '- refunds may double\n- queue backlog'
    })
    ok(result)
    expect(result.summary).toContain('-- payments down --')
    const own = await lines(join(d, 'record.jsonl'))
    expect(own.find(r => r.event === 'stage')?.data).toMatchObject({who: '-oncall'})
  })

  it.each([
    ['pr-comment', {'pr-comment': 'true', 'range-to': 'v1.3.0'}, 'range-from'],
    ['deployment-status', {'deployment-status': 'true', 'range-to': 'v1.3.0'}, 'environment'],
    [
      'complete deployment',
      {
        'deployment-status': 'true',
        environment: 'production',
        'range-to': 'v1.3.0',
        stage: 'complete'
      },
      'range-from'
    ]
  ])('inputs that need each other: %s', async (_, extra, named) => {
    const d = join(work, `pair-${named}`)
    const result = await run({token: TOKEN, 'evidence-dir': d, stage: 'declared', ...extra})
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([expect.stringContaining(`Input '${named}'`)])
    expect(existsSync(join(d, 'manifest.json'))).toBe(false)
    expect(await onlyFailedRecords(d)).toBe(true)
  })
})

/** True when every chain named (default: every chain in dir) holds only `failed` records. */
async function onlyFailedRecords(dir: string, names?: string[]): Promise<boolean> {
  if (!existsSync(dir)) return true
  const chains = names ?? (await readdir(dir)).filter(name => name.endsWith('.jsonl'))
  for (const name of chains) {
    const lines = (await readFile(join(dir, name), 'utf8')).split('\n').filter(Boolean)
    if (lines.some(line => (JSON.parse(line) as {event: string}).event !== 'failed')) return false
  }
  return true
}
