import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeBase64urlBytes, decodeBase64urlInto, decodedLength } from '../../src/internal/base64url.js'

const decode = (text: string, start = 0, end = text.length): Buffer | undefined => {
  const out = new Uint8Array(decodedLength(end - start) + 2)
  const n = decodeBase64urlInto(text, start, end, out, 2)
  return n === -1 ? undefined : Buffer.from(out.subarray(2, 2 + n))
}

describe('decodeBase64urlInto', () => {
  it('decodes every length of random bytes, at an offset and from inside a longer string', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = randomBytes(length)
      const text = bytes.toString('base64url')
      expect(decode(text)).toEqual(bytes)
      expect(decode(`ab.${text}.cd`, 3, 3 + text.length)).toEqual(bytes)
    }
  })

  it('refuses a lone last character, spare bits, padding, the standard alphabet and whitespace', () => {
    expect(decode('A')).toBeUndefined()
    expect(decode('AAAAA')).toBeUndefined()
    expect(decode('AB')).toBeUndefined() // 'B' sets a spare bit (only A, Q, g, w end 2 characters)
    expect(decode('AAB')).toBeUndefined() // 'B' sets a spare bit (3 characters end in A, E, I, ...)
    expect(decode('AQ')).toEqual(Buffer.from([1]))
    expect(decode('AAE')).toEqual(Buffer.from([0, 1]))
    for (const text of ['AA==', 'AAA=', '+AAA', '/AAA', 'AA+A', 'AAA/', 'AA A', 'AAAA\n', 'AA.A', 'AA\u0000A']) {
      expect(decode(text)).toBeUndefined()
    }
  })

  it('refuses every character beyond ASCII, including those whose low byte is in the alphabet', () => {
    for (const c of ['\u0141', '\u0144', '\u0100', '\u00c1', '\u0080', '\ud800', '\uff21']) {
      for (let at = 0; at < 4; at++) {
        const text = `${'AAAA'.slice(0, at)}${c}${'AAAA'.slice(at + 1)}`
        expect(decode(text)).toBeUndefined()
        expect(decode(`${text}AA`)).toBeUndefined()
        expect(decode(`AAAA${c}A`)).toBeUndefined()
        expect(decode(`AAAAA${c}A`)).toBeUndefined()
      }
    }
  })
})

/** Decodes `text[start, end)` with the byte decoder, in place after the text's UTF-8 bytes as the verifier does. */
const decodeBytes = (text: string, start = 0, end = text.length): Buffer | undefined => {
  const src = new TextEncoder().encode(text)
  const memory = new Uint8Array(src.length * 2 + 4)
  memory.set(src)
  // Offsets are in bytes; every test string below is ASCII before `start`.
  const to = src.length + 1
  const n = decodeBase64urlBytes(memory, start, end + (src.length - text.length), memory, to)
  return n === -1 ? undefined : Buffer.from(memory.subarray(to, to + n))
}

describe('decodeBase64urlBytes', () => {
  it('decodes every length of random bytes, from inside a longer token, into the same memory', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = randomBytes(length)
      const text = bytes.toString('base64url')
      expect(decodeBytes(text)).toEqual(bytes)
      expect(decodeBytes(`ab.${text}.cd`, 3, 3 + text.length)).toEqual(bytes)
    }
  })

  it('refuses what the string decoder refuses', () => {
    const refused = [
      'A',
      'AAAAA',
      'AB',
      'AAB',
      'AA==',
      'AAA=',
      '+AAA',
      '/AAA',
      'AA+A',
      'AAA/',
      'AA A',
      'AAAA\n',
      'AA.A',
    ]
    for (const text of [...refused, 'AA\u0000A']) {
      expect(decodeBytes(text)).toBeUndefined()
      expect(decode(text)).toBeUndefined()
    }
    expect(decodeBytes('AQ')).toEqual(Buffer.from([1]))
    expect(decodeBytes('AAE')).toEqual(Buffer.from([0, 1]))
  })

  it('refuses every byte from 128 up, so the UTF-8 of any non-ASCII character', () => {
    for (let byte = 128; byte < 256; byte++) {
      for (const at of [0, 1, 2, 3, 4, 5]) {
        const src = new Uint8Array([65, 65, 65, 65, 65, 65])
        src[at] = byte
        expect(decodeBase64urlBytes(src, 0, 6, new Uint8Array(8), 0)).toBe(-1)
      }
    }
    for (const c of ['\u0141', '\u00c1', '\ud800', '\uff21']) expect(decodeBytes(`AAAA${c}A`)).toBeUndefined()
  })
})
