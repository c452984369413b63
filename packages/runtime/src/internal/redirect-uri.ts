/**
 * Which URLs may be a redirect (callback) or sign-out URL: the rules Cognito applies to
 * `CallbackURLs`/`LogoutURLs`, plus the schemes no browser redirect should ever go to.
 */
import { isLoopbackHostname } from './url-policy.js'

/** Schemes that run code, embed content or reach local files: never a redirect target. */
const REFUSED_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:', 'file:', 'blob:', 'about:', 'filesystem:'])

/**
 * Why `value` may not be a redirect or sign-out URL, or `undefined` when it may: an absolute URL
 * without whitespace, control characters, backslashes, fragment or credentials; `https:`, `http:` on a loopback host only, or a native app's own
 * scheme (`myapp://callback`); never `javascript:`, `data:`, `file:` and the like.
 */
export function redirectUriProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be an absolute URL; received ${JSON.stringify(value)}`
  // The URL parser drops tabs and line breaks and reads "\" as "/", so the string sent could be read
  // differently by the next parser (browser, proxy, Cognito): only the characters URLs are made of.
  if (/[\s\\]/.test(value) || hasControlCharacter(value)) {
    return `must not contain whitespace, control characters or backslashes; received ${JSON.stringify(value)}`
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `must be an absolute URL; received ${JSON.stringify(value)}`
  }
  if (url.hash || value.includes('#')) return `must not have a fragment; received ${JSON.stringify(value)}`
  if (url.username || url.password) return `must not carry credentials; received ${JSON.stringify(value)}`
  if (REFUSED_SCHEMES.has(url.protocol)) {
    return `must not use the ${url.protocol} scheme; received ${JSON.stringify(value)}`
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    return `must use https: (http: only for localhost, 127.0.0.1 or [::1]); received ${JSON.stringify(value)}`
  }
  return undefined
}

/** True when `value` holds a C0 control character or DEL. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 0x20 || c === 0x7f) return true
  }
  return false
}
