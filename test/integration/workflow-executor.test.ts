import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {ROOT} from '../../sandbox/runner.js'
import {
  WorkflowExecutor,
  type ExecutorOptions,
  type Progress
} from '../../sandbox/workflow/executor.js'

// A throw-away repository root: its own .github/workflows, this repository's actions and dist.
let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rk-exec-'))
  await mkdir(join(root, '.github', 'workflows'), {recursive: true})
  await symlink(join(ROOT, 'actions'), join(root, 'actions'))
  await symlink(join(ROOT, 'dist'), join(root, 'dist'))
})
afterAll(async () => rm(root, {recursive: true, force: true}))

async function workflow(name: string, text: string): Promise<string> {
  await writeFile(join(root, '.github', 'workflows', name), text.trimStart())
  return `.github/workflows/${name}`
}

function executor(extra: Partial<ExecutorOptions> = {}): {
  exec: WorkflowExecutor
  events: Progress[]
} {
  const events: Progress[] = []
  const exec = new WorkflowExecutor({
    root,
    repository: 'octo-org/payments-api',
    selfNames: ['rollback-kit/rollback-kit'],
    eventName: 'workflow_dispatch',
    onProgress: p => events.push(p),
    ...extra
  })
  return {exec, events}
}

describe('jobs, steps, expressions', () => {
  it('runs jobs in needs order with outputs, env files, if conditions and continue-on-error', async () => {
    const file = await workflow(
      'basic.yml',
      `
on: workflow_dispatch
env:
  GREETING: hello
jobs:
  second:
    needs: first
    runs-on: ubuntu-latest
    steps:
      - run: echo "got=$GOT" >> "$GITHUB_OUTPUT"
        id: read
        env:
          GOT: \${{ needs.first.outputs.word }}-\${{ env.GREETING }}
    outputs:
      got: \${{ steps.read.outputs.got }}
  first:
    runs-on: ubuntu-latest
    outputs:
      word: \${{ steps.say.outputs.word }}
    steps:
      - id: say
        run: |
          echo "word=world" >> "$GITHUB_OUTPUT"
          echo "LATER=from-env-file" >> "$GITHUB_ENV"
      - id: flaky
        continue-on-error: true
        run: exit 3
      - id: after
        run: echo "later=$LATER outcome=\${{ steps.flaky.outcome }} conclusion=\${{ steps.flaky.conclusion }}" >> "$GITHUB_OUTPUT"
      - id: skipped
        if: failure()
        run: echo never
`
    )
    const {exec, events} = executor()
    const run = await exec.run({workflow: file})
    expect(run.conclusion).toBe('success')
    expect(Object.keys(run.jobs)).toEqual(['first', 'second'])
    expect(run.jobs.second?.outputs.got).toBe('world-hello')
    const after = run.jobs.first?.steps.find(s => s.id === 'after')
    expect(after?.outputs.later).toBe('from-env-file outcome=failure conclusion=success')
    expect(run.jobs.first?.steps.find(s => s.id === 'skipped')?.conclusion).toBe('skipped')
    expect(
      events.filter(e => e.kind === 'job-end').map(e => e.kind === 'job-end' && e.job)
    ).toEqual(['first', 'second'])
  })

  it('skips dependents of a failed job unless their if says always() or failure()', async () => {
    const file = await workflow(
      'failing.yml',
      `
on: workflow_dispatch
jobs:
  broken:
    runs-on: ubuntu-latest
    steps:
      - run: exit 1
      - id: cleanup
        if: always()
        run: echo "ran=yes" >> "$GITHUB_OUTPUT"
  next:
    needs: broken
    runs-on: ubuntu-latest
    steps: [{run: echo next}]
  after-next:
    needs: next
    runs-on: ubuntu-latest
    steps: [{run: echo after}]
  on-failure:
    needs: after-next
    if: failure()
    runs-on: ubuntu-latest
    steps: [{run: echo failure}]
  gather:
    needs: [broken, next]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - id: r
        run: echo "results=\${{ needs.broken.result }},\${{ needs.next.result }}" >> "$GITHUB_OUTPUT"
    outputs:
      results: \${{ steps.r.outputs.results }}
`
    )
    const run = await executor().exec.run({workflow: file})
    expect(run.conclusion).toBe('failure')
    const result = (id: string) => run.jobs[id]?.result
    expect([
      result('broken'),
      result('next'),
      result('after-next'),
      result('on-failure'),
      result('gather')
    ]).toEqual(['failure', 'skipped', 'skipped', 'success', 'success'])
    expect(run.jobs.broken?.steps[1]?.outputs.ran).toBe('yes')
    expect(run.jobs.gather?.outputs.results).toBe('failure,skipped')
  })

  it('bounds a run step by its timeout', async () => {
    const file = await workflow(
      'slow.yml',
      `
on: workflow_dispatch
jobs:
  slow:
    runs-on: ubuntu-latest
    steps:
      - run: sleep 30
        timeout-minutes: 0.01
`
    )
    const started = Date.now()
    const run = await executor().exec.run({workflow: file})
    expect(run.conclusion).toBe('failure')
    expect(run.jobs.slow?.steps[0]?.error).toMatch(/timed out/)
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})

describe('reusable workflows', () => {
  beforeAll(async () => {
    await workflow(
      'callee.yml',
      `
on:
  workflow_call:
    inputs:
      count: {type: number, required: true}
      loud: {type: boolean, default: false}
      who: {type: string, default: nobody}
    secrets:
      password: {required: true}
    outputs:
      summary:
        value: \${{ jobs.work.outputs.summary }}
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - id: s
        env:
          COUNT: \${{ inputs.count }}
          LOUD: \${{ inputs.loud }}
          WHO: \${{ inputs.who }}
          HAS_SECRET: \${{ secrets.password != '' }}
        run: echo "summary=$COUNT/$LOUD/$WHO/$HAS_SECRET/\${{ github.event_name }}" >> "$GITHUB_OUTPUT"
    outputs:
      summary: \${{ steps.s.outputs.summary }}
`
    )
  })

  it('passes typed inputs and named secrets, and returns the callee outputs', async () => {
    const file = await workflow(
      'caller.yml',
      `
on: workflow_dispatch
jobs:
  call:
    uses: ./.github/workflows/callee.yml
    with:
      count: 3
      loud: true
    secrets:
      password: \${{ secrets.pw }}
  call-by-repo-path:
    uses: rollback-kit/rollback-kit/.github/workflows/callee.yml@v1
    with: {count: 1}
    secrets: inherit
  use:
    needs: call
    runs-on: ubuntu-latest
    steps:
      - id: u
        run: echo "got=\${{ needs.call.outputs.summary }}" >> "$GITHUB_OUTPUT"
    outputs:
      got: \${{ steps.u.outputs.got }}
`
    )
    const run = await executor().exec.run({
      workflow: file,
      secrets: {pw: 's3cret', password: 'inherited'}
    })
    expect(run.conclusion).toBe('success')
    expect(run.jobs.use?.outputs.got).toBe('3/true/nobody/true/workflow_dispatch')
    expect(run.jobs['call-by-repo-path']?.outputs.summary).toBe(
      '1/false/nobody/true/workflow_dispatch'
    )
  })

  it('masks secret values in the log', async () => {
    const file = await workflow(
      'leaky.yml',
      `
on: workflow_dispatch
jobs:
  leak:
    runs-on: ubuntu-latest
    permissions: {}
    timeout-minutes: 1
    steps:
      - env:
          PASSWORD: \${{ secrets.pw }}
        run: echo "the password is $PASSWORD"
`
    )
    const {exec, events} = executor()
    await exec.run({workflow: file, secrets: {pw: 'hunter22'}})
    const lines = events.flatMap(e => (e.kind === 'log' ? [e.line] : []))
    expect(lines).toContain('the password is ***')
    expect(JSON.stringify(events)).not.toContain('hunter22')
  })

  it.each([
    [
      'a missing required input',
      'with: {loud: true}\n    secrets: {password: x}',
      /input 'count' is required/
    ],
    [
      'a wrong type',
      'with: {count: lots}\n    secrets: {password: x}',
      /input 'count' must be a number/
    ],
    [
      'an unknown input',
      'with: {count: 1, colour: red}\n    secrets: {password: x}',
      /input 'colour' is not defined/
    ],
    ['a missing secret', 'with: {count: 1}', /secret 'password' is required/],
    [
      'an unknown secret',
      'with: {count: 1}\n    secrets: {password: x, other: y}',
      /secret 'other' is not defined/
    ]
  ])('fails the calling job on %s', async (_, body, message) => {
    const file = await workflow(
      'bad-call.yml',
      `
on: workflow_dispatch
jobs:
  call:
    uses: ./.github/workflows/callee.yml
    ${body}
`
    )
    const run = await executor().exec.run({workflow: file})
    expect(run.jobs.call?.result).toBe('failure')
    expect(run.jobs.call?.error).toMatch(message)
  })

  it('refuses a concurrency group the caller already holds (GitHub would deadlock)', async () => {
    await workflow(
      'locked.yml',
      `
on: workflow_call
concurrency: {group: rollback-production, cancel-in-progress: false}
jobs:
  x: {runs-on: ubuntu-latest, steps: [{run: echo x}]}
`
    )
    const file = await workflow(
      'locker.yml',
      `
on: workflow_dispatch
concurrency: {group: rollback-production, cancel-in-progress: false}
jobs:
  call: {uses: ./.github/workflows/locked.yml}
`
    )
    const run = await executor().exec.run({workflow: file})
    expect(run.jobs.call?.error).toMatch(/already held by its caller/)
  })
})

describe("this repository's actions and artifacts", () => {
  it('runs an action through the runner emulator and carries evidence between jobs as artifacts', async () => {
    const file = await workflow(
      'evidence.yml',
      `
on: workflow_dispatch
jobs:
  declare:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - id: record
        uses: ./actions/record-evidence
        with:
          stage: declared
          incident: INC-EXEC
      - uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f
        with:
          name: evidence-declare
          path: \${{ runner.temp }}/rollback-evidence
    outputs:
      head: \${{ steps.record.outputs.chain-head }}
  gather:
    needs: declare
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c
        with:
          pattern: evidence-*
          merge-multiple: true
          path: \${{ runner.temp }}/rollback-evidence
      - id: seal
        uses: rollback-kit/rollback-kit/actions/record-evidence@v1
        with:
          stage: complete
          incident: INC-EXEC
      - uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f
        with:
          name: rollback-evidence
          path: \${{ runner.temp }}/rollback-evidence
    outputs:
      head: \${{ steps.seal.outputs.chain-head }}
`
    )
    const keep = await mkdtemp(join(tmpdir(), 'rk-exec-keep-'))
    try {
      const {exec} = executor({keepArtifacts: keep})
      const run = await exec.run({workflow: file})
      expect(run.jobs.declare?.steps[0]?.error).toBeUndefined()
      expect(run.conclusion).toBe('success')
      expect(run.jobs.declare?.outputs.head).toMatch(/^[0-9a-f]{64}$/)
      expect(run.jobs.gather?.outputs.head).toMatch(/^[0-9a-f]{64}$/)
      expect((await readdir(keep)).sort()).toEqual(['evidence-declare', 'rollback-evidence'])
      expect((await readdir(join(keep, 'rollback-evidence'))).sort()).toEqual([
        'declare.jsonl',
        'gather.jsonl',
        'manifest.json'
      ])
      const manifest = JSON.parse(
        await readFile(join(keep, 'rollback-evidence', 'manifest.json'), 'utf8')
      )
      expect(manifest.chains).toHaveLength(2)
    } finally {
      await rm(keep, {recursive: true, force: true})
    }
  }, 60_000)
})

describe('refusals by name', () => {
  it.each([
    [
      'strategy',
      'jobs:\n  a:\n    runs-on: x\n    strategy: {matrix: {n: [1, 2]}}\n    steps: [{run: echo}]',
      /job 'a' key 'strategy'/
    ],
    [
      'a third-party action',
      'jobs:\n  a:\n    runs-on: x\n    steps: [{uses: some/action@v1}]',
      /the action 'some\/action@v1'/
    ],
    [
      'another shell',
      'jobs:\n  a:\n    runs-on: x\n    steps: [{run: echo, shell: pwsh}]',
      /shell 'pwsh'/
    ],
    [
      'a container',
      'jobs:\n  a:\n    runs-on: x\n    container: node:24\n    steps: [{run: echo}]',
      /key 'container'/
    ],
    [
      'defaults',
      'defaults: {run: {shell: bash}}\njobs:\n  a:\n    runs-on: x\n    steps: [{run: echo}]',
      /workflow key 'defaults'/
    ],
    [
      'a foreign reusable workflow',
      'jobs:\n  a:\n    uses: other/repo/.github/workflows/x.yml@v1',
      /from another repository/
    ]
  ])('%s', async (_, body, message) => {
    const file = await workflow('refused.yml', `on: workflow_dispatch\n${body}\n`)
    await expect(executor().exec.run({workflow: file})).rejects.toThrow(message)
  })

  it("an invalid workflow, with GitHub's parser's words", async () => {
    const file = await workflow(
      'invalid.yml',
      'on: workflow_dispatch\njobs:\n  a:\n    runs-on: x\n    stepz: []\n'
    )
    await expect(executor().exec.run({workflow: file})).rejects.toThrow(/is not a valid workflow/)
  })
})

describe('token permissions down the chain', () => {
  it("refuses a called workflow whose job asks for more than the caller's job grants", async () => {
    await workflow(
      'needs-write.yml',
      `
on: workflow_call
permissions: {}
jobs:
  comment:
    runs-on: ubuntu-latest
    permissions: {issues: write}
    steps: [{run: echo}]
`
    )
    const file = await workflow(
      'grants-read.yml',
      `
on: workflow_dispatch
jobs:
  narrow:
    permissions: {issues: read}
    uses: ./.github/workflows/needs-write.yml
  enough:
    permissions: {issues: write, contents: read}
    uses: ./.github/workflows/needs-write.yml
`
    )
    const run = await executor().exec.run({workflow: file})
    expect(run.jobs.narrow?.error).toMatch(
      /The nested job 'comment' is requesting 'issues: write', but is only allowed 'issues: read'/
    )
    expect(run.jobs.enough?.result).toBe('success')
  })
})
