#!/usr/bin/env node
// The break-glass command: the committed bundle, so a clone works without npm install.
// The bundles take Node's modules from process.getBuiltinModule (Node 20.16, 22.3 and later).
if (typeof process.getBuiltinModule !== 'function') {
  process.stderr.write(
    `error: rollback-kit needs Node.js 20.16 or later (22.3 or later on 22); this is ${process.version}\n`
  )
  process.exit(1)
}
await import('../dist/cli/index.js')
