import type { StringValue } from '../intrinsic.js'

/** An app client in a definition (the CDK's `UserPoolClientOptions` as plain data). */
export interface UserPoolClientDefinition<S extends string = string> {
  readonly userPoolClientName?: string
  readonly generateSecret?: boolean
  readonly disableOAuth?: boolean
  readonly oAuth?: {
    readonly flows?: {
      readonly authorizationCodeGrant?: boolean
      readonly implicitCodeGrant?: boolean
      readonly clientCredentials?: boolean
    }
    /** Scope strings as Cognito expects them (`openid`, `aws.cognito.signin.user.admin`, `users/read`). */
    readonly scopes?: readonly (string | S)[]
    readonly callbackUrls?: readonly string[]
    readonly logoutUrls?: readonly string[]
    readonly defaultRedirectUri?: string
  }
  /** Identity provider names (`COGNITO`, `Google`, ...) or intrinsics. */
  readonly supportedIdentityProviders?: readonly StringValue[]
}
