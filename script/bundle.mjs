// Bundles every action (src/<name>/index.ts, all but lib) with ncc into dist/<name>/.
// Usage: node script/bundle.mjs [name ...]
import {execFile} from 'node:child_process'
import {copyFileSync, existsSync, readdirSync, rmSync} from 'node:fs'
import {basename, join} from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)
const all = readdirSync('src', {withFileTypes: true})
  .filter(d => d.isDirectory() && d.name !== 'lib' && existsSync(join('src', d.name, 'index.ts')))
  .map(d => d.name)
  .sort()
const wanted = process.argv.slice(2)
const unknown = wanted.filter(name => !all.includes(name))
if (unknown.length) {
  console.error(`No src/<name>/index.ts for: ${unknown.join(', ')}. Known: ${all.join(', ')}`)
  process.exit(1)
}
const names = wanted.length ? wanted : all
// Files an action loads at run time that ncc does not follow (WASM located beside the chunk).
const PG_PARSER = 'node_modules/libpg-query/wasm/libpg-query.wasm'
const ASSETS = {'migrate-down': [PG_PARSER], cli: [PG_PARSER]}

async function bundle(name) {
  const out = join('dist', name)
  rmSync(out, {recursive: true, force: true})
  const ncc = join('node_modules', '.bin', 'ncc')
  await run(ncc, [
    'build',
    join('src', name, 'index.ts'),
    '-o',
    out,
    '--license',
    'licenses.txt',
    '--quiet',
    '--target',
    'es2022'
  ])
  for (const asset of ASSETS[name] ?? []) copyFileSync(asset, join(out, basename(asset)))
  console.log(`bundled dist/${name}`)
}

// Two at a time: the machines have two cores and ncc is CPU-bound.
const queue = [...names]
await Promise.all(
  [0, 1].map(async () => {
    for (let name = queue.shift(); name; name = queue.shift()) await bundle(name)
  })
)
