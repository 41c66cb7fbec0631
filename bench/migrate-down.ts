// migrate-down's plan for 1,000 migrations (500 at the good tag, 500 added by the release):
// git reads, plan, reversibility and the SQL parse of every down step, with the applied rows
// given (the database read is one query). Baseline, measured in the same run: the same answer
// the naive way, one `git show` per migration file at each ref.
import {createCommandRunner} from '../src/lib/exec.js'
import {findDataLoss} from '../src/migrate-down/data-loss.js'
import {GitReader} from '../src/migrate-down/git.js'
import {planRevert} from '../src/migrate-down/plan.js'
import {nodePgMigrate} from '../src/migrate-down/tools/node-pg-migrate.js'
import {createRepo} from '../sandbox/git-fixture.js'

const TOTAL = 1000
const DIR = 'migrations'

const name = (i: number) => `${1700000000000 + i}_step_${i}`
const sql = (i: number) =>
  `-- Up Migration\nCREATE TABLE t${i} (id int);\n-- Down Migration\nDROP INDEX IF EXISTS i${i};\n`

export async function benchMigrateDown(): Promise<void> {
  const repo = await createRepo()
  try {
    const files = (from: number, to: number) =>
      Object.fromEntries(
        Array.from({length: to - from}, (_, k) => [`${DIR}/${name(from + k)}.sql`, sql(from + k)])
      )
    await repo.tag('v1.0.0', await repo.commit('good', {files: files(0, TOTAL / 2)}))
    const head = await repo.commit('release', {files: files(TOTAL / 2, TOTAL)})
    const applied = Array.from({length: TOTAL}, (_, i) => name(i))
    const exec = createCommandRunner()

    const ours = async (): Promise<number> => {
      const start = performance.now()
      const git = new GitReader(exec, repo.dir)
      const from = await git.commit(head, 'from-ref')
      const to = await git.commit('v1.0.0', 'to-ref')
      const paths = await git.files(from, DIR)
      const changes = await git.changes(to, from, DIR)
      const rel = (p: string) => p.slice(DIR.length + 1)
      const {plan} = planRevert({
        files: paths.map(p => ({name: nodePgMigrate.nameOf(rel(p)) as string, path: p})),
        applied,
        changes: changes.map(c => ({...c, path: rel(c.path)})),
        nameOf: p => nodePgMigrate.nameOf(p)
      })
      const contents = await git.contents(
        from,
        plan.revert.map(n => `${DIR}/${n}.sql`)
      )
      const downs = plan.revert.map(
        n =>
          nodePgMigrate.assess(n, new Map([[`${n}.sql`, contents.get(`${DIR}/${n}.sql`) ?? '']]))
            .down
      )
      const findings = await findDataLoss(downs)
      if (plan.revert.length !== TOTAL / 2 || findings.length !== 0)
        throw new Error(
          `unexpected plan: ${plan.revert.length} to revert, ${findings.length} findings`
        )
      return performance.now() - start
    }

    const naive = async (): Promise<number> => {
      const start = performance.now()
      let added = 0
      for (const migration of applied) {
        const atGood = await exec.run('git', ['show', `v1.0.0:${DIR}/${migration}.sql`], {
          cwd: repo.dir,
          timeoutMs: 10_000
        })
        const atHead = await exec.run('git', ['show', `${head}:${DIR}/${migration}.sql`], {
          cwd: repo.dir,
          timeoutMs: 10_000
        })
        if (atGood.exitCode !== 0 && atHead.exitCode === 0) added++
      }
      if (added !== TOTAL / 2) throw new Error(`naive baseline found ${added}`)
      return performance.now() - start
    }

    await ours() // warm: loads the PostgreSQL parser (WASM) once, as a real run does
    const planMs = await ours()
    const naiveMs = await naive()
    console.log(
      `\nmigrate-down plan, ${TOTAL} migrations (${TOTAL / 2} to revert), tool start excluded:`
    )
    console.log(
      `  migrate-down (git ls-tree/diff/cat-file + plan + gates) ${planMs.toFixed(0)} ms  (goal < 1000 ms)`
    )
    console.log(`  baseline: git show per file and ref          ${naiveMs.toFixed(0)} ms`)
    console.log(
      `  ratio                                        ${(planMs / naiveMs).toFixed(3)}  (${(naiveMs / planMs).toFixed(1)}x faster)`
    )
  } finally {
    await repo.cleanup()
  }
}
