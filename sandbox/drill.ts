// npm run drill [-- --scenario manual|auto|failed] [--keep <dir>]: see drill-run.ts.
import {main} from './drill-run.js'

process.exitCode = await main(process.argv.slice(2))
