/**
 * node:crypto backend: synchronous `crypto.verify` with a `KeyObject` imported once per key, so a
 * verification never leaves the JavaScript thread.
 */
import { Buffer, isUtf8 } from 'node:buffer'
import { createHash, createPublicKey, type KeyObject, hash as oneShotHash, verify } from 'node:crypto'
import { JwtParseError } from '../errors.js'
import type { RsaPublicJwk } from '../jwt/jwks-document.js'
import { sextet } from './base64url.js'
import type { CryptoBackend, ImportedRsaKey } from './crypto-backend.js'

const sha256Base64: (data: string) => string =
  typeof oneShotHash === 'function'
    ? (data) => oneShotHash('sha256', data, 'base64')
    : (data) => createHash('sha256').update(data).digest('base64')

/**
 * Decodes canonical unpadded base64url, or gives `undefined`. Node's decoder accepts both
 * alphabets, skips characters it does not know, stops at `=` and reads a two-byte character by its
 * low byte; so: only ASCII may reach it, no `+` or `/`, every character must have counted (the
 * byte count is exactly 3/4 of the length) and the spare bits of the last one must be zero.
 */
function decodeCanonical(segment: string): Buffer | undefined {
  const length = segment.length
  const rest = length % 4
  if (rest === 1 || Buffer.byteLength(segment, 'utf8') !== length) return undefined
  const bytes = Buffer.from(segment, 'base64url')
  if (bytes.length !== (length * 3) >>> 2) return undefined
  if (segment.indexOf('+') !== -1 || segment.indexOf('/') !== -1) return undefined
  if (rest !== 0 && (sextet(segment.charCodeAt(length - 1)) & (rest === 2 ? 0x0f : 0x03)) !== 0) return undefined
  return bytes
}

/** The node:crypto backend. */
export const nodeCryptoBackend: CryptoBackend<KeyObject> = Object.freeze({
  name: 'node' as const,

  decodeText(segment: string, which: 'header' | 'payload'): string {
    const bytes = decodeCanonical(segment)
    if (bytes === undefined) throw new JwtParseError('base64url', `JWT ${which} is not canonical base64url`, which)
    if (!isUtf8(bytes)) throw new JwtParseError('utf8', `JWT ${which} is not valid UTF-8`, which)
    return bytes.toString('utf8')
  },

  decodeSignature(segment: string): Uint8Array {
    const bytes = decodeCanonical(segment)
    if (bytes === undefined || bytes.length === 0) {
      throw new JwtParseError('base64url', 'JWT signature is not canonical base64url', 'signature')
    }
    return bytes
  },

  importRsaKey(jwk: RsaPublicJwk): ImportedRsaKey<KeyObject> {
    const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' })
    const bits = key.asymmetricKeyDetails?.modulusLength
    if (key.asymmetricKeyType !== 'rsa' || bits === undefined || bits < 2048) {
      throw new Error(`not an RSA key of at least 2048 bits (${String(bits)})`)
    }
    return Object.freeze({ key, modulusBytes: Math.ceil(bits / 8) })
  },

  signingInputBytes(signingInput: string): Uint8Array {
    return Buffer.from(signingInput, 'latin1')
  },

  verifyRs256(imported: ImportedRsaKey<KeyObject>, signingInput: Uint8Array, signature: Uint8Array): boolean {
    // RFC 8017 §8.2.2 step 1: the signature has exactly as many octets as the modulus.
    if (signature.length !== imported.modulusBytes) return false
    return verify('sha256', signingInput, imported.key, signature)
  },

  tokenHash: sha256Base64,
})
