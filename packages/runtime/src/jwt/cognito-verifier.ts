/**
 * The public shape of a verifier and of `createCognitoVerifier`. The function itself is defined
 * twice, once per platform (`node:crypto` and WebCrypto), and chosen by package export conditions.
 *
 * @module
 */
import type { CustomAttributeTypes, UserPoolDefinition } from '@cognito-kit/builder/definition'
import type { ClaimsForTokenUse } from './claims.js'
import type {
  ClaimsOfOptions,
  CognitoVerifierOptions,
  CognitoVerifierPoolOptions,
  CognitoVerifierSharedOptions,
} from './verifier-options.js'

/** Verifies Cognito ID or access tokens of one or more user pools. */
export interface CognitoVerifier<C> {
  /**
   * Verifies a token: size, structure, header, issuer, key, RS256 signature, then `exp`, `iat`,
   * `nbf`, `token_use`, client, groups and scope. Resolves to the deep-frozen claims.
   *
   * @throws {JwtVerificationError} one subclass per reason, each with a stable `code`.
   *
   * @example
   * ```ts
   * const claims = await verifier.verify(token)
   * console.log(claims.sub, claims.token_use)
   * ```
   */
  verify(token: string): Promise<C>
  /**
   * Fetches the JWKS of every pool now (for example during a cold start), instead of on the
   * first verification. Rejects only when every fetch failed.
   *
   * @example
   * ```ts
   * await verifier.hydrate()
   * ```
   */
  hydrate(): Promise<void>
  /** Which implementation verifies signatures: `node:crypto` or WebCrypto. */
  readonly implementation: 'node' | 'webcrypto'
  /** Every issuer this verifier accepts, in configuration order. */
  readonly issuers: readonly string[]
}

/** Custom attribute types of a definition type, or `{}`. */
export type AttributesOfDefinition<D> =
  D extends UserPoolDefinition<infer A, string, string> ? (A extends CustomAttributeTypes ? A : {}) : {}

/** The type of `createCognitoVerifier`. */
export interface CreateCognitoVerifier {
  /**
   * A verifier for one user pool. The claims type follows `tokenUse` (and the definition's custom
   * attributes, when one is given).
   */
  <
    D extends UserPoolDefinition<any, any, any> | undefined = undefined,
    const T extends 'id' | 'access' | null = 'id' | 'access' | null,
  >(
    options: CognitoVerifierOptions<D> & { readonly tokenUse: T },
  ): CognitoVerifier<ClaimsForTokenUse<T, AttributesOfDefinition<D>>>
  /**
   * A verifier for several user pools at once; a token is matched to its pool by `iss`. The
   * claims type is the union over the pools.
   */
  <const P extends readonly [CognitoVerifierPoolOptions<any>, ...CognitoVerifierPoolOptions<any>[]]>(
    pools: P,
    shared?: CognitoVerifierSharedOptions<ClaimsOfOptions<P[number]>>,
  ): CognitoVerifier<ClaimsOfOptions<P[number]>>
}
