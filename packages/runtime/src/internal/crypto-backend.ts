/** The platform-specific half of the verifier: decoding, key import, RS256, hashing. */
import type { RsaPublicJwk } from '../jwt/jwks-document.js'

/** An imported RSA verification key and its modulus length in bytes. */
export interface ImportedRsaKey<K> {
  readonly key: K
  /** Modulus length in octets: an RS256 signature has exactly this many. */
  readonly modulusBytes: number
}

/** One implementation of the cryptographic primitives (node:crypto, or WebCrypto through jose). */
export interface CryptoBackend<K> {
  readonly name: 'node' | 'webcrypto'
  /**
   * Memory of at least `bytes` bytes for decoding one token. The Node backend hands out the same
   * scratch memory to every call (each use is synchronous from first write to last read); the
   * WebCrypto backend, whose verification may read its input later, fresh memory each time.
   */
  scratch(bytes: number): Uint8Array
  /**
   * The UTF-8 text of `bytes[start, end)` (a byte-order mark is kept).
   * @throws {JwtParseError} `utf8` when the bytes are not UTF-8.
   */
  text(bytes: Uint8Array, start: number, end: number, which: 'header' | 'payload'): string
  /** Imports a checked RSA public JWK; may throw or reject when the platform refuses the key. */
  importRsaKey(jwk: RsaPublicJwk): ImportedRsaKey<K> | Promise<ImportedRsaKey<K>>
  /** RSASSA-PKCS1-v1_5 with SHA-256 over the signing input bytes. */
  verifyRs256(key: ImportedRsaKey<K>, signingInput: Uint8Array, signature: Uint8Array): boolean | Promise<boolean>
  /** A cache key: the SHA-256 of the token string, encoded as text. */
  tokenHash(token: string): string | Promise<string>
}
