import type { StringValue } from '../intrinsic.js'

/**
 * An identity provider a client supports, as the CDK's `UserPoolClientIdentityProvider`.
 *
 * @example
 * ```ts
 * const providers = [UserPoolClientIdentityProvider.AMAZON, UserPoolClientIdentityProvider.COGNITO]
 * ```
 */
export class UserPoolClientIdentityProvider {
  /** Sign in with Apple (`SignInWithApple`). */
  static readonly APPLE: UserPoolClientIdentityProvider = new UserPoolClientIdentityProvider('SignInWithApple')
  /** Facebook Login (`Facebook`). */
  static readonly FACEBOOK: UserPoolClientIdentityProvider = new UserPoolClientIdentityProvider('Facebook')
  /** Google sign-in (`Google`). */
  static readonly GOOGLE: UserPoolClientIdentityProvider = new UserPoolClientIdentityProvider('Google')
  /** Login with Amazon (`LoginWithAmazon`). */
  static readonly AMAZON: UserPoolClientIdentityProvider = new UserPoolClientIdentityProvider('LoginWithAmazon')
  /** The user pool's own directory (`COGNITO`). */
  static readonly COGNITO: UserPoolClientIdentityProvider = new UserPoolClientIdentityProvider('COGNITO')

  /**
   * A provider by name: an OIDC or SAML provider's name, or an intrinsic resolving to one.
   *
   * @example
   * ```ts
   * UserPoolClientIdentityProvider.custom('CorpOidc')
   * ```
   */
  static custom(name: StringValue): UserPoolClientIdentityProvider {
    return new UserPoolClientIdentityProvider(name)
  }

  /** The name in `SupportedIdentityProviders`. */
  readonly name: StringValue

  private constructor(name: StringValue) {
    this.name = name
    Object.freeze(this)
  }
}
