/** Decodes a JWS segment holding a JSON object, under the strict rules both platforms share. */
import { JwtParseError } from '../errors.js'
import { decodeBase64urlInto, decodedLength } from './base64url.js'
import type { CryptoBackend } from './crypto-backend.js'
import { inspectJson, MAX_JSON_DEPTH } from './inspect-json.js'

const PROBLEMS = {
  'duplicate-member': 'repeats a member name',
  'forbidden-member': 'has a "__proto__", "constructor" or "prototype" member',
  nesting: `nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels`,
} as const

/**
 * The deep-frozen JSON object of the header or payload segment `token[start, end)`: canonical
 * base64url, UTF-8 without a byte-order mark, JSON, an object, no repeated member names, no
 * `__proto__`/`constructor`/`prototype` member, at most 32 levels deep.
 *
 * @throws {JwtParseError}
 */
export function parseJsonSegment(
  token: string,
  start: number,
  end: number,
  which: 'header' | 'payload',
  backend: CryptoBackend<unknown>,
): Record<string, unknown> {
  const bytes = backend.scratch(decodedLength(end - start))
  const n = decodeBase64urlInto(token, start, end, bytes, 0)
  if (n === -1) throw notCanonical(which)
  return parseJsonText(backend.text(bytes, 0, n, which), which)
}

/** The parse error of a header or payload segment that is not canonical base64url. */
export function notCanonical(which: 'header' | 'payload'): JwtParseError {
  return new JwtParseError('base64url', `JWT ${which} is not canonical base64url`, which)
}

/**
 * {@link parseJsonSegment} after the base64url and UTF-8 decoding: the deep-frozen JSON object of
 * `text`, under the same rules.
 *
 * @throws {JwtParseError}
 */
export function parseJsonText(text: string, which: 'header' | 'payload'): Record<string, unknown> {
  let value: unknown
  try {
    // A byte-order mark (kept by both decoders) is not JSON: JSON.parse refuses it.
    value = JSON.parse(text)
  } catch {
    throw new JwtParseError('json', `JWT ${which} is not JSON`, which)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JwtParseError('not-an-object', `JWT ${which} is not a JSON object`, which)
  }
  // Frozen on the way: a parsed payload may be shared between calls and must not change.
  const problem = inspectJson(text, value)
  if (problem !== undefined) throw new JwtParseError(problem, `JWT ${which} ${PROBLEMS[problem]}`, which)
  return value as Record<string, unknown>
}
