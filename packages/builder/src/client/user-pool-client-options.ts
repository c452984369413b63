import type { CustomAttributeTypes } from '../definition/custom-attribute-definition.js'
import type { TokenValidityUnit } from '../definition/user-pool-client-definition.js'
import type { Duration } from '../duration.js'
import type { StringValue } from '../intrinsic.js'
import type { ClientAttributes } from './client-attributes.js'
import type { OAuthScope, StandardOAuthScopeName } from './oauth-scope.js'
import type { UserPoolClientIdentityProvider } from './user-pool-client-identity-provider.js'

/**
 * Authentication flows a client allows (`ExplicitAuthFlows`). `ALLOW_REFRESH_TOKEN_AUTH` is added
 * unless refresh-token rotation is on.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow.html
 */
export interface AuthFlow {
  /**
   * `ALLOW_ADMIN_USER_PASSWORD_AUTH`: server-side sign-in with a password.
   * @default false
   */
  readonly adminUserPassword?: boolean
  /**
   * `ALLOW_CUSTOM_AUTH`: Lambda-driven custom challenges.
   * @default false
   */
  readonly custom?: boolean
  /**
   * `ALLOW_USER_PASSWORD_AUTH`: a password sent to Cognito.
   * @default false
   */
  readonly userPassword?: boolean
  /**
   * `ALLOW_USER_SRP_AUTH`: Secure Remote Password.
   * @default false
   */
  readonly userSrp?: boolean
  /**
   * `ALLOW_USER_AUTH`: choice-based sign-in (passwordless, passkeys).
   * @default false
   */
  readonly user?: boolean
}

/**
 * OAuth grant types of a client (`AllowedOAuthFlows`).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-app-idp-settings.html
 */
export interface OAuthFlows {
  /**
   * `code`: the authorization code grant.
   * @default false
   */
  readonly authorizationCodeGrant?: boolean
  /**
   * `implicit`: tokens returned directly to the browser.
   * @default false
   */
  readonly implicitCodeGrant?: boolean
  /**
   * `client_credentials`: machine-to-machine; cannot be combined with the other two.
   * @default false
   */
  readonly clientCredentials?: boolean
}

/**
 * OAuth settings of a client.
 *
 * @typeParam S - scopes of the pool's resource servers (`'users/read'`)
 */
export interface OAuthSettings<S extends string = string> {
  /**
   * OAuth grant types.
   * @default { authorizationCodeGrant: true, implicitCodeGrant: true }
   */
  readonly flows?: OAuthFlows
  /**
   * Where Cognito may redirect after sign-in. HTTPS, except `http://localhost`; app schemes (`myapp://`) work too.
   * @default - ['https://example.com'] with a code or implicit grant, none otherwise
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-userpoolclient.html#cfn-cognito-userpoolclient-callbackurls
   */
  readonly callbackUrls?: readonly string[]
  /**
   * Where Cognito may redirect after sign-out.
   * @default - none
   */
  readonly logoutUrls?: readonly string[]
  /**
   * Scopes the client may request: standard scopes and the scopes of the pool's resource servers.
   * `openid` is added when `phone`, `email` or `profile` is present.
   * @default [PROFILE, PHONE, EMAIL, OPENID, COGNITO_ADMIN]
   */
  readonly scopes?: readonly OAuthScope<StandardOAuthScopeName | S>[]
  /**
   * The redirect URI used when a request names none; must be one of `callbackUrls`.
   * @default - none
   */
  readonly defaultRedirectUri?: string
}

/**
 * Pinpoint analytics of a client: either `application`, or all of `applicationId`, `externalId`
 * and `role`.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html
 */
export interface AnalyticsConfiguration {
  /**
   * ARN of the Pinpoint application (the CDK takes a `CfnApp`).
   * @default - none
   */
  readonly application?: StringValue
  /**
   * Id of the Pinpoint project.
   * @default - none
   */
  readonly applicationId?: StringValue
  /**
   * External id of the role.
   * @default - none
   */
  readonly externalId?: StringValue
  /**
   * ARN of the IAM role Cognito assumes to publish events.
   * @default - none
   */
  readonly role?: StringValue
  /**
   * Whether user data goes to Pinpoint too.
   * @default false
   */
  readonly shareUserData?: boolean
}

/**
 * Read or write attributes of a client: a `ClientAttributes`, or a function that builds one from
 * an empty set.
 */
export type ClientAttributesOption<N extends string> =
  | ClientAttributes<N>
  | ((attributes: ClientAttributes) => ClientAttributes<N>)

/**
 * Options of an app client: the CDK's `UserPoolClientOptions`, plus the CloudFormation properties
 * the CDK leaves out (`refreshTokenRotation`, `tokenValidityUnits`).
 *
 * @typeParam A - the pool's custom attributes (only these are accepted in read/write attributes)
 * @typeParam S - scopes of the pool's resource servers
 */
export interface UserPoolClientOptions<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  S extends string = string,
> {
  /**
   * Name of the client.
   * @default - CloudFormation generates one (the client id for `toSdkRequests()`)
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-userpoolclient.html#cfn-cognito-userpoolclient-clientname
   */
  readonly userPoolClientName?: string
  /**
   * Whether Cognito generates a client secret (read it with `pool.clientSecret(id)`).
   * @default false
   */
  readonly generateSecret?: boolean
  /**
   * Authentication flows.
   * @default - Cognito's default: ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH
   */
  readonly authFlows?: AuthFlow
  /**
   * Turns OAuth off for this client.
   * @default false
   */
  readonly disableOAuth?: boolean
  /**
   * OAuth settings.
   * @default - see each field
   */
  readonly oAuth?: OAuthSettings<S>
  /**
   * How long the session token of an authentication flow lives: 3 to 15 minutes.
   * @default - 3 minutes
   */
  readonly authSessionValidity?: Duration
  /**
   * Return generic errors instead of `UserNotFoundException`.
   * @default - not set (Cognito's default)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
   */
  readonly preventUserExistenceErrors?: boolean
  /**
   * Identity providers users of this client can sign in with. A provider declared on the pool and
   * named here makes the client depend on it.
   * @default - every identity provider of the pool, then COGNITO
   */
  readonly supportedIdentityProviders?: readonly UserPoolClientIdentityProvider[]
  /**
   * ID-token lifetime: 5 minutes to 1 day, at most the refresh token's.
   * @default - 60 minutes
   */
  readonly idTokenValidity?: Duration
  /**
   * Refresh-token lifetime: 60 minutes to 10 years.
   * @default - 30 days
   */
  readonly refreshTokenValidity?: Duration
  /**
   * Access-token lifetime: 5 minutes to 1 day, at most the refresh token's.
   * @default - 60 minutes
   */
  readonly accessTokenValidity?: Duration
  /**
   * Turns refresh-token rotation on, with this grace period for the old token (0 to 60 seconds).
   * @default - rotation off
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
   */
  readonly refreshTokenRotationGracePeriod?: Duration
  /**
   * Beyond the CDK: `false` emits `RefreshTokenRotation: { Feature: DISABLED }` explicitly; `true`
   * turns rotation on without a grace period.
   * @default - on when `refreshTokenRotationGracePeriod` is set, otherwise not emitted
   */
  readonly refreshTokenRotation?: boolean
  /**
   * Beyond the CDK: the unit each validity is emitted in (the CDK always emits minutes).
   * @default - minutes
   */
  readonly tokenValidityUnits?: {
    readonly accessToken?: TokenValidityUnit
    readonly idToken?: TokenValidityUnit
    readonly refreshToken?: TokenValidityUnit
  }
  /**
   * Attributes the client may read; custom ones must be declared on the pool.
   * @default - every attribute
   */
  readonly readAttributes?: ClientAttributesOption<keyof A & string>
  /**
   * Attributes the client may write; custom ones must be declared on the pool.
   * @default - every writable attribute
   */
  readonly writeAttributes?: ClientAttributesOption<keyof A & string>
  /**
   * Whether refresh tokens can be revoked.
   * @default - not set (Cognito enables it for new clients)
   */
  readonly enableTokenRevocation?: boolean
  /**
   * Pass the user's context data (IP, device) to threat protection; needs `generateSecret`.
   * @default - not set
   */
  readonly enablePropagateAdditionalUserContextData?: boolean
  /**
   * Pinpoint analytics.
   * @default - none
   */
  readonly analytics?: AnalyticsConfiguration
}
