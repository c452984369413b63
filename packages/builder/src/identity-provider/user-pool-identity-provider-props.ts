import type { CustomAttributeTypes } from '../definition/custom-attribute-definition.js'
import type { IdentityProviderKind } from '../definition/identity-provider-definition.js'
import type { StringValue } from '../intrinsic.js'
import type { AttributeMapping } from './attribute-mapping.js'
import type { OidcAttributeRequestMethod } from './oidc-attribute-request-method.js'
import type { SigningAlgorithm } from './signing-algorithm.js'
import type { UserPoolIdentityProviderSamlMetadata } from './user-pool-identity-provider-saml-metadata.js'

/** What every identity provider takes (the CDK's `UserPoolIdentityProviderProps`, less the pool). */
export interface UserPoolIdentityProviderProps<A extends CustomAttributeTypes = CustomAttributeTypes> {
  /**
   * Which provider attribute fills which pool attribute; custom attributes must be declared on the pool.
   * @default - no mapping
   */
  readonly attributeMapping?: AttributeMapping<A>
  /**
   * Beyond the CDK: extra `ProviderDetails` keys, merged after the ones the builder sets.
   * @default - none
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-ProviderDetails
   */
  readonly providerDetails?: { readonly [key: string]: StringValue }
}

/** Login with Amazon, as the CDK's `UserPoolIdentityProviderAmazonProps`. */
export interface UserPoolIdentityProviderAmazonProps<A extends CustomAttributeTypes = CustomAttributeTypes>
  extends UserPoolIdentityProviderProps<A> {
  /** The client id Amazon gave your app. */
  readonly clientId: string
  /** The client secret, or a `{{resolve:secretsmanager:...}}` dynamic reference / intrinsic. */
  readonly clientSecret: StringValue
  /**
   * Scopes requested from Amazon.
   * @default ['profile']
   */
  readonly scopes?: readonly string[]
}

/** Facebook Login, as the CDK's `UserPoolIdentityProviderFacebookProps`. */
export interface UserPoolIdentityProviderFacebookProps<A extends CustomAttributeTypes = CustomAttributeTypes>
  extends UserPoolIdentityProviderProps<A> {
  /** The app id Facebook gave your app. */
  readonly clientId: string
  /** The app secret, or a dynamic reference / intrinsic. */
  readonly clientSecret: StringValue
  /**
   * Scopes requested from Facebook.
   * @default ['public_profile']
   */
  readonly scopes?: readonly string[]
  /**
   * Graph API version, e.g. `v17.0`.
   * @default - Cognito's default
   */
  readonly apiVersion?: string
}

/** Google sign-in, as the CDK's `UserPoolIdentityProviderGoogleProps`: exactly one of `clientSecret` and `clientSecretValue`. */
export interface UserPoolIdentityProviderGoogleProps<A extends CustomAttributeTypes = CustomAttributeTypes>
  extends UserPoolIdentityProviderProps<A> {
  /** The client id Google gave your app. */
  readonly clientId: string
  /**
   * The client secret.
   * @default - none; then `clientSecretValue` is required
   */
  readonly clientSecret?: string
  /**
   * The client secret as a `{{resolve:secretsmanager:...}}` dynamic reference or an intrinsic (the CDK takes a `SecretValue`).
   * @default - none; then `clientSecret` is required
   */
  readonly clientSecretValue?: StringValue
  /**
   * Scopes requested from Google.
   * @default ['profile']
   */
  readonly scopes?: readonly string[]
}

/** Sign in with Apple, as the CDK's `UserPoolIdentityProviderAppleProps`: exactly one of `privateKey` and `privateKeyValue`. */
export interface UserPoolIdentityProviderAppleProps<A extends CustomAttributeTypes = CustomAttributeTypes>
  extends UserPoolIdentityProviderProps<A> {
  /** The services id Apple gave your app. */
  readonly clientId: string
  /** Your Apple team id. */
  readonly teamId: string
  /** The key id of the private key. */
  readonly keyId: string
  /**
   * The private key.
   * @default - none; then `privateKeyValue` is required
   */
  readonly privateKey?: string
  /**
   * The private key as a dynamic reference or an intrinsic (the CDK takes a `SecretValue`).
   * @default - none; then `privateKey` is required
   */
  readonly privateKeyValue?: StringValue
  /**
   * Scopes requested from Apple.
   * @default ['name']
   */
  readonly scopes?: readonly string[]
}

/** The endpoints of an OIDC provider, when not discovered from the issuer. */
export interface OidcEndpoints {
  readonly authorization: string
  readonly token: string
  readonly userInfo: string
  readonly jwksUri: string
}

/** An OpenID Connect provider, as the CDK's `UserPoolIdentityProviderOidcProps`. */
export interface UserPoolIdentityProviderOidcProps<A extends CustomAttributeTypes = CustomAttributeTypes>
  extends UserPoolIdentityProviderProps<A> {
  /** The client id the provider gave your app. */
  readonly clientId: string
  /** The client secret, or a dynamic reference / intrinsic (the CDK takes only a string). */
  readonly clientSecret: StringValue
  /** The issuer URL (HTTPS). */
  readonly issuerUrl: string
  /**
   * Provider name: 3 to 32 characters, no spaces, `_` only as the second character.
   * @default - derived from the construct path, as the CDK does
   */
  readonly name?: string
  /**
   * Scopes requested from the provider.
   * @default ['openid']
   */
  readonly scopes?: readonly string[]
  /**
   * Identifiers (e.g. email domains) that route users to this provider.
   * @default - none
   */
  readonly identifiers?: readonly string[]
  /**
   * How attributes are requested from the userinfo endpoint.
   * @default OidcAttributeRequestMethod.GET
   */
  readonly attributeRequestMethod?: OidcAttributeRequestMethod
  /**
   * Explicit endpoints, when discovery is not available.
   * @default - discovered from the issuer
   */
  readonly endpoints?: OidcEndpoints
}

/** A SAML provider, as the CDK's `UserPoolIdentityProviderSamlProps`. */
export interface UserPoolIdentityProviderSamlProps<A extends CustomAttributeTypes = CustomAttributeTypes>
  extends UserPoolIdentityProviderProps<A> {
  /** The provider's metadata, by URL or inline. */
  readonly metadata: UserPoolIdentityProviderSamlMetadata
  /**
   * Provider name: 3 to 32 characters.
   * @default - derived from the construct path, as the CDK does
   */
  readonly name?: string
  /**
   * Identifiers (e.g. email domains) that route users to this provider.
   * @default - none
   */
  readonly identifiers?: readonly string[]
  /**
   * Sign users out of the provider too.
   * @default false
   */
  readonly idpSignout?: boolean
  /**
   * Require encrypted SAML assertions.
   * @default - not set
   */
  readonly encryptedResponses?: boolean
  /**
   * Sign SAML requests with this algorithm.
   * @default - requests are not signed
   */
  readonly requestSigningAlgorithm?: SigningAlgorithm
  /**
   * Accept IdP-initiated sign-in.
   * @default - not set
   */
  readonly idpInitiated?: boolean
}

/** The props of each kind of identity provider. */
export interface IdentityProviderPropsByKind<A extends CustomAttributeTypes = CustomAttributeTypes> {
  readonly amazon: UserPoolIdentityProviderAmazonProps<A>
  readonly facebook: UserPoolIdentityProviderFacebookProps<A>
  readonly google: UserPoolIdentityProviderGoogleProps<A>
  readonly apple: UserPoolIdentityProviderAppleProps<A>
  readonly oidc: UserPoolIdentityProviderOidcProps<A>
  readonly saml: UserPoolIdentityProviderSamlProps<A>
}

/** Checks the map covers every kind. */
type _Covers = IdentityProviderKind extends keyof IdentityProviderPropsByKind ? true : never
export const identityProviderKindsCovered: _Covers = true
