/**
 * `@cognito-kit/builder/definition`: the plain definition types (and the document schema).
 * Runtime and triggers import these with `import type` only.
 *
 * @module
 */

export type { DurationDefinition, TimeUnit } from '../duration.js'
export type { Intrinsic, NumberValue, StringValue } from '../intrinsic.js'
export type { ClientReferenceDefinition } from './client-reference-definition.js'
export type {
  CustomAttributeDataType,
  CustomAttributeDefinition,
  CustomAttributeTypes,
} from './custom-attribute-definition.js'
export type { DomainDefinition, DomainSecurityPolicy } from './domain-definition.js'
export type { ExtrasDefinition } from './extras-definition.js'
export type { GroupDefinition } from './group-definition.js'
export type {
  AmazonProviderDefinition,
  AppleProviderDefinition,
  FacebookProviderDefinition,
  GoogleProviderDefinition,
  IdentityProviderDefinition,
  IdentityProviderKind,
  OidcProviderDefinition,
  SamlProviderDefinition,
} from './identity-provider-definition.js'
export type { LogConfigurationDefinition, LogDeliveryDefinition } from './log-delivery-definition.js'
export type {
  BrandingAssetCategory,
  BrandingAssetDefinition,
  BrandingAssetExtension,
  BrandingColorMode,
  JsonValue,
  ManagedLoginBrandingDefinition,
} from './managed-login-branding-definition.js'
export type { ResourceServerDefinition, ResourceServerScopeDefinition } from './resource-server-definition.js'
export type {
  AccountTakeoverActionDefinition,
  AccountTakeoverDefinition,
  AccountTakeoverEventAction,
  CompromisedCredentialsDefinition,
  NotifyEmailDefinition,
  RiskConfigurationDefinition,
} from './risk-configuration-definition.js'
export type {
  LambdaVersionValue,
  TriggerDefinition,
  TriggerOperationName,
  TriggersDefinition,
} from './triggers-definition.js'
export type { UICustomizationDefinition } from './ui-customization-definition.js'
export type {
  AuthFlowsDefinition,
  ClientAnalyticsDefinition,
  OAuthFlowsDefinition,
  OAuthSettingsDefinition,
  TokenValidityUnit,
  UserPoolClientDefinition,
} from './user-pool-client-definition.js'
export {
  type ClientIdsOf,
  type CustomAttributesOf,
  DEFINITION_VERSION,
  type ResourceServerScopesOf,
  type UserPoolDefinition,
} from './user-pool-definition.js'
export type {
  AllowedFirstAuthFactors,
  AutoVerifiedAttrs,
  CognitoEmailDefinition,
  DeviceTracking,
  KeepOriginalAttrs,
  MfaSecondFactor,
  PasswordPolicyDefinition,
  SesEmailDefinition,
  SignInAliases,
  SignInPolicy,
  StandardAttribute,
  StandardAttributes,
  UserInvitationConfig,
  UserPoolEmailDefinition,
  UserPoolRemovalPolicy,
  UserPoolSettings,
  UserVerificationConfig,
} from './user-pool-settings.js'
