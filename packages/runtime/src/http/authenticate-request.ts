/**
 * The framework-agnostic core of the backend helpers: from an `Authorization` header to verified
 * claims, or to the response to send (status, `WWW-Authenticate`, JSON body).
 *
 * Every verification failure gets the same answer (401 `invalid_token`, one fixed description),
 * so the response never tells a caller why its token was refused; the reason goes to `onRejected`
 * for the server's logs (runtime catalogue §6, class 25).
 *
 * @module
 */
import {
  BearerTokenError,
  JwksFetchError,
  JwtInvalidScopeError,
  JwtVerificationError,
  WaitPeriodNotYetEndedJwkError,
} from '../errors.js'
import { type ResolvedAuthenticateOptions, resolveAuthenticateOptions } from '../internal/authenticate-options.js'
import { readBearerToken } from './bearer-token.js'
import { type BearerErrorCode, wwwAuthenticate } from './www-authenticate.js'

/** Anything with a `verify(token)`: a verifier from `createCognitoVerifier`. */
export interface TokenVerifier<C> {
  /** Resolves to the claims, or rejects with a `JwtVerificationError`. */
  verify(token: string): Promise<C>
}

/** Options of the backend helpers. */
export interface AuthenticateOptions {
  /**
   * `realm` of the `WWW-Authenticate` challenge.
   * @default - none
   */
  readonly realm?: string
  /**
   * Scopes of which the token must carry at least one (on top of the verifier's own checks).
   * Missing ones are answered with 403 `insufficient_scope`.
   * @default - no scope requirement
   */
  readonly scope?: string | readonly string[]
  /**
   * Called with the detailed reason of every refusal (for logs; never sent to the caller).
   * @default - nothing
   */
  readonly onRejected?: (reason: Error) => void
}

/** A response to send instead of handling the request. */
export interface AuthenticationFailure {
  /** Always `false`. */
  readonly ok: false
  /** 400 `invalid_request`, 401 (no credentials, or `invalid_token`), 403 `insufficient_scope`, 503 keys unavailable. */
  readonly status: 400 | 401 | 403 | 503
  /** `www-authenticate` (or `retry-after` with 503), `content-type`, `cache-control`. */
  readonly headers: Readonly<Record<string, string>>
  /** The JSON body to send. */
  readonly body: {
    /** `invalid_request`, `invalid_token`, `insufficient_scope`, `unauthorized` or `temporarily_unavailable`. */
    readonly error: string
    /** A fixed sentence; never the detailed reason. */
    readonly error_description: string
  }
  /** The detailed reason, for logs. */
  readonly reason: Error
}

/** Verified claims and the token they came from. */
export interface AuthenticationSuccess<C> {
  /** Always `true`. */
  readonly ok: true
  /** The verified claims. */
  readonly claims: C
  /** The bearer token they came from. */
  readonly token: string
}

/** The outcome of {@link authenticateRequest}. */
export type AuthenticationResult<C> = AuthenticationSuccess<C> | AuthenticationFailure

const INVALID_TOKEN = 'The access token is missing, malformed, expired or not accepted here'

/**
 * Reads the bearer token of an `Authorization` header, verifies it, and checks the scope.
 *
 * @throws only what is not a token problem: a verifier that is not one, options that break a rule
 * (`OptionsValidationError`), or an error that is not a `JwtVerificationError` (a bug, not a bad
 * token). Token problems are results.
 *
 * @example
 * ```ts
 * const result = await authenticateRequest(verifier, request.headers.get('authorization'), { realm: 'orders' })
 * if (!result.ok) return new Response(JSON.stringify(result.body), { status: result.status, headers: result.headers })
 * console.log(result.claims.sub)
 * ```
 */
export async function authenticateRequest<C>(
  verifier: TokenVerifier<C>,
  authorization: string | readonly string[] | null | undefined,
  options: AuthenticateOptions = {},
): Promise<AuthenticationResult<C>> {
  if (typeof verifier?.verify !== 'function')
    throw new TypeError('authenticateRequest: verifier must have a verify(token) method')
  const resolved = resolveAuthenticateOptions(options)
  const required = resolved.scopes
  let token: string | undefined
  try {
    token = readBearerToken(authorization)
  } catch (error) {
    if (!(error instanceof BearerTokenError)) throw error
    return fail(400, 'invalid_request', 'The Authorization header must be one "Bearer <token>"', error, resolved)
  }
  if (token === undefined) {
    const reason = new BearerTokenError('the request carries no bearer token')
    return fail(401, undefined, 'A bearer token is required', reason, resolved)
  }
  let claims: C
  try {
    claims = await verifier.verify(token)
  } catch (error) {
    if (error instanceof JwtInvalidScopeError) {
      return fail(403, 'insufficient_scope', 'The access token lacks a required scope', error, resolved, error.required)
    }
    // The keys cannot be fetched: a server-side problem, not a verdict on the token.
    if (
      error instanceof JwksFetchError ||
      (error instanceof WaitPeriodNotYetEndedJwkError && error.cause instanceof JwksFetchError)
    ) {
      return fail(503, undefined, 'The keys to verify tokens are unavailable; retry later', error, resolved)
    }
    if (error instanceof JwtVerificationError) return fail(401, 'invalid_token', INVALID_TOKEN, error, resolved)
    throw error
  }
  if (required.length > 0) {
    const scope = Object.hasOwn(claims as object, 'scope') ? (claims as { scope?: unknown }).scope : undefined
    const granted = typeof scope === 'string' ? scope.split(' ') : []
    if (!required.some((s) => granted.includes(s))) {
      return fail(
        403,
        'insufficient_scope',
        'The access token lacks a required scope',
        new JwtInvalidScopeError(required),
        resolved,
        required,
      )
    }
  }
  return { ok: true, claims, token }
}

function fail(
  status: AuthenticationFailure['status'],
  error: BearerErrorCode | undefined,
  description: string,
  reason: Error,
  options: ResolvedAuthenticateOptions,
  scope?: readonly string[],
): AuthenticationFailure {
  options.onRejected?.(reason)
  const headers: Record<string, string> = { 'content-type': 'application/json', 'cache-control': 'no-store' }
  if (status === 503) headers['retry-after'] = '5'
  else {
    headers['www-authenticate'] = wwwAuthenticate({
      ...(options.realm === undefined ? {} : { realm: options.realm }),
      ...(error === undefined ? {} : { error, errorDescription: description }),
      ...(scope === undefined ? {} : { scope }),
    })
  }
  const code = error ?? (status === 503 ? 'temporarily_unavailable' : 'unauthorized')
  return Object.freeze({
    ok: false as const,
    status,
    headers: Object.freeze(headers),
    body: Object.freeze({ error: code, error_description: description }),
    reason,
  })
}
