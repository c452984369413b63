import type { StringValue } from '../intrinsic.js'
import { grantStatement, type PolicyStatement } from './policy-statement.js'

/**
 * A user pool as other resources see it: its id, ARN and provider name, as literals or
 * intrinsics. Builders give one with `pool.ref()`; `fromUserPoolId()` / `fromUserPoolArn()`
 * import an existing pool.
 */
export interface UserPoolReference {
  /** The pool id (`{ Ref }` for a pool in the template). */
  readonly userPoolId: StringValue
  /** The pool ARN. */
  readonly userPoolArn: StringValue
  /** The provider name, `cognito-idp.<region>.amazonaws.com/<id>`. */
  readonly userPoolProviderName: StringValue
  /** Account and region the pool lives in, when known (imports by ARN). */
  readonly env?: { readonly account: string; readonly region: string }
  /**
   * The IAM statement allowing `actions` on this pool (the CDK's `grant()`), as data.
   *
   * @example
   * ```ts
   * fromUserPoolId('us-east-1_abc').grant('cognito-idp:AdminCreateUser')
   * ```
   */
  grant(...actions: string[]): PolicyStatement
}

/** Builds a frozen reference. */
export function userPoolReference(parts: Omit<UserPoolReference, 'grant'>): UserPoolReference {
  return Object.freeze({
    ...parts,
    grant: (...actions: string[]) => grantStatement(parts.userPoolArn, actions),
  })
}
