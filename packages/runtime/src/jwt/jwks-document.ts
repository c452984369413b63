/**
 * JWKS documents: their shape, and which keys in them may verify Cognito tokens.
 *
 * @module
 */
import { JwksValidationError } from '../errors.js'
import { decodeBase64url } from '../internal/base64url.js'

/** One JSON Web Key as published in a JWKS. */
export interface Jwk {
  /** Key type; only `RSA` keys verify Cognito tokens. */
  readonly kty: string
  /** Key id, matched against the token header's `kid`. */
  readonly kid?: string
  /** Intended use; must be absent or `sig`. */
  readonly use?: string
  /** Algorithm; must be absent or `RS256`. */
  readonly alg?: string
  /** Permitted operations; when present, must include `verify`. */
  readonly key_ops?: readonly string[]
  /** RSA modulus (base64url); at least 2048 bits. */
  readonly n?: string
  /** RSA public exponent (base64url); odd and at least 65537. */
  readonly e?: string
  /** Other members (`x5c`, ...) are ignored; private members make the key unusable. */
  readonly [member: string]: unknown
}

/** A JWKS document: `{ "keys": [...] }`. */
export interface JwksDocument {
  /** The published keys (at most 100). */
  readonly keys: readonly Jwk[]
}

/** An RSA public key that passed {@link rsaVerificationKeyProblem}. */
export interface RsaPublicJwk {
  readonly kty: 'RSA'
  readonly kid: string
  readonly n: string
  readonly e: string
}

/** Most keys accepted in one JWKS (Cognito publishes two). */
export const MAX_JWKS_KEYS = 100

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const

/**
 * Checks the outer shape of a JWKS: an object with a `keys` array of objects, each with a string
 * `kty`, and with string `kid`/`use`/`alg`/`n`/`e` where present. Per-key suitability is decided
 * only when a key is selected, so a JWKS may also hold keys for other purposes.
 *
 * @throws {JwksValidationError}
 */
export function assertJwksDocument(value: unknown, source: string): asserts value is JwksDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JwksValidationError(`JWKS from ${source} must be a JSON object`)
  }
  // Own member only: a `keys` inherited from a polluted Object.prototype is not this JWKS's keys.
  const keys = Object.hasOwn(value, 'keys') ? (value as { keys?: unknown }).keys : undefined
  if (!Array.isArray(keys)) throw new JwksValidationError(`JWKS from ${source} must have a "keys" array`)
  if (keys.length > MAX_JWKS_KEYS) {
    throw new JwksValidationError(`JWKS from ${source} has ${keys.length} keys, more than ${MAX_JWKS_KEYS}`)
  }
  keys.forEach((key: unknown, index) => {
    if (typeof key !== 'object' || key === null || Array.isArray(key)) {
      throw new JwksValidationError(`JWKS from ${source}: keys[${index}] must be an object`)
    }
    const k = key as Record<string, unknown>
    if (typeof k.kty !== 'string')
      throw new JwksValidationError(`JWKS from ${source}: keys[${index}].kty must be a string`)
    for (const member of ['kid', 'use', 'alg', 'n', 'e'] as const) {
      if (k[member] !== undefined && typeof k[member] !== 'string') {
        throw new JwksValidationError(`JWKS from ${source}: keys[${index}].${member} must be a string`)
      }
    }
    if (k.key_ops !== undefined && (!Array.isArray(k.key_ops) || !k.key_ops.every((op) => typeof op === 'string'))) {
      throw new JwksValidationError(`JWKS from ${source}: keys[${index}].key_ops must be an array of strings`)
    }
  })
}

/**
 * Why a JWK may not verify RS256 Cognito tokens, or `undefined` when it may: `kty` must be `RSA`;
 * `use` absent or `sig`; `alg` absent or `RS256`; `key_ops` absent or containing `verify`; no
 * private members; `n` of at least 2048 bits without leading zero octets; `e` odd and at least 65537.
 */
export function rsaVerificationKeyProblem(jwk: Jwk): string | undefined {
  if (jwk.kty !== 'RSA') return `kty must be "RSA"; received ${JSON.stringify(jwk.kty)}`
  if (jwk.use !== undefined && jwk.use !== 'sig')
    return `use must be absent or "sig"; received ${JSON.stringify(jwk.use)}`
  if (jwk.alg !== undefined && jwk.alg !== 'RS256')
    return `alg must be absent or "RS256"; received ${JSON.stringify(jwk.alg)}`
  if (jwk.key_ops !== undefined && !jwk.key_ops.includes('verify')) return 'key_ops must include "verify"'
  for (const member of PRIVATE_MEMBERS) {
    if (Object.hasOwn(jwk, member)) return `private member "${member}" present: a JWKS must publish public keys only`
  }
  if (typeof jwk.n !== 'string') return 'n must be a base64url string'
  if (typeof jwk.e !== 'string') return 'e must be a base64url string'
  const n = decodeBase64url(jwk.n)
  const e = decodeBase64url(jwk.e)
  if (n === undefined || n.length === 0) return 'n must be canonical, non-empty base64url'
  if (e === undefined || e.length === 0) return 'e must be canonical, non-empty base64url'
  if (n[0] === 0) return 'n has a leading zero octet'
  const bits = (n.length - 1) * 8 + (32 - Math.clz32(n[0] as number))
  if (bits < 2048) return `RSA modulus is ${bits} bits; at least 2048 are required (RFC 7518 §3.3)`
  if (bits > 16384) return `RSA modulus is ${bits} bits; at most 16384 are accepted`
  if (e[0] === 0) return 'e has a leading zero octet'
  if (e.length > 32) return 'e is longer than 256 bits'
  if (((e[e.length - 1] as number) & 1) === 0) return 'e must be odd'
  if (e.length < 3) return 'e must be at least 65537'
  return undefined
}
