// Punycode (RFC 3492) and the IDNA "ToASCII" step the CDK applies to email addresses: the domain
// labels that contain non-ASCII characters become `xn--` labels; everything else is kept as is.

const BASE = 36
const T_MIN = 1
const T_MAX = 26
const SKEW = 38
const DAMP = 700
const INITIAL_BIAS = 72
const INITIAL_N = 128

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1
  d += Math.floor(d / numPoints)
  let k = 0
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN))
    k += BASE
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW))
}

const digit = (d: number): string => String.fromCharCode(d < 26 ? 97 + d : 22 + d)

/** RFC 3492 encoding of a label (without the `xn--` prefix). */
export function punycodeEncode(input: string): string {
  const codePoints = Array.from(input, (c) => c.codePointAt(0) as number)
  let out = codePoints
    .filter((c) => c < 0x80)
    .map((c) => String.fromCharCode(c))
    .join('')
  const basicCount = out.length
  let handled = basicCount
  if (basicCount > 0) out += '-'
  let n = INITIAL_N
  let delta = 0
  let bias = INITIAL_BIAS
  while (handled < codePoints.length) {
    let m = Number.MAX_SAFE_INTEGER
    for (const c of codePoints) if (c >= n && c < m) m = c
    delta += (m - n) * (handled + 1)
    n = m
    for (const c of codePoints) {
      if (c < n) delta++
      if (c !== n) continue
      let q = delta
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
        if (q < t) break
        out += digit(t + ((q - t) % (BASE - t)))
        q = Math.floor((q - t) / (BASE - t))
      }
      out += digit(q)
      bias = adapt(delta, handled + 1, handled === basicCount)
      delta = 0
      handled++
    }
    delta++
    n++
  }
  return out
}

const NON_ASCII = /[^\0-\x7F]/
const SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/g

/** ToASCII of a domain name: non-ASCII labels become `xn--…`. */
export function domainToAscii(domain: string): string {
  return domain
    .replace(SEPARATORS, '.')
    .split('.')
    .map((label) => (NON_ASCII.test(label) ? `xn--${punycodeEncode(label)}` : label))
    .join('.')
}

/** ToASCII of an email address: the local part is kept, the domain is converted. */
export function emailToAscii(address: string): string {
  const at = address.indexOf('@')
  if (at < 0) return domainToAscii(address)
  return `${address.slice(0, at)}@${domainToAscii(address.slice(at + 1))}`
}
