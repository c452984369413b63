/**
 * `WWW-Authenticate: Bearer ...` challenges (RFC 6750 §3).
 *
 * @module
 */

/** RFC 6750 error codes. */
export type BearerErrorCode = 'invalid_request' | 'invalid_token' | 'insufficient_scope'

/** Attributes of a bearer challenge. */
export interface BearerChallenge {
  /** Protection space, e.g. `api`. */
  readonly realm?: string
  /** Absent when the request carried no credentials at all (RFC 6750 §3.1). */
  readonly error?: BearerErrorCode
  /** A human-readable sentence (characters outside RFC 6750's set are dropped). */
  readonly errorDescription?: string
  /** Scopes the resource needs (with `insufficient_scope`). */
  readonly scope?: readonly string[]
}

/** Keeps to the characters RFC 6750 allows inside quoted attribute values. */
function quoted(value: string): string {
  return `"${value.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '')}"`
}

/**
 * The value of a `WWW-Authenticate` header for a bearer challenge.
 *
 * @example
 * ```ts
 * wwwAuthenticate({ realm: 'api', error: 'insufficient_scope', scope: ['orders/write'] })
 * // 'Bearer realm="api", error="insufficient_scope", scope="orders/write"'
 * ```
 */
export function wwwAuthenticate(challenge: BearerChallenge = {}): string {
  const parts: string[] = []
  if (challenge.realm !== undefined) parts.push(`realm=${quoted(challenge.realm)}`)
  if (challenge.error !== undefined) parts.push(`error=${quoted(challenge.error)}`)
  if (challenge.errorDescription !== undefined) parts.push(`error_description=${quoted(challenge.errorDescription)}`)
  if (challenge.scope !== undefined && challenge.scope.length > 0)
    parts.push(`scope=${quoted(challenge.scope.join(' '))}`)
  return parts.length === 0 ? 'Bearer' : `Bearer ${parts.join(', ')}`
}
