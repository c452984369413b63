import type { DomainSecurityPolicy } from '../definition/domain-definition.js'
import type { StringValue } from '../intrinsic.js'
import type { ManagedLoginVersion } from './managed-login-version.js'

/** A domain under `amazoncognito.com`. */
export interface CognitoDomainOptions {
  /**
   * The prefix: 1 to 63 lowercase letters, digits and hyphens, not starting or ending with a hyphen,
   * without `aws`, `amazon` or `cognito`; or an intrinsic (not checked, as the CDK skips tokens).
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain-prefix.html
   */
  readonly domainPrefix: StringValue
  /**
   * Beyond the CDK: URLs of this domain (`baseUrl()`, `signInUrl()`, the runtime's) use the FIPS
   * endpoint `auth-fips`. Not a CloudFormation property.
   * @default false
   */
  readonly fipsEnabled?: boolean
}

/** A domain you own. */
export interface CustomDomainOptions {
  /**
   * The fully qualified domain name, e.g. `auth.example.com`, or an intrinsic (not checked).
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html
   */
  readonly domainName: StringValue
  /** ARN of the ACM certificate for the domain, in us-east-1 (the CDK takes an `ICertificate`). */
  readonly certificate: StringValue
  /**
   * Beyond the CDK: the TLS policy of the domain.
   * @default - Cognito's default
   */
  readonly securityPolicy?: DomainSecurityPolicy
}

/** Options of a user-pool domain, as the CDK's `UserPoolDomainOptions`: exactly one of `cognitoDomain` and `customDomain`. */
export interface UserPoolDomainOptions {
  /**
   * A custom domain.
   * @default - none; then `cognitoDomain` is required
   */
  readonly customDomain?: CustomDomainOptions
  /**
   * A Cognito prefix domain.
   * @default - none; then `customDomain` is required
   */
  readonly cognitoDomain?: CognitoDomainOptions
  /**
   * Classic hosted UI (1) or managed login (2).
   * @default - Cognito's default, the classic hosted UI
   */
  readonly managedLoginVersion?: ManagedLoginVersion
  /**
   * Beyond the CDK: failover to a secondary region (`Routing.Failover`).
   * @default - none
   */
  readonly routing?: {
    readonly failover: { readonly primaryRoute53HealthCheckId: StringValue; readonly secondaryRegion: string }
  }
}
