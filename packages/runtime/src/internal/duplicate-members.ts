/**
 * Detects duplicate member names in JSON text that `JSON.parse` already accepted. `JSON.parse`
 * silently keeps the last of two equal names (`{"token_use":"id","token_use":"access"}`), so a
 * signer and a verifier can read different claims from the same bytes.
 *
 * Cheap and exact: count the `:` outside strings (one per member of every object) and compare with
 * the number of own keys of every object in the parsed value. They differ exactly when some
 * object repeated a name. The same walk deep-freezes the parsed value.
 */

/**
 * True when some object in the JSON text repeats a member name. `parsed` is `JSON.parse(text)`;
 * it is deep-frozen on the way (one walk does both).
 */
export function freezeAndFindDuplicateMembers(text: string, parsed: unknown): boolean {
  return countMembers(text) !== freezeAndCountKeys(parsed)
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

/** Own keys of every object in a parsed JSON value; freezes every object and array it meets. */
function freezeAndCountKeys(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0
  Object.freeze(value)
  let total = 0
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) total += freezeAndCountKeys(item)
    return total
  }
  for (const key in value) {
    total++
    const item = (value as Record<string, unknown>)[key]
    if (typeof item === 'object' && item !== null) total += freezeAndCountKeys(item)
  }
  return total
}
