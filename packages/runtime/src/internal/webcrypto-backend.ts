/**
 * WebCrypto backend through jose, for browsers, workers, Deno, Bun and edge runtimes: jose imports
 * and checks the JWK; `crypto.subtle` verifies.
 */
import { base64url, type CryptoKey, importJWK } from 'jose'
import { JwtParseError } from '../errors.js'
import type { RsaPublicJwk } from '../jwt/jwks-document.js'
import type { CryptoBackend, ImportedRsaKey } from './crypto-backend.js'

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5' } as const
const encoder = new TextEncoder()
// ignoreBOM: keep a byte-order mark (as Node's decoder does) so that JSON.parse refuses it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The WebCrypto backend. */
export const webCryptoBackend: CryptoBackend<CryptoKey> = Object.freeze({
  name: 'webcrypto' as const,

  scratch(bytes: number): Uint8Array {
    // Fresh memory: the verification may read it after other calls have started.
    return new Uint8Array(bytes)
  },

  text(bytes: Uint8Array, start: number, end: number, which: 'header' | 'payload'): string {
    try {
      return utf8.decode(bytes.subarray(start, end))
    } catch {
      throw new JwtParseError('utf8', `JWT ${which} is not valid UTF-8`, which)
    }
  },

  async importRsaKey(jwk: RsaPublicJwk): Promise<ImportedRsaKey<CryptoKey>> {
    const key = await importJWK({ kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RS256', ext: false }, 'RS256')
    if (key instanceof Uint8Array) throw new Error('jose did not return a CryptoKey')
    const bits = (key.algorithm as { modulusLength?: number }).modulusLength ?? 0
    return Object.freeze({ key, modulusBytes: Math.ceil(bits / 8) })
  },

  async verifyRs256(
    imported: ImportedRsaKey<CryptoKey>,
    signingInput: Uint8Array,
    signature: Uint8Array,
  ): Promise<boolean> {
    if (signature.length !== imported.modulusBytes) return false
    return crypto.subtle.verify(ALGORITHM, imported.key, signature, signingInput)
  },

  async tokenHash(token: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', encoder.encode(token))
    return base64url.encode(new Uint8Array(digest))
  },
})
