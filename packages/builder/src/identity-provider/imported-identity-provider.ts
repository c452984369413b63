import { UserPoolClientIdentityProvider } from '../client/user-pool-client-identity-provider.js'
import { CognitoKitError } from '../errors.js'

/** An identity provider that exists outside this builder. */
export interface ImportedUserPoolIdentityProvider {
  readonly providerName: string
  /** The provider as a client's supported identity provider. */
  readonly clientIdentityProvider: UserPoolClientIdentityProvider
  /** Not known for an imported provider: throws `ERR_NOT_AVAILABLE`. */
  readonly userPoolId: never
}

/**
 * References an existing identity provider by name, as the CDK's
 * `UserPoolIdentityProvider.fromProviderName`.
 *
 * @example
 * ```ts
 * const corp = fromProviderName('CorpSaml')
 * userPool('P').withClient('Web', { supportedIdentityProviders: [corp.clientIdentityProvider] })
 * ```
 */
export function fromProviderName(providerName: string): ImportedUserPoolIdentityProvider {
  return Object.freeze({
    providerName,
    clientIdentityProvider: UserPoolClientIdentityProvider.custom(providerName),
    get userPoolId(): never {
      throw new CognitoKitError(
        'ERR_NOT_AVAILABLE',
        'userPoolId is not available on imported UserPoolIdentityProvider.',
      )
    },
  })
}
