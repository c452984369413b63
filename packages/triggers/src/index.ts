/**
 * `@cognito-kit/triggers`: typed, validated handlers for every Amazon Cognito user-pool Lambda
 * trigger. Each wrapper validates the event, types it (with the pool's custom attributes when
 * given a definition), validates the handler's response against Cognito's rules, and turns
 * `deny(message)` into the message Cognito shows.
 *
 * Subpaths: `@cognito-kit/triggers/schemas` (the zod schemas), `/testing` (event factory,
 * `invoke`), `/lambda-host` (a local Lambda Invoke API server for cognito-local).
 *
 * @module
 */
export { deny } from './deny.js'
export {
  CodeDecryptionError,
  errors,
  isTriggerError,
  TriggerDeniedError,
  TriggerError,
  type TriggerErrorCode,
  type TriggerIssue,
  TriggerValidationError,
  type TriggerValidationTarget,
  TriggerVersionMismatchError,
  UnsupportedTriggerSourceError,
} from './errors.js'
export {
  type ChallengeName,
  type ChallengeResult,
  NEXT_CHALLENGE_NAMES,
  type NextChallengeName,
} from './events/challenge-result.js'
export type {
  CreateAuthChallengeEvent,
  CreateAuthChallengeResponse,
  CreateAuthChallengeSource,
} from './events/create-auth-challenge.js'
export type {
  AccountTakeoverAction,
  AccountTakeoverAttributes,
  AccountTakeoverNotificationEvent,
  CustomEmailSenderEvent,
  CustomEmailSenderRequestType,
  CustomEmailSenderSource,
} from './events/custom-email-sender.js'
export {
  CUSTOM_MESSAGE_LIMITS,
  type CustomMessageEvent,
  type CustomMessageResponse,
  type CustomMessageSource,
} from './events/custom-message.js'
export type {
  CustomSmsSenderEvent,
  CustomSmsSenderRequestType,
  CustomSmsSenderSource,
} from './events/custom-sms-sender.js'
export type {
  DefineAuthChallengeEvent,
  DefineAuthChallengeResponse,
  DefineAuthChallengeSource,
} from './events/define-auth-challenge.js'
export type {
  FederatedAttributes,
  IdentityProviderType,
  InboundFederationEvent,
  InboundFederationResponse,
  InboundFederationSource,
} from './events/inbound-federation.js'
export type { PostAuthenticationEvent, PostAuthenticationSource } from './events/post-authentication.js'
export type {
  PostConfirmationConfirmForgotPasswordEvent,
  PostConfirmationConfirmSignUpEvent,
  PostConfirmationEvent,
  PostConfirmationSource,
} from './events/post-confirmation.js'
export type { PreAuthenticationEvent, PreAuthenticationSource } from './events/pre-authentication.js'
export type {
  PreSignUpAdminCreateUserEvent,
  PreSignUpEvent,
  PreSignUpExternalProviderEvent,
  PreSignUpResponse,
  PreSignUpSignUpEvent,
  PreSignUpSource,
} from './events/pre-sign-up.js'
export {
  type AccessTokenGeneration,
  type ClaimsAndScopeOverrideDetails,
  type ClaimsOverrideDetails,
  type ClaimsToAdd,
  type ClaimValue,
  type GroupConfiguration,
  type GroupOverrideDetails,
  type IdTokenGeneration,
  type PreTokenGenerationClientCredentialsEvent,
  type PreTokenGenerationEvent,
  type PreTokenGenerationV1Event,
  type PreTokenGenerationV1Response,
  type PreTokenGenerationV2Event,
  type PreTokenGenerationV2Response,
  type PreTokenGenerationV3Event,
  type PreTokenGenerationVersion,
  RESERVED_CLAIMS,
  type ReservedClaim,
  STRING_ONLY_ID_CLAIMS,
  type TokenGenerationSource,
} from './events/pre-token-generation.js'
export {
  type CallerContext,
  CLIENT_ID_NOT_APPLICABLE,
  type StringMap,
  type TriggerEnvelope,
} from './events/trigger-envelope.js'
export {
  type CustomAttributeValue,
  MAX_ATTRIBUTE_LENGTH,
  STANDARD_ATTRIBUTE_NAMES,
  type StandardAttributeName,
  type StandardUserAttributes,
  type UserAttributes,
  type UserStatus,
} from './events/user-attributes.js'
export type {
  MigratedUserAttributes,
  UserMigrationAuthenticationEvent,
  UserMigrationEvent,
  UserMigrationForgotPasswordEvent,
  UserMigrationResponse,
  UserMigrationSource,
} from './events/user-migration.js'
export type {
  VerifyAuthChallengeResponseEvent,
  VerifyAuthChallengeResponseResponse,
  VerifyAuthChallengeResponseSource,
} from './events/verify-auth-challenge-response.js'
export type {
  CustomSenderHandler,
  CustomSenderMessage,
  CustomSenderOptions,
  DecryptCode,
} from './internal/custom-sender.js'
export type { JsonObject, JsonPrimitive, JsonValue } from './json-value.js'
export type { LambdaContext, LambdaHandler } from './lambda-context.js'
export { parseTriggerEvent } from './parse-trigger-event.js'
export {
  type RoutedEvent,
  type RouteEvent,
  type RouteHandler,
  type RouteKey,
  type Router,
  type RouterLambda,
  type RouterOptions,
  type Routes,
  router,
} from './router.js'
export {
  type AddClaimsPart,
  addClaims,
  addScopes,
  type ClaimNamesByToken,
  type ClaimsByToken,
  type OverrideGroupsPart,
  overrideGroups,
  type ScopesPart,
  type SuppressClaimsPart,
  suppressClaims,
  suppressScopes,
  type TokenOverridePart,
} from './token-overrides.js'
export type {
  PreTokenGenerationLambdaVersion,
  TriggerEvent,
  TriggerEventForSource,
  TriggerEventOf,
  TriggerOfSource,
} from './trigger-event.js'
export type { AnyUserPoolDefinition, HandlerResult, TriggerHandler, TriggerOutput } from './trigger-handler.js'
export {
  TRIGGER_SOURCES,
  type TriggerName,
  type TriggerSource,
  type TriggerSourceOf,
  triggerOf,
  type UserTokenGenerationSource,
} from './trigger-sources.js'
export {
  type CreateAuthChallengeLambda,
  type CreateAuthChallengeWrapper,
  createAuthChallenge,
} from './triggers/create-auth-challenge.js'
export {
  type CustomEmailSenderLambda,
  type CustomEmailSenderWrapper,
  customEmailSender,
} from './triggers/custom-email-sender.js'
export {
  type CustomMessageLambda,
  type CustomMessageOptions,
  type CustomMessageWrapper,
  customMessage,
} from './triggers/custom-message.js'
export {
  type CustomSmsSenderLambda,
  type CustomSmsSenderWrapper,
  customSmsSender,
} from './triggers/custom-sms-sender.js'
export {
  type DefineAuthChallengeLambda,
  type DefineAuthChallengeWrapper,
  defineAuthChallenge,
  failAuthentication,
  issueTokens,
  presentChallenge,
} from './triggers/define-auth-challenge.js'
export {
  type InboundFederationLambda,
  inboundFederation,
  keepAttributes,
  mapAttributes,
} from './triggers/inbound-federation.js'
export {
  type PostAuthenticationLambda,
  type PostAuthenticationWrapper,
  postAuthentication,
} from './triggers/post-authentication.js'
export {
  type PostConfirmationLambda,
  type PostConfirmationWrapper,
  postConfirmation,
} from './triggers/post-confirmation.js'
export {
  type PreAuthenticationLambda,
  type PreAuthenticationWrapper,
  preAuthentication,
} from './triggers/pre-authentication.js'
export {
  autoConfirm,
  autoVerifyEmail,
  autoVerifyPhone,
  type PreSignUpLambda,
  type PreSignUpWrapper,
  preSignUp,
} from './triggers/pre-sign-up.js'
export {
  type ClaimsFor,
  type DeclaredClaims,
  type PreTokenGenerationV1Lambda,
  type PreTokenGenerationV1Result,
  type PreTokenGenerationV1Wrapper,
  type PreTokenGenerationV2Lambda,
  type PreTokenGenerationV2Result,
  type PreTokenGenerationV2Wrapper,
  type PreTokenGenerationV3Lambda,
  type PreTokenGenerationV3Wrapper,
  preTokenGeneration,
} from './triggers/pre-token-generation.js'
export { type UserMigrationLambda, type UserMigrationWrapper, userMigration } from './triggers/user-migration.js'
export {
  type VerifyAuthChallengeResponseLambda,
  type VerifyAuthChallengeResponseWrapper,
  verifyAuthChallengeResponse,
} from './triggers/verify-auth-challenge-response.js'
export { unescapeHtml } from './unescape-html.js'
export {
  type TriggerResponseValidation,
  type ValidateTriggerResponseOptions,
  validateTriggerResponse,
} from './validate-trigger-response.js'
