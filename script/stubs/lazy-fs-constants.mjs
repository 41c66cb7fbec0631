// fs.constants without importing node:fs as an ES module (which builds its whole facade).
import {createRequire} from 'node:module'

export const constants = createRequire(import.meta.url)('node:fs').constants
