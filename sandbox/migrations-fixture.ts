// A user's repository with migrations in git and tags per release, the project's real
// migration tools linked in as `npm ci` would install them.
import {execFile} from 'node:child_process'
import {symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {createRepo, type GitFixture} from './git-fixture.js'
import {ROOT} from './runner.js'

export interface MigrationRepo extends GitFixture {
  /** Runs the project's node-pg-migrate (or another bin) in the repo with DATABASE_URL set. */
  tool(bin: string, args: string[], url: string): Promise<{code: number; output: string}>
}

/** A repo with package.json depending on `deps`, node_modules linked to this project's. */
export async function createMigrationRepo(deps: Record<string, string>): Promise<MigrationRepo> {
  const repo = await createRepo()
  await writeFile(join(repo.dir, '.gitignore'), 'node_modules\n')
  await symlink(join(ROOT, 'node_modules'), join(repo.dir, 'node_modules'), 'dir')
  await repo.commit('project', {
    files: {
      'package.json': JSON.stringify(
        {name: 'payments-api', type: 'module', private: true, devDependencies: deps},
        null,
        2
      ),
      '.gitignore': 'node_modules\n'
    }
  })
  return {
    ...repo,
    tool: (bin, args, url) =>
      new Promise(resolve => {
        execFile(
          join(repo.dir, 'node_modules', '.bin', bin),
          args,
          {cwd: repo.dir, env: {...process.env, DATABASE_URL: url}},
          (error, stdout, stderr) =>
            resolve({
              code: error ? Number((error as {code?: number}).code ?? 1) : 0,
              output: `${stdout}${stderr}`
            })
        )
      })
  }
}

/** node-pg-migrate migrations, as users write them. */
export const npm = {
  js: (up: string, down: string | false) =>
    `export const up = pgm => { pgm.sql(${JSON.stringify(up)}) }\n` +
    (down === false
      ? 'export const down = false\n'
      : `export const down = pgm => { pgm.sql(${JSON.stringify(down)}) }\n`),
  sql: (up: string, down?: string) =>
    `-- Up Migration\n${up}\n` + (down === undefined ? '' : `-- Down Migration\n${down}\n`)
}

/** knex migrations (ESM) and a knexfile that reads DATABASE_URL, one connection at a time. */
export const knexFiles = {
  knexfile:
    "export default {client: 'pg', connection: process.env.DATABASE_URL, pool: {min: 0, max: 1}}\n",
  migration: (up: string, down: string | 'throws' | 'none') =>
    `export async function up(knex) {\n  await knex.raw(${JSON.stringify(up)})\n}\n` +
    (down === 'none'
      ? ''
      : down === 'throws'
        ? "export async function down() {\n  throw new Error('irreversible: restore from backup')\n}\n"
        : `export async function down(knex) {\n  await knex.raw(${JSON.stringify(down)})\n}\n`)
}

/** A dbmate migration; `down` undefined leaves the section empty. */
export const dbmateFile = (up: string, down?: string) =>
  `-- migrate:up\n${up}\n\n-- migrate:down\n${down ?? ''}\n`
