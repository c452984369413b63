import type { UserPoolSettings } from '../../definition/user-pool-settings.js'

const mechanism = (Name: string, Priority: number) => ({ Name, Priority })

/** `AccountRecoverySetting` (always emitted, except for the legacy PHONE_AND_EMAIL). */
export function accountRecoverySetting(
  recovery: UserPoolSettings['accountRecovery'],
): Record<string, unknown> | undefined {
  switch (recovery ?? 'PHONE_WITHOUT_MFA_AND_EMAIL') {
    case 'EMAIL_AND_PHONE_WITHOUT_MFA':
      return { RecoveryMechanisms: [mechanism('verified_email', 1), mechanism('verified_phone_number', 2)] }
    case 'PHONE_WITHOUT_MFA_AND_EMAIL':
      return { RecoveryMechanisms: [mechanism('verified_phone_number', 1), mechanism('verified_email', 2)] }
    case 'EMAIL_ONLY':
      return { RecoveryMechanisms: [mechanism('verified_email', 1)] }
    case 'PHONE_ONLY_WITHOUT_MFA':
      return { RecoveryMechanisms: [mechanism('verified_phone_number', 1)] }
    case 'NONE':
      return { RecoveryMechanisms: [mechanism('admin_only', 1)] }
    default:
      return undefined
  }
}
