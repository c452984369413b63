/**
 * The access-token verifier of the example API.
 *
 * @module
 */
import {
  type CognitoAccessTokenClaims,
  type CognitoVerifier,
  createCognitoVerifier,
  type JwksDocument,
} from '@cognito-kit/runtime'

/** Options of {@link createBackendVerifier}. */
export interface BackendVerifierOptions {
  /** The user pool id, e.g. `eu-west-1_AbCdEf123`. */
  readonly userPoolId: string
  /** The app client id(s) whose access tokens the API accepts. */
  readonly clientId: string | readonly string[]
  /**
   * The pool's JWKS given up front (tests, offline use); otherwise it is fetched from the pool.
   * @default - fetched from `https://cognito-idp.{region}.amazonaws.com/{userPoolId}/.well-known/jwks.json`
   */
  readonly jwks?: JwksDocument
  /**
   * For emulators and stand-ins only (cognito-local, the oidc stand-in): the exact issuer, `http:`
   * allowed on loopback hosts, and where its keys are.
   * @default - the issuer derived from `userPoolId`
   */
  readonly unsafeCustomIssuer?: { readonly issuer: string; readonly jwksUri?: string }
}

/**
 * A verifier of the pool's access tokens for the given client(s), with a small cache of verified
 * tokens.
 *
 * @example
 * ```ts
 * const verifier = createBackendVerifier({ userPoolId: 'eu-west-1_AbCdEf123', clientId: '1example23456789' })
 * ```
 */
export function createBackendVerifier(options: BackendVerifierOptions): CognitoVerifier<CognitoAccessTokenClaims> {
  return createCognitoVerifier({
    userPoolId: options.userPoolId,
    tokenUse: 'access',
    clientId: options.clientId,
    cache: { maxEntries: 1000, maxAgeSeconds: 60 },
    ...(options.jwks === undefined ? {} : { jwks: options.jwks }),
    ...(options.unsafeCustomIssuer === undefined ? {} : { unsafeCustomIssuer: options.unsafeCustomIssuer }),
  })
}
