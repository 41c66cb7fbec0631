import {createHash, randomBytes} from 'node:crypto'
import {sha256Hex} from '../../../src/lib/sha256.js'

const reference = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

describe('sha256Hex (the evidence chain hash)', () => {
  it('gives the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
  })

  it('matches node:crypto for text (hashed as UTF-8) and bytes of every length around a block', () => {
    const texts = ['é', '🙂 rollback', 'a\nb\r\n', '\u0000', 'x'.repeat(1 << 20)]
    for (let n = 0; n <= 130; n++) texts.push('r'.repeat(n))
    for (const text of texts) expect(sha256Hex(text)).toBe(reference(text))
    for (const n of [0, 1, 55, 56, 63, 64, 65, 1000, 65_537]) {
      const bytes = randomBytes(n)
      expect(sha256Hex(bytes)).toBe(reference(bytes))
    }
  })

  it('keeps a lone surrogate as U+FFFD, the way Buffer and node:crypto encode it', () => {
    expect(sha256Hex('\ud800x')).toBe(reference('\ud800x'))
  })
})
