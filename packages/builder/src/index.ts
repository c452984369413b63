/**
 * `@cognito-kit/builder`: a fluent, immutable builder for Amazon Cognito user pools.
 *
 * @module
 */

export { ClientAttributes, type StandardAttributesMask } from './client/client-attributes.js'
export { fromUserPoolClientId, type ImportedUserPoolClient } from './client/imported-client.js'
export { OAuthScope, type StandardOAuthScopeName } from './client/oauth-scope.js'
export { UserPoolClientIdentityProvider } from './client/user-pool-client-identity-provider.js'
export type {
  AnalyticsConfiguration,
  AuthFlow,
  ClientAttributesOption,
  OAuthFlows,
  OAuthSettings,
  UserPoolClientOptions,
} from './client/user-pool-client-options.js'
export type { UserPoolDefinition } from './definition/user-pool-definition.js'
export type {
  AllowedFirstAuthFactors,
  AutoVerifiedAttrs,
  DeviceTracking,
  KeepOriginalAttrs,
  MfaSecondFactor,
  SignInAliases,
  SignInPolicy,
  StandardAttribute,
  StandardAttributes,
  UserInvitationConfig,
  UserVerificationConfig,
} from './definition/user-pool-settings.js'
export type { BaseUrlOptions, SignInUrlOptions } from './domain/domain-urls.js'
export { fromDomainName, type ImportedUserPoolDomain } from './domain/imported-domain.js'
export { ManagedLoginVersion } from './domain/managed-login-version.js'
export type {
  CognitoDomainOptions,
  CustomDomainOptions,
  UserPoolDomainOptions,
} from './domain/user-pool-domain-options.js'
export { Duration, type DurationDefinition, type TimeUnit } from './duration.js'
export {
  type BuilderErrorCode,
  CognitoKitError,
  type DefinitionIssue,
  DefinitionValidationError,
  isCognitoKitError,
} from './errors.js'
export { AssetCategory, AssetExtension, type BrandingAsset, ColorMode } from './extras/branding-asset.js'
export type { ClientReference } from './extras/client-reference.js'
export type { LogDeliveryOptions } from './extras/log-delivery-options.js'
export type { ManagedLoginBrandingOptions } from './extras/managed-login-branding-options.js'
export type { RiskConfigurationOptions } from './extras/risk-configuration-options.js'
export type { UICustomizationOptions } from './extras/ui-customization-options.js'
export { fromGroupName, type ImportedUserPoolGroup } from './group/imported-group.js'
export type { UserPoolGroupOptions } from './group/user-pool-group-options.js'
export type { AttributeMapping, CustomAttributeMapping } from './identity-provider/attribute-mapping.js'
export {
  fromProviderName,
  type ImportedUserPoolIdentityProvider,
} from './identity-provider/imported-identity-provider.js'
export { OidcAttributeRequestMethod } from './identity-provider/oidc-attribute-request-method.js'
export { ProviderAttribute } from './identity-provider/provider-attribute.js'
export { SigningAlgorithm } from './identity-provider/signing-algorithm.js'
export type {
  IdentityProviderPropsByKind,
  OidcEndpoints,
  UserPoolIdentityProviderAmazonProps,
  UserPoolIdentityProviderAppleProps,
  UserPoolIdentityProviderFacebookProps,
  UserPoolIdentityProviderGoogleProps,
  UserPoolIdentityProviderOidcProps,
  UserPoolIdentityProviderProps,
  UserPoolIdentityProviderSamlProps,
} from './identity-provider/user-pool-identity-provider-props.js'
export {
  UserPoolIdentityProviderSamlMetadata,
  UserPoolIdentityProviderSamlMetadataType,
} from './identity-provider/user-pool-identity-provider-saml-metadata.js'
export { type Intrinsic, isIntrinsic, type NumberValue, type StringValue } from './intrinsic.js'
export type {
  CloudFormationOutput,
  CloudFormationResource,
  CloudFormationTemplate,
} from './render/cloudformation-template.js'
export type { LogicalIdScheme, RenderOptions } from './render/render-context.js'
export { formatTemplate, type TemplateFormat } from './render/template-format.js'
export { toCloudFormation } from './render/to-cloudformation.js'
export {
  fromUserPoolResourceServerId,
  type ImportedUserPoolResourceServer,
} from './resource-server/imported-resource-server.js'
export { ResourceServerScope, type ResourceServerScopeProps } from './resource-server/resource-server-scope.js'
export type { UserPoolResourceServerOptions } from './resource-server/user-pool-resource-server-options.js'
export type { SdkCommandName, SdkReference, SdkRequest, SdkStepKind } from './sdk/sdk-request.js'
export type { SdkRequestOptions } from './sdk/to-sdk-requests.js'
export { type SecretsManagerSecretOptions, SecretValue } from './secret-value.js'
export { AccountRecovery } from './user-pool/account-recovery.js'
export { AdvancedSecurityMode } from './user-pool/advanced-security-mode.js'
export { BooleanAttribute } from './user-pool/boolean-attribute.js'
export type {
  CustomAttribute,
  CustomAttributeProps,
  CustomAttributeTypesOf,
  CustomAttributeTypesOfMap,
  WithCustomAttributes,
} from './user-pool/custom-attribute.js'
export type { CustomAttributeConfig } from './user-pool/custom-attribute-config.js'
export { DateTimeAttribute } from './user-pool/date-time-attribute.js'
export { FeaturePlan } from './user-pool/feature-plan.js'
export { fromUserPoolArn } from './user-pool/from-user-pool-arn.js'
export { fromUserPoolId } from './user-pool/from-user-pool-id.js'
export { LambdaVersion } from './user-pool/lambda-version.js'
export { Mfa } from './user-pool/mfa.js'
export { NumberAttribute, type NumberAttributeProps } from './user-pool/number-attribute.js'
export { PasskeyUserVerification } from './user-pool/passkey-user-verification.js'
export type { PasswordPolicy } from './user-pool/password-policy.js'
export type { PolicyStatement } from './user-pool/policy-statement.js'
export { RemovalPolicy } from './user-pool/removal-policy.js'
export { type StandardAttributeName, StandardAttributeNames } from './user-pool/standard-attribute-names.js'
export { StringAttribute, type StringAttributeProps } from './user-pool/string-attribute.js'
export { CustomThreatProtectionMode, StandardThreatProtectionMode } from './user-pool/threat-protection-mode.js'
export type {
  PasskeyOptions,
  SmsOptions,
  ThreatProtectionOptions,
  TriggerOptions,
} from './user-pool/user-pool-builder-options.js'
export { UserPoolEmail, type UserPoolSESOptions } from './user-pool/user-pool-email.js'
export { UserPoolOperation } from './user-pool/user-pool-operation.js'
export type { UserPoolProps } from './user-pool/user-pool-props.js'
export type { UserPoolReference } from './user-pool/user-pool-reference.js'
export type { UserPoolTriggers } from './user-pool/user-pool-triggers.js'
export { VerificationEmailStyle } from './user-pool/verification-email-style.js'
export { fromDefinition, type UserPoolBuilder, userPool } from './user-pool-builder.js'
export { type ValidationResult, validateDefinition } from './validate-definition.js'
