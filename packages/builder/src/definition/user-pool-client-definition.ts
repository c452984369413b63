import type { DurationDefinition } from '../duration.js'
import type { StringValue } from '../intrinsic.js'

/** Units Cognito accepts for token validities (`TokenValidityUnits`). */
export type TokenValidityUnit = 'seconds' | 'minutes' | 'hours' | 'days'

/** The authentication flows of a client, as the CDK's `AuthFlow`. */
export interface AuthFlowsDefinition {
  readonly adminUserPassword?: boolean
  readonly custom?: boolean
  readonly userPassword?: boolean
  readonly userSrp?: boolean
  readonly user?: boolean
}

/** OAuth grant types of a client. */
export interface OAuthFlowsDefinition {
  readonly authorizationCodeGrant?: boolean
  readonly implicitCodeGrant?: boolean
  readonly clientCredentials?: boolean
}

/** OAuth settings of a client. Absent fields take the CDK's defaults when rendered. */
export interface OAuthSettingsDefinition<S extends string = string> {
  /** Absent: authorization code and implicit grants (the CDK's default). */
  readonly flows?: OAuthFlowsDefinition
  /**
   * Scope strings as Cognito expects them (`openid`, `aws.cognito.signin.user.admin`, `users/read`).
   * Absent: `profile`, `phone`, `email`, `openid`, `aws.cognito.signin.user.admin`.
   */
  readonly scopes?: readonly (string | S)[]
  /** Absent with a code or implicit grant: `['https://example.com']` (the CDK's default). */
  readonly callbackUrls?: readonly string[]
  readonly logoutUrls?: readonly string[]
  readonly defaultRedirectUri?: string
}

/** Pinpoint analytics of a client (`AnalyticsConfiguration`). */
export interface ClientAnalyticsDefinition {
  /** ARN of the Pinpoint application (the CDK's `application`). */
  readonly application?: StringValue
  readonly applicationId?: StringValue
  readonly externalId?: StringValue
  /** ARN of the IAM role Cognito assumes to publish to Pinpoint. */
  readonly role?: StringValue
  readonly shareUserData?: boolean
}

/** An app client in a definition (the CDK's `UserPoolClientOptions` as plain data). */
export interface UserPoolClientDefinition<S extends string = string> {
  readonly userPoolClientName?: string
  readonly generateSecret?: boolean
  readonly authFlows?: AuthFlowsDefinition
  readonly disableOAuth?: boolean
  readonly oAuth?: OAuthSettingsDefinition<S>
  /**
   * Identity provider names (`COGNITO`, `Google`, an OIDC provider's name, ...) or intrinsics.
   * Absent: every provider of the pool, then `COGNITO`.
   */
  readonly supportedIdentityProviders?: readonly StringValue[]
  readonly preventUserExistenceErrors?: boolean
  readonly authSessionValidity?: DurationDefinition
  readonly idTokenValidity?: DurationDefinition
  readonly accessTokenValidity?: DurationDefinition
  readonly refreshTokenValidity?: DurationDefinition
  /** Setting it turns refresh-token rotation on. */
  readonly refreshTokenRotationGracePeriod?: DurationDefinition
  /** Beyond the CDK: `false` emits `RefreshTokenRotation.Feature: DISABLED`. */
  readonly refreshTokenRotation?: boolean
  /** Beyond the CDK: the unit each validity is emitted in (the CDK always uses minutes). */
  readonly tokenValidityUnits?: {
    readonly accessToken?: TokenValidityUnit
    readonly idToken?: TokenValidityUnit
    readonly refreshToken?: TokenValidityUnit
  }
  /** Cognito attribute names (custom ones with `custom:`), sorted. */
  readonly readAttributes?: readonly string[]
  /** Cognito attribute names (custom ones with `custom:`), sorted. */
  readonly writeAttributes?: readonly string[]
  readonly enableTokenRevocation?: boolean
  readonly enablePropagateAdditionalUserContextData?: boolean
  readonly analytics?: ClientAnalyticsDefinition
}
