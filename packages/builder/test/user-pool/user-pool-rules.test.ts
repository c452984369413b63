/**
 * Rules that span settings run at the terminals: `validate()` lists every issue without throwing,
 * `toCloudFormation()` and `toDefinition()` throw one error listing the same issues.
 */
import { describe, expect, it } from 'vitest'
import {
  AdvancedSecurityMode,
  DefinitionValidationError,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPoolEmail,
  UserPoolOperation,
  userPool,
} from '../../src/index.js'

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:fn'
const ROLE = 'arn:aws:iam::123456789012:role/sms'

describe('cross-setting rules', () => {
  it.each([
    [
      'EnableSmsRoleCannotDisabled',
      'enableSmsRole',
      () => userPool('P', { smsRole: ROLE }).withSms({ enableSmsRole: false }),
    ],
    ['SmsRoleExternalIdWithoutSmsRole', 'smsRoleExternalId', () => userPool('P').withSms({ smsRoleExternalId: 'ext' })],
    [
      'EnableEmailBased',
      'mfaSecondFactor.email',
      () => userPool('P').withMfa(Mfa.REQUIRED, { sms: false, otp: false, email: true }),
    ],
    [
      'CanNot',
      'passwordPolicy.passwordHistorySize',
      () => userPool('P', { passwordPolicy: { passwordHistorySize: 2 } }).withFeaturePlan(FeaturePlan.LITE),
    ],
    [
      'EnableChoiceBasedAuthentication',
      'signInPolicy.allowedFirstAuthFactors',
      () =>
        userPool('P', { featurePlan: FeaturePlan.LITE }).withSignInPolicy({
          allowedFirstAuthFactors: { password: true, smsOtp: true },
        }),
    ],
    [
      'CannotSetThreatProtectionAdvanced',
      'advancedSecurityMode',
      () =>
        userPool('P')
          .withAdvancedSecurityMode(AdvancedSecurityMode.ENFORCED)
          .withThreatProtection({ standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION }),
    ],
    [
      'SpecifyKeyCustomSmsSender',
      'lambdaTriggers.customSmsSender',
      () => userPool('P').withTrigger(UserPoolOperation.CUSTOM_SMS_SENDER, FN),
    ],
  ] as const)('%s at %s', (rule, path, build) => {
    // GIVEN a builder that breaks a cross-setting rule (each with* call was fine on its own)
    const pool = build()
    // WHEN validated without throwing
    const result = pool.validate()
    // THEN the issue is listed with its path
    expect(result.success).toBe(false)
    expect(result.issues).toContainEqual(expect.objectContaining({ path, rule }))
    // AND the terminals throw one error with the same issues
    for (const terminal of [() => pool.toCloudFormation(), () => pool.toDefinition()]) {
      let error: unknown
      try {
        terminal()
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(DefinitionValidationError)
      expect((error as DefinitionValidationError).issues).toEqual(result.issues)
    }
  })

  it('lists every issue, not only the first', () => {
    const pool = userPool('P', { featurePlan: FeaturePlan.LITE, passwordPolicy: { passwordHistorySize: 1 } })
      .withSms({ smsRoleExternalId: 'x' })
      .withMfa(Mfa.OPTIONAL, { sms: false, otp: false, email: true })
      .withTrigger(UserPoolOperation.CUSTOM_EMAIL_SENDER, FN)
    const result = pool.validate()
    expect(result.success).toBe(false)
    expect(result.issues.map((i) => i.rule)).toEqual([
      'SmsRoleExternalIdWithoutSmsRole',
      'EnableEmailBased',
      'EnableEmailBased',
      'CanNot',
      'SpecifyKeyCustomSmsSender',
    ])
    if (!result.success) expect(result.error.message).toContain('5 issues')
  })

  it('a valid pool validates with its definition as data', () => {
    const pool = userPool('P', {
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true, email: true },
      email: UserPoolEmail.withSES({ fromEmail: 'a@example.com', sesRegion: 'us-east-1' }),
    })
    const result = pool.validate()
    expect(result).toEqual({ success: true, data: pool.toDefinition(), issues: [] })
  })

  it('email MFA is ignored (as in the CDK) when MFA is off', () => {
    expect(userPool('P', { mfaSecondFactor: { sms: false, otp: false, email: true } }).validate().success).toBe(true)
  })
})
