import {afterAll, describe, expect, it} from '@jest/globals'
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {appendFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {createHelmStandin, standinRevisions} from '../../sandbox/helm/standin.js'
import {errors, ROOT, runDist, type DistRun} from '../../sandbox/runner.js'
import {TORN_TAIL_EVENT, writeManifest, type EvidenceRecord} from '../../src/lib/evidence.js'
import {cli} from '../support/cli.js'

// The evidence chain as the actions write it (dist) and the command checks it (bin).

const exec = promisify(execFile)
const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

const history = () =>
  standinRevisions('payments', [
    ['superseded', '1.0.0'],
    ['superseded', '1.1.0'],
    ['failed', '1.2.0'],
    ['deployed', '1.3.0']
  ])

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rk-evidence-e2e-'))
  cleanups.push(() => rm(dir, {recursive: true, force: true}))
  return dir
}

/** helm-rollback through dist with the stand-in, evidence in `dir`. */
async function rollback(
  dir: string,
  inputs: Record<string, string> = {},
  options: {rollbackDelayMs?: number; during?: (helmLog: () => string[]) => Promise<void>} = {}
): Promise<{run: DistRun; commands: string[]}> {
  const helm = createHelmStandin({
    releases: [{name: 'payments', namespace: 'prod', revisions: history()}],
    rollbackDelayMs: options.rollbackDelayMs
  })
  cleanups.push(helm.cleanup)
  const running = runDist('helm-rollback', {
    inputs: {release: 'payments', namespace: 'prod', 'evidence-dir': dir, ...inputs},
    env: helm.env
  })
  if (options.during) await options.during(() => helm.invocations().map(i => i.argv[0] ?? ''))
  const run = await running
  return {run, commands: helm.invocations().map(i => i.argv[0] ?? '')}
}

const chainFile = (dir: string) => join(dir, 'rollback.jsonl')
const records = async (dir: string) =>
  (await readFile(chainFile(dir), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as EvidenceRecord)

describe('evidence-head and deletions from the end (issue 6, item 3)', () => {
  it('anchors the end: a deletion the chain alone cannot show fails against --head or the manifest', async () => {
    const dir = await scratch()
    const {run} = await rollback(dir)
    expect(run.exitCode).toBe(0)
    const head = run.outputs['evidence-head'] as string
    expect((await records(dir)).at(-1)?.hash).toBe(head)
    expect(run.summary).toContain(head)

    // Intact: verified and anchored by the head.
    const intact = await cli(['evidence', 'verify', dir, '--head', head])
    expect(intact.code).toBe(0)
    expect(intact.stdout).toContain('every chain end is anchored')

    // Delete the last two lines (history-after and rolled-back).
    const lines = (await readFile(chainFile(dir), 'utf8')).trimEnd().split('\n')
    expect(lines.slice(-2).map(l => (JSON.parse(l) as EvidenceRecord).event)).toEqual([
      'history-after',
      'rolled-back'
    ])
    await writeFile(chainFile(dir), `${lines.slice(0, -2).join('\n')}\n`)

    // Without an anchor verify must not claim completeness, and --strict fails.
    const bare = await cli(['evidence', 'verify', dir])
    expect(bare.code).toBe(0)
    expect(bare.stdout).not.toContain('every chain end is anchored')
    expect(bare.stderr).toMatch(/warning: the end of rollback\.jsonl is not anchored/)
    const strict = await cli(['evidence', 'verify', dir, '--strict'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('(--strict)')

    // With the head the step reported, the deletion shows.
    const anchored = await cli(['evidence', 'verify', dir, '--head', head])
    expect(anchored.code).toBe(1)
    expect(anchored.stderr).toContain(`no chain in ${dir} holds a record with hash ${head}`)
  })

  it('checks manifest.json, and explains a damaged one without a stack trace', async () => {
    const dir = await scratch()
    await rollback(dir)
    await writeManifest(dir)
    expect((await cli(['evidence', 'verify', dir, '--strict'])).code).toBe(0)
    const lines = (await readFile(chainFile(dir), 'utf8')).trimEnd().split('\n')
    await writeFile(chainFile(dir), `${lines.slice(0, -1).join('\n')}\n`)
    const cut = await cli(['evidence', 'verify', dir])
    expect(cut.code).toBe(1)
    expect(cut.stderr).toMatch(/records were removed or added after it was sealed/)

    await writeFile(join(dir, 'manifest.json'), '{"version": 1, "chains": [')
    const damaged = await cli(['evidence', 'verify', dir])
    expect(damaged.code).toBe(1)
    expect(damaged.stderr).toMatch(/error: manifest\.json is not valid JSON/)
    expect(damaged.stderr).not.toMatch(/\n\s+at /)
    await writeFile(join(dir, 'manifest.json'), '{"version": 1, "chains": [{"file": 3}]}')
    const shape = await cli(['evidence', 'verify', dir])
    expect(shape.stderr).toMatch(/error: manifest\.json chains\[0\] is not \{file/)
  })

  it('refuses a --head that is not a hash and an unknown flag, naming the closest', async () => {
    const dir = await scratch()
    const bad = await cli(['evidence', 'verify', dir, '--head', 'abc'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--head 'abc' is not a record hash")
    const typo = await cli(['evidence', 'verify', dir, '--stric'])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('did you mean --strict?')
  })
})

describe('a torn last line (item 4)', () => {
  it('is set aside and recorded by the next run, which goes on; verify reports it', async () => {
    const dir = await scratch()
    await rollback(dir, {'dry-run': 'true'})
    const torn =
      '{"seq":9,"time":"2026-11-28T05:00:00Z","action":"helm-rollback","event":"plan","da'
    await appendFile(chainFile(dir), torn)
    const before = await cli(['evidence', 'verify', dir])
    expect(before.code).toBe(1)
    expect(before.stderr).toMatch(/is cut off \(no newline at the end\)/)

    const {run} = await rollback(dir, {'dry-run': 'true'})
    expect(errors(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    const chain = await records(dir)
    const aside = chain.find(r => r.event === TORN_TAIL_EVENT)
    expect(aside?.data).toMatchObject({bytes: Buffer.byteLength(torn)})
    const file = (aside?.data as {file: string}).file
    expect(await readFile(join(dir, file), 'utf8')).toBe(torn)

    const after = await cli([
      'evidence',
      'verify',
      dir,
      '--head',
      run.outputs['evidence-head'] as string
    ])
    expect(after.code).toBe(0)
    expect(after.stderr).toContain(
      `a cut-off write of ${Buffer.byteLength(torn)} byte(s) was set aside as ${file}`
    )
  })
})

describe('concurrent appends (item 5)', () => {
  it('several writer processes on one chain lose nothing and keep it valid', async () => {
    const dir = await scratch()
    const script = join(ROOT, 'test', 'support', 'append-evidence.mts')
    const writers = ['a', 'b', 'c', 'd']
    await Promise.all(
      writers.map(label =>
        exec(process.execPath, ['--import', 'tsx', script, dir, '40', label], {cwd: ROOT})
      )
    )
    const chain = await records(dir)
    expect(chain).toHaveLength(160)
    expect(chain.map(r => r.seq)).toEqual(chain.map((_, i) => i + 1))
    for (const label of writers) {
      const mine = chain.filter(r => r.action === label).map(r => (r.data as {i: number}).i)
      expect(mine).toEqual([...Array(40).keys()])
    }
    expect((await cli(['evidence', 'verify', dir])).code).toBe(0)
    expect((await readdir(dir)).sort()).toEqual(['rollback.jsonl'])
  })

  it('three actions running at once on one evidence-dir leave one valid chain', async () => {
    const dir = await scratch()
    const runs = await Promise.all([1, 2, 3].map(() => rollback(dir, {'dry-run': 'true'})))
    for (const {run} of runs) expect(run.exitCode).toBe(0)
    const chain = await records(dir)
    expect(chain).toHaveLength(3 * 4)
    expect(chain.map(r => r.seq)).toEqual(chain.map((_, i) => i + 1))
    const heads = runs.map(({run}) => run.outputs['evidence-head'] as string)
    const verified = await cli(['evidence', 'verify', dir, ...heads.flatMap(h => ['--head', h])])
    expect(verified.code).toBe(0)
  })
})

describe('members outside the hash (item 6)', () => {
  it.each([
    [
      'an extra member',
      (line: string) => line.replace('{"seq"', '{"approvedBy":"cto","seq"'),
      /member\(s\) outside the hash: approvedBy/
    ],
    [
      'a duplicate member',
      (line: string) => line.replace('"event":"', '"event":"approved","event":"'),
      /has the member 'event' twice/
    ]
  ])('rejects %s', async (_what, edit, message) => {
    const dir = await scratch()
    await rollback(dir, {'dry-run': 'true'})
    const lines = (await readFile(chainFile(dir), 'utf8')).trimEnd().split('\n')
    lines[1] = edit(lines[1] as string)
    await writeFile(chainFile(dir), `${lines.join('\n')}\n`)
    const result = await cli(['evidence', 'verify', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain('record 2 (line 2)')
  })
})

describe('evidence that cannot be written (items 7 and 8)', () => {
  it('after a rollback: outputs and summary first, and the error says the rollback happened', async () => {
    const dir = await scratch()
    const {run} = await rollback(
      dir,
      {},
      {
        rollbackDelayMs: 1500,
        // While helm rolls back, the chain file turns into a directory: appends now fail.
        during: async helmLog => {
          for (let i = 0; i < 200 && !helmLog().includes('rollback'); i++)
            await new Promise(resolve => setTimeout(resolve, 25))
          await rm(chainFile(dir))
          await mkdir(chainFile(dir))
        }
      }
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      status: 'rolled-back',
      'new-revision': '5',
      'to-revision': '2'
    })
    expect(run.summary).toContain('**Rolled back**')
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toMatch(
      /^helm-rollback rolled back release 'payments' to revision 2, but could not record it as evidence: Input 'evidence-dir' has the value '.*': the evidence chain could not be written there \(EISDIR/
    )
    expect(errors(run)[0]).not.toMatch(/failed:/)
  })

  it('evidence-dir pointing at a file names the input before anything runs', async () => {
    const dir = await scratch()
    const file = join(dir, 'not-a-dir')
    await writeFile(file, '')
    const {run, commands} = await rollback(file)
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      expect.stringMatching(
        /^Input 'evidence-dir' has the value '.*not-a-dir': the evidence chain could not be written there \(E(EXIST|NOTDIR)/
      )
    ])
    expect(commands).toEqual([])
  })

  it('a bad input is recorded as a failed record in the chain', async () => {
    const dir = await scratch()
    const {run, commands} = await rollback(dir, {release: 'Payments!'})
    expect(run.exitCode).toBe(1)
    expect(commands).toEqual([])
    const chain = await records(dir)
    expect(chain.map(r => r.event)).toEqual(['failed'])
    expect((chain[0]?.data as {message: string}).message).toContain("Input 'release'")
    expect(run.outputs['evidence-head']).toBe(chain[0]?.hash)
    expect(existsSync(join(dir, 'rollback.jsonl.lock'))).toBe(false)
  })
})
