/** Parses and checks a JWS protected header: RS256 only, a `kid`, nothing we refuse to honour. */
import { JwtInvalidSignatureAlgorithmError, JwtUnsupportedHeaderError, JwtWithoutValidKidError } from '../errors.js'
import type { VerifiedTokenHeader } from '../jwt/claims.js'
import type { CryptoBackend } from './crypto-backend.js'
import { parseJsonSegment } from './parse-json-segment.js'

/**
 * Header parameters that would change where the key comes from, what is signed, or how the
 * token must be processed. Cognito sets none of them, so their presence is refused outright,
 * whatever their value (`null` and `[]` included).
 */
const REFUSED: ReadonlyArray<readonly [string, string]> = [
  ['crit', 'critical header extensions are not understood (RFC 7515 §4.1.11)'],
  ['jku', 'keys are never fetched from a URL named in the token'],
  ['x5u', 'keys are never fetched from a URL named in the token'],
  ['jwk', 'a key embedded in the token is never trusted'],
  ['x5c', 'a certificate chain embedded in the token is never trusted'],
  ['x5t', 'keys are never selected by certificate thumbprint'],
  ['x5t#S256', 'keys are never selected by certificate thumbprint'],
  ['cty', 'nested or non-JWT content (RFC 7519 §5.2) is not supported'],
  ['b64', 'unencoded payloads (RFC 7797) are not supported'],
  ['zip', 'compressed payloads are not supported'],
  ['enc', 'encrypted tokens (JWE) are not supported'],
]

/** `typ` values accepted (compared case-insensitively); anything else is another kind of JWT. */
const TYPES = new Set(['jwt', 'application/jwt', 'at+jwt', 'application/at+jwt'])

/** Longest accepted `kid`. */
const MAX_KID_LENGTH = 1024

/**
 * Decodes and checks a header segment.
 *
 * @throws {JwtParseError | JwtInvalidSignatureAlgorithmError | JwtUnsupportedHeaderError | JwtWithoutValidKidError}
 */
export function parseHeader(segment: string, backend: CryptoBackend<unknown>): VerifiedTokenHeader {
  const parsed = parseJsonSegment(segment, 0, segment.length, 'header', backend)
  // Own members only (never inherited from a polluted Object.prototype).
  const h = { alg: own(parsed, 'alg'), typ: own(parsed, 'typ'), kid: own(parsed, 'kid') }
  if (h.alg !== 'RS256') throw new JwtInvalidSignatureAlgorithmError(h.alg)
  for (const [name, why] of REFUSED) {
    if (Object.hasOwn(parsed, name)) throw new JwtUnsupportedHeaderError(name, `JWT header "${name}" refused: ${why}`)
  }
  const typ = h.typ
  if (typ !== undefined && (typeof typ !== 'string' || !TYPES.has(typ.toLowerCase()))) {
    throw new JwtUnsupportedHeaderError(
      'typ',
      `JWT header typ ${JSON.stringify(typ)} is not a JWT or access token type (cross-JWT confusion)`,
    )
  }
  const kid = h.kid
  if (typeof kid !== 'string' || kid.length === 0 || kid.length > MAX_KID_LENGTH) {
    throw new JwtWithoutValidKidError(
      kid === undefined
        ? undefined
        : `JWT header kid must be a non-empty string of at most ${MAX_KID_LENGTH} characters`,
    )
  }
  return Object.freeze(typ === undefined ? { alg: 'RS256' as const, kid } : { alg: 'RS256' as const, kid, typ })
}

function own(value: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(value, name) ? value[name] : undefined
}
