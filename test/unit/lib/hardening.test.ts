import {afterEach, beforeEach, describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import {mkdtemp, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {closest} from '../../../src/cli/args.js'
import {globMatcher} from '../../../src/identify-lkg-tag/tag-pattern.js'
import {EvidenceWriter, verifyChain} from '../../../src/lib/evidence.js'
import {redactCredentials} from '../../../src/lib/redact.js'
import {duplicateKey} from '../../../src/lib/strict-json.js'
import {code, codeBlock} from '../../../src/lib/summary.js'

describe('redactCredentials', () => {
  it.each([
    ['Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.abc', 'Authorization: Bearer ***'],
    ['basic auth: Basic dXNlcjpwYXNzd29yZA==', 'basic auth: Basic ***'],
    [
      'pull https://ci:hunter22@registry.example.com/chart',
      'pull https://ci:***@registry.example.com/chart'
    ],
    ['token ghp_0123456789abcdefghijABCDEFGHIJ used', 'token *** used'],
    ['password=s3cr3t-value&x=1', 'password=***&x=1'],
    ['{"password": "s3cr3t-value"}', '{"password": "***"}'],
    ['nothing secret: release payments failed', 'nothing secret: release payments failed']
  ])('%s', (text, expected) => expect(redactCredentials(text)).toBe(expected))
})

describe('duplicateKey', () => {
  it('finds a member given twice at any depth, escapes decoded', () => {
    expect(duplicateKey('{"a":1,"b":{"c":1,"c":2}}')).toBe('c')
    expect(duplicateKey('{"a":1,"\\u0061":2}')).toBe('a')
    expect(duplicateKey('[{"a":1},{"a":2}]')).toBeUndefined()
    expect(duplicateKey('{"a":"{\\"a\\":1}","b":["a","a"]}')).toBeUndefined()
  })
})

describe('globMatcher', () => {
  // Reference: the regex the first version compiled (correct, but it backtracks).
  const reference = (glob: string) =>
    new RegExp(
      `^${glob
        .split('')
        .map(ch => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|\\/-]/g, '\\$&')))
        .join('')}$`
    )
  it('agrees with a regex on many random globs and names', () => {
    let seed = 7
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const pick = (alphabet: string, max: number) =>
      Array.from({length: random(max + 1)}, () => alphabet[random(alphabet.length)]).join('')
    for (let i = 0; i < 5000; i++) {
      const glob = pick('ab*?.', 7)
      const name = pick('ab.', 9)
      expect([glob, name, globMatcher(glob)(name)]).toEqual([
        glob,
        name,
        reference(glob).test(name)
      ])
    }
  })
})

describe('markdown', () => {
  it('a code span outlasts backticks inside it', () => {
    expect(code('a`b')).toBe('`` a`b ``')
    expect(code('plain')).toBe('`plain`')
  })
  it('a code block outlasts fences inside it', () => {
    expect(codeBlock('x\n```\n# y')).toBe('````\nx\n```\n# y\n````')
  })
})

describe('closest', () => {
  it('names the input a typo meant, and nothing for a wild guess', () => {
    const inputs = ['dry-run', 'release', 'namespace', 'environment']
    expect(closest('dryrun', inputs)).toBe('dry-run')
    expect(closest('enviroment', inputs)).toBe('environment')
    expect(closest('ns', inputs)).toBeUndefined()
  })
})

describe('evidence lock', () => {
  let dir: string
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'rk-lock-'))))
  afterEach(async () => rm(dir, {recursive: true, force: true}))

  it('breaks a lock left by a writer that died mid-append', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
    const lock = join(dir, 'rollback.jsonl.lock')
    await writeFile(lock, `${dead.stdout.toString()}\n`)
    const old = new Date(Date.now() - 5000)
    await utimes(lock, old, old)
    const writer = new EvidenceWriter({dir, chain: 'rollback', action: 't', lockTimeoutMs: 2000})
    await writer.append('after-crash', {})
    expect((await verifyChain(writer.file)).records).toBe(1)
    await expect(stat(lock)).rejects.toThrow()
  })

  it('waits for a live writer, then gives up naming the lock', async () => {
    await writeFile(join(dir, 'rollback.jsonl.lock'), `${process.pid}\n`)
    const writer = new EvidenceWriter({dir, chain: 'rollback', action: 't', lockTimeoutMs: 300})
    await expect(writer.append('x', {})).rejects.toThrow(
      /Input 'evidence-dir' .*another process has held rollback\.jsonl\.lock/
    )
    await expect(readFile(writer.file)).rejects.toThrow()
  })
})
