import { CognitoKitError } from '../errors.js'

/** A resource server that exists outside this builder. */
export interface ImportedUserPoolResourceServer<I extends string = string> {
  /** The server's identifier (what `Ref` returns for a resource server). */
  readonly userPoolResourceServerId: I
  /** Same as `userPoolResourceServerId`; lets `OAuthScope.resourceServer(imported, scope)` work. */
  readonly identifier: I
  /** Not known for an imported server: throws `ERR_NOT_AVAILABLE`. */
  readonly userPoolId: never
}

/**
 * References an existing resource server by identifier, as the CDK's
 * `UserPoolResourceServer.fromUserPoolResourceServerId`.
 *
 * @example
 * ```ts
 * const api = fromUserPoolResourceServerId('users')
 * OAuthScope.resourceServer(api, 'read') // 'users/read'
 * ```
 */
export function fromUserPoolResourceServerId<const I extends string>(identifier: I): ImportedUserPoolResourceServer<I> {
  return Object.freeze({
    userPoolResourceServerId: identifier,
    identifier,
    get userPoolId(): never {
      throw new CognitoKitError(
        'ERR_NOT_AVAILABLE',
        'userPoolId is not available on UserPoolResourceServer.fromUserPoolResourceServiceId().',
      )
    },
  })
}
