/**
 * Catalogue §8 (pool rules): settings the CDK refuses are refused by the builder with the same rule
 * code, and a message that starts with the CDK's.
 */
import { describe, expect, it } from 'vitest'
import { lib } from '../support/cdk-oracle.js'
import { type Side, sameRefusal } from './support/sides.js'

type Then = Parameters<typeof sameRefusal>[1]
type Row = readonly [code: string, name: string, props: (s: Side) => Record<string, unknown>, then?: Then]

const longMfa = `${'x'.repeat(135)}{####}`

const rows: Row[] = [
  [
    'UsernameSignEnabledPreferredUsername',
    'preferredUsername without username',
    () => ({ signInAliases: { preferredUsername: true } }),
  ],
  [
    'SpecifyKeyCustomSmsSender',
    'customEmailSender without a key',
    (s) => ({ lambdaTriggers: { customEmailSender: s.fn('Fn') } }),
  ],
  [
    'SpecifyKeyCustomSmsSender',
    'customSmsSender without a key',
    (s) => ({ lambdaTriggers: { customSmsSender: s.fn('Fn') } }),
  ],
  [
    'SpecifyKeyCustomSmsSender',
    'addTrigger CUSTOM_EMAIL_SENDER without a key',
    () => ({}),
    {
      cdk: (pool, s) => pool.addTrigger(lib.cognito.UserPoolOperation.CUSTOM_EMAIL_SENDER, s.fn('Fn') as never),
      ours: (pool, s) => pool.withTrigger('customEmailSender', s.fn('Fn') as never),
    },
  ],
  [
    'TriggerOperation',
    'the same operation from props and addTrigger',
    (s) => ({ lambdaTriggers: { preSignUp: s.fn('A') } }),
    {
      cdk: (pool, s) => pool.addTrigger(lib.cognito.UserPoolOperation.PRE_SIGN_UP, s.fn('B') as never),
      ours: (pool, s) => pool.withTrigger('preSignUp', s.fn('B') as never),
    },
  ],
  [
    'TriggerOperation',
    'addTrigger twice',
    () => ({}),
    {
      cdk: (pool, s) => {
        pool.addTrigger(lib.cognito.UserPoolOperation.USER_MIGRATION, s.fn('A') as never)
        pool.addTrigger(lib.cognito.UserPoolOperation.USER_MIGRATION, s.fn('B') as never)
      },
      ours: (pool, s) =>
        pool.withTrigger('userMigration', s.fn('A') as never).withTrigger('userMigration', s.fn('B') as never),
    },
  ],
  ...(['V2_0', 'V3_0'] as const).map(
    (v): Row => [
      'OnlyOperationSupportsV20',
      `${v} on PRE_SIGN_UP`,
      () => ({}),
      {
        cdk: (pool, s) => pool.addTrigger(lib.cognito.UserPoolOperation.PRE_SIGN_UP, s.fn('Fn') as never, v as never),
        ours: (pool, s) => pool.withTrigger('preSignUp', s.fn('Fn') as never, v),
      },
    ],
  ),
  ['PasskeyRelyingPartyIdLength', 'empty relying party', () => ({ passkeyRelyingPartyId: '' })],
  ['PasskeyRelyingPartyIdLength', '64-character relying party', () => ({ passkeyRelyingPartyId: 'a'.repeat(64) })],
  [
    'CannotSetThreatProtectionAdvanced',
    'advanced + standard',
    () => ({ advancedSecurityMode: 'AUDIT', standardThreatProtectionMode: 'AUDIT' }),
  ],
  [
    'CannotSetThreatProtectionAdvanced',
    'advanced + custom',
    () => ({ advancedSecurityMode: 'ENFORCED', customThreatProtectionMode: 'AUDIT' }),
  ],
  ['MessageContainTemplateString', 'MFA message without {####}', () => ({ mfaMessage: 'Your code is here' })],
  ['Message', 'MFA message over 140 characters', () => ({ mfaMessage: longMfa })],
  [
    'VerificationEmailBodyContain',
    'CODE body without {####}',
    () => ({ userVerification: { emailBody: 'No code here' } }),
  ],
  [
    'VerificationEmailBodyContain',
    'LINK body without {##…##}',
    () => ({ userVerification: { emailStyle: 'CONFIRM_WITH_LINK', emailBody: 'No link {###}' } }),
  ],
  ['MessageContainTemplateString', 'CODE SMS without {####}', () => ({ userVerification: { smsMessage: 'No code' } })],
  [
    'EnableSmsRoleCannotDisabled',
    'enableSmsRole false with smsRole',
    (s) => ({ enableSmsRole: false, smsRole: s.role('R') }),
  ],
  [
    'CannotConvertedIntoWhole',
    'tempPasswordValidity of 30 hours',
    (s) => ({ passwordPolicy: { tempPasswordValidity: s.Duration.hours(30) } }),
  ],
  [
    'MustBeWholeNumber',
    'tempPasswordValidity of 0.5 days',
    (s) => ({ passwordPolicy: { tempPasswordValidity: s.Duration.days(0.5) } }),
  ],
  [
    'TempPasswordValidityCannotGreater',
    'tempPasswordValidity of 366 days',
    (s) => ({ passwordPolicy: { tempPasswordValidity: s.Duration.days(366) } }),
  ],
  ['MinLengthPasswordReceived', 'minLength 5', () => ({ passwordPolicy: { minLength: 5 } })],
  ['MinLengthPasswordReceived', 'minLength 100', () => ({ passwordPolicy: { minLength: 100 } })],
  [
    'CanNot',
    'passwordHistorySize with LITE',
    () => ({ featurePlan: 'LITE', passwordPolicy: { passwordHistorySize: 3 } }),
  ],
  ['PasswordHistorySizeOutOfRange', 'passwordHistorySize -1', () => ({ passwordPolicy: { passwordHistorySize: -1 } })],
  ['PasswordHistorySizeOutOfRange', 'passwordHistorySize 25', () => ({ passwordPolicy: { passwordHistorySize: 25 } })],
  [
    'PasswordAuthenticationCannotDisabled',
    'password factor off',
    () => ({ signInPolicy: { allowedFirstAuthFactors: { password: false } } }),
  ],
  [
    'EnableChoiceBasedAuthentication',
    'passwordless with LITE',
    () => ({ featurePlan: 'LITE', signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } } }),
  ],
  [
    'EnableEmailBased',
    'email MFA without email',
    () => ({ mfa: 'ON', mfaSecondFactor: { sms: false, otp: false, email: true } }),
  ],
  [
    'EnableEmailBased',
    'email MFA with Cognito email',
    (s) => ({
      mfa: 'ON',
      mfaSecondFactor: { sms: false, otp: true, email: true },
      email: s.UserPoolEmail.withCognito(),
    }),
  ],
  [
    'EnableEmailBased',
    'email MFA with LITE',
    (s) => ({
      featurePlan: 'LITE',
      mfa: 'OPTIONAL',
      mfaSecondFactor: { sms: false, otp: false, email: true },
      email: s.UserPoolEmail.withSES({ fromEmail: 'a@example.com', sesRegion: 'us-east-1' }),
    }),
  ],
  ['UnsupportedAccountRecoveryType', 'unknown account recovery', () => ({ accountRecovery: 17 })],
  [
    'FromemailContainsDifferentDomain',
    'fromEmail outside sesVerifiedDomain',
    (s) => ({
      email: s.UserPoolEmail.withSES({
        fromEmail: 'a@example.com',
        sesVerifiedDomain: 'other.com',
        sesRegion: 'us-east-1',
      }),
    }),
  ],
  [
    'LocalPartEmailAddress',
    'Cyrillic local part of fromEmail',
    (s) => ({ email: s.UserPoolEmail.withSES({ fromEmail: 'от@example.com', sesRegion: 'us-east-1' }) }),
  ],
  [
    'LocalPartEmailAddress',
    'Cyrillic local part of replyTo',
    (s) => ({
      email: s.UserPoolEmail.withSES({ fromEmail: 'a@example.com', replyTo: 'от@example.com', sesRegion: 'us-east-1' }),
    }),
  ],
  [
    'LocalPartEmailAddress',
    'Cyrillic local part of the Cognito replyTo',
    (s) => ({ email: s.UserPoolEmail.withCognito('от@example.com') }),
  ],
  [
    'MinlenCannotLessThan',
    'StringAttribute minLen -1',
    (s) => ({ customAttributes: { a: new s.StringAttribute({ minLen: -1 }) } }),
  ],
  [
    'MaxlenCannotGreaterThan',
    'StringAttribute maxLen 2049',
    (s) => ({ customAttributes: { a: new s.StringAttribute({ maxLen: 2049 }) } }),
  ],
]

describe('§8 the CDK refuses, the builder refuses with the same code', () => {
  for (const [code, name, props, then] of rows) {
    it(`${code}: ${name}`, () => {
      const refusal = sameRefusal(props, then)
      expect(refusal.cdk.code).toBe(code)
      const ours = refusal.ours.find((i) => i.rule === code)
      expect(ours, JSON.stringify(refusal.ours)).toBeDefined()
      expect(ours?.message.startsWith(refusal.cdk.message.replace(/\.$/, ''))).toBe(true)
    })
  }
})
