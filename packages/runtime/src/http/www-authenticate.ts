/**
 * `WWW-Authenticate: Bearer ...` challenges (RFC 6750 §3).
 *
 * @module
 */

import { type OptionsIssue, OptionsValidationError } from '../errors.js'

/** RFC 6750 error codes. */
export type BearerErrorCode = 'invalid_request' | 'invalid_token' | 'insufficient_scope'

/** Attributes of a bearer challenge. */
export interface BearerChallenge {
  /** Protection space, e.g. `api` (a quoted-string: `"` and `\\` are escaped, other characters outside printable ASCII dropped). */
  readonly realm?: string
  /** Absent when the request carried no credentials at all (RFC 6750 §3.1). */
  readonly error?: BearerErrorCode
  /** A human-readable sentence (characters outside RFC 6750's set are dropped). */
  readonly errorDescription?: string
  /** Scopes the resource needs (with `insufficient_scope`); a name that is not an RFC 6749 scope-token is left out, never altered. */
  readonly scope?: readonly string[]
}

/** Keeps to the characters RFC 6750 §3 allows in `error_description` (no `"`, no `\\`, ASCII only). */
function quoted(value: string): string {
  return `"${value.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '')}"`
}

/** An RFC 7235 quoted-string: printable ASCII, with `"` and `\\` escaped (no line breaks, ever). */
function quotedString(value: string): string {
  return `"${value.replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '\\$&')}"`
}

/** `scope-token` of RFC 6749 §3.3. */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/

/**
 * The value of a `WWW-Authenticate` header for a bearer challenge.
 *
 * @throws {OptionsValidationError} when the challenge is not an object of the documented fields.
 *
 * @example
 * ```ts
 * wwwAuthenticate({ realm: 'api', error: 'insufficient_scope', scope: ['orders/write'] })
 * // 'Bearer realm="api", error="insufficient_scope", scope="orders/write"'
 * ```
 */
export function wwwAuthenticate(challenge: BearerChallenge = {}): string {
  checkChallenge(challenge)
  const parts: string[] = []
  if (challenge.realm !== undefined) parts.push(`realm=${quotedString(challenge.realm)}`)
  if (challenge.error !== undefined) parts.push(`error=${quoted(challenge.error)}`)
  if (challenge.errorDescription !== undefined) parts.push(`error_description=${quoted(challenge.errorDescription)}`)
  const scopes = challenge.scope?.filter((s) => SCOPE_TOKEN.test(s)) ?? []
  if (scopes.length > 0) parts.push(`scope="${scopes.join(' ')}"`)
  return parts.length === 0 ? 'Bearer' : `Bearer ${parts.join(', ')}`
}

const ERROR_CODES: readonly unknown[] = ['invalid_request', 'invalid_token', 'insufficient_scope']

function checkChallenge(challenge: unknown): void {
  const issues: OptionsIssue[] = []
  if (typeof challenge !== 'object' || challenge === null || Array.isArray(challenge)) {
    issues.push({ path: '', rule: 'OptionsType', message: 'the challenge must be an object' })
  } else {
    const c = challenge as Record<string, unknown>
    for (const name of ['realm', 'errorDescription'] as const) {
      if (c[name] !== undefined && typeof c[name] !== 'string') {
        issues.push({ path: name, rule: 'OptionType', message: `${name} must be a string` })
      }
    }
    if (c.error !== undefined && !ERROR_CODES.includes(c.error)) {
      issues.push({
        path: 'error',
        rule: 'BearerErrorCode',
        message: `error must be one of ${ERROR_CODES.join(', ')} (RFC 6750 §3.1); received ${JSON.stringify(c.error)}`,
      })
    }
    if (c.scope !== undefined && (!Array.isArray(c.scope) || !c.scope.every((s) => typeof s === 'string'))) {
      issues.push({ path: 'scope', rule: 'OptionType', message: 'scope must be an array of scope names' })
    }
  }
  if (issues.length > 0) throw new OptionsValidationError('WWW-Authenticate challenge', issues)
}
