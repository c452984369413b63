/** The Cognito API operations `toSdkRequests()` produces, in the order it may produce them. */
export type SdkCommandName =
  | 'CreateUserPool'
  | 'SetUserPoolMfaConfig'
  | 'CreateResourceServer'
  | 'CreateIdentityProvider'
  | 'CreateUserPoolClient'
  | 'CreateUserPoolDomain'
  | 'CreateGroup'
  | 'CreateManagedLoginBranding'
  | 'SetRiskConfiguration'
  | 'SetUICustomization'
  | 'SetLogDeliveryConfiguration'

/**
 * A value only known once an earlier request has run: the new pool's id or ARN, or a new client's
 * id. `apply()` substitutes it.
 */
export type SdkReference =
  | { readonly $ref: 'userPoolId' }
  | { readonly $ref: 'userPoolArn' }
  | { readonly $ref: 'clientId'; readonly client: string }

/** What a request creates, for the result of `apply()` and for `ProvisioningError.created`. */
export type SdkStepKind =
  | 'userPool'
  | 'mfaConfig'
  | 'resourceServer'
  | 'identityProvider'
  | 'client'
  | 'domain'
  | 'group'
  | 'managedLoginBranding'
  | 'riskConfiguration'
  | 'uiCustomization'
  | 'logDelivery'

/**
 * One AWS SDK v3 request as plain data: `new <command>Command(input)` once references are
 * substituted.
 */
export interface SdkRequest {
  /** What the request creates. */
  readonly kind: SdkStepKind
  /** The id of the part in the definition (`'Web'` for `withClient('Web')`); the pool's id for pool steps. */
  readonly id: string
  /** The operation (`CreateUserPoolClient`). */
  readonly command: SdkCommandName
  /** The operation's input, with {@link SdkReference}s where an earlier result is needed. */
  readonly input: { readonly [key: string]: unknown }
}
