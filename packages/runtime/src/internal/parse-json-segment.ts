/** Decodes a JWS segment holding a JSON object, under the strict rules both platforms share. */
import { JwtParseError } from '../errors.js'
import type { CryptoBackend } from './crypto-backend.js'
import { freezeAndFindDuplicateMembers } from './duplicate-members.js'

/**
 * The deep-frozen JSON object of a header or payload segment: canonical base64url, UTF-8, JSON, an
 * object, no repeated member names, no `__proto__` member.
 *
 * @throws {JwtParseError}
 */
export function parseJsonSegment(
  segment: string,
  which: 'header' | 'payload',
  backend: CryptoBackend<unknown>,
): Record<string, unknown> {
  const text = backend.decodeText(segment, which)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new JwtParseError('json', `JWT ${which} is not JSON`, which)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JwtParseError('not-an-object', `JWT ${which} is not a JSON object`, which)
  }
  // Frozen on the way: a parsed payload may be shared between calls and must not change.
  if (freezeAndFindDuplicateMembers(text, value)) {
    throw new JwtParseError('duplicate-member', `JWT ${which} repeats a member name`, which)
  }
  if (Object.hasOwn(value, '__proto__')) {
    throw new JwtParseError('forbidden-member', `JWT ${which} has a "__proto__" member`, which)
  }
  return value as Record<string, unknown>
}
