/** URL rules shared by the JWKS fetcher, the escape hatches and the OAuth client. */

/** True for `127.0.0.0/8`, `::1` and `localhost`. */
export function isLoopbackHostname(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]' || hostname === '::1') return true
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

/**
 * Why `value` is not an acceptable absolute URL to fetch from, or `undefined`. HTTPS is required;
 * `http:` passes only for a loopback host and only when `allowLoopbackHttp` is set.
 */
export function fetchUrlProblem(value: unknown, allowLoopbackHttp: boolean): string | undefined {
  if (typeof value !== 'string') return 'must be an absolute URL string'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `must be an absolute URL; received ${JSON.stringify(value)}`
  }
  if (url.username || url.password) return `must not carry credentials; received ${JSON.stringify(value)}`
  if (url.hash) return `must not have a fragment; received ${JSON.stringify(value)}`
  if (url.protocol === 'https:') return undefined
  if (url.protocol === 'http:') {
    if (!allowLoopbackHttp) return `must use https:; received ${JSON.stringify(value)}`
    if (!isLoopbackHostname(url.hostname)) {
      return `may use http: only on a loopback host (127.0.0.1, ::1, localhost); received ${JSON.stringify(value)}`
    }
    return undefined
  }
  return `must use https:; received ${JSON.stringify(value)}`
}
