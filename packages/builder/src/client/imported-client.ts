import { CognitoKitError } from '../errors.js'
import type { StringValue } from '../intrinsic.js'

/** An app client that exists outside this builder. */
export interface ImportedUserPoolClient {
  /** The client id. */
  readonly userPoolClientId: StringValue
  /** Not known for an imported client: throws `ERR_NOT_AVAILABLE`. */
  readonly userPoolClientSecret: never
  /** Not known for an imported client: throws `ERR_NOT_AVAILABLE`. */
  readonly userPoolId: never
}

/**
 * References an existing app client by id, as the CDK's `UserPoolClient.fromUserPoolClientId`; use
 * it wherever a client id is needed (`withManagedLoginBranding('B', { client: imported })`).
 *
 * @example
 * ```ts
 * const legacy = fromUserPoolClientId('4example7client0id')
 * legacy.userPoolClientId // '4example7client0id'
 * ```
 */
export function fromUserPoolClientId(userPoolClientId: StringValue): ImportedUserPoolClient {
  return Object.freeze({
    userPoolClientId,
    get userPoolClientSecret(): never {
      throw new CognitoKitError('ERR_NOT_AVAILABLE', 'UserPool Client Secret is not available for imported Clients')
    },
    get userPoolId(): never {
      throw new CognitoKitError(
        'ERR_NOT_AVAILABLE',
        'userPoolId is not available on UserPoolClient.fromUserPoolClientId().',
      )
    },
  })
}
