import type { UserPoolSettings } from '../../definition/user-pool-settings.js'
import { cfnObject } from '../../internal/cfn-object.js'
import type { StringValue } from '../../intrinsic.js'
import { enabledMfas } from './mfa-configuration.js'

/** Where SMS goes: through the given role, through a role the builder creates, or nowhere. */
export type SmsRoleDecision = 'given' | 'create' | 'none'

/** The CDK's decision procedure for the SMS role. */
export function smsRoleDecision(s: UserPoolSettings): SmsRoleDecision {
  if (s.smsRole !== undefined) return 'given'
  if (s.enableSmsRole === false) return 'none'
  const needed =
    (enabledMfas(s)?.includes('SMS_MFA') ?? false) || s.signInAliases?.phone === true || s.autoVerify?.phone === true
  if (!needed && s.enableSmsRole === undefined) return 'none'
  return 'create'
}

/** `SmsConfiguration`, given the created role's ARN and external id when the builder creates one. */
export function smsConfiguration(
  s: UserPoolSettings,
  created: { readonly roleArn: StringValue; readonly externalId: string } | undefined,
): Record<string, unknown> | undefined {
  const decision = smsRoleDecision(s)
  if (decision === 'given') {
    return cfnObject({ ExternalId: s.smsRoleExternalId, SnsCallerArn: s.smsRole, SnsRegion: s.snsRegion })
  }
  if (decision === 'create' && created) {
    return cfnObject({ ExternalId: created.externalId, SnsCallerArn: created.roleArn, SnsRegion: s.snsRegion })
  }
  return undefined
}
