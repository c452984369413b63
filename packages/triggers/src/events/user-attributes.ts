import type { CustomAttributeDataType, CustomAttributeTypes } from '@cognito-kit/builder/definition'

/**
 * A user's status, as the `cognito:user_status` pseudo-attribute carries it.
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserType.html
 */
export type UserStatus =
  | 'UNCONFIRMED'
  | 'CONFIRMED'
  | 'ARCHIVED'
  | 'COMPROMISED'
  | 'UNKNOWN'
  | 'RESET_REQUIRED'
  | 'FORCE_CHANGE_PASSWORD'
  | 'EXTERNAL_PROVIDER'

/** The OIDC standard attributes of a Cognito user pool. */
export type StandardAttributeName =
  | 'address'
  | 'birthdate'
  | 'email'
  | 'email_verified'
  | 'family_name'
  | 'gender'
  | 'given_name'
  | 'locale'
  | 'middle_name'
  | 'name'
  | 'nickname'
  | 'phone_number'
  | 'phone_number_verified'
  | 'picture'
  | 'preferred_username'
  | 'profile'
  | 'updated_at'
  | 'website'
  | 'zoneinfo'

/** Longest attribute value Cognito stores (characters). */
export const MAX_ATTRIBUTE_LENGTH = 2048

/** Standard attributes whose value is a boolean written as a string: `"true"` or `"false"`. */
export const BOOLEAN_ATTRIBUTES: readonly string[] = ['email_verified', 'phone_number_verified']

/** The standard attribute names, as a list. */
export const STANDARD_ATTRIBUTE_NAMES: readonly StandardAttributeName[] = [
  'address',
  'birthdate',
  'email',
  'email_verified',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'phone_number_verified',
  'picture',
  'preferred_username',
  'profile',
  'updated_at',
  'website',
  'zoneinfo',
]

/**
 * Attributes every trigger event may carry. Values are always strings, booleans included
 * (`email_verified: "true"`).
 */
export type StandardUserAttributes = { readonly [K in StandardAttributeName]?: string } & {
  /** The user's immutable id. */
  readonly sub?: string
  /** The user's status (`CONFIRMED`, `EXTERNAL_PROVIDER`, ...). */
  readonly 'cognito:user_status'?: UserStatus | (string & {})
  /** The email when it is an alias (may be empty). */
  readonly 'cognito:email_alias'?: string
  /** The phone number when it is an alias (may be empty). */
  readonly 'cognito:phone_number_alias'?: string
  /** Federated users: their linked identities, as a JSON string. */
  readonly identities?: string
}

/** How a custom attribute's value arrives in an event (always a string). */
export type CustomAttributeValue<T extends CustomAttributeDataType> = T extends 'Number' ? `${number}` : string

/**
 * `request.userAttributes`. Values are strings (a `null` entry in the event is dropped, another
 * scalar becomes its string form; a missing map is `{}`). Without a pool definition it is an open
 * string map; with one
 * (`preSignUp.for<typeof def>()`) the pool's custom attributes are typed (`'custom:tenant'`) and
 * unknown `custom:` names are compile errors.
 *
 * @typeParam A - the pool's custom attributes (name without `custom:` → data type)
 */
export type UserAttributes<A extends CustomAttributeTypes = CustomAttributeTypes> = StandardUserAttributes &
  (string extends keyof A
    ? { readonly [name: string]: string }
    : { readonly [K in keyof A & string as `custom:${K}`]?: CustomAttributeValue<A[K]> } & {
        readonly [name: `cognito:${string}` | `dev:${string}`]: string
      })
