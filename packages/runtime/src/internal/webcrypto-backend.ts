/**
 * WebCrypto backend through jose, for browsers, workers, Deno, Bun and edge runtimes: jose imports
 * and checks the JWK; `crypto.subtle` verifies.
 */
import { base64url, type CryptoKey, importJWK } from 'jose'
import { JwtParseError } from '../errors.js'
import type { RsaPublicJwk } from '../jwt/jwks-document.js'
import { decodeBase64urlInto, decodedLength, isCanonicalBase64url } from './base64url.js'
import type { CryptoBackend, ImportedRsaKey } from './crypto-backend.js'

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5' } as const
const encoder = new TextEncoder()
// ignoreBOM: keep a byte-order mark (as Node's decoder does) so that JSON.parse refuses it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

const notCanonicalSignature = () =>
  new JwtParseError('base64url', 'JWT signature is not canonical base64url', 'signature')

/** The bytes of a canonical, non-empty signature segment: `token` from `start` on. */
function decodeSignature(token: string, start: number): Uint8Array {
  const bytes = new Uint8Array(decodedLength(token.length - start))
  if (decodeBase64urlInto(token, start, token.length, bytes, 0) <= 0) throw notCanonicalSignature()
  return bytes
}

/** The WebCrypto backend. */
export const webCryptoBackend: CryptoBackend<CryptoKey> = Object.freeze({
  name: 'webcrypto' as const,

  decodeText(token: string, start: number, end: number, which: 'header' | 'payload'): string {
    const bytes = new Uint8Array(decodedLength(end - start))
    if (decodeBase64urlInto(token, start, end, bytes, 0) === -1)
      throw new JwtParseError('base64url', `JWT ${which} is not canonical base64url`, which)
    try {
      return utf8.decode(bytes)
    } catch {
      throw new JwtParseError('utf8', `JWT ${which} is not valid UTF-8`, which)
    }
  },

  decodeSignature(segment: string): Uint8Array {
    return decodeSignature(segment, 0)
  },

  checkSignature(token: string, start: number): void {
    if (start === token.length || !isCanonicalBase64url(token.slice(start))) throw notCanonicalSignature()
  },

  async importRsaKey(jwk: RsaPublicJwk): Promise<ImportedRsaKey<CryptoKey>> {
    const key = await importJWK({ kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RS256', ext: false }, 'RS256')
    if (key instanceof Uint8Array) throw new Error('jose did not return a CryptoKey')
    const bits = (key.algorithm as { modulusLength?: number }).modulusLength ?? 0
    return Object.freeze({ key, modulusBytes: Math.ceil(bits / 8) })
  },

  signingInputBytes(signingInput: string): Uint8Array {
    return encoder.encode(signingInput)
  },

  async verifyRs256(
    imported: ImportedRsaKey<CryptoKey>,
    signingInput: Uint8Array,
    signature: Uint8Array,
  ): Promise<boolean> {
    if (signature.length !== imported.modulusBytes) return false
    return crypto.subtle.verify(ALGORITHM, imported.key, signature, signingInput)
  },

  async verifyTokenRs256(imported: ImportedRsaKey<CryptoKey>, token: string, dot: number): Promise<boolean> {
    const signature = decodeSignature(token, dot + 1)
    if (signature.length !== imported.modulusBytes) return false
    return crypto.subtle.verify(ALGORITHM, imported.key, signature, encoder.encode(token.slice(0, dot)))
  },

  async tokenHash(token: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', encoder.encode(token))
    return base64url.encode(new Uint8Array(digest))
  },
})
