import {describe, expect, it, jest} from '@jest/globals'
import {npm} from '../../sandbox/migrations-fixture.js'
import {errors} from '../../sandbox/runner.js'
import {ALL, M, migrateDown, world} from '../support/migrate-down.js'

// PGlite and the real tools start slowly on a busy 2-core machine.
jest.setTimeout(240_000)

// dist/migrate-down/index.js run as the runner runs it, against the real node-pg-migrate and an
// embedded PostgreSQL (PGlite behind pglite-socket), one per test, migrations in a real git repo.

describe('migrate-down with node-pg-migrate (dist, PGlite)', () => {
  it('reverts exactly the migrations added since to-ref, newest first, and reads them back', async () => {
    const w = await world()
    await w.db.sql("INSERT INTO users (name, email) VALUES ('ada', 'ada@example.com')")
    const r = await migrateDown(w, {'allow-data-loss': 'true'})
    expect(errors(r.run)).toEqual([])
    expect(r.run.exitCode).toBe(0)
    expect(r.applied).toEqual([M.users])
    expect(r.run.outputs.status).toBe('reverted')
    expect(JSON.parse(r.run.outputs.reverted as string)).toEqual([M.email, M.index])
    expect(r.run.outputs['version-before']).toBe(M.email)
    expect(r.run.outputs['version-after']).toBe(M.users)
    expect(JSON.parse(r.run.outputs.plan as string)).toMatchObject({
      tool: 'node-pg-migrate',
      mode: 'to-ref',
      revert: [M.email, M.index]
    })
    // The schema really went back: the column and the index are gone, the rows stay.
    const columns = await w.db.sql(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'users' ORDER BY 1"
    )
    expect(columns.map(c => c.column_name)).toEqual(['id', 'name'])
    expect(await w.db.sql("SELECT 1 FROM pg_indexes WHERE indexname = 'users_name_idx'")).toEqual(
      []
    )
    expect(await w.db.sql('SELECT name FROM users')).toEqual([{name: 'ada'}])
    expect(r.run.summary).toContain('reverted (read back)')
    expect(r.run.summary).toContain('drops a column')
    expect(r.run.stdout).toContain(
      'Tool: node-pg-migrate (package.json depends on node-pg-migrate)'
    )
    expect(r.evidence.map(e => e.event)).toEqual(['inputs', 'state', 'plan', 'gates', 'reverted'])
  })

  it('blocks a down that drops a column without allow-data-loss, touching nothing', async () => {
    const w = await world()
    const r = await migrateDown(w, {})
    expect(r.run.exitCode).toBe(1)
    expect(errors(r.run)).toHaveLength(1)
    expect(errors(r.run)[0]).toContain('[data-loss]')
    expect(r.run.outputs.status).toBe('refused')
    expect(r.applied).toEqual(ALL)
    expect(r.run.summary).toContain('ALTER TABLE users DROP COLUMN email')
    expect(r.run.summary).toContain('drops a column and its data')
  })

  it("finds a DROP TABLE inside a JavaScript migration through the tool's own dry run", async () => {
    const w = await world({
      'migrations/1700000000003_audit.js': npm.js('CREATE TABLE audit (id int)', 'DROP TABLE audit')
    })
    const r = await migrateDown(w, {'to-ref': '', count: '1', 'dry-run': 'true'})
    expect(r.run.exitCode).toBe(1)
    expect(r.run.summary).toContain('DROP TABLE audit')
    expect(r.run.summary).toContain('drops a table and every row in it')
    expect(r.applied).toEqual([...ALL, '1700000000003_audit'])
  })

  it('dry-run: plans, runs the gates and the tool dry run, changes nothing', async () => {
    const w = await world()
    const r = await migrateDown(w, {'dry-run': 'true', 'allow-data-loss': 'true'})
    expect(errors(r.run)).toEqual([])
    expect(r.run.outputs.status).toBe('dry-run')
    expect(JSON.parse(r.run.outputs.plan as string).revert).toEqual([M.email, M.index])
    expect(r.run.outputs.reverted).toBe('[]')
    expect(r.applied).toEqual(ALL)
    expect(r.run.stdout).toContain('node-pg-migrate down 2 --dry-run')
  })

  it('count reverts the newest N applied', async () => {
    const w = await world()
    const r = await migrateDown(w, {'to-ref': '', count: '1', 'allow-data-loss': 'true'})
    expect(errors(r.run)).toEqual([])
    expect(r.applied).toEqual([M.users, M.index])
    expect(r.run.outputs['version-after']).toBe(M.index)
  })

  it('nothing-to-revert when the release added no applied migration', async () => {
    const w = await world()
    const r = await migrateDown(w, {'to-ref': 'v1.1.0'})
    expect(errors(r.run)).toEqual([])
    expect(r.run.outputs.status).toBe('nothing-to-revert')
    expect(r.applied).toEqual(ALL)
  })

  describe('irreversible migrations', () => {
    const release = {
      'migrations/1700000000003_backfill.js': npm.js('UPDATE users SET name = upper(name)', false),
      'migrations/1700000000004_orders_idx.js': npm.js(
        'CREATE INDEX users_id_name ON users (id, name)',
        'DROP INDEX users_id_name'
      )
    }

    it('without a waiver: forward-fix-required, the step fails, nothing touched', async () => {
      const w = await world(release)
      const r = await migrateDown(w, {'allow-data-loss': 'true'})
      expect(r.run.exitCode).toBe(1)
      expect(errors(r.run)).toHaveLength(1)
      expect(errors(r.run)[0]).toContain('1700000000003_backfill (down = false')
      expect(r.run.outputs.status).toBe('forward-fix-required')
      expect(r.applied).toHaveLength(5)
    })

    it('with a waiver: reverts the newer ones, keeps the irreversible one and older, records the waiver', async () => {
      const w = await world(release)
      const waiver = JSON.stringify({
        id: 'INC-42',
        reason: 'forward-fix in 1.1.1',
        approver: '@dba-lead'
      })
      const r = await migrateDown(w, {waiver})
      expect(errors(r.run)).toEqual([])
      expect(r.run.outputs.status).toBe('reverted')
      expect(JSON.parse(r.run.outputs.reverted as string)).toEqual(['1700000000004_orders_idx'])
      expect(JSON.parse(r.run.outputs.plan as string).kept).toEqual([
        '1700000000003_backfill',
        M.email,
        M.index
      ])
      expect(r.applied).toEqual([...ALL, '1700000000003_backfill'])
      expect(r.run.summary).toContain('INC-42')
      const plan = r.evidence.find(e => e.event === 'plan')?.data as {waiver: {id: string}}
      expect(plan.waiver.id).toBe('INC-42')
    })

    it('a waiver naming other migrations does not cover this one', async () => {
      const w = await world(release)
      const waiver = 'id: INC-42\nreason: r\napprover: "@lead"\nmigrations: [something_else]'
      const r = await migrateDown(w, {waiver})
      expect(r.run.outputs.status).toBe('forward-fix-required')
      expect(r.applied).toHaveLength(5)
    })

    it('a SQL migration without a down section is irreversible', async () => {
      const w = await world({
        'migrations/1700000000003_seed.sql': npm.sql("INSERT INTO users (name) VALUES ('x');")
      })
      const r = await migrateDown(w, {'allow-data-loss': 'true'})
      expect(r.run.outputs.status).toBe('forward-fix-required')
      expect(errors(r.run)[0]).toContain('without a -- Down Migration section')
    })
  })

  describe('plan refusals (nothing touched)', () => {
    it('an applied migration with no file at from-ref', async () => {
      const w = await world()
      await w.db.sql(
        "INSERT INTO pgmigrations (name, run_on) VALUES ('1700000000009_ghost', now())"
      )
      const r = await migrateDown(w, {'allow-data-loss': 'true'})
      expect(r.run.exitCode).toBe(1)
      expect(errors(r.run)[0]).toContain('[missing-file]')
      expect(errors(r.run)[0]).toContain('1700000000009_ghost')
      expect(r.applied).toHaveLength(4)
    })

    it("the release's migrations are not the tail of the applied order", async () => {
      const w = await world()
      // An old migration (in v1.0.0) applied after the release's ones: out of order.
      await w.db.sql(
        `UPDATE pgmigrations SET run_on = now() + interval '1 hour' WHERE name = '${M.users}'`
      )
      const r = await migrateDown(w, {'allow-data-loss': 'true'})
      expect(errors(r.run)[0]).toContain('[tail]')
      expect(errors(r.run)[0]).toContain(M.users)
      expect(r.applied).toEqual([M.index, M.email, M.users])
    })

    it('a migration older than to-ref was modified after it', async () => {
      const w = await world()
      await w.repo.commit('edit old migration', {
        files: {
          [`migrations/${M.users}.js`]: npm.js(
            'CREATE TABLE users (id bigserial PRIMARY KEY, name text)',
            'DROP TABLE users'
          )
        }
      })
      const r = await migrateDown(w, {'allow-data-loss': 'true'})
      expect(errors(r.run)[0]).toContain('[modified]')
      expect(r.applied).toEqual(ALL)
    })

    it('the checked-out folder differs from from-ref', async () => {
      const w = await world()
      const r = await migrateDown(w, {
        'allow-data-loss': 'true',
        'from-ref': 'v1.0.0',
        'to-ref': 'v1.0.0'
      })
      expect(errors(r.run)[0]).toContain('[work-tree]')
      expect(r.applied).toEqual(ALL)
    })
  })

  it('a down that fails halfway: the summary says, read back, what is and is not reverted', async () => {
    const w = await world({
      'migrations/1700000000003_broken.js': npm.js('CREATE TABLE t3 (id int)', 'DROP TABLE t3'),
      'migrations/1700000000004_t4.js': npm.js('CREATE TABLE t4 (id int)', 'DROP TABLE t4')
    })
    await w.db.sql('DROP TABLE t3') // the down of _broken now fails
    const r = await migrateDown(w, {'allow-data-loss': 'true'})
    expect(r.run.exitCode).toBe(1)
    expect(r.run.outputs.status).toBe('failed')
    expect(errors(r.run)).toHaveLength(1)
    // node-pg-migrate runs the downs in one transaction: everything rolled back.
    expect(r.applied).toHaveLength(5)
    expect(JSON.parse(r.run.outputs.reverted as string)).toEqual([])
    expect(r.run.summary).toContain('NOT reverted (still applied, read back)')
    expect(errors(r.run)[0]).toContain('still applied [1700000000004_t4, 1700000000003_broken')
  })

  it('connection refused: one clear error, the URL not shown', async () => {
    const w = await world()
    const url = w.db.url
    await w.db.close()
    const r = await migrateDown({...w, db: {...w.db, url, sql: async () => []}}, {})
    expect(r.run.exitCode).toBe(1)
    expect(errors(r.run)).toHaveLength(1)
    expect(errors(r.run)[0]).toMatch(/ECONNREFUSED|connect/)
  })

  it('backup against a server newer than pg_dump fails naming both versions, before any change', async () => {
    const w = await world()
    const r = await migrateDown(w, {'allow-data-loss': 'true', backup: 'true'})
    expect(r.run.exitCode).toBe(1)
    expect(errors(r.run)[0]).toMatch(
      /pg_dump 1[0-7][.\d]* is older than the database server \(PostgreSQL 18/
    )
    expect(r.applied).toEqual(ALL)
  })
})
