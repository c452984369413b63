/**
 * Kinds of SAML metadata, as the CDK's `UserPoolIdentityProviderSamlMetadataType`.
 *
 * @example
 * ```ts
 * UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata').metadataType === UserPoolIdentityProviderSamlMetadataType.URL
 * ```
 */
export const UserPoolIdentityProviderSamlMetadataType = {
  URL: 'url',
  FILE: 'file',
} as const

/** `'url'` or `'file'`. */
export type UserPoolIdentityProviderSamlMetadataType =
  (typeof UserPoolIdentityProviderSamlMetadataType)[keyof typeof UserPoolIdentityProviderSamlMetadataType]

/**
 * Where a SAML provider's metadata comes from, as the CDK's `UserPoolIdentityProviderSamlMetadata`.
 *
 * @example
 * ```ts
 * const metadata = UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata')
 * ```
 */
export class UserPoolIdentityProviderSamlMetadata {
  /**
   * Metadata served at a URL (`MetadataURL`).
   *
   * @example
   * ```ts
   * UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata')
   * ```
   */
  static url(url: string): UserPoolIdentityProviderSamlMetadata {
    return new UserPoolIdentityProviderSamlMetadata(url, 'url')
  }

  /**
   * Metadata given inline as XML (`MetadataFile`).
   *
   * @example
   * ```ts
   * UserPoolIdentityProviderSamlMetadata.file('<EntityDescriptor ...>...</EntityDescriptor>')
   * ```
   */
  static file(fileContent: string): UserPoolIdentityProviderSamlMetadata {
    return new UserPoolIdentityProviderSamlMetadata(fileContent, 'file')
  }

  /** The URL or the XML. */
  readonly metadataContent: string
  /** `'url'` or `'file'`. */
  readonly metadataType: UserPoolIdentityProviderSamlMetadataType

  private constructor(metadataContent: string, metadataType: UserPoolIdentityProviderSamlMetadataType) {
    this.metadataContent = metadataContent
    this.metadataType = metadataType
    Object.freeze(this)
  }
}
