// Preloaded with NODE_OPTIONS=--import=<this file>: appends to the file named by RK_TRACE_LOADS,
// one per line, the URL of every module file the process loads and, when it exits, `node:<name>`
// for every one of Node's own modules it loaded after start-up (the bundles take those from
// process.getBuiltinModule, which no load hook sees), to see what a path really loads.
import {appendFileSync} from 'node:fs'
import {registerHooks} from 'node:module'

const out = process.env.RK_TRACE_LOADS
if (out) {
  const atStart = new Set(process.moduleLoadList)
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(out, `${url}\n`)
      return nextLoad(url, context)
    }
  })
  process.on('exit', () => {
    const builtins = process.moduleLoadList
      .filter(entry => !atStart.has(entry) && entry.startsWith('NativeModule '))
      .map(entry => `node:${entry.slice('NativeModule '.length)}\n`)
    appendFileSync(out, builtins.join(''))
  })
}
