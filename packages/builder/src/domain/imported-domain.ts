import { CognitoKitError } from '../errors.js'

/** A domain that exists outside this builder. */
export interface ImportedUserPoolDomain {
  /** The prefix of a Cognito domain, or the custom domain's name. */
  readonly domainName: string
  /** Not known for an imported domain: throws `ERR_NOT_AVAILABLE`. */
  readonly userPoolId: never
}

/**
 * References an existing domain by name, as the CDK's `UserPoolDomain.fromDomainName`.
 *
 * @example
 * ```ts
 * fromDomainName('my-app').domainName // 'my-app'
 * ```
 */
export function fromDomainName(domainName: string): ImportedUserPoolDomain {
  return Object.freeze({
    domainName,
    get userPoolId(): never {
      throw new CognitoKitError('ERR_NOT_AVAILABLE', 'userPoolDomainRef is not available on imported UserPoolDomain.')
    },
  })
}
