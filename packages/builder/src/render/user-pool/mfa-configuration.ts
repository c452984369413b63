import type { UserPoolSettings } from '../../definition/user-pool-settings.js'

/** The effective `EnabledMfas`: `undefined` when MFA is off or unset, `['SMS_MFA']` when no factor is given. */
export function enabledMfas(s: UserPoolSettings): string[] | undefined {
  if (s.mfa === undefined || s.mfa === 'OFF') return undefined
  const f = s.mfaSecondFactor
  if (f === undefined) return ['SMS_MFA']
  return [...(f.sms ? ['SMS_MFA'] : []), ...(f.otp ? ['SOFTWARE_TOKEN_MFA'] : []), ...(f.email ? ['EMAIL_OTP'] : [])]
}
