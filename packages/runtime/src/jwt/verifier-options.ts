/**
 * Options of {@link createCognitoVerifier} and the types derived from them.
 *
 * @module
 */
import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import type { ScopeOf } from '../scopes.js'
import type { ClaimsForTokenUse, CognitoTokenClaims, VerifiedTokenHeader } from './claims.js'
import type { JwksDocument } from './jwks-document.js'

/**
 * An explicit escape hatch for emulators (cognito-local, LocalStack) and test servers: a custom
 * issuer and JWKS URL instead of the ones derived from the pool id. `https:` anywhere, `http:` only
 * on a loopback host (127.0.0.1, ::1, localhost).
 */
export interface UnsafeCustomIssuer {
  /** The exact `iss` the tokens carry, e.g. `http://127.0.0.1:9229/local_abc123`. */
  readonly issuer: string
  /**
   * Where to fetch the JWKS.
   * @default - `{issuer}/.well-known/jwks.json`
   */
  readonly jwksUri?: string
}

/** One user pool the verifier accepts tokens from. */
export interface CognitoVerifierPoolOptions<D extends UserPoolDefinition<any, any, any> | undefined = undefined> {
  /**
   * The user pool id, e.g. `eu-west-1_AbCdEf123`. The issuers and JWKS URLs derive from it, and
   * from nothing else.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
   */
  readonly userPoolId: string
  /**
   * Which tokens to accept: `'id'`, `'access'`, or `null` for either. Required: pass `null`
   * explicitly to accept both kinds. The claims type narrows accordingly.
   */
  readonly tokenUse: 'id' | 'access' | null
  /**
   * The app client id(s) a token must belong to: `aud` for ID tokens, `client_id` for access
   * tokens. Required: pass `null` explicitly to accept any client of the pool.
   */
  readonly clientId: string | readonly string[] | null
  /**
   * Groups of which the user must be in at least one (`cognito:groups`).
   * @default null (no group check)
   */
  readonly groups?: string | readonly string[] | null
  /**
   * Scopes of which the token must carry at least one (`scope`, access tokens).
   * @default null (no scope check)
   */
  readonly scope?: ScopeOf<D> | readonly ScopeOf<D>[] | null
  /**
   * The pool's JWKS given up front, for tests and offline use. When set, the verifier never
   * fetches keys for this pool: an unknown `kid` fails with `KidNotFoundInJwksError`.
   * @default - fetched from the pool's JWKS URL when first needed
   */
  readonly jwks?: JwksDocument
  /**
   * Which issuer formats to accept: the original `cognito-idp.{region}` one, the updated
   * `issuer-cognito-idp.{region}` one (multi-Region replication), or both.
   * @default 'both'
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IssuerConfigurationType.html
   */
  readonly issuerFormat?: 'original' | 'updated' | 'both'
  /**
   * The pool's definition (`pool.toDefinition()`). Types the custom-attribute claims and the
   * `scope` option; at creation the `groups` and `scope` options are checked against it.
   * @default - no definition: custom claims are untyped
   */
  readonly definition?: D
  /**
   * Escape hatch for emulators and tests: accept tokens of this issuer and fetch keys from this
   * URL. Relaxes the pool id format (cognito-local ids look like `local_0OAdJKZ2`). Never use it
   * with a value that comes from a request.
   * @default - issuers derived from `userPoolId`
   */
  readonly unsafeCustomIssuer?: UnsafeCustomIssuer
}

/** A `fetch`-compatible function, for proxies, custom agents or tests. */
export type FetchLike = (
  url: string,
  init: {
    readonly method: 'GET'
    readonly redirect: 'manual'
    readonly signal: AbortSignal
    readonly headers: Readonly<Record<string, string>>
  },
) => Promise<ResponseLike>

/** The parts of a `Response` the JWKS fetcher reads. */
export interface ResponseLike {
  /** HTTP status; anything but 200 fails the fetch. */
  readonly status: number
  /** Response headers (`content-length` is read). */
  readonly headers: {
    /** A header value, or `null`. */
    get(name: string): string | null
  }
  /** The body, read as a stream so that the byte cap applies while reading. */
  readonly body: ReadableStream<Uint8Array> | null
  /** `true` when the fetch followed a redirect anyway: the answer is refused. @default - not reported */
  readonly redirected?: boolean
}

/** How JWKS documents are fetched. */
export interface JwksFetchOptions {
  /**
   * The function used to fetch; it receives `redirect: 'manual'` and an abort signal. Redirects,
   * non-200 answers, oversized bodies and timeouts are refused whatever it does.
   * @default globalThis.fetch
   */
  readonly fetch?: FetchLike
  /**
   * Milliseconds for the whole request, body included.
   * @default 3000
   */
  readonly timeoutMs?: number
  /**
   * Largest accepted JWKS body, in bytes (a Cognito JWKS is about 1 KB).
   * @default 65536
   */
  readonly maxBytes?: number
  /**
   * Milliseconds after a fetch before an unknown `kid` may trigger another fetch of the same
   * JWKS URL. Defeats random-`kid` flooding; known keys keep working meanwhile.
   * @default 10000
   */
  readonly cooldownMs?: number
}

/** The optional cache of verified tokens. */
export interface VerifiedTokenCacheOptions {
  /**
   * Most tokens kept; the least recently used one is dropped first.
   * @default 1000
   */
  readonly maxEntries?: number
  /**
   * Longest time, in seconds, a verified token is served from the cache. An entry never outlives
   * the token's own `exp`.
   * @default 60
   */
  readonly maxAgeSeconds?: number
}

/** Context given to a `customCheck`. */
export interface CustomCheckContext {
  /** The token's verified protected header. */
  readonly header: VerifiedTokenHeader
  /** The user pool id of the pool whose issuer signed the token. */
  readonly userPoolId: string
}

/** Options that apply to every pool of a verifier. */
export interface CognitoVerifierSharedOptions<C = CognitoTokenClaims> {
  /**
   * Clock skew, in seconds, allowed on `exp`, `nbf` and `iat`. At most 60.
   * @default 5
   */
  readonly clockTolerance?: number
  /**
   * Longest accepted token, in characters, checked before anything is decoded. Cognito tokens
   * are 1–4 KB; many groups or attributes make ID tokens longer.
   * @default 16384
   */
  readonly maxTokenLength?: number
  /**
   * Longest accepted token lifetime, `exp - iat`, in seconds. Cognito issues ID and access tokens
   * valid for at most one day, so a token claiming to live longer was not issued by Cognito (or
   * was issued for a replay window nobody asked for). Raise it only for an emulator or custom
   * issuer that issues longer-lived tokens.
   * @default 86400
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html
   */
  readonly maxTokenLifetime?: number
  /**
   * Cache verified tokens (keyed by the SHA-256 of the exact token string). Failures are never
   * cached. `true` uses the defaults.
   * @default false
   */
  readonly cache?: boolean | VerifiedTokenCacheOptions
  /** How JWKS documents are fetched. */
  readonly jwksFetch?: JwksFetchOptions
  /**
   * Runs last, after every other check passed (also on cache hits). Throw to reject; the error
   * becomes the `cause` of a `JwtCustomCheckError`.
   * @default - none
   */
  readonly customCheck?: (claims: C, context: CustomCheckContext) => void | Promise<void>
  /**
   * Attach the verified claims to claim errors (`error.claims`), e.g. for logging who was refused.
   * Only errors raised after the signature verified can carry them.
   * @default false
   */
  readonly includeClaimsInErrors?: boolean
}

/** Options of a single-pool verifier. */
export interface CognitoVerifierOptions<D extends UserPoolDefinition<any, any, any> | undefined = undefined>
  extends CognitoVerifierPoolOptions<D>,
    CognitoVerifierSharedOptions {}

/** Custom attribute types of the pool options' definition, or `{}`. */
export type AttributesOfOptions<O> = O extends { readonly definition: infer D }
  ? D extends UserPoolDefinition<infer A, string, string>
    ? A
    : {}
  : O extends { readonly definition?: infer D }
    ? [D] extends [UserPoolDefinition<infer A, string, string> | undefined]
      ? A
      : {}
    : {}

/** The claims a verifier built from these pool options resolves to (a union over several pools). */
export type ClaimsOfOptions<O> = O extends {
  /** The configured token use. */
  readonly tokenUse: infer T extends 'id' | 'access' | null
}
  ? ClaimsForTokenUse<T, AttributesOfOptions<O>>
  : never
