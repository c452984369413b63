/** The OAuth scopes Cognito defines itself. */
export type StandardOAuthScopeName = 'phone' | 'email' | 'openid' | 'profile' | 'aws.cognito.signin.user.admin'

/**
 * An OAuth scope a client may request, as the CDK's `OAuthScope`. The type parameter is the scope
 * string, so a client only accepts the standard scopes and the scopes of resource servers declared
 * on its pool.
 *
 * @typeParam N - the scope string (`'openid'`, `'users/read'`)
 *
 * @example
 * ```ts
 * const scopes = [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.resourceServer('users', 'read')]
 * ```
 */
export class OAuthScope<N extends string = string> {
  /** `phone`: the `phone_number` and `phone_number_verified` claims. */
  static readonly PHONE: OAuthScope<'phone'> = new OAuthScope('phone')
  /** `email`: the `email` and `email_verified` claims. */
  static readonly EMAIL: OAuthScope<'email'> = new OAuthScope('email')
  /** `openid`: an ID token. */
  static readonly OPENID: OAuthScope<'openid'> = new OAuthScope('openid')
  /** `profile`: every user attribute the client can read. */
  static readonly PROFILE: OAuthScope<'profile'> = new OAuthScope('profile')
  /** `aws.cognito.signin.user.admin`: the user-pool API operations on the signed-in user. */
  static readonly COGNITO_ADMIN: OAuthScope<'aws.cognito.signin.user.admin'> = new OAuthScope(
    'aws.cognito.signin.user.admin',
  )

  /**
   * A scope by its full name (`'users/read'`). A client accepts it only if it is a standard scope or
   * a scope of a resource server declared on the pool.
   *
   * @example
   * ```ts
   * OAuthScope.custom('users/read')
   * ```
   */
  static custom<const N extends string>(name: N): OAuthScope<N> {
    return new OAuthScope(name)
  }

  /**
   * The scope `<identifier>/<scopeName>` of a resource server. The client that uses it is rendered
   * with a `Ref` to the server, so CloudFormation creates the server first.
   *
   * @param server - the server's identifier, or its options (`{ identifier: 'users' }`)
   * @param scope - the scope name, or a `ResourceServerScope`
   *
   * @example
   * ```ts
   * const read = new ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read access' })
   * OAuthScope.resourceServer('users', read) // OAuthScope<'users/read'>
   * ```
   */
  static resourceServer<const I extends string, const S extends string>(
    server: I | { readonly identifier: I },
    scope: S | { readonly scopeName: S },
  ): OAuthScope<`${I}/${S}`> {
    const identifier = typeof server === 'string' ? server : server.identifier
    const scopeName = typeof scope === 'string' ? scope : scope.scopeName
    return new OAuthScope(`${identifier}/${scopeName}` as `${I}/${S}`)
  }

  /** The scope string Cognito expects. */
  readonly scopeName: N

  private constructor(scopeName: N) {
    this.scopeName = scopeName
    Object.freeze(this)
  }
}
