// script/stubs/stdio.mjs stands in for process.stdout/process.stderr in every action bundle.
// It must never lose, repeat or reorder output, whatever the reader does.
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {NODE, ROOT} from '../../../sandbox/runner.js'

const STUB = pathToFileURL(join(ROOT, 'script', 'stubs', 'stdio.mjs')).href
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rk-stdio-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/**
 * Runs a script with the stub's writers, its stdout a real pipe (as the runner gives a step)
 * that is read only after `readAfterMs`. Node's own child pipes are sockets, which fill and
 * cut writes differently.
 */
async function run(body: string, readAfterMs = 0): Promise<string> {
  const file = join(dir, `s-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(file, `import {rkStdout, rkStderr} from '${STUB}'\n${body}\n`)
  const script = `{ "$0" "$1"; echo "exit $?" >&2; } | { sleep ${readAfterMs / 1000}; cat; }`
  const child = spawn('sh', ['-c', script, NODE, file], {stdio: ['ignore', 'pipe', 'pipe']})
  const chunks: Buffer[] = []
  child.stdout.on('data', (c: Buffer) => chunks.push(c))
  let err = ''
  child.stderr.on('data', (c: Buffer) => (err += c.toString()))
  await new Promise(resolve => child.on('close', resolve))
  if (err.trim() !== 'exit 0') throw new Error(`script failed: ${err}`)
  return Buffer.concat(chunks).toString('utf8')
}

// Lines longer than PIPE_BUF (4 KiB), so a write to a full pipe can be cut part-way.
const lines = (n: number) =>
  `for (let i = 0; i < ${n}; i++) rkStdout.write(i + ' ' + 'x'.repeat(10000) + '\\n')`
const expected = (n: number) =>
  Array.from({length: n}, (_, i) => `${i} ${'x'.repeat(10000)}\n`).join('')

describe('the bundles’ stdout writer', () => {
  it('writes strings, encodings and bytes in order and calls the callback', async () => {
    const out = await run(`
      rkStdout.write('a\\n')
      rkStdout.write(Buffer.from('b\\n'))
      rkStdout.write('Yw==', 'base64')
      rkStdout.write('\\n', () => rkStdout.write('after callback\\n'))
      rkStdout.write('d\\n')`)
    expect(out).toBe('a\nb\nc\nd\nafter callback\n')
  })

  it('blocks for a slow reader on a blocking pipe and loses nothing', async () => {
    const out = await run(lines(300), 300)
    expect(out).toBe(expected(300))
  })

  it('moves to the real stream when the pipe is non-blocking and full: nothing lost, repeated or reordered', async () => {
    // Making the real stream sets O_NONBLOCK on the pipe, as Node does on Linux, so a full
    // pipe makes writeSync fail with EAGAIN part-way through a chunk.
    const out = await run(
      `rkStdout.write('first\\n'); process.stdout; ${lines(300)}; process.stdout.write('last\\n')`,
      300
    )
    expect(out).toBe(`first\n${expected(300)}last\n`)
  })

  it('hands everything but write to the real stream', async () => {
    const out = await run(
      `rkStdout.write(typeof rkStdout.on + ' ' + rkStdout.fd + ' ' + rkStderr.fd + '\\n')`
    )
    expect(out).toBe('function 1 2\n')
  })
})
