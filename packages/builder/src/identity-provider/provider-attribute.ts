/**
 * An attribute of a third-party identity provider, for attribute mappings; as the CDK's
 * `ProviderAttribute`.
 *
 * @example
 * ```ts
 * const mapping = { email: ProviderAttribute.AMAZON_EMAIL, website: ProviderAttribute.other('url') }
 * ```
 */
export class ProviderAttribute {
  /** Apple: `email`. */
  static readonly APPLE_EMAIL: ProviderAttribute = new ProviderAttribute('email')
  /** Apple: `email_verified`. */
  static readonly APPLE_EMAIL_VERIFIED: ProviderAttribute = new ProviderAttribute('email_verified')
  /** Apple: `name`. */
  static readonly APPLE_NAME: ProviderAttribute = new ProviderAttribute('name')
  /** Apple: `firstName`. */
  static readonly APPLE_FIRST_NAME: ProviderAttribute = new ProviderAttribute('firstName')
  /** Apple: `lastName`. */
  static readonly APPLE_LAST_NAME: ProviderAttribute = new ProviderAttribute('lastName')
  /** Login with Amazon: `user_id`. */
  static readonly AMAZON_USER_ID: ProviderAttribute = new ProviderAttribute('user_id')
  /** Login with Amazon: `email`. */
  static readonly AMAZON_EMAIL: ProviderAttribute = new ProviderAttribute('email')
  /** Login with Amazon: `name`. */
  static readonly AMAZON_NAME: ProviderAttribute = new ProviderAttribute('name')
  /** Login with Amazon: `postal_code`. */
  static readonly AMAZON_POSTAL_CODE: ProviderAttribute = new ProviderAttribute('postal_code')
  /** Facebook: `id`. */
  static readonly FACEBOOK_ID: ProviderAttribute = new ProviderAttribute('id')
  /** Facebook: `birthday`. */
  static readonly FACEBOOK_BIRTHDAY: ProviderAttribute = new ProviderAttribute('birthday')
  /** Facebook: `email`. */
  static readonly FACEBOOK_EMAIL: ProviderAttribute = new ProviderAttribute('email')
  /** Facebook: `name`. */
  static readonly FACEBOOK_NAME: ProviderAttribute = new ProviderAttribute('name')
  /** Facebook: `first_name`. */
  static readonly FACEBOOK_FIRST_NAME: ProviderAttribute = new ProviderAttribute('first_name')
  /** Facebook: `last_name`. */
  static readonly FACEBOOK_LAST_NAME: ProviderAttribute = new ProviderAttribute('last_name')
  /** Facebook: `middle_name`. */
  static readonly FACEBOOK_MIDDLE_NAME: ProviderAttribute = new ProviderAttribute('middle_name')
  /** Facebook: `gender`. */
  static readonly FACEBOOK_GENDER: ProviderAttribute = new ProviderAttribute('gender')
  /** Facebook: `locale`. */
  static readonly FACEBOOK_LOCALE: ProviderAttribute = new ProviderAttribute('locale')
  /** Google: `names`. */
  static readonly GOOGLE_NAMES: ProviderAttribute = new ProviderAttribute('names')
  /** Google: `gender`. */
  static readonly GOOGLE_GENDER: ProviderAttribute = new ProviderAttribute('gender')
  /** Google: `birthdays`. */
  static readonly GOOGLE_BIRTHDAYS: ProviderAttribute = new ProviderAttribute('birthdays')
  /** Google: `phoneNumbers`. */
  static readonly GOOGLE_PHONE_NUMBERS: ProviderAttribute = new ProviderAttribute('phoneNumbers')
  /** Google: `email`. */
  static readonly GOOGLE_EMAIL: ProviderAttribute = new ProviderAttribute('email')
  /** Google: `email_verified`. */
  static readonly GOOGLE_EMAIL_VERIFIED: ProviderAttribute = new ProviderAttribute('email_verified')
  /** Google: `name`. */
  static readonly GOOGLE_NAME: ProviderAttribute = new ProviderAttribute('name')
  /** Google: `picture`. */
  static readonly GOOGLE_PICTURE: ProviderAttribute = new ProviderAttribute('picture')
  /** Google: `given_name`. */
  static readonly GOOGLE_GIVEN_NAME: ProviderAttribute = new ProviderAttribute('given_name')
  /** Google: `family_name`. */
  static readonly GOOGLE_FAMILY_NAME: ProviderAttribute = new ProviderAttribute('family_name')

  /**
   * Any other provider attribute, by the name the provider uses (an OIDC claim, a SAML attribute URI).
   *
   * @example
   * ```ts
   * ProviderAttribute.other('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress')
   * ```
   */
  static other(attributeName: string): ProviderAttribute {
    return new ProviderAttribute(attributeName)
  }

  /** The provider's name for the attribute. */
  readonly attributeName: string

  private constructor(attributeName: string) {
    this.attributeName = attributeName
    Object.freeze(this)
  }
}
