import type { StringValue } from '../intrinsic.js'

/** TLS policies of a custom domain (`CustomDomainConfig.SecurityPolicy`). */
export type DomainSecurityPolicy = 'TLS_V1' | 'TLS_V1_2_2021' | 'TLS_V1_3_2025'

/** A user-pool domain in a definition. Exactly one of `cognitoDomain` / `customDomain`. */
export interface DomainDefinition {
  readonly cognitoDomain?: {
    readonly domainPrefix: StringValue
    /** URLs use the FIPS endpoint (`<prefix>.auth-fips.<region>.amazoncognito.com`). Not a CloudFormation property. */
    readonly fipsEnabled?: boolean
  }
  readonly customDomain?: {
    readonly domainName: StringValue
    /** ARN of the ACM certificate (in us-east-1). */
    readonly certificateArn: StringValue
    /** Beyond the CDK: the TLS policy. */
    readonly securityPolicy?: DomainSecurityPolicy
  }
  /** 1 = classic hosted UI, 2 = managed login. */
  readonly managedLoginVersion?: 1 | 2
  /** Beyond the CDK: multi-region failover routing (`Routing.Failover`). */
  readonly routing?: {
    readonly failover: { readonly primaryRoute53HealthCheckId: StringValue; readonly secondaryRegion: string }
  }
}
