import type { StringValue } from '../intrinsic.js'

/** A user-pool domain in a definition. Exactly one of `cognitoDomain` / `customDomain`. */
export interface DomainDefinition {
  readonly cognitoDomain?: { readonly domainPrefix: string; readonly fipsEnabled?: boolean }
  readonly customDomain?: { readonly domainName: string; readonly certificateArn: StringValue }
  /** 1 = classic hosted UI, 2 = managed login. */
  readonly managedLoginVersion?: 1 | 2
}
