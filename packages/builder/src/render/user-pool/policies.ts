import type { UserPoolSettings } from '../../definition/user-pool-settings.js'
import { undefinedIfNoKeys } from '../../internal/cfn-object.js'
import { durationDays } from '../../user-pool/user-pool-settings-rules.js'

/** `Policies` with `PasswordPolicy` (minimum length 8 whenever a policy is given) and `SignInPolicy`. */
export function policies(s: UserPoolSettings): Record<string, unknown> | undefined {
  const p = s.passwordPolicy
  const passwordPolicy =
    p === undefined
      ? undefined
      : undefinedIfNoKeys({
          MinimumLength: p.minLength ?? 8,
          PasswordHistorySize: p.passwordHistorySize,
          RequireLowercase: p.requireLowercase,
          RequireNumbers: p.requireDigits,
          RequireSymbols: p.requireSymbols,
          RequireUppercase: p.requireUppercase,
          TemporaryPasswordValidityDays:
            p.tempPasswordValidity === undefined ? undefined : durationDays(p.tempPasswordValidity),
        })
  const f = s.signInPolicy?.allowedFirstAuthFactors
  const signInPolicy =
    f === undefined
      ? undefined
      : {
          AllowedFirstAuthFactors: [
            ...(f.password ? ['PASSWORD'] : []),
            ...(f.emailOtp ? ['EMAIL_OTP'] : []),
            ...(f.smsOtp ? ['SMS_OTP'] : []),
            ...(f.passkey ? ['WEB_AUTHN'] : []),
          ],
        }
  return undefinedIfNoKeys({ PasswordPolicy: passwordPolicy, SignInPolicy: signInPolicy })
}
