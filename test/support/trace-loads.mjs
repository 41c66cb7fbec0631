// Preloaded with NODE_OPTIONS=--import=<this file>: appends the URL of every module the process
// loads to the file named by RK_TRACE_LOADS, one per line, to see what a path really loads.
import {appendFileSync} from 'node:fs'
import {registerHooks} from 'node:module'

const out = process.env.RK_TRACE_LOADS
if (out) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(out, `${url}\n`)
      return nextLoad(url, context)
    }
  })
}
