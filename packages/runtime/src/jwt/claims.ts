/**
 * Claim types of Cognito ID and access tokens, narrowed by `token_use` and typed from a pool
 * definition's custom attributes.
 *
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'

/** Claims every Cognito token has, whatever its `token_use`. */
export interface CognitoTokenClaimsBase {
  /** The user's stable id (a UUID); for client-credentials tokens, the client id. */
  readonly sub: string
  /** The pool's issuer URL (either issuer format). */
  readonly iss: string
  /** Expiry, in seconds since the epoch. Always present: tokens without it are rejected. */
  readonly exp: number
  /** Issue time, in seconds since the epoch. Always present and never in the future. */
  readonly iat: number
  /** When the user authenticated; unchanged by refreshes. */
  readonly auth_time?: number
  /** Not-before time, when present. */
  readonly nbf?: number
  /** The token's id. */
  readonly jti?: string
  /** Id of the authentication that started this token family (links refreshed tokens). */
  readonly origin_jti?: string
  /** Authentication event id. */
  readonly event_id?: string
  /** The user's groups, when the user is in any. */
  readonly 'cognito:groups'?: readonly string[]
  /** Further claims (a pre-token-generation trigger may add any). */
  readonly [claim: string]: unknown
}

/** A federated identity linked to the user (`identities` claim). */
export interface CognitoIdentityClaim {
  /** The user's id at the identity provider. */
  readonly userId: string
  /** The provider name in the pool (`Google`, `Corp`, ...). */
  readonly providerName: string
  /** `Google`, `Facebook`, `OIDC`, `SAML`, ... */
  readonly providerType: string
  /** Always `null` in Cognito tokens. */
  readonly issuer: string | null
  /** `"true"`/`"false"` in real tokens; a boolean in some examples. */
  readonly primary: string | boolean
  /** Milliseconds since the epoch, as a string in real tokens. */
  readonly dateCreated: string | number
}

/** Claims of an ID token (`token_use: "id"`), without custom attributes. */
export interface CognitoIdTokenStandardClaims extends CognitoTokenClaimsBase {
  /** Always `id`. */
  readonly token_use: 'id'
  /** The app client id. */
  readonly aud: string
  /** The username (for federated users, e.g. `Google_1234...`). */
  readonly 'cognito:username'?: string
  /** Echo of the authorize request's nonce; Cognito adds one for federated sign-ins. */
  readonly nonce?: string
  /** Half of the SHA-256 of the access token issued with this ID token (code flow). */
  readonly at_hash?: string
  /** Standard attribute `email` (with the `email` scope). */
  readonly email?: string
  /** Whether `email` is verified. */
  readonly email_verified?: boolean
  /** Standard attribute `phone_number` (E.164, with the `phone` scope). */
  readonly phone_number?: string
  /** Whether `phone_number` is verified. */
  readonly phone_number_verified?: boolean
  /** Standard attribute `name`. */
  readonly name?: string
  /** Standard attribute `given_name`. */
  readonly given_name?: string
  /** Standard attribute `family_name`. */
  readonly family_name?: string
  /** Standard attribute `middle_name`. */
  readonly middle_name?: string
  /** Standard attribute `nickname`. */
  readonly nickname?: string
  /** Standard attribute `preferred_username`. */
  readonly preferred_username?: string
  /** Standard attribute `profile` (a URL). */
  readonly profile?: string
  /** Standard attribute `picture` (a URL). */
  readonly picture?: string
  /** Standard attribute `website`. */
  readonly website?: string
  /** Standard attribute `gender`. */
  readonly gender?: string
  /** Standard attribute `birthdate` (`YYYY-MM-DD`). */
  readonly birthdate?: string
  /** Standard attribute `zoneinfo` (time zone). */
  readonly zoneinfo?: string
  /** Standard attribute `locale`. */
  readonly locale?: string
  /** Standard attribute `address`. */
  readonly address?: {
    /** The full postal address. */
    readonly formatted?: string
  }
  /** When the user's attributes last changed, in seconds since the epoch. */
  readonly updated_at?: number
  /** Federated identities linked to the user. */
  readonly identities?: readonly CognitoIdentityClaim[]
  /** IAM role ARNs of the user's groups. */
  readonly 'cognito:roles'?: readonly string[]
  /** The IAM role ARN of the user's highest-precedence group. */
  readonly 'cognito:preferred_role'?: string
}

/**
 * `custom:<name>` claims of a pool's custom attributes. Cognito always sends them as strings,
 * whatever their declared type.
 */
export type CustomAttributeClaims<A extends CustomAttributeTypes> = {
  readonly [K in keyof A as `custom:${K & string}`]?: string
}

/** Claims of an ID token, with the pool's custom attributes typed. */
export type CognitoIdTokenClaims<A extends CustomAttributeTypes = {}> = CognitoIdTokenStandardClaims &
  CustomAttributeClaims<A>

/** Claims of an access token (`token_use: "access"`). */
export interface CognitoAccessTokenClaims extends CognitoTokenClaimsBase {
  /** Always `access`. */
  readonly token_use: 'access'
  /** The app client id (access tokens normally have no `aud`). */
  readonly client_id: string
  /** Space-separated scopes. */
  readonly scope?: string
  /** The username; absent on client-credentials (machine) tokens. */
  readonly username?: string
  /** `2` in current tokens. */
  readonly version?: number
  /** Present when device tracking is on. */
  readonly device_key?: string
  /** Only with resource binding: the resource server(s). */
  readonly aud?: string | readonly string[]
}

/** Either kind of Cognito token claims, discriminated by `token_use`. */
export type CognitoTokenClaims<A extends CustomAttributeTypes = {}> = CognitoIdTokenClaims<A> | CognitoAccessTokenClaims

/** The claims type for a `tokenUse` setting: `'id'`, `'access'`, or `null` (either). */
export type ClaimsForTokenUse<T extends 'id' | 'access' | null, A extends CustomAttributeTypes = {}> = T extends 'id'
  ? CognitoIdTokenClaims<A>
  : T extends 'access'
    ? CognitoAccessTokenClaims
    : CognitoTokenClaims<A>

/** The decoded protected header of a verified token. */
export interface VerifiedTokenHeader {
  /** Always `RS256`: nothing else is accepted. */
  readonly alg: 'RS256'
  /** The id of the key that signed the token. */
  readonly kid: string
  /** The token type, when the issuer set one (Cognito does not). */
  readonly typ?: string
}
