// One writer process for the multi-process evidence test: appends N records to a chain.
// Usage: node --import tsx append-evidence.mts <dir> <count> <label>
import {EvidenceWriter} from '../../src/lib/evidence.js'

const [dir, count, label] = process.argv.slice(2)
const writer = new EvidenceWriter({dir: dir as string, chain: 'rollback', action: label as string})
for (let i = 0; i < Number(count); i++) await writer.append('step', {label, i})
