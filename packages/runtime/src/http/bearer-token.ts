/**
 * Reads a bearer token from an `Authorization` header (RFC 6750 §2.1).
 *
 * @module
 */
import { BearerTokenError } from '../errors.js'

/** `b64token` of RFC 6750 §2.1. */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/
const OWS_AROUND = /^[ \t]+|[ \t]+$/g
const LEADING_SPACES = /^ +/

/**
 * The bearer token of an `Authorization` header, or `undefined` when the request carries no
 * credentials at all.
 *
 * @param header The header value: a string, or the list some frameworks give for a repeated header.
 * @throws {BearerTokenError} when the header is present but is not exactly one `Bearer <token>`
 * (another scheme, several headers, an empty or malformed token): answer 400 `invalid_request`.
 *
 * @example
 * ```ts
 * readBearerToken('Bearer eyJraWQi...')   // 'eyJraWQi...'
 * readBearerToken(undefined)              // undefined
 * readBearerToken('Basic dXNlcjpwYXNz')   // throws BearerTokenError
 * ```
 */
export function readBearerToken(header: string | readonly string[] | null | undefined): string | undefined {
  if (header === undefined || header === null) return undefined
  if (typeof header !== 'string') {
    if (!Array.isArray(header)) throw new BearerTokenError('the Authorization header must be a string')
    if (header.length === 0) return undefined
    if (header.length > 1) throw new BearerTokenError('more than one Authorization header')
    return readBearerToken(header[0] as string)
  }
  // Only HTTP's own whitespace (RFC 9110 §5.6.3: space and tab) surrounds a field value.
  const value = header.replace(OWS_AROUND, '')
  if (value === '') return undefined
  const space = value.indexOf(' ')
  const scheme = space === -1 ? value : value.slice(0, space)
  if (scheme.toLowerCase() !== 'bearer') throw new BearerTokenError('the Authorization scheme is not Bearer')
  const token = space === -1 ? '' : value.slice(space + 1).replace(LEADING_SPACES, '')
  if (!TOKEN68.test(token))
    throw new BearerTokenError('the bearer token is missing or has characters RFC 6750 does not allow')
  return token
}
