/**
 * The user-pool builder: a public interface, a hidden immutable implementation, and the
 * `userPool()` / `fromDefinition()` factories.
 *
 * @module
 */

import { clientFromOptions } from './client/client-from-options.js'
import { clientIdRef, clientSecretRef } from './client/client-refs.js'
import type { UserPoolClientOptions } from './client/user-pool-client-options.js'
import type { CustomAttributeTypes } from './definition/custom-attribute-definition.js'
import type { IdentityProviderKind } from './definition/identity-provider-definition.js'
import type { TriggersDefinition } from './definition/triggers-definition.js'
import { DEFINITION_VERSION, type UserPoolDefinition } from './definition/user-pool-definition.js'
import type {
  AutoVerifiedAttrs,
  DeviceTracking,
  KeepOriginalAttrs,
  MfaSecondFactor,
  SignInAliases,
  SignInPolicy,
  StandardAttributes,
  UserInvitationConfig,
  UserVerificationConfig,
} from './definition/user-pool-settings.js'
import { domainFromOptions } from './domain/domain-from-options.js'
import {
  type BaseUrlOptions,
  cloudFrontEndpointRef,
  domainBaseUrl,
  domainNameRef,
  domainSignInUrl,
  type SignInUrlOptions,
} from './domain/domain-urls.js'
import type { UserPoolDomainOptions } from './domain/user-pool-domain-options.js'
import { DefinitionValidationError } from './errors.js'
import { logDeliveryFromOptions } from './extras/log-delivery.js'
import type { LogDeliveryOptions } from './extras/log-delivery-options.js'
import { managedLoginBrandingFromOptions } from './extras/managed-login-branding.js'
import type { ManagedLoginBrandingOptions } from './extras/managed-login-branding-options.js'
import { riskConfigurationFromOptions } from './extras/risk-configuration.js'
import type { RiskConfigurationOptions } from './extras/risk-configuration-options.js'
import { uiCustomizationFromOptions } from './extras/ui-customization.js'
import type { UICustomizationOptions } from './extras/ui-customization-options.js'
import { groupFromOptions } from './group/group-from-options.js'
import type { UserPoolGroupOptions } from './group/user-pool-group-options.js'
import { identityProviderFromProps } from './identity-provider/identity-provider-from-props.js'
import type { ImportedUserPoolIdentityProvider } from './identity-provider/imported-identity-provider.js'
import { providerNameRef } from './identity-provider/provider-name-ref.js'
import type { IdentityProviderPropsByKind } from './identity-provider/user-pool-identity-provider-props.js'
import { deepFreeze } from './internal/deep-freeze.js'
import { issue, show } from './internal/literal-checks.js'
import type { GetAttIntrinsic, RefIntrinsic, StringValue } from './intrinsic.js'
import { isIntrinsic } from './intrinsic.js'
import { parseDefinitionDocument } from './parse-definition.js'
import type { CloudFormationTemplate } from './render/cloudformation-template.js'
import { createRenderContext, type RenderOptions } from './render/render-context.js'
import { formatTemplate } from './render/template-format.js'
import { toCloudFormation } from './render/to-cloudformation.js'
import { resourceServerFromOptions } from './resource-server/resource-server-from-options.js'
import type { UserPoolResourceServerOptions } from './resource-server/user-pool-resource-server-options.js'
import type { SdkRequest } from './sdk/sdk-request.js'
import { type SdkRequestOptions, toSdkRequests } from './sdk/to-sdk-requests.js'
import type { AccountRecovery } from './user-pool/account-recovery.js'
import type { AdvancedSecurityMode } from './user-pool/advanced-security-mode.js'
import type { CustomAttribute, CustomAttributeTypesOf, WithCustomAttributes } from './user-pool/custom-attribute.js'
import type { FeaturePlan } from './user-pool/feature-plan.js'
import type { LambdaVersion } from './user-pool/lambda-version.js'
import type { Mfa } from './user-pool/mfa.js'
import type { PasswordPolicy } from './user-pool/password-policy.js'
import type { PolicyStatement } from './user-pool/policy-statement.js'
import type { RemovalPolicy } from './user-pool/removal-policy.js'
import {
  checkedSettings,
  customAttributesData,
  settingsData,
  settingsFromProps,
  triggerData,
  triggersPatchIssues,
} from './user-pool/settings-from-props.js'
import { tagsIssues } from './user-pool/tag-rules.js'
import type {
  PasskeyOptions,
  SmsOptions,
  ThreatProtectionOptions,
  TriggerOptions,
} from './user-pool/user-pool-builder-options.js'
import type { UserPoolEmail } from './user-pool/user-pool-email.js'
import type { UserPoolOperation } from './user-pool/user-pool-operation.js'
import type { UserPoolProps } from './user-pool/user-pool-props.js'
import { type UserPoolReference, userPoolReference } from './user-pool/user-pool-reference.js'
import type { UserPoolTriggers } from './user-pool/user-pool-triggers.js'
import { assertValidDefinition, type ValidationResult, validateDefinition } from './validate-definition.js'

/**
 * An immutable user-pool builder. Every `with*` call returns a new frozen builder and leaves this
 * one unchanged; `to*` methods serialize.
 *
 * @typeParam A - custom attributes declared so far (name → data type)
 * @typeParam C - ids of the app clients added so far
 * @typeParam S - OAuth scopes of the resource servers added so far (`'identifier/scope'`)
 */
export interface UserPoolBuilder<
  A extends CustomAttributeTypes = {},
  C extends string = never,
  S extends string = never,
> {
  /** The pool's construct id. */
  readonly id: string

  // ---- user-pool settings (each replaces the setting it names; maps merge) ----

  /**
   * Sets the pool's name (`UserPoolName`).
   *
   * @example
   * ```ts
   * userPool('P').withUserPoolName('myawesomeapp-userpool')
   * ```
   */
  withUserPoolName(name: StringValue): UserPoolBuilder<A, C, S>

  /**
   * Lets users sign themselves up (`selfSignUpEnabled`).
   *
   * @param enabled - @default true
   * @example
   * ```ts
   * userPool('P').withSelfSignUp()
   * ```
   */
  withSelfSignUp(enabled?: boolean): UserPoolBuilder<A, C, S>

  /**
   * Sets the verification messages (`userVerification`).
   *
   * @example
   * ```ts
   * userPool('P').withUserVerification({ emailStyle: VerificationEmailStyle.LINK, emailBody: 'Click {##Verify##}' })
   * ```
   */
  withUserVerification(config: UserVerificationConfig): UserPoolBuilder<A, C, S>

  /**
   * Sets the invitation messages (`userInvitation`).
   *
   * @example
   * ```ts
   * userPool('P').withUserInvitation({ emailSubject: 'Welcome', emailBody: 'Hello {username}, your password is {####}' })
   * ```
   */
  withUserInvitation(config: UserInvitationConfig): UserPoolBuilder<A, C, S>

  /**
   * Sets how users sign in (`signInAliases`).
   *
   * @example
   * ```ts
   * userPool('P').withSignInAliases({ username: true, email: true })
   * ```
   */
  withSignInAliases(aliases: SignInAliases): UserPoolBuilder<A, C, S>

  /**
   * Sets the attributes verified automatically (`autoVerify`).
   *
   * @example
   * ```ts
   * userPool('P').withAutoVerify({ email: true, phone: true })
   * ```
   */
  withAutoVerify(attrs: AutoVerifiedAttrs): UserPoolBuilder<A, C, S>

  /**
   * Keeps original values until new ones are verified (`keepOriginal`).
   *
   * @example
   * ```ts
   * userPool('P').withKeepOriginal({ email: true })
   * ```
   */
  withKeepOriginal(attrs: KeepOriginalAttrs): UserPoolBuilder<A, C, S>

  /**
   * Sets whether sign-in aliases are case-sensitive (`signInCaseSensitive`).
   *
   * @example
   * ```ts
   * userPool('P').withSignInCaseSensitive(false)
   * ```
   */
  withSignInCaseSensitive(caseSensitive: boolean): UserPoolBuilder<A, C, S>

  /**
   * Configures standard attributes (`standardAttributes`); merges with earlier calls.
   *
   * @example
   * ```ts
   * userPool('P').withStandardAttributes({ fullname: { required: true, mutable: false } })
   * ```
   */
  withStandardAttributes(attrs: StandardAttributes): UserPoolBuilder<A, C, S>

  /**
   * Adds custom attributes; their names and types join `A`. An attribute cannot be redeclared.
   *
   * @example
   * ```ts
   * userPool('P').withCustomAttributes({ tenant: new StringAttribute({ mutable: true }), age: new NumberAttribute() })
   * ```
   */
  withCustomAttributes<const M extends { readonly [name: string]: CustomAttribute }>(
    attrs: M,
  ): UserPoolBuilder<WithCustomAttributes<A, M>, C, S>

  /**
   * Sets MFA enforcement and, optionally, its factors (`mfa`, `mfaSecondFactor`).
   *
   * @example
   * ```ts
   * userPool('P').withMfa(Mfa.REQUIRED, { sms: true, otp: true })
   * ```
   */
  withMfa(mfa: Mfa, secondFactor?: MfaSecondFactor): UserPoolBuilder<A, C, S>

  /**
   * Sets the MFA SMS message (`mfaMessage`, must contain `{####}`).
   *
   * @example
   * ```ts
   * userPool('P').withMfaMessage('Your code is {####}')
   * ```
   */
  withMfaMessage(message: StringValue): UserPoolBuilder<A, C, S>

  /**
   * Sets the password policy (`passwordPolicy`; `minLength` defaults to 8).
   *
   * @example
   * ```ts
   * userPool('P').withPasswordPolicy({ minLength: 12, requireSymbols: true, tempPasswordValidity: Duration.days(3) })
   * ```
   */
  withPasswordPolicy(policy: PasswordPolicy): UserPoolBuilder<A, C, S>

  /**
   * Sets the sign-in policy (`signInPolicy`).
   *
   * @example
   * ```ts
   * userPool('P', { featurePlan: FeaturePlan.ESSENTIALS }).withSignInPolicy({ allowedFirstAuthFactors: { password: true, passkey: true } })
   * ```
   */
  withSignInPolicy(policy: SignInPolicy): UserPoolBuilder<A, C, S>

  /**
   * Sets the passkey relying party and user verification.
   *
   * @example
   * ```ts
   * userPool('P').withPasskeys({ relyingPartyId: 'auth.example.com', userVerification: PasskeyUserVerification.REQUIRED })
   * ```
   */
  withPasskeys(options: PasskeyOptions): UserPoolBuilder<A, C, S>

  /**
   * Sets how email is sent (`email`).
   *
   * @example
   * ```ts
   * userPool('P').withEmail(UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: 'us-east-1' }))
   * ```
   */
  withEmail(email: UserPoolEmail): UserPoolBuilder<A, C, S>

  /**
   * Sets the SMS role and region (`smsRole`, `smsRoleExternalId`, `snsRegion`, `enableSmsRole`).
   *
   * @example
   * ```ts
   * userPool('P').withSms({ smsRole: 'arn:aws:iam::123456789012:role/sms', smsRoleExternalId: 'c87467be' })
   * ```
   */
  withSms(options: SmsOptions): UserPoolBuilder<A, C, S>

  /**
   * Sets how users recover their account (`accountRecovery`).
   *
   * @example
   * ```ts
   * userPool('P').withAccountRecovery(AccountRecovery.EMAIL_ONLY)
   * ```
   */
  withAccountRecovery(recovery: AccountRecovery): UserPoolBuilder<A, C, S>

  /**
   * Sets device tracking (`deviceTracking`).
   *
   * @example
   * ```ts
   * userPool('P').withDeviceTracking({ challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true })
   * ```
   */
  withDeviceTracking(tracking: DeviceTracking): UserPoolBuilder<A, C, S>

  /**
   * Sets the feature plan (`featurePlan`).
   *
   * @example
   * ```ts
   * userPool('P').withFeaturePlan(FeaturePlan.PLUS)
   * ```
   */
  withFeaturePlan(plan: FeaturePlan): UserPoolBuilder<A, C, S>

  /**
   * Sets advanced security (deprecated; see {@link withThreatProtection}).
   *
   * @example
   * ```ts
   * userPool('P').withAdvancedSecurityMode(AdvancedSecurityMode.ENFORCED)
   * ```
   */
  withAdvancedSecurityMode(mode: AdvancedSecurityMode): UserPoolBuilder<A, C, S>

  /**
   * Sets threat protection (`standardThreatProtectionMode`, `customThreatProtectionMode`).
   *
   * @example
   * ```ts
   * userPool('P').withThreatProtection({ standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION })
   * ```
   */
  withThreatProtection(options: ThreatProtectionOptions): UserPoolBuilder<A, C, S>

  /**
   * Adds a Lambda trigger for an operation (and its `AWS::Lambda::Permission`). An operation can
   * have one trigger.
   *
   * @param operation - the operation (`UserPoolOperation.PRE_SIGN_UP`, ...)
   * @param lambdaArn - the function's ARN or an intrinsic (`{ 'Fn::GetAtt': ['Fn', 'Arn'] }`)
   * @param lambdaVersionOrOptions - the event version (`V2_0`/`V3_0` only for `PRE_TOKEN_GENERATION_CONFIG`) or {@link TriggerOptions}
   *
   * @example
   * ```ts
   * userPool('P').withTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, 'arn:aws:lambda:us-east-1:123456789012:function:pretoken', LambdaVersion.V2_0)
   * ```
   */
  withTrigger(
    operation: UserPoolOperation,
    lambdaArn: StringValue,
    lambdaVersionOrOptions?: LambdaVersion | TriggerOptions,
  ): UserPoolBuilder<A, C, S>

  /**
   * Adds several triggers at once (the CDK's `lambdaTriggers`).
   *
   * @example
   * ```ts
   * userPool('P').withTriggers({ preSignUp: 'arn:aws:lambda:us-east-1:123456789012:function:presignup' })
   * ```
   */
  withTriggers(triggers: UserPoolTriggers): UserPoolBuilder<A, C, S>

  /**
   * Sets the KMS key of the custom email/SMS senders (`customSenderKmsKey`).
   *
   * @example
   * ```ts
   * userPool('P').withCustomSenderKmsKey({ 'Fn::GetAtt': ['Key', 'Arn'] })
   * ```
   */
  withCustomSenderKmsKey(keyArn: StringValue): UserPoolBuilder<A, C, S>

  /**
   * Adds tags to the pool (`UserPoolTags`, and `Tags` of a created SMS role); merges with earlier calls.
   *
   * @example
   * ```ts
   * userPool('P').withTags({ team: 'identity' })
   * ```
   */
  withTags(tags: { readonly [key: string]: string }): UserPoolBuilder<A, C, S>

  /**
   * Sets what happens to the pool when it leaves the template (`removalPolicy`).
   *
   * @example
   * ```ts
   * userPool('P').withRemovalPolicy(RemovalPolicy.DESTROY)
   * ```
   */
  withRemovalPolicy(policy: RemovalPolicy): UserPoolBuilder<A, C, S>

  /**
   * Protects the pool from deletion (`deletionProtection`).
   *
   * @param enabled - @default true
   * @example
   * ```ts
   * userPool('P').withDeletionProtection()
   * ```
   */
  withDeletionProtection(enabled?: boolean): UserPoolBuilder<A, C, S>

  // ---- app clients, domains, resource servers, groups, identity providers, beyond-CDK resources ----

  /**
   * Adds an app client (the CDK's `pool.addClient(id, options)`). Its id joins `C`; its read/write
   * attributes accept only the pool's custom attributes, its scopes only standard scopes and those of
   * the pool's resource servers. A client naming a provider of the pool depends on it.
   *
   * @throws {DefinitionValidationError} when an option breaks a rule (paths under `clients.<id>`)
   * @example
   * ```ts
   * userPool('P').withClient('Web', {
   *   oAuth: { flows: { authorizationCodeGrant: true }, scopes: [OAuthScope.OPENID], callbackUrls: ['https://app.example.com/cb'] },
   * })
   * ```
   */
  withClient<const N extends string>(id: N, options?: UserPoolClientOptions<A, S>): UserPoolBuilder<A, C | N, S>

  /**
   * Adds a domain (the CDK's `pool.addDomain(id, options)`): a Cognito prefix or a custom domain.
   *
   * @throws {DefinitionValidationError} when an option breaks a rule (paths under `domains.<id>`)
   * @example
   * ```ts
   * userPool('P').withDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app' }, managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN })
   * ```
   */
  withDomain(id: string, options: UserPoolDomainOptions): UserPoolBuilder<A, C, S>

  /**
   * Adds a resource server (the CDK's `pool.addResourceServer(id, options)`); its scopes
   * (`<identifier>/<scopeName>`) join `S`.
   *
   * @throws {DefinitionValidationError} when an option breaks a rule (paths under `resourceServers.<id>`)
   * @example
   * ```ts
   * userPool('P').withResourceServer('Api', { identifier: 'users', scopes: [new ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read access' })] })
   * ```
   */
  withResourceServer<const I extends string, const N extends string = never>(
    id: string,
    options: UserPoolResourceServerOptions<I, N>,
  ): UserPoolBuilder<A, C, S | `${I}/${N}`>

  /**
   * Adds a group (the CDK's `pool.addGroup(id, options)`).
   *
   * @throws {DefinitionValidationError} when an option breaks a rule (paths under `groups.<id>`)
   * @example
   * ```ts
   * userPool('P').withGroup('Admins', { groupName: 'admins', precedence: 0 })
   * ```
   */
  withGroup(id: string, options?: UserPoolGroupOptions): UserPoolBuilder<A, C, S>

  /**
   * Adds a third-party identity provider (the CDK's `UserPoolIdentityProviderAmazon` and siblings).
   * Clients without an explicit provider list support every provider of the pool, whatever the call order.
   *
   * @param kind - `'amazon'`, `'facebook'`, `'google'`, `'apple'`, `'oidc'` or `'saml'`
   * @throws {DefinitionValidationError} when a prop breaks a rule (paths under `identityProviders.<id>`)
   * @example
   * ```ts
   * userPool('P').withIdentityProvider('amazon', 'Amazon', { clientId: 'amzn-client-id', clientSecret: 'amzn-client-secret' })
   * ```
   */
  withIdentityProvider<K extends IdentityProviderKind>(
    kind: K,
    id: string,
    props: IdentityProviderPropsByKind<A>[K],
  ): UserPoolBuilder<A, C, S>

  /**
   * Registers a provider that exists outside this builder (the CDK's
   * `pool.registerIdentityProvider(UserPoolIdentityProvider.fromProviderName(scope, id, name))`):
   * clients without an explicit provider list support it, after the pool's own providers and
   * before `COGNITO`. Registering the same name twice keeps one.
   *
   * @param provider - a provider from `fromProviderName(name)`, or its name
   * @example
   * ```ts
   * userPool('P').registerIdentityProvider(fromProviderName('corp-saml')).withClient('Web') // SupportedIdentityProviders: ['corp-saml', 'COGNITO']
   * ```
   */
  registerIdentityProvider(provider: ImportedUserPoolIdentityProvider | StringValue): UserPoolBuilder<A, C, S>

  /**
   * Adds a managed-login branding style for a client (`AWS::Cognito::ManagedLoginBranding`).
   *
   * @throws {DefinitionValidationError} when an option breaks a rule
   * @example
   * ```ts
   * userPool('P').withClient('Web').withManagedLoginBranding('WebBranding', { client: 'Web', useCognitoProvidedValues: true })
   * ```
   */
  withManagedLoginBranding(id: string, options: ManagedLoginBrandingOptions<C>): UserPoolBuilder<A, C, S>

  /**
   * Adds threat-protection risk responses (`AWS::Cognito::UserPoolRiskConfigurationAttachment`).
   *
   * @throws {DefinitionValidationError} when an option breaks a rule
   * @example
   * ```ts
   * userPool('P').withRiskConfiguration('Risk', { compromisedCredentials: { eventAction: 'BLOCK' } })
   * ```
   */
  withRiskConfiguration(id: string, options: RiskConfigurationOptions<C>): UserPoolBuilder<A, C, S>

  /**
   * Adds hosted-UI CSS (`AWS::Cognito::UserPoolUICustomizationAttachment`); the pool needs a domain.
   *
   * @throws {DefinitionValidationError} when an option breaks a rule
   * @example
   * ```ts
   * userPool('P').withDomain('D', { cognitoDomain: { domainPrefix: 'my-app' } }).withUICustomization('Ui', { css: '.banner-customizable { background: #123 }' })
   * ```
   */
  withUICustomization(id: string, options?: UICustomizationOptions<C>): UserPoolBuilder<A, C, S>

  /**
   * Sets where the pool sends its logs (`AWS::Cognito::LogDeliveryConfiguration`; one per pool).
   *
   * @throws {DefinitionValidationError} when an option breaks a rule
   * @example
   * ```ts
   * userPool('P').withLogDelivery({ logConfigurations: [{ eventSource: 'userNotification', logLevel: 'ERROR', logGroupArn: 'arn:aws:logs:us-east-1:111111111111:log-group:cognito' }] })
   * ```
   */
  withLogDelivery(options: LogDeliveryOptions): UserPoolBuilder<A, C, S>

  /**
   * `{ Ref }` to a client: its id once deployed.
   *
   * @example
   * ```ts
   * userPool('P').withClient('Web').clientId('Web') // { Ref: 'PWeb' }
   * ```
   */
  clientId(id: C, options?: RenderOptions): RefIntrinsic

  /**
   * `{ 'Fn::GetAtt': [client, 'ClientSecret'] }`: CloudFormation's native attribute (no custom resource).
   *
   * @throws {CognitoKitError} `ERR_NOT_AVAILABLE` when the client has no `generateSecret`
   * @example
   * ```ts
   * userPool('P').withClient('Api', { generateSecret: true }).clientSecret('Api')
   * ```
   */
  clientSecret(id: C, options?: RenderOptions): GetAttIntrinsic

  /**
   * `{ Ref }` to an identity provider: its name once deployed (the CDK's `provider.providerName`).
   * Give it to `UserPoolClientIdentityProvider.custom()` to emit what the CDK emits for
   * `custom(provider.providerName)`; pass the same render options as to `toCloudFormation()`.
   *
   * @throws {DefinitionValidationError} when the pool has no such identity provider
   * @example
   * ```ts
   * const pool = userPool('P').withIdentityProvider('oidc', 'Corp', { clientId: 'c', clientSecret: 's', issuerUrl: 'https://id.example.com' })
   * pool.withClient('Web', { supportedIdentityProviders: [UserPoolClientIdentityProvider.custom(pool.identityProviderName('Corp'))] })
   * ```
   */
  identityProviderName(id: string, options?: RenderOptions): RefIntrinsic

  /**
   * `{ Ref }` to a domain: the prefix or the custom domain name.
   *
   * @example
   * ```ts
   * pool.domainName('Domain')
   * ```
   */
  domainName(id: string, options?: RenderOptions): RefIntrinsic

  /**
   * `{ 'Fn::GetAtt': [domain, 'CloudFrontDistribution'] }`: the alias target of a custom domain.
   *
   * @example
   * ```ts
   * pool.cloudFrontEndpoint('CustomDomain')
   * ```
   */
  cloudFrontEndpoint(id: string, options?: RenderOptions): GetAttIntrinsic

  /**
   * The domain's base URL (`https://<prefix>.auth.<region>.amazoncognito.com` or `https://<custom domain>`).
   *
   * @example
   * ```ts
   * pool.baseUrl('Domain', { fips: true })
   * ```
   */
  baseUrl(domainId: string, options?: BaseUrlOptions): StringValue

  /**
   * The sign-in page URL of a client on a domain, with the redirect URI URL-encoded (the CDK does not
   * encode it). The client needs the code or implicit grant and the redirect URI among its callback URLs.
   *
   * @throws {DefinitionValidationError} `SignUrlSupportedClientsWithout` or `RedirectUriNotInCallbackUrls`
   * @example
   * ```ts
   * pool.signInUrl('Domain', 'Web', { redirectUri: 'https://myapp.com/home' })
   * ```
   */
  signInUrl(domainId: string, clientId: C, options: SignInUrlOptions): StringValue

  /**
   * The CloudFormation template as YAML (deterministic; long-form intrinsics).
   *
   * @throws {DefinitionValidationError} when cross-field rules fail (every issue is listed)
   * @example
   * ```ts
   * writeFileSync('pool.yaml', userPool('P').toYaml())
   * ```
   */
  toYaml(options?: RenderOptions): string

  /**
   * The ordered AWS SDK v3 requests that create the same pool without CloudFormation; run them with
   * `apply()` from `@cognito-kit/builder/sdk`.
   *
   * @throws {DefinitionValidationError} when the definition is invalid or needs CloudFormation (`ERR_SDK_UNSUPPORTED`)
   * @example
   * ```ts
   * userPool('P').withClient('Web').toSdkRequests().map((r) => r.command) // ['CreateUserPool', 'CreateUserPoolClient']
   * ```
   */
  toSdkRequests(options?: SdkRequestOptions): SdkRequest[]

  /**
   * The pool as other resources reference it: `{ Ref }` id, `Fn::GetAtt` ARN, provider name and
   * URL, with the logical ID of the given render options.
   *
   * @example
   * ```ts
   * const { userPoolArn } = userPool('P').ref({ logicalIds: 'cdk' })
   * ```
   */
  ref(options?: RenderOptions): UserPoolReference & { readonly userPoolProviderUrl: StringValue }

  /**
   * The IAM statement allowing `actions` on this pool (the CDK's `grant()`), with the default
   * (readable) logical ID; use `ref(options).grant()` for another scheme.
   *
   * @example
   * ```ts
   * userPool('P').grant('cognito-idp:AdminCreateUser') // { Action: 'cognito-idp:AdminCreateUser', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['P', 'Arn'] } }
   * ```
   */
  grant(...actions: string[]): PolicyStatement

  /**
   * Calls `fn` with this builder and returns its result: reusable configuration steps.
   *
   * @example
   * ```ts
   * const withCompanyDefaults = (b) => b.withTags({ owner: 'platform' })
   * userPool('P').$call(withCompanyDefaults)
   * ```
   */
  $call<R>(fn: (builder: this) => R): R

  /**
   * The plain, versioned, JSON-serializable definition.
   *
   * @throws {DefinitionValidationError} when cross-field rules fail (every issue is listed)
   * @example
   * ```ts
   * const json = JSON.stringify(userPool('P').toDefinition())
   * ```
   */
  toDefinition(): UserPoolDefinition<A, C, S>

  /**
   * The CloudFormation template: `{ AWSTemplateFormatVersion, Resources, Outputs }`.
   *
   * @throws {DefinitionValidationError} when cross-field rules fail (every issue is listed)
   * @example
   * ```ts
   * const template = userPool('P', { selfSignUpEnabled: true }).toCloudFormation({ logicalIds: 'cdk' })
   * ```
   */
  toCloudFormation(options?: RenderOptions): CloudFormationTemplate

  /**
   * Runs every rule without throwing.
   *
   * @example
   * ```ts
   * const result = userPool('P').validate()
   * if (!result.success) console.log(result.issues)
   * ```
   */
  validate(): ValidationResult<UserPoolDefinition<A, C, S>>
}

/** The settings part of `UserPoolProps` (what `#settings` takes); `undefined` members are dropped. */
type SettingsProps = {
  [K in keyof Omit<UserPoolProps, 'customAttributes' | 'lambdaTriggers' | 'customSenderKmsKey'>]?:
    | UserPoolProps[K]
    | undefined
}

class UserPoolBuilderImpl implements UserPoolBuilder<any, any, any> {
  readonly #def: UserPoolDefinition

  constructor(def: UserPoolDefinition) {
    this.#def = deepFreeze(def)
    Object.freeze(this)
  }

  get id(): string {
    return this.#def.id
  }

  #next(patch: Partial<UserPoolDefinition>): UserPoolBuilderImpl {
    return new UserPoolBuilderImpl({ ...this.#def, ...patch })
  }

  // ---- user-pool settings ----

  /** Checks settings given as props (class instances allowed) and merges them in. */
  #settings(patch: SettingsProps): UserPoolBuilderImpl {
    return this.#next({ settings: { ...this.#def.settings, ...checkedSettings(settingsData(patch)) } })
  }

  withUserPoolName(userPoolName: StringValue): UserPoolBuilderImpl {
    return this.#settings({ userPoolName })
  }

  withSelfSignUp(enabled = true): UserPoolBuilderImpl {
    return this.#settings({ selfSignUpEnabled: enabled })
  }

  withUserVerification(userVerification: UserVerificationConfig): UserPoolBuilderImpl {
    return this.#settings({ userVerification })
  }

  withUserInvitation(userInvitation: UserInvitationConfig): UserPoolBuilderImpl {
    return this.#settings({ userInvitation })
  }

  withSignInAliases(signInAliases: SignInAliases): UserPoolBuilderImpl {
    return this.#settings({ signInAliases })
  }

  withAutoVerify(autoVerify: AutoVerifiedAttrs): UserPoolBuilderImpl {
    return this.#settings({ autoVerify })
  }

  withKeepOriginal(keepOriginal: KeepOriginalAttrs): UserPoolBuilderImpl {
    return this.#settings({ keepOriginal })
  }

  withSignInCaseSensitive(signInCaseSensitive: boolean): UserPoolBuilderImpl {
    return this.#settings({ signInCaseSensitive })
  }

  withStandardAttributes(attrs: StandardAttributes): UserPoolBuilderImpl {
    return this.#settings({ standardAttributes: { ...this.#def.settings.standardAttributes, ...attrs } })
  }

  // `any`: the interface carries the accumulated attribute types.
  withCustomAttributes(attrs: { readonly [name: string]: CustomAttribute }): any {
    const { attrs: added, issues } = customAttributesData(attrs, this.#def.customAttributes)
    if (issues.length > 0) throw new DefinitionValidationError(issues)
    return this.#next({ customAttributes: { ...this.#def.customAttributes, ...added } })
  }

  withMfa(mfa: Mfa, secondFactor?: MfaSecondFactor): UserPoolBuilderImpl {
    return this.#settings(secondFactor === undefined ? { mfa } : { mfa, mfaSecondFactor: secondFactor })
  }

  withMfaMessage(mfaMessage: StringValue): UserPoolBuilderImpl {
    return this.#settings({ mfaMessage })
  }

  withPasswordPolicy(passwordPolicy: PasswordPolicy): UserPoolBuilderImpl {
    return this.#settings({ passwordPolicy })
  }

  withSignInPolicy(signInPolicy: SignInPolicy): UserPoolBuilderImpl {
    return this.#settings({ signInPolicy })
  }

  withPasskeys(options: PasskeyOptions): UserPoolBuilderImpl {
    return this.#settings({
      passkeyRelyingPartyId: options.relyingPartyId,
      passkeyUserVerification: options.userVerification,
    })
  }

  withEmail(email: UserPoolEmail): UserPoolBuilderImpl {
    return this.#settings({ email })
  }

  withSms(options: SmsOptions): UserPoolBuilderImpl {
    return this.#settings({ ...options })
  }

  withAccountRecovery(accountRecovery: AccountRecovery): UserPoolBuilderImpl {
    return this.#settings({ accountRecovery })
  }

  withDeviceTracking(deviceTracking: DeviceTracking): UserPoolBuilderImpl {
    return this.#settings({ deviceTracking })
  }

  withFeaturePlan(featurePlan: FeaturePlan): UserPoolBuilderImpl {
    return this.#settings({ featurePlan })
  }

  withAdvancedSecurityMode(advancedSecurityMode: AdvancedSecurityMode): UserPoolBuilderImpl {
    return this.#settings({ advancedSecurityMode })
  }

  withThreatProtection(options: ThreatProtectionOptions): UserPoolBuilderImpl {
    return this.#settings({ ...options })
  }

  #triggers(operations: TriggersDefinition['operations']): UserPoolBuilderImpl {
    const issues = triggersPatchIssues(this.#def.triggers, { operations })
    if (issues.length > 0) throw new DefinitionValidationError(issues)
    return this.#next({
      triggers: { ...this.#def.triggers, operations: { ...this.#def.triggers.operations, ...operations } },
    })
  }

  withTrigger(
    operation: string,
    lambdaArn: StringValue,
    lambdaVersionOrOptions?: LambdaVersion | TriggerOptions,
  ): UserPoolBuilderImpl {
    const options: TriggerOptions =
      typeof lambdaVersionOrOptions === 'string'
        ? { lambdaVersion: lambdaVersionOrOptions }
        : (lambdaVersionOrOptions ?? {})
    return this.#triggers({ [operation]: triggerData(operation, lambdaArn, options.lambdaVersion, options.permission) })
  }

  withTriggers(triggers: UserPoolTriggers): UserPoolBuilderImpl {
    const operations: Record<string, ReturnType<typeof triggerData>> = {}
    for (const [operation, arn] of Object.entries(triggers)) {
      if (arn !== undefined) operations[operation] = triggerData(operation, arn, undefined, undefined)
    }
    return this.#triggers(operations)
  }

  withCustomSenderKmsKey(customSenderKmsKey: StringValue): UserPoolBuilderImpl {
    const triggers = { ...this.#def.triggers, customSenderKmsKey }
    const issues = triggersPatchIssues({ operations: {} }, { operations: {}, customSenderKmsKey })
    if (issues.length > 0) throw new DefinitionValidationError(issues)
    return this.#next({ triggers })
  }

  withTags(tags: { readonly [key: string]: string }): UserPoolBuilderImpl {
    const merged = { ...this.#def.tags, ...tags }
    const issues = tagsIssues(merged, 'tags')
    if (issues.length > 0) throw new DefinitionValidationError(issues)
    return this.#next({ tags: merged })
  }

  withRemovalPolicy(removalPolicy: RemovalPolicy): UserPoolBuilderImpl {
    return this.#settings({ removalPolicy })
  }

  withDeletionProtection(enabled = true): UserPoolBuilderImpl {
    return this.#settings({ deletionProtection: enabled })
  }

  // ---- app clients, domains, resource servers, groups, identity providers, beyond-CDK resources ----

  #unique(section: string, existing: { readonly [id: string]: unknown }, id: string): void {
    if (Object.hasOwn(existing, id)) {
      throw new DefinitionValidationError([
        {
          path: `${section}.${id}`,
          rule: 'DuplicateId',
          message: `${section} already has an entry with id ${JSON.stringify(id)}`,
        },
      ])
    }
  }

  withClient(id: string, options?: UserPoolClientOptions<any, any>): UserPoolBuilderImpl {
    this.#unique('clients', this.#def.clients, id)
    return this.#next({ clients: { ...this.#def.clients, [id]: clientFromOptions(id, options) } })
  }

  withDomain(id: string, options: UserPoolDomainOptions): UserPoolBuilderImpl {
    this.#unique('domains', this.#def.domains, id)
    return this.#next({ domains: { ...this.#def.domains, [id]: domainFromOptions(id, options) } })
  }

  withResourceServer(id: string, options: UserPoolResourceServerOptions<string, string>): UserPoolBuilderImpl {
    this.#unique('resourceServers', this.#def.resourceServers, id)
    return this.#next({
      resourceServers: { ...this.#def.resourceServers, [id]: resourceServerFromOptions(id, options) },
    })
  }

  withGroup(id: string, options?: UserPoolGroupOptions): UserPoolBuilderImpl {
    this.#unique('groups', this.#def.groups, id)
    return this.#next({ groups: { ...this.#def.groups, [id]: groupFromOptions(id, options) } })
  }

  withIdentityProvider(kind: IdentityProviderKind, id: string, props: any): UserPoolBuilderImpl {
    this.#unique('identityProviders', this.#def.identityProviders, id)
    return this.#next({
      identityProviders: { ...this.#def.identityProviders, [id]: identityProviderFromProps(kind, id, props) },
    })
  }

  registerIdentityProvider(provider: ImportedUserPoolIdentityProvider | StringValue): UserPoolBuilderImpl {
    const name =
      typeof provider === 'object' && provider !== null && 'providerName' in provider ? provider.providerName : provider
    if (!isIntrinsic(name) && (typeof name !== 'string' || name.length === 0)) {
      throw new DefinitionValidationError([
        issue(
          'registeredIdentityProviders',
          'RegisteredProviderInvalid',
          `registerIdentityProvider takes fromProviderName(name) or a provider name; received ${show(provider)}`,
        ),
      ])
    }
    const current = this.#def.registeredIdentityProviders ?? []
    if (current.some((n) => JSON.stringify(n) === JSON.stringify(name))) return this
    return this.#next({ registeredIdentityProviders: [...current, name as StringValue] })
  }

  withManagedLoginBranding(id: string, options: ManagedLoginBrandingOptions): UserPoolBuilderImpl {
    const current = this.#def.extras.managedLoginBrandings ?? {}
    this.#unique('extras.managedLoginBrandings', current, id)
    const managedLoginBrandings = { ...current, [id]: managedLoginBrandingFromOptions(id, options) }
    return this.#next({ extras: { ...this.#def.extras, managedLoginBrandings } })
  }

  withRiskConfiguration(id: string, options: RiskConfigurationOptions): UserPoolBuilderImpl {
    const current = this.#def.extras.riskConfigurations ?? {}
    this.#unique('extras.riskConfigurations', current, id)
    const riskConfigurations = { ...current, [id]: riskConfigurationFromOptions(id, options) }
    return this.#next({ extras: { ...this.#def.extras, riskConfigurations } })
  }

  withUICustomization(id: string, options?: UICustomizationOptions): UserPoolBuilderImpl {
    const current = this.#def.extras.uiCustomizations ?? {}
    this.#unique('extras.uiCustomizations', current, id)
    const uiCustomizations = { ...current, [id]: uiCustomizationFromOptions(id, options) }
    return this.#next({ extras: { ...this.#def.extras, uiCustomizations } })
  }

  withLogDelivery(options: LogDeliveryOptions): UserPoolBuilderImpl {
    return this.#next({ extras: { ...this.#def.extras, logDelivery: logDeliveryFromOptions(options) } })
  }

  clientId(id: string, options?: RenderOptions): RefIntrinsic {
    return clientIdRef(this.#def, id, options)
  }

  clientSecret(id: string, options?: RenderOptions): GetAttIntrinsic {
    return clientSecretRef(this.#def, id, options)
  }

  identityProviderName(id: string, options?: RenderOptions): RefIntrinsic {
    return providerNameRef(this.#def, id, options)
  }

  domainName(id: string, options?: RenderOptions): RefIntrinsic {
    return domainNameRef(this.#def, id, options)
  }

  cloudFrontEndpoint(id: string, options?: RenderOptions): GetAttIntrinsic {
    return cloudFrontEndpointRef(this.#def, id, options)
  }

  baseUrl(domainId: string, options?: BaseUrlOptions): StringValue {
    return domainBaseUrl(this.#def, domainId, options)
  }

  signInUrl(domainId: string, clientId: string, options: SignInUrlOptions): StringValue {
    return domainSignInUrl(this.#def, domainId, clientId, options)
  }

  toYaml(options?: RenderOptions): string {
    return formatTemplate(toCloudFormation(this.#def, options), 'yaml')
  }

  toSdkRequests(options?: SdkRequestOptions): SdkRequest[] {
    return toSdkRequests(this.#def, options)
  }

  ref(options?: RenderOptions): UserPoolReference & { readonly userPoolProviderUrl: StringValue } {
    const id = createRenderContext(this.#def.id, options).logicalId()
    return Object.freeze({
      ...userPoolReference({
        userPoolId: { Ref: id },
        userPoolArn: { 'Fn::GetAtt': [id, 'Arn'] as const },
        userPoolProviderName: { 'Fn::GetAtt': [id, 'ProviderName'] as const },
      }),
      userPoolProviderUrl: { 'Fn::GetAtt': [id, 'ProviderURL'] as const },
    })
  }

  grant(...actions: string[]): PolicyStatement {
    return this.ref().grant(...actions)
  }

  $call<R>(fn: (builder: this) => R): R {
    return fn(this)
  }

  toDefinition(): UserPoolDefinition {
    assertValidDefinition(this.#def)
    return this.#def
  }

  toCloudFormation(options?: RenderOptions): CloudFormationTemplate {
    return toCloudFormation(this.#def, options)
  }

  validate(): ValidationResult<UserPoolDefinition> {
    return validateDefinition(this.#def)
  }
}

/**
 * Starts a user pool. `props` take the CDK's `UserPoolProps` names and meanings.
 *
 * @param id - construct id of the pool (logical IDs derive from it)
 * @throws {DefinitionValidationError} when a setting is invalid on its own
 *
 * @example
 * ```ts
 * const pool = userPool('myuserpool', { userPoolName: 'myawesomeapp-userpool', signInCaseSensitive: false })
 * pool.toCloudFormation()
 * ```
 */
export function userPool<const P extends UserPoolProps = {}>(
  id: string,
  props?: P,
): UserPoolBuilder<CustomAttributeTypesOf<P>> {
  if (typeof id !== 'string' || !/[A-Za-z0-9]/.test(id) || id.includes('/')) {
    throw new DefinitionValidationError([
      issue(
        'id',
        'UserPoolIdInvalid',
        `the pool id needs a letter or digit and no '/' (logical IDs derive from it); received ${show(id)}`,
      ),
    ])
  }
  const { settings, customAttributes, triggers } = settingsFromProps(props ?? {})
  return new UserPoolBuilderImpl({
    kind: 'UserPool',
    version: DEFINITION_VERSION,
    id,
    settings,
    customAttributes,
    triggers,
    tags: {},
    clients: {},
    domains: {},
    resourceServers: {},
    groups: {},
    identityProviders: {},
    extras: {},
  }) as unknown as UserPoolBuilder<CustomAttributeTypesOf<P>>
}

/**
 * Rebuilds a builder from a definition (e.g. parsed from JSON). The document is checked against
 * its schema, then against every rule; all issues are listed with their paths.
 *
 * @throws {DefinitionValidationError} when the document is not a valid definition
 * @example
 * ```ts
 * const again = fromDefinition(JSON.parse(json))
 * ```
 */
export function fromDefinition<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  C extends string = string,
  S extends string = string,
>(definition: UserPoolDefinition<A, C, S> | unknown): UserPoolBuilder<A, C, S> {
  const def = parseDefinitionDocument(definition)
  // A hand-edited document fails here with every rule it breaks, not later at a terminal.
  assertValidDefinition(def)
  return new UserPoolBuilderImpl(def) as unknown as UserPoolBuilder<A, C, S>
}
