/**
 * Errors thrown by `@cognito-kit/runtime`. Every error extends {@link CognitoRuntimeError} and
 * carries a stable `code` (switch on it; messages may change). Class names follow aws-jwt-verify
 * (`JwtExpiredError`, `CognitoJwtInvalidClientIdError`, ...), codes follow jose (`ERR_JWT_EXPIRED`).
 *
 * Importing this module never pulls in jose or openid-client.
 *
 * @module
 */

const SHARED_BRAND = Symbol.for('@cognito-kit/error')
const RUNTIME_BRAND = Symbol.for('@cognito-kit/runtime/error')

/** Stable codes of the runtime's errors. */
export type RuntimeErrorCode =
  // --- arguments ---------------------------------------------------------------------------
  /** Options (of a verifier, URL builder or OAuth client) break a rule; see `issues`. */
  | 'ERR_OPTIONS_INVALID'
  // --- token structure (before the signature is checked) ----------------------------------
  /** Not a compact JWS: wrong number of segments, bad base64url, bad JSON, not an object, duplicate or forbidden member, too deep. */
  | 'ERR_JWT_MALFORMED'
  /** The token is longer than `maxTokenLength`; it was rejected before any decoding. */
  | 'ERR_JWT_TOO_LARGE'
  /** The header `alg` is not `RS256` (`none`, `HS256`, `PS256`, `ES256`, missing, ...). */
  | 'ERR_JWT_ALG_NOT_ALLOWED'
  /** The header carries a parameter we refuse: `crit`, `jku`, `x5u`, `jwk`, `x5c`, `x5t`, `cty`, `b64`, `zip`, `enc`, or an unexpected `typ`. */
  | 'ERR_JWT_HEADER_UNSUPPORTED'
  /** The header has no `kid`, or it is not a non-empty string. */
  | 'ERR_JWT_KID_MISSING'
  // --- keys -------------------------------------------------------------------------------
  /** No key with the token's `kid` for the token's issuer, even after refetching the JWKS. */
  | 'ERR_JWKS_NO_MATCHING_KEY'
  /** The `kid` is unknown and the JWKS was fetched too recently to fetch it again (cooldown). */
  | 'ERR_JWKS_COOLDOWN'
  /** Fetching the JWKS failed: network, timeout, non-200 status, redirect, too large, not JSON. */
  | 'ERR_JWKS_FETCH_FAILED'
  /** The JWKS document is not a `{ keys: [...] }` object. */
  | 'ERR_JWKS_INVALID'
  /** The key selected for the token is unusable: not RSA, `use` not `sig`, `alg` not RS256, < 2048 bits, private members. */
  | 'ERR_JWK_INVALID'
  // --- signature and claims ---------------------------------------------------------------
  /** The signature does not verify. */
  | 'ERR_JWT_SIGNATURE_INVALID'
  /** `exp` has passed. */
  | 'ERR_JWT_EXPIRED'
  /** `nbf` is in the future. */
  | 'ERR_JWT_NOT_YET_VALID'
  /** `iat` is in the future. */
  | 'ERR_JWT_ISSUED_IN_FUTURE'
  /** A required claim is missing. */
  | 'ERR_JWT_CLAIM_MISSING'
  /** A claim has the wrong type (`exp: "..."`, `aud: {}`, `cognito:groups: "x"`). */
  | 'ERR_JWT_CLAIM_INVALID'
  /** `iss` is not one of the configured issuers. */
  | 'ERR_JWT_ISSUER_MISMATCH'
  /** `token_use` is not the configured one (an ID token used as an access token, or the reverse). */
  | 'ERR_JWT_TOKEN_USE_MISMATCH'
  /** `aud` or `azp` (ID token) or `client_id` (access token) is not an allowed client. */
  | 'ERR_JWT_CLIENT_ID_MISMATCH'
  /** None of the required groups is in `cognito:groups`. */
  | 'ERR_JWT_GROUP_MISMATCH'
  /** None of the required scopes is in `scope`. */
  | 'ERR_JWT_SCOPE_MISMATCH'
  /** The `customCheck` option rejected the token. */
  | 'ERR_JWT_CUSTOM_CHECK_FAILED'
  // --- OAuth flows ------------------------------------------------------------------------
  /** The callback's `state` is missing or differs from the one sent. */
  | 'ERR_OAUTH_STATE_MISMATCH'
  /** The ID token's `nonce` is missing or differs from the one sent. */
  | 'ERR_OAUTH_NONCE_MISMATCH'
  /** The callback names another issuer in `iss` (RFC 9207 authorization server mix-up). */
  | 'ERR_OAUTH_ISSUER_MISMATCH'
  /** The authorization server redirected back with `?error=...`. */
  | 'ERR_OAUTH_CALLBACK_ERROR'
  /** The token, revocation or userInfo endpoint answered with an OAuth error (`invalid_grant`, ...). */
  | 'ERR_OAUTH_SERVER_ERROR'
  /** A request to the authorization server failed, or its response was not understood. */
  | 'ERR_OAUTH_REQUEST_FAILED'
  // --- backend helpers --------------------------------------------------------------------
  /** The `Authorization` header is not a single `Bearer <token>`. */
  | 'ERR_BEARER_MALFORMED'

/** One problem found in options passed to the runtime. */
export interface OptionsIssue {
  /** Dotted path to the offending option, e.g. `clientId` or `pools.1.userPoolId`. */
  readonly path: string
  /** Rule identifier, e.g. `UserPoolIdFormat`, `RedirectUriNotRegistered`. */
  readonly rule: string
  /** A sentence naming the option, the rule and the received value. */
  readonly message: string
}

/**
 * Base class of every error the runtime throws.
 *
 * @example
 * ```ts
 * try {
 *   await verifier.verify(token)
 * } catch (error) {
 *   if (isCognitoRuntimeError(error) && error.code === 'ERR_JWT_EXPIRED') return refresh()
 *   throw error
 * }
 * ```
 */
export class CognitoRuntimeError extends Error {
  /** Stable machine-readable code. */
  readonly code: RuntimeErrorCode

  constructor(code: RuntimeErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
    Object.defineProperty(this, SHARED_BRAND, { value: true })
    Object.defineProperty(this, RUNTIME_BRAND, { value: true })
  }
}

/**
 * True for any error thrown by `@cognito-kit/runtime`, even across duplicate installed copies
 * (checks a `Symbol.for` brand, not `instanceof`).
 *
 * @example
 * ```ts
 * if (isCognitoRuntimeError(error)) log.warn({ code: error.code }, 'token rejected')
 * ```
 */
export function isCognitoRuntimeError(value: unknown): value is CognitoRuntimeError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[RUNTIME_BRAND] === true
}

// ------------------------------------------------------------------------------------------
// Arguments
// ------------------------------------------------------------------------------------------

/**
 * Options break one or more rules. `issues` lists every problem, not only the first.
 *
 * @example
 * ```ts
 * try { createCognitoVerifier({ userPoolId: 'nope', tokenUse: 'id', clientId: null }) }
 * catch (e) { if (e instanceof OptionsValidationError) console.log(e.issues.map((i) => i.path)) }
 * ```
 */
export class OptionsValidationError extends CognitoRuntimeError {
  /** Every problem found, each with its path and rule. */
  readonly issues: readonly OptionsIssue[]

  constructor(subject: string, issues: readonly OptionsIssue[]) {
    const list = issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')
    super(
      'ERR_OPTIONS_INVALID',
      `Invalid ${subject} (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${list}`,
    )
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })))
  }
}

// ------------------------------------------------------------------------------------------
// Token verification
// ------------------------------------------------------------------------------------------

/** Base of every error `verify()` rejects with. Each one means "this token is not accepted". */
export class JwtVerificationError extends CognitoRuntimeError {}

/** Why a token is malformed. */
export type JwtMalformedReason =
  | 'not-a-string'
  | 'segments'
  | 'base64url'
  | 'utf8'
  | 'json'
  | 'not-an-object'
  | 'duplicate-member'
  | 'forbidden-member'
  | 'nesting'

/** The token is not a well-formed compact JWS (checked before the signature). */
export class JwtParseError extends JwtVerificationError {
  /** Which structural rule failed. */
  readonly reason: JwtMalformedReason
  /** `header`, `payload` or `signature`, when the problem is in one segment. */
  readonly segment: 'header' | 'payload' | 'signature' | undefined

  constructor(reason: JwtMalformedReason, message: string, segment?: 'header' | 'payload' | 'signature') {
    super('ERR_JWT_MALFORMED', message)
    this.reason = reason
    this.segment = segment
  }
}

/** The token is longer than the configured cap; nothing was decoded. */
export class JwtTooLargeError extends JwtVerificationError {
  /** The token's length in characters. */
  readonly length: number
  /** The configured `maxTokenLength`. */
  readonly maxLength: number

  constructor(length: number, maxLength: number) {
    super('ERR_JWT_TOO_LARGE', `JWT is ${length} characters long, more than maxTokenLength (${maxLength})`)
    this.length = length
    this.maxLength = maxLength
  }
}

/** The header `alg` is not `RS256`. */
export class JwtInvalidSignatureAlgorithmError extends JwtVerificationError {
  /** The header's `alg`, as received. */
  readonly alg: unknown

  constructor(alg: unknown) {
    super(
      'ERR_JWT_ALG_NOT_ALLOWED',
      `JWT header alg must be "RS256"; received ${alg === undefined ? 'no alg' : JSON.stringify(alg)}`,
    )
    this.alg = alg
  }
}

/** The header carries a parameter this verifier refuses to honour. */
export class JwtUnsupportedHeaderError extends JwtVerificationError {
  /** The refused header parameter (`crit`, `jku`, `typ`, ...). */
  readonly parameter: string

  constructor(parameter: string, message: string) {
    super('ERR_JWT_HEADER_UNSUPPORTED', message)
    this.parameter = parameter
  }
}

/** The header has no usable `kid`. */
export class JwtWithoutValidKidError extends JwtVerificationError {
  constructor(message = 'JWT header has no kid (a non-empty string is required)') {
    super('ERR_JWT_KID_MISSING', message)
  }
}

/** No key with this `kid` is published for the token's issuer. */
export class KidNotFoundInJwksError extends JwtVerificationError {
  /** The token's `kid`. */
  readonly kid: string
  /** The issuer whose JWKS lacks it. */
  readonly issuer: string

  constructor(issuer: string, kid: string) {
    super('ERR_JWKS_NO_MATCHING_KEY', `No key with kid ${JSON.stringify(kid)} in the JWKS of ${issuer}`)
    this.kid = kid
    this.issuer = issuer
  }
}

/** The `kid` is unknown and the JWKS was fetched less than `jwksCooldown` ago. */
export class WaitPeriodNotYetEndedJwkError extends JwtVerificationError {
  /** The unknown `kid`. */
  readonly kid: string
  /** The issuer whose JWKS may not be fetched yet. */
  readonly issuer: string
  /** Milliseconds until the JWKS may be fetched again. */
  readonly retryAfterMs: number

  constructor(issuer: string, kid: string, retryAfterMs: number, cause?: unknown) {
    super(
      'ERR_JWKS_COOLDOWN',
      `No key with kid ${JSON.stringify(kid)} for ${issuer}; the JWKS was fetched recently, next fetch allowed in ${retryAfterMs} ms`,
      { cause },
    )
    this.kid = kid
    this.issuer = issuer
    this.retryAfterMs = retryAfterMs
  }
}

/** Why a JWKS fetch failed. */
export type JwksFetchFailure = 'network' | 'timeout' | 'status' | 'redirect' | 'too-large' | 'not-json' | 'insecure-url'

/** Fetching a JWKS failed. Keys fetched earlier keep working. */
export class JwksFetchError extends JwtVerificationError {
  /** The JWKS URL. */
  readonly url: string
  /** What went wrong. */
  readonly reason: JwksFetchFailure
  /** HTTP status, when the server answered. */
  readonly status: number | undefined

  constructor(url: string, reason: JwksFetchFailure, message: string, options?: { cause?: unknown; status?: number }) {
    super('ERR_JWKS_FETCH_FAILED', `JWKS fetch from ${url} failed: ${message}`, options)
    this.url = url
    this.reason = reason
    this.status = options?.status
  }
}

/** A JWKS document is not a `{ keys: [...] }` object of JWK objects. */
export class JwksValidationError extends JwtVerificationError {
  constructor(message: string) {
    super('ERR_JWKS_INVALID', message)
  }
}

/** The key selected for the token is not an acceptable RS256 verification key. */
export class JwkValidationError extends JwtVerificationError {
  /** The refused key's `kid`. */
  readonly kid: string | undefined

  constructor(kid: string | undefined, message: string, options?: { cause?: unknown }) {
    super(
      'ERR_JWK_INVALID',
      `JWK ${kid === undefined ? '(no kid)' : JSON.stringify(kid)} rejected: ${message}`,
      options,
    )
    this.kid = kid
  }
}

/** The signature does not verify with the issuer's key for this `kid`. */
export class JwtInvalidSignatureError extends JwtVerificationError {
  constructor() {
    super('ERR_JWT_SIGNATURE_INVALID', 'JWT signature is invalid')
  }
}

/**
 * Base of the errors raised after the signature verified, while checking claims.
 * These carry the claim name and, with `includeClaimsInErrors`, the verified claims.
 */
export class JwtInvalidClaimError extends JwtVerificationError {
  /** The claim that failed. */
  readonly claim: string
  /** The verified claims, only when the verifier was created with `includeClaimsInErrors: true`. */
  claims: Readonly<Record<string, unknown>> | undefined

  constructor(code: RuntimeErrorCode, claim: string, message: string) {
    super(code, message)
    this.claim = claim
    this.claims = undefined
  }
}

/** A NumericDate as text: ISO 8601 when a `Date` can hold it, else the raw seconds. */
function describeTime(seconds: number): string {
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? `${seconds} (seconds since the epoch)` : date.toISOString()
}

/** `exp` has passed (beyond the clock tolerance). */
export class JwtExpiredError extends JwtInvalidClaimError {
  /** The token's `exp` as a date (an invalid `Date` when `exp` is beyond what a `Date` holds). */
  readonly expiredAt: Date

  constructor(exp: number) {
    super('ERR_JWT_EXPIRED', 'exp', `JWT expired at ${describeTime(exp)}`)
    this.expiredAt = new Date(exp * 1000)
  }
}

/** `nbf` is in the future (beyond the clock tolerance). */
export class JwtNotBeforeError extends JwtInvalidClaimError {
  constructor(nbf: number) {
    super('ERR_JWT_NOT_YET_VALID', 'nbf', `JWT is not valid before ${describeTime(nbf)}`)
  }
}

/** `iat` is in the future (beyond the clock tolerance). */
export class JwtIssuedInFutureError extends JwtInvalidClaimError {
  constructor(iat: number) {
    super('ERR_JWT_ISSUED_IN_FUTURE', 'iat', `JWT iat ${describeTime(iat)} is in the future`)
  }
}

/** A claim required for this token type is absent. */
export class JwtMissingClaimError extends JwtInvalidClaimError {
  constructor(claim: string) {
    super('ERR_JWT_CLAIM_MISSING', claim, `JWT claim ${JSON.stringify(claim)} is required but missing`)
  }
}

/** A claim has the wrong type or shape. */
export class JwtInvalidClaimTypeError extends JwtInvalidClaimError {
  constructor(claim: string, expected: string) {
    super('ERR_JWT_CLAIM_INVALID', claim, `JWT claim ${JSON.stringify(claim)} must be ${expected}`)
  }
}

/** `iss` is not a configured issuer. */
export class JwtInvalidIssuerError extends JwtInvalidClaimError {
  /** The token's `iss`. */
  readonly actual: unknown

  constructor(actual: unknown) {
    super(
      'ERR_JWT_ISSUER_MISMATCH',
      'iss',
      `JWT issuer ${JSON.stringify(actual)} is not one of the configured user pool issuers`,
    )
    this.actual = actual
  }
}

/** `token_use` is not the configured one. */
export class CognitoJwtInvalidTokenUseError extends JwtInvalidClaimError {
  /** The token's `token_use`. */
  readonly actual: unknown
  /** The configured `tokenUse` (`null`: id or access). */
  readonly expected: 'id' | 'access' | null

  constructor(actual: unknown, expected: 'id' | 'access' | null) {
    super(
      'ERR_JWT_TOKEN_USE_MISMATCH',
      'token_use',
      `JWT token_use ${JSON.stringify(actual)} is not ${expected === null ? '"id" or "access"' : JSON.stringify(expected)}`,
    )
    this.actual = actual
    this.expected = expected
  }
}

/** `aud` or `azp` (ID token) or `client_id` (access token) is not an allowed client. */
export class CognitoJwtInvalidClientIdError extends JwtInvalidClaimError {
  /** The token's `aud`, `azp` or `client_id`. */
  readonly actual: unknown

  constructor(claim: 'aud' | 'azp' | 'client_id', actual: unknown) {
    super('ERR_JWT_CLIENT_ID_MISMATCH', claim, `JWT ${claim} ${JSON.stringify(actual)} is not an allowed client id`)
    this.actual = actual
  }
}

/** None of the required groups is in `cognito:groups`. */
export class CognitoJwtInvalidGroupError extends JwtInvalidClaimError {
  constructor(required: readonly string[]) {
    super(
      'ERR_JWT_GROUP_MISMATCH',
      'cognito:groups',
      `JWT cognito:groups contains none of the required groups (${required.join(', ')})`,
    )
  }
}

/** None of the required scopes is in `scope`. */
export class JwtInvalidScopeError extends JwtInvalidClaimError {
  /** The scopes of which at least one was required. */
  readonly required: readonly string[]

  constructor(required: readonly string[]) {
    super('ERR_JWT_SCOPE_MISMATCH', 'scope', `JWT scope contains none of the required scopes (${required.join(' ')})`)
    this.required = required
  }
}

/** The verifier's `customCheck` threw; its error is the `cause`. */
export class JwtCustomCheckError extends JwtInvalidClaimError {
  constructor(cause: unknown) {
    super(
      'ERR_JWT_CUSTOM_CHECK_FAILED',
      '(custom)',
      `JWT rejected by customCheck: ${cause instanceof Error ? cause.message : String(cause)}`,
    )
    Object.defineProperty(this, 'cause', { value: cause, configurable: true, writable: true })
  }
}

// ------------------------------------------------------------------------------------------
// OAuth flows
// ------------------------------------------------------------------------------------------

/** A hosted-UI / OAuth flow failed. */
export class OAuthFlowError extends CognitoRuntimeError {
  /** The OAuth `error` value, when the server sent one (`invalid_grant`, `access_denied`, ...). */
  readonly error: string | undefined
  /** The OAuth `error_description`, when the server sent one. */
  readonly errorDescription: string | undefined
  /** HTTP status of the failing response, when there was one. */
  readonly status: number | undefined

  constructor(
    code: RuntimeErrorCode,
    message: string,
    details?: { error?: string; errorDescription?: string; status?: number; cause?: unknown },
  ) {
    super(code, message, details?.cause === undefined ? undefined : { cause: details.cause })
    this.error = details?.error
    this.errorDescription = details?.errorDescription
    this.status = details?.status
  }
}

// ------------------------------------------------------------------------------------------
// Backend helpers
// ------------------------------------------------------------------------------------------

/** The `Authorization` header is present but is not exactly one `Bearer <token68>`. */
export class BearerTokenError extends CognitoRuntimeError {
  constructor(message: string) {
    super('ERR_BEARER_MALFORMED', message)
  }
}
