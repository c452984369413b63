import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  decodeBase64url,
  decodeBase64urlBytes,
  decodedLength,
  encodeBase64url,
  isCanonicalBase64url,
} from '../../src/internal/base64url.js'
import { assertJwksDocument, rsaVerificationKeyProblem } from '../../src/jwt/jwks-document.js'
import { rsaKey } from '../helpers/tokens.js'

/** The byte decoder the verifier uses, over the UTF-8 bytes of `text` (a token is copied so). */
const viaBytes = (text: string): Uint8Array | undefined => {
  const src = new TextEncoder().encode(text)
  const out = new Uint8Array(decodedLength(src.length))
  const n = decodeBase64urlBytes(src, 0, src.length, out, 0)
  return n === -1 ? undefined : out.subarray(0, n)
}

describe('canonical base64url decoding', () => {
  it('round-trips random bytes and refuses every other spelling, in every decoder', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (let length = 1; length < 40; length++) {
      const bytes = randomBytes(length)
      const canonical = bytes.toString('base64url')
      expect(Buffer.from(decodeBase64url(canonical) as Uint8Array)).toEqual(bytes)
      expect(encodeBase64url(bytes)).toBe(canonical)
      expect(isCanonicalBase64url(canonical)).toBe(true)
      expect(Buffer.from(viaBytes(canonical) as Uint8Array)).toEqual(bytes)
      // Every other last character that decodes to the same bytes must be refused.
      const last = canonical.at(-1) as string
      for (const c of alphabet) {
        if (c === last) continue
        const variant = canonical.slice(0, -1) + c
        const same = Buffer.from(variant, 'base64url').equals(bytes)
        if (!same) continue
        expect(decodeBase64url(variant)).toBeUndefined()
        expect(viaBytes(variant)).toBeUndefined()
      }
      // Look-alikes Node's decoder would read by their low byte (U+0144 → 0x44 'D'), NUL, a lone surrogate.
      for (const c of ['\u0144', '\u0141', '\u0100', '\u0000', '\ud800']) {
        const variant = canonical.slice(0, -1) + c
        expect(decodeBase64url(variant)).toBeUndefined()
        expect(viaBytes(variant)).toBeUndefined()
      }
      for (const variant of [
        `${canonical}=`,
        ` ${canonical}`,
        canonical.replace(/-/g, '+').replace(/_/g, '/') +
          (canonical.includes('-') || canonical.includes('_') ? '' : '+'),
      ]) {
        expect(decodeBase64url(variant)).toBeUndefined()
        expect(viaBytes(variant)).toBeUndefined()
      }
    }
  })
})

describe('JWKS documents', () => {
  it('checks the outer shape', () => {
    expect(() => assertJwksDocument({ keys: [] }, 'x')).not.toThrow()
    expect(() => assertJwksDocument([], 'x')).toThrow(/object/)
    expect(() => assertJwksDocument({ keys: {} }, 'x')).toThrow(/"keys" array/)
    expect(() => assertJwksDocument({ keys: [1] }, 'x')).toThrow(/keys\[0\] must be an object/)
    expect(() => assertJwksDocument({ keys: [{ kty: 1 }] }, 'x')).toThrow(/kty/)
    expect(() => assertJwksDocument({ keys: [{ kty: 'RSA', kid: 5 }] }, 'x')).toThrow(/kid/)
    expect(() => assertJwksDocument({ keys: Array.from({ length: 101 }, () => ({ kty: 'RSA' })) }, 'x')).toThrow(
      /101 keys/,
    )
  })

  it('accepts a Cognito-style RSA key and explains every refusal', () => {
    const { jwk } = rsaKey('k')
    expect(rsaVerificationKeyProblem(jwk)).toBeUndefined()
    const { use: _use, alg: _alg, ...bare } = jwk
    expect(rsaVerificationKeyProblem(bare as typeof jwk)).toBeUndefined()
    expect(rsaVerificationKeyProblem({ ...jwk, kty: 'EC' })).toMatch(/kty/)
    expect(rsaVerificationKeyProblem({ ...jwk, dq: 'AQAB' })).toMatch(/private member "dq"/)
    expect(rsaVerificationKeyProblem({ ...jwk, n: 'not base64!' })).toMatch(/base64url/)
    expect(rsaVerificationKeyProblem({ ...jwk, e: 'AQAB=' })).toMatch(/canonical/)
    expect(rsaVerificationKeyProblem({ ...jwk, e: 'AQAA' })).toMatch(/odd/)
    expect(rsaVerificationKeyProblem(rsaKey('small', 1024).jwk)).toMatch(/1024 bits/)
  })
})
