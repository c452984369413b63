/** Unpadded base64url (RFC 4648 §5), canonical forms only, without runtime dependencies. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const CHARACTERS = /^[A-Za-z0-9_-]*$/

/** The 6-bit value of a base64url character (any other character gives 63). */
export function sextet(c: number): number {
  if (c >= 65 && c <= 90) return c - 65
  if (c >= 97 && c <= 122) return c - 71
  if (c >= 48 && c <= 57) return c + 4
  return c === 45 ? 62 : 63
}

/**
 * True for canonical unpadded base64url: the alphabet only, no length that leaves a lone
 * character, and zero spare bits in the last character (RFC 4648 §3.5). Every other spelling of
 * the same bytes is refused.
 */
export function isCanonicalBase64url(text: string): boolean {
  const rest = text.length % 4
  if (rest === 1 || !CHARACTERS.test(text)) return false
  if (rest === 0) return true
  // 2 characters carry 12 bits for 8 (4 spare), 3 carry 18 for 16 (2 spare).
  return (sextet(text.charCodeAt(text.length - 1)) & (rest === 2 ? 0x0f : 0x03)) === 0
}

/** Decodes canonical unpadded base64url; `undefined` for anything else. */
export function decodeBase64url(text: string): Uint8Array | undefined {
  if (!isCanonicalBase64url(text)) return undefined
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let bits = 0
  let value = 0
  let o = 0
  for (let i = 0; i < text.length; i++) {
    value = ((value << 6) | sextet(text.charCodeAt(i))) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (value >> bits) & 0xff
    }
  }
  return out
}

/** Unpadded base64url of some bytes. */
export function encodeBase64url(bytes: Uint8Array): string {
  const char = (n: number): string => ALPHABET.charAt(n & 63)
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)
    out += char(n >> 18) + char(n >> 12) + char(n >> 6) + char(n)
  }
  if (i < bytes.length) {
    const rest = bytes.length - i
    const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0)
    out += char(n >> 18) + char(n >> 12)
    if (rest === 2) out += char(n >> 6)
  }
  return out
}
