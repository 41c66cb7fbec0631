import {describe, expect, it} from '@jest/globals'
import {dbmate} from '../../../src/migrate-down/tools/dbmate.js'
import {downBody, knex} from '../../../src/migrate-down/tools/knex.js'
import {prisma} from '../../../src/migrate-down/tools/prisma.js'
import {createMasker} from '../../../src/migrate-down/mask.js'
import {pgEnv} from '../../../src/migrate-down/backup.js'
import {databaseUrl} from '../../../src/migrate-down/inputs.js'

const one = (path: string, text: string) => new Map([[path, text]])

describe('knex reversibility', () => {
  it.each([
    ['exports.down = function (knex) { return knex.schema.dropTable("a") }', true],
    ['export async function down(knex) {\n  await knex.raw("DROP TABLE a")\n}', true],
    ['export const down = knex => knex.schema.dropTable("a")', true],
    ['module.exports = { up() {}, down(knex) { return knex.raw("x") } }', true],
    ['export async function up() {}', false],
    ["export async function down() {\n  throw new Error('irreversible')\n}", false],
    ["exports.down = () => { throw new Error('no') }", false],
    ["exports.down = () => Promise.reject(new Error('no'))", false],
    ['export async function down() {}', false],
    [
      '// export async function down(knex) { await knex.raw("x") }\nexport async function up() {}',
      false
    ]
  ])('%s → reversible %s', (text, reversible) => {
    expect(knex.assess('m.js', one('m.js', text)).reversible).toBe(reversible)
  })

  it('reads nested braces in the down body', () => {
    expect(downBody('export function down(k) { if (a) { b() } return c }')).toBe(
      'if (a) { b() } return c'
    )
  })

  it('names migrations by file name with extension', () => {
    expect(knex.nameOf('20260101_a.js')).toBe('20260101_a.js')
    expect(knex.nameOf('types.d.ts')).toBeUndefined()
    expect(knex.nameOf('README.md')).toBeUndefined()
  })
})

describe('dbmate', () => {
  it('versions are the digits before the first underscore', () => {
    expect(dbmate.nameOf('20260101000000_users.sql')).toBe('20260101000000')
    expect(dbmate.nameOf('notes.sql')).toBeUndefined()
  })

  it('needs a non-empty migrate:down section and returns its SQL', () => {
    const ok = dbmate.assess(
      '1',
      one('1_a.sql', '-- migrate:up\nCREATE TABLE a();\n-- migrate:down\nDROP TABLE a;\n')
    )
    expect(ok).toMatchObject({reversible: true, down: {sql: '\nDROP TABLE a;\n'}})
    expect(dbmate.assess('1', one('1_a.sql', '-- migrate:up\nSELECT 1;\n')).reversible).toBe(false)
    expect(
      dbmate.assess('1', one('1_a.sql', '-- migrate:up\nSELECT 1;\n-- migrate:down\n-- nothing\n'))
        .reversible
    ).toBe(false)
    // Sections may come in either order.
    const first = dbmate.assess(
      '1',
      one('1_a.sql', '-- migrate:down\nDROP TABLE a;\n-- migrate:up\nCREATE TABLE a();\n')
    )
    expect(first.down.sql?.trim()).toBe('DROP TABLE a;')
  })
})

describe('prisma', () => {
  it('names a migration by its folder and is never reversible', () => {
    expect(prisma.nameOf('20260101_init/migration.sql')).toBe('20260101_init')
    expect(prisma.nameOf('migration_lock.toml')).toBeUndefined()
    expect(prisma.assess('x', new Map()).reversible).toBe(false)
  })
})

describe('secrets', () => {
  it('masks the URL and both forms of its password', () => {
    const {secrets} = databaseUrl(
      'postgres://app:p%40ss%2Fword@db.internal:5432/app?sslmode=require'
    )
    const mask = createMasker(secrets)
    expect(
      mask('failed for postgres://app:p%40ss%2Fword@db.internal:5432/app?sslmode=require')
    ).toBe('failed for ***')
    expect(mask('password p@ss/word rejected')).toBe('password *** rejected')
  })

  it('turns the URL into libpq variables (never argv)', () => {
    expect(pgEnv('postgres://app:p%40ss@db.internal:6543/orders?sslmode=require')).toEqual({
      PGHOST: 'db.internal',
      PGPORT: '6543',
      PGUSER: 'app',
      PGPASSWORD: 'p@ss',
      PGDATABASE: 'orders',
      PGSSLMODE: 'require'
    })
  })

  it('rejects a bad URL without showing it', () => {
    expect(() => databaseUrl('mysql://root:topsecret@h/db')).toThrow(/not shown: it is a secret/)
    expect(() => databaseUrl('mysql://root:topsecret@h/db')).not.toThrow(/topsecret/)
  })
})
