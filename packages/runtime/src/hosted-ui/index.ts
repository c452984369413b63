/**
 * `@cognito-kit/runtime/hosted-ui`: URLs for Cognito's hosted UI / managed login, with random
 * `state`, `nonce` and PKCE values from WebCrypto. No jose, no openid-client, no Node built-ins:
 * it runs in browsers as is.
 *
 * @module
 */

export { CognitoRuntimeError, isCognitoRuntimeError, type OptionsIssue, OptionsValidationError } from '../errors.js'
export type { ScopeOf, StandardScope } from '../scopes.js'
export { type CognitoPrefixDomain, cognitoDomainUrl, FIPS_REGIONS, type HostedUiDomain } from './cognito-domain.js'
export {
  type AuthorizationRequest,
  type HostedUi,
  type HostedUiBaseOptions,
  type HostedUiOptions,
  type HostedUiPrompt,
  hostedUi,
  type LogoutParams,
  type SignInParams,
} from './hosted-ui.js'
export {
  createPkcePair,
  type PkcePair,
  pkceChallenge,
  randomCodeVerifier,
  randomNonce,
  randomState,
} from './random-values.js'
