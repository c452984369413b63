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
  const out = new Uint8Array(decodedLength(text.length))
  return decodeBase64urlInto(text, 0, text.length, out, 0) === -1 ? undefined : out
}

/** Bytes that `length` characters of unpadded base64url carry (a lone last character carries none). */
export function decodedLength(length: number): number {
  return (length * 3) >>> 2
}

/** Sextet of each ASCII character of the alphabet; -1 for every other character below 128. */
const SEXTETS = new Int8Array(128).fill(-1)
for (let i = 0; i < 64; i++) SEXTETS[ALPHABET.charCodeAt(i)] = i

/**
 * Decodes `text[start, end)`, canonical unpadded base64url, into `out` from `offset`, in one pass
 * with no intermediate string or array (and none of the platform's vectorised decoders, whose use
 * right before an RSA verification slows the verification down by more than they save). Returns
 * the number of bytes written, or -1 when the text is not canonical: a character outside the
 * alphabet (`+`, `/`, `=`, whitespace, anything not ASCII), a length that leaves a lone character,
 * or spare bits set in the last character (RFC 4648 §3.5). `out` must have room for
 * {@link decodedLength} bytes from `offset`; on -1 it may have been written to.
 */
export function decodeBase64urlInto(text: string, start: number, end: number, out: Uint8Array, offset: number): number {
  const rest = (end - start) & 3
  if (rest === 1) return -1
  const full = end - rest
  // `chars` collects every character code (any bit from 128 up: not ASCII); `sextets` goes
  // negative when a character below 128 is outside the alphabet.
  let chars = 0
  let sextets = 0
  let o = offset
  let i = start
  for (; i < full; i += 4) {
    const a = text.charCodeAt(i)
    const b = text.charCodeAt(i + 1)
    const c = text.charCodeAt(i + 2)
    const d = text.charCodeAt(i + 3)
    const n =
      ((SEXTETS[a & 127] as number) << 18) |
      ((SEXTETS[b & 127] as number) << 12) |
      ((SEXTETS[c & 127] as number) << 6) |
      (SEXTETS[d & 127] as number)
    chars |= a | b | c | d
    sextets |= n
    out[o] = n >> 16
    out[o + 1] = n >> 8
    out[o + 2] = n
    o += 3
  }
  if (rest !== 0) {
    const a = text.charCodeAt(i)
    const b = text.charCodeAt(i + 1)
    const sa = SEXTETS[a & 127] as number
    const sb = SEXTETS[b & 127] as number
    chars |= a | b
    sextets |= sa | sb
    if (rest === 2) {
      // 12 bits for 8: the last character's low 4 bits are spare.
      if ((sb & 0x0f) !== 0) return -1
      out[o++] = (sa << 2) | (sb >> 4)
    } else {
      const c = text.charCodeAt(i + 2)
      const sc = SEXTETS[c & 127] as number
      chars |= c
      sextets |= sc
      // 18 bits for 16: the last character's low 2 bits are spare.
      if ((sc & 0x03) !== 0) return -1
      const n = (sa << 12) | (sb << 6) | sc
      out[o++] = n >> 10
      out[o++] = n >> 2
    }
  }
  return sextets < 0 || chars > 127 ? -1 : o - offset
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

/** Sextet of each byte of the alphabet; -1 for every other byte. */
const BYTE_SEXTETS = new Int8Array(256).fill(-1)
for (let i = 0; i < 64; i++) BYTE_SEXTETS[ALPHABET.charCodeAt(i)] = i

/**
 * {@link decodeBase64urlInto} over bytes: decodes `src[start, end)` (the ASCII bytes of a token)
 * into `out` from `offset`, which may be the same memory as long as the output does not reach
 * `start` (it never catches up with the input when it starts at or after `end`). Reading bytes
 * rather than string characters is several times faster, whatever the string's representation.
 */
export function decodeBase64urlBytes(
  src: Uint8Array,
  start: number,
  end: number,
  out: Uint8Array,
  offset: number,
): number {
  const rest = (end - start) & 3
  if (rest === 1) return -1
  const full = end - rest
  // Goes negative when any byte is outside the alphabet.
  let sextets = 0
  let o = offset
  let i = start
  for (; i < full; i += 4) {
    const n =
      ((BYTE_SEXTETS[src[i] as number] as number) << 18) |
      ((BYTE_SEXTETS[src[i + 1] as number] as number) << 12) |
      ((BYTE_SEXTETS[src[i + 2] as number] as number) << 6) |
      (BYTE_SEXTETS[src[i + 3] as number] as number)
    sextets |= n
    out[o] = n >> 16
    out[o + 1] = n >> 8
    out[o + 2] = n
    o += 3
  }
  if (rest !== 0) {
    const sa = BYTE_SEXTETS[src[i] as number] as number
    const sb = BYTE_SEXTETS[src[i + 1] as number] as number
    sextets |= sa | sb
    if (rest === 2) {
      if ((sb & 0x0f) !== 0) return -1
      out[o++] = (sa << 2) | (sb >> 4)
    } else {
      const sc = BYTE_SEXTETS[src[i + 2] as number] as number
      sextets |= sc
      if ((sc & 0x03) !== 0) return -1
      const n = (sa << 12) | (sb << 6) | sc
      out[o++] = n >> 10
      out[o++] = n >> 2
    }
  }
  return sextets < 0 ? -1 : o - offset
}
