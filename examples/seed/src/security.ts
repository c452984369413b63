/** Seed § Security: SMS role, MFA, password policy, account recovery, advanced security. */
import { AccountRecovery, AdvancedSecurityMode, Duration, Mfa, userPool } from '@cognito-kit/builder'

/** The seed creates `poolSmsRole` in the stack; the builder takes its ARN. */
export const POOL_SMS_ROLE_ARN = 'arn:aws:iam::123456789012:role/userpoolsmsrole'

export const pools = {
  'security-sms-role': userPool('myuserpool', {
    smsRole: POOL_SMS_ROLE_ARN,
    smsRoleExternalId: 'c87467be-4f34-11ea-b77f-2e728ce88125',
  }),
  'security-mfa': userPool('myuserpool', {
    mfa: Mfa.REQUIRED,
    mfaSecondFactor: { sms: true, otp: true },
  }),
  'security-password-policy': userPool('myuserpool', {
    passwordPolicy: {
      minLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: true,
      tempPasswordValidity: Duration.days(3),
    },
  }),
  'security-account-recovery': userPool('UserPool', {
    accountRecovery: AccountRecovery.EMAIL_ONLY,
  }),
  'security-advanced-security': userPool('myuserpool', {
    advancedSecurityMode: AdvancedSecurityMode.ENFORCED,
  }),
}
