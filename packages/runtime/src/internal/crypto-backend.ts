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
   * Decodes `token[start, end)`, a canonical unpadded base64url segment holding UTF-8 text (a
   * byte-order mark is kept).
   * @throws {JwtParseError} `base64url` when not canonical, `utf8` when the bytes are not UTF-8.
   */
  decodeText(token: string, start: number, end: number, which: 'header' | 'payload'): string
  /**
   * Decodes a canonical unpadded base64url signature segment into bytes of its own.
   * @throws {JwtParseError} `base64url`.
   */
  decodeSignature(segment: string): Uint8Array
  /**
   * Checks that the signature segment, `token` from `start` on, is canonical, non-empty base64url,
   * keeping nothing.
   * @throws {JwtParseError} `base64url`.
   */
  checkSignature(token: string, start: number): void
  /** Imports a checked RSA public JWK; may throw or reject when the platform refuses the key. */
  importRsaKey(jwk: RsaPublicJwk): ImportedRsaKey<K> | Promise<ImportedRsaKey<K>>
  /** The bytes of the ASCII signing input (`header.payload`), as `verifyRs256` wants them. */
  signingInputBytes(signingInput: string): Uint8Array
  /** RSASSA-PKCS1-v1_5 with SHA-256 over the signing input bytes. */
  verifyRs256(key: ImportedRsaKey<K>, signingInput: Uint8Array, signature: Uint8Array): boolean | Promise<boolean>
  /**
   * RS256 of a whole token whose header and payload segments were checked: the signing input is
   * `token[0, dot)`, the signature segment follows `dot`. Keeps no bytes (the Node backend decodes
   * into scratch memory and verifies in the same synchronous step).
   * @throws {JwtParseError} `base64url` when the signature segment is not canonical, non-empty
   * base64url (the WebCrypto backend rejects instead).
   */
  verifyTokenRs256(key: ImportedRsaKey<K>, token: string, dot: number): boolean | Promise<boolean>
  /** A cache key: the SHA-256 of the token string, encoded as text. */
  tokenHash(token: string): string | Promise<string>
}
