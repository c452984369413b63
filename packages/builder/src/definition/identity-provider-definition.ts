import type { StringValue } from '../intrinsic.js'

/** Kinds of identity providers. */
export type IdentityProviderKind = 'amazon' | 'facebook' | 'google' | 'apple' | 'oidc' | 'saml'

/** What every identity provider in a definition has. */
interface IdentityProviderDefinitionBase<K extends IdentityProviderKind> {
  readonly kind: K
  /**
   * The provider name Cognito uses: `LoginWithAmazon`, `Facebook`, `Google`, `SignInWithApple`, or the
   * OIDC/SAML provider's name. Absent for an OIDC/SAML provider: derived from its construct path when
   * rendered, as the CDK does.
   */
  readonly providerName?: string
  /** Cognito attribute (custom ones with their `custom:` prefix) → provider attribute. */
  readonly attributeMapping?: { readonly [cognitoAttribute: string]: string }
  /** Beyond the CDK: extra `ProviderDetails` keys, merged after the ones the builder sets. */
  readonly providerDetails?: { readonly [key: string]: StringValue }
}

/** Login with Amazon. */
export interface AmazonProviderDefinition extends IdentityProviderDefinitionBase<'amazon'> {
  readonly clientId: string
  readonly clientSecret: StringValue
  /** Absent: `['profile']`. */
  readonly scopes?: readonly string[]
}

/** Facebook Login. */
export interface FacebookProviderDefinition extends IdentityProviderDefinitionBase<'facebook'> {
  readonly clientId: string
  readonly clientSecret: StringValue
  /** Absent: `['public_profile']`. */
  readonly scopes?: readonly string[]
  readonly apiVersion?: string
}

/** Google sign-in. */
export interface GoogleProviderDefinition extends IdentityProviderDefinitionBase<'google'> {
  readonly clientId: string
  /** The secret, or a `{{resolve:secretsmanager:...}}` dynamic reference. */
  readonly clientSecret: StringValue
  /** Absent: `['profile']`. */
  readonly scopes?: readonly string[]
}

/** Sign in with Apple. */
export interface AppleProviderDefinition extends IdentityProviderDefinitionBase<'apple'> {
  readonly clientId: string
  readonly teamId: string
  readonly keyId: string
  /** The private key, or a `{{resolve:secretsmanager:...}}` dynamic reference. */
  readonly privateKey: StringValue
  /** Absent: `['name']`. */
  readonly scopes?: readonly string[]
}

/** An OpenID Connect provider. */
export interface OidcProviderDefinition extends IdentityProviderDefinitionBase<'oidc'> {
  readonly clientId: string
  readonly clientSecret: StringValue
  readonly issuerUrl: string
  /** Absent: `['openid']`. */
  readonly scopes?: readonly string[]
  readonly identifiers?: readonly string[]
  /** Absent: `GET`. */
  readonly attributeRequestMethod?: 'GET' | 'POST'
  readonly endpoints?: {
    readonly authorization: string
    readonly token: string
    readonly userInfo: string
    readonly jwksUri: string
  }
}

/** A SAML provider. */
export interface SamlProviderDefinition extends IdentityProviderDefinitionBase<'saml'> {
  readonly metadata: { readonly metadataType: 'url' | 'file'; readonly metadataContent: string }
  readonly identifiers?: readonly string[]
  /** Absent: `false` (always emitted, as the CDK does). */
  readonly idpSignout?: boolean
  readonly encryptedResponses?: boolean
  readonly requestSigningAlgorithm?: 'rsa-sha256'
  readonly idpInitiated?: boolean
}

/** An identity provider in a definition, discriminated by `kind`. */
export type IdentityProviderDefinition =
  | AmazonProviderDefinition
  | FacebookProviderDefinition
  | GoogleProviderDefinition
  | AppleProviderDefinition
  | OidcProviderDefinition
  | SamlProviderDefinition
