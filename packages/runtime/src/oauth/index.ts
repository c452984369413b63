/**
 * `@cognito-kit/runtime/oauth`: OAuth 2.0 / OIDC flows against a Cognito user pool domain, on
 * openid-client v6.
 *
 * @module
 */

export {
  CognitoRuntimeError,
  isCognitoRuntimeError,
  OAuthFlowError,
  type OptionsIssue,
  OptionsValidationError,
  type RuntimeErrorCode,
} from '../errors.js'
export type { CognitoPrefixDomain, HostedUiDomain } from '../hosted-ui/cognito-domain.js'
export type { AuthorizationRequest, LogoutParams, SignInParams } from '../hosted-ui/hosted-ui.js'
export {
  type ClientCredentialsParams,
  type CognitoOAuthBaseOptions,
  type CognitoOAuthClient,
  type CognitoOAuthOptions,
  type CognitoTokens,
  cognitoOAuth,
  type DefinitionBinding,
  type DiscoverCognitoOAuthOptions,
  discoverCognitoOAuth,
  type PendingAuthorization,
} from './cognito-oauth.js'
