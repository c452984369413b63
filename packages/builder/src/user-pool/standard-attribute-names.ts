/**
 * Cognito names of the standard attributes, by the CDK's camel-case keys (`fullname` → `name`,
 * `timezone` → `zoneinfo`, `profilePicture` → `picture`, ...). The last two are not schema
 * attributes but can be read, written and mapped.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#cognito-user-pools-standard-attributes
 * @example
 * ```ts
 * StandardAttributeNames.givenName // 'given_name'
 * ```
 */
export const StandardAttributeNames = {
  address: 'address',
  birthdate: 'birthdate',
  email: 'email',
  familyName: 'family_name',
  gender: 'gender',
  givenName: 'given_name',
  locale: 'locale',
  middleName: 'middle_name',
  fullname: 'name',
  nickname: 'nickname',
  phoneNumber: 'phone_number',
  profilePicture: 'picture',
  preferredUsername: 'preferred_username',
  profilePage: 'profile',
  timezone: 'zoneinfo',
  lastUpdateTime: 'updated_at',
  website: 'website',
  emailVerified: 'email_verified',
  phoneNumberVerified: 'phone_number_verified',
} as const
/** A Cognito standard attribute name (`'given_name'`, `'email_verified'`, ...). */
export type StandardAttributeName = (typeof StandardAttributeNames)[keyof typeof StandardAttributeNames]

/** The 17 keys that can appear in a pool's `standardAttributes` (schema attributes). */
export const SCHEMA_STANDARD_ATTRIBUTE_KEYS = [
  'address',
  'birthdate',
  'email',
  'familyName',
  'gender',
  'givenName',
  'locale',
  'middleName',
  'fullname',
  'nickname',
  'phoneNumber',
  'profilePicture',
  'preferredUsername',
  'profilePage',
  'timezone',
  'lastUpdateTime',
  'website',
] as const
