/** Kinds of identity providers. */
export type IdentityProviderKind = 'amazon' | 'facebook' | 'google' | 'apple' | 'oidc' | 'saml'

/** An identity provider in a definition. */
export interface IdentityProviderDefinition {
  readonly kind: IdentityProviderKind
  /** The provider name Cognito uses (`LoginWithAmazon`, `Google`, or the OIDC/SAML name). */
  readonly providerName?: string
  /** Cognito attribute (custom ones with their `custom:` prefix) → provider attribute. */
  readonly attributeMapping?: { readonly [cognitoAttribute: string]: string }
}
