/**
 * Structural rules for the JSON of a header or payload that `JSON.parse` already accepted, checked
 * in one walk that also deep-freezes the value:
 *
 * - no repeated member names at any depth: `JSON.parse` silently keeps the last of two equal names
 *   (`{"token_use":"id","token_use":"access"}`), so a signer and a verifier could read different
 *   claims from the same bytes. Counting the `:` outside strings (one per member of every object)
 *   and comparing with the own keys of every parsed object finds them exactly;
 * - no `__proto__`, `constructor` or `prototype` member at any depth: harmless to `JSON.parse`, but
 *   the classic prototype-pollution gadgets for code that merges claims into other objects;
 * - at most {@link MAX_JSON_DEPTH} levels of nesting (Cognito tokens use three), so that no walk
 *   over the claims, ours or the caller's, can exhaust the stack.
 */

/** Deepest nesting of objects and arrays accepted (the top-level object is level 1). */
export const MAX_JSON_DEPTH = 32

/** Why a parsed segment breaks a structural rule. */
export type JsonStructureProblem = 'duplicate-member' | 'forbidden-member' | 'nesting'

const FORBIDDEN = -1
const TOO_DEEP = -2

/**
 * The first structural problem of `parsed` (which is `JSON.parse(text)`), or `undefined`. Deep-freezes
 * `parsed` on the way, up to where a problem was found.
 */
export function inspectJson(text: string, parsed: unknown): JsonStructureProblem | undefined {
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const keys = freezeAndCountKeys(parsed, 1)
  if (keys === FORBIDDEN) return 'forbidden-member'
  if (keys === TOO_DEEP) return 'nesting'
  return keys === countMembers(text) ? undefined : 'duplicate-member'
}

/** Number of `:` outside string literals: the number of members of all objects. */
function countMembers(text: string): number {
  let members = 0
  let i = 0
  const length = text.length
  while (i < length) {
    const c = text.charCodeAt(i)
    if (c === 34 /* " */) {
      // Skip to the closing quote; an escape skips the next character.
      i++
      for (;;) {
        const q = text.indexOf('"', i)
        if (q === -1) return -1
        let backslashes = 0
        for (let b = q - 1; b >= i && text.charCodeAt(b) === 92 /* \ */; b--) backslashes++
        i = q + 1
        if ((backslashes & 1) === 0) break
      }
      continue
    }
    if (c === 58 /* : */) members++
    i++
  }
  return members
}

/**
 * Own keys of every object in a parsed JSON value, freezing every object and array it meets;
 * {@link FORBIDDEN} or {@link TOO_DEEP} as soon as a rule breaks.
 */
function freezeAndCountKeys(value: object, depth: number): number {
  if (depth > MAX_JSON_DEPTH) return TOO_DEEP
  Object.freeze(value)
  let total = 0
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (typeof item === 'object' && item !== null) {
        const n = freezeAndCountKeys(item, depth + 1)
        if (n < 0) return n
        total += n
      }
    }
    return total
  }
  const keys = Object.keys(value)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return FORBIDDEN
    const item: unknown = (value as Record<string, unknown>)[key]
    if (typeof item === 'object' && item !== null) {
      const n = freezeAndCountKeys(item, depth + 1)
      if (n < 0) return n
      total += n
    }
  }
  return total + keys.length
}
