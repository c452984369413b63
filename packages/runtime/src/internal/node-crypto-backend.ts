/**
 * node:crypto backend: synchronous `crypto.verify` with a `KeyObject` imported once per key, so a
 * verification never leaves the JavaScript thread. A token seen for the first time is decoded into
 * scratch memory shared by every call (each use is synchronous from write to last read), so that
 * verifying it allocates no buffers: fresh buffers cost more than the decoding itself.
 */
import { Buffer, isAscii, isUtf8 } from 'node:buffer'
import { createHash, createPublicKey, type KeyObject, hash as oneShotHash, verify } from 'node:crypto'
import { JwtParseError } from '../errors.js'
import type { RsaPublicJwk } from '../jwt/jwks-document.js'
import type { CryptoBackend, ImportedRsaKey } from './crypto-backend.js'

const sha256Base64: (data: string) => string =
  typeof oneShotHash === 'function'
    ? (data) => oneShotHash('sha256', data, 'base64')
    : (data) => createHash('sha256').update(data).digest('base64')

/** Scratch memory; grows to the largest token seen (at most `maxTokenLength` bytes are needed). */
let scratch = Buffer.allocUnsafeSlow(8192)

/** The node:crypto backend. */
export const nodeCryptoBackend: CryptoBackend<KeyObject> = Object.freeze({
  name: 'node' as const,

  scratch(bytes: number): Uint8Array {
    if (scratch.length < bytes) scratch = Buffer.allocUnsafeSlow(Math.max(bytes, scratch.length * 2))
    return scratch
  },

  text(bytes: Uint8Array, start: number, end: number, which: 'header' | 'payload'): string {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const view = buffer.subarray(start, end)
    // ASCII, the usual case, decodes the same as Latin-1, which is faster.
    if (isAscii(view)) return buffer.toString('latin1', start, end)
    if (!isUtf8(view)) throw new JwtParseError('utf8', `JWT ${which} is not valid UTF-8`, which)
    return buffer.toString('utf8', start, end)
  },

  importRsaKey(jwk: RsaPublicJwk): ImportedRsaKey<KeyObject> {
    const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' })
    const bits = key.asymmetricKeyDetails?.modulusLength
    if (key.asymmetricKeyType !== 'rsa' || bits === undefined || bits < 2048) {
      throw new Error(`not an RSA key of at least 2048 bits (${String(bits)})`)
    }
    return Object.freeze({ key, modulusBytes: Math.ceil(bits / 8) })
  },

  verifyRs256(imported: ImportedRsaKey<KeyObject>, signingInput: Uint8Array, signature: Uint8Array): boolean {
    // RFC 8017 §8.2.2 step 1: the signature has exactly as many octets as the modulus.
    if (signature.length !== imported.modulusBytes) return false
    return verify('sha256', signingInput, imported.key, signature)
  },

  tokenHash: sha256Base64,
})
