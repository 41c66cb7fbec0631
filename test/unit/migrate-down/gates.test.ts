import {beforeAll, describe, expect, it} from '@jest/globals'
import {classify, findDataLoss} from '../../../src/migrate-down/data-loss.js'
import {parseDryRun, nodePgMigrate} from '../../../src/migrate-down/tools/node-pg-migrate.js'
import {loadWaiverParser, parseWaiver, waives} from '../../../src/migrate-down/waiver.js'

const problem = (message: string): never => {
  throw new Error(message)
}

describe('data-loss gate (libpg-query)', () => {
  it('flags drops, truncates, unfiltered DML, type changes and opaque code; passes the rest', async () => {
    const sql = `
      DROP TABLE users; ALTER TABLE a DROP COLUMN b; ALTER TABLE a ALTER COLUMN c TYPE int;
      TRUNCATE x; DELETE FROM t; UPDATE t SET a = 1; DO $$ BEGIN END $$; DROP SCHEMA s CASCADE;
      DELETE FROM t WHERE id = 1; UPDATE t SET a = 1 WHERE id = 2; DROP INDEX i;
      CREATE TABLE z (a int); ALTER TABLE a ADD COLUMN d int; DROP TYPE mood CASCADE`
    const findings = await findDataLoss([{migration: 'm', sql}])
    expect(findings.map(f => f.statement)).toEqual([
      'DROP TABLE users',
      'ALTER TABLE a DROP COLUMN b',
      'ALTER TABLE a ALTER COLUMN c TYPE int',
      'TRUNCATE x',
      'DELETE FROM t',
      'UPDATE t SET a = 1',
      'DO $$ BEGIN END $$',
      'DROP SCHEMA s CASCADE',
      'DROP TYPE mood CASCADE'
    ])
  })

  it('treats unparsable SQL and unknown JS as findings', async () => {
    const findings = await findDataLoss([
      {migration: 'bad', sql: 'DROP TABLEX users'},
      {migration: 'js', unknownWhy: 'JavaScript'}
    ])
    expect(findings.map(f => [f.migration, f.why.slice(0, 30)])).toEqual([
      ['bad', 'the PostgreSQL parser cannot r'],
      ['js', 'JavaScript']
    ])
  })

  it('is not fooled by keywords inside strings or comments', async () => {
    const findings = await findDataLoss([
      {
        migration: 'm',
        sql: "-- DROP TABLE users\nINSERT INTO log VALUES ('DROP TABLE users; TRUNCATE x')"
      }
    ])
    expect(findings).toEqual([])
  })

  it('classifies an empty statement as safe', () => {
    expect(classify({})).toEqual([])
  })
})

describe('node-pg-migrate reversibility and dry run', () => {
  const assess = (path: string, text: string) => nodePgMigrate.assess('m', new Map([[path, text]]))

  it('reads down = false and SQL without (or with an empty) down section as irreversible', () => {
    expect(assess('m.js', 'exports.up = () => {}\nexports.down = false').reversible).toBe(false)
    expect(assess('m.mjs', 'export const down = false').reversible).toBe(false)
    expect(assess('m.sql', '-- Up Migration\nCREATE TABLE a (id int);').reversible).toBe(false)
    expect(
      assess('m.sql', '-- Up Migration\nSELECT 1;\n-- Down Migration\n-- nothing\n').reversible
    ).toBe(false)
    const ok = assess(
      'm.sql',
      '-- Up Migration\nCREATE TABLE a (id int);\n-- Down Migration\nDROP TABLE a;\n'
    )
    expect(ok).toMatchObject({reversible: true, down: {sql: 'DROP TABLE a;\n'}})
    expect(assess('m.js', 'export const down = pgm => pgm.dropTable("a")').down.sql).toBeUndefined()
  })

  it('parses the dry-run list and SQL blocks', () => {
    const dry = parseDryRun(
      [
        '> Migrating files:',
        '> - 2_b',
        '> - 1_a',
        '### MIGRATION 2_b (DOWN) ###',
        'DROP TABLE b;',
        'DELETE FROM "public"."pgmigrations" WHERE name=\'2_b\';',
        '### MIGRATION 1_a (DOWN) ###',
        'DROP INDEX a;',
        'Migrations complete!'
      ].join('\n')
    )
    expect(dry.names).toEqual(['2_b', '1_a'])
    expect(dry.sql.get('2_b')).toContain('DROP TABLE b;')
    expect(dry.sql.get('1_a')?.trim()).toBe('DROP INDEX a;')
  })

  it('names migrations as the tool does, skipping other files', () => {
    expect(nodePgMigrate.nameOf('1700_users.js')).toBe('1700_users')
    expect(nodePgMigrate.nameOf('1700_users.sql')).toBe('1700_users')
    expect(nodePgMigrate.nameOf('README.md')).toBeUndefined()
    expect(nodePgMigrate.nameOf('.eslintrc.js')).toBeUndefined()
    expect(nodePgMigrate.nameOf('sub/1_a.js')).toBeUndefined()
  })
})

describe('waiver', () => {
  // The YAML parser loads on demand (start-up); migrate-down loads it before reading inputs.
  beforeAll(loadWaiverParser)

  it('parses YAML and JSON with id, reason, approver and optional migrations', () => {
    expect(parseWaiver('id: INC-1\nreason: r\napprover: "@a"', problem)).toEqual({
      id: 'INC-1',
      reason: 'r',
      approver: '@a'
    })
    const w = parseWaiver('{"id":"I","reason":"r","approver":"a","migrations":["m1"]}', problem)
    expect(waives(w, 'm1')).toBe(true)
    expect(waives(w, 'm2')).toBe(false)
    expect(waives(undefined, 'm1')).toBe(false)
  })

  it.each([
    ['a list', '- a'],
    ['missing approver', 'id: a\nreason: b'],
    ['unknown field', 'id: a\nreason: b\napprover: c\nextra: 1'],
    ['bad YAML', 'id: [unclosed'],
    ['multi-line id', 'id: "a\\nb"\nreason: b\napprover: c'],
    ['empty migrations', 'id: a\nreason: b\napprover: c\nmigrations: []'],
    ['huge', `id: ${'x'.repeat(30000)}`]
  ])('rejects %s', (_what, text) => {
    // The message comes from `problem`, not from a missing parser.
    expect(() => parseWaiver(text, problem)).toThrow(/expected|needs|must|unknown|too long/)
  })
})
