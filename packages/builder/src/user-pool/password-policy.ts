import type { PasswordPolicyDefinition } from '../definition/user-pool-settings.js'
import { Duration } from '../duration.js'

/**
 * Password policy (`Policies.PasswordPolicy`). When a policy is given, `minLength` defaults to 8.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html
 */
export interface PasswordPolicy extends Omit<PasswordPolicyDefinition, 'tempPasswordValidity'> {
  /**
   * How long a temporary password stays valid, in whole days (at most 365).
   * @default - Cognito's 7 days
   */
  readonly tempPasswordValidity?: Duration
}

/** The definition form of a password policy. */
export function passwordPolicyDefinition(policy: PasswordPolicy): PasswordPolicyDefinition {
  const { tempPasswordValidity, ...rest } = policy
  if (tempPasswordValidity === undefined) return { ...rest }
  // A non-Duration value is passed through for the schema check to report.
  const temp = Duration.isDuration(tempPasswordValidity) ? tempPasswordValidity.toJSON() : tempPasswordValidity
  return { ...rest, tempPasswordValidity: temp as PasswordPolicyDefinition['tempPasswordValidity'] & {} }
}
