/**
 * What `./jwt` exports besides `createCognitoVerifier` (identical for both platforms).
 *
 * @module
 */

export {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidGroupError,
  CognitoJwtInvalidTokenUseError,
  CognitoRuntimeError,
  isCognitoRuntimeError,
  JwksFetchError,
  type JwksFetchFailure,
  JwksValidationError,
  JwkValidationError,
  JwtCustomCheckError,
  JwtExpiredError,
  JwtInvalidClaimError,
  JwtInvalidClaimTypeError,
  JwtInvalidIssuerError,
  JwtInvalidScopeError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtIssuedInFutureError,
  type JwtMalformedReason,
  JwtMissingClaimError,
  JwtNotBeforeError,
  JwtParseError,
  JwtTooLargeError,
  JwtUnsupportedHeaderError,
  JwtVerificationError,
  JwtWithoutValidKidError,
  KidNotFoundInJwksError,
  type OptionsIssue,
  OptionsValidationError,
  type RuntimeErrorCode,
  WaitPeriodNotYetEndedJwkError,
} from '../errors.js'
export type { ScopeOf, StandardScope } from '../scopes.js'
export { parseUserPoolId, type UserPoolIdInfo } from '../user-pool-id.js'
export type {
  ClaimsForTokenUse,
  CognitoAccessTokenClaims,
  CognitoIdentityClaim,
  CognitoIdTokenClaims,
  CognitoIdTokenStandardClaims,
  CognitoTokenClaims,
  CognitoTokenClaimsBase,
  CustomAttributeClaims,
  VerifiedTokenHeader,
} from './claims.js'
export type { AttributesOfDefinition, CognitoVerifier, CreateCognitoVerifier } from './cognito-verifier.js'
export type { Jwk, JwksDocument } from './jwks-document.js'
export type {
  ClaimsOfOptions,
  CognitoVerifierOptions,
  CognitoVerifierPoolOptions,
  CognitoVerifierSharedOptions,
  CustomCheckContext,
  FetchLike,
  JwksFetchOptions,
  ResponseLike,
  UnsafeCustomIssuer,
  VerifiedTokenCacheOptions,
} from './verifier-options.js'
