import { CognitoKitError } from '../errors.js'

/** A group that exists outside this builder. */
export interface ImportedUserPoolGroup {
  readonly groupName: string
  /** Not known for an imported group: throws `ERR_NOT_AVAILABLE`. */
  readonly userPoolId: never
}

/**
 * References an existing group by name, as the CDK's `UserPoolGroup.fromGroupName`.
 *
 * @example
 * ```ts
 * const admins = fromGroupName('admins')
 * admins.groupName // 'admins'
 * ```
 */
export function fromGroupName(groupName: string): ImportedUserPoolGroup {
  return Object.freeze({
    groupName,
    get userPoolId(): never {
      throw new CognitoKitError('ERR_NOT_AVAILABLE', 'userPoolId is not available on imported UserPoolGroup.')
    },
  })
}
