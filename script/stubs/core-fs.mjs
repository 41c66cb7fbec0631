// What @actions/core's summary module imports from node:fs (see script/bundle.mjs): it reads
// `fs.promises` when it loads, which would load fs/promises on every start; this hands it the
// lazy one instead.
import promises from './lazy-fs-promises.mjs'

export {constants} from 'node:fs'
export {promises}
