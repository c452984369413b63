/**
 * The catalogue's synthesized templates (§3.1 bare pool, §3.2 seed-style pool, §3.8 SMS-MFA pool,
 * §3.11 fragments) rebuilt with the builder, byte for byte.
 */
import { describe, expect, it } from 'vitest'
import {
  AccountRecovery,
  AdvancedSecurityMode,
  BooleanAttribute,
  CustomThreatProtectionMode,
  DateTimeAttribute,
  Duration,
  FeaturePlan,
  Mfa,
  NumberAttribute,
  PasskeyUserVerification,
  RemovalPolicy,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPoolEmail,
  userPool,
  VerificationEmailStyle,
} from '../../src/index.js'
import { expectParityExcept } from './resource-sides.js'
import { expectParity } from './support/parity.js'

describe('§3 templates', () => {
  it('§3.1 bare pool', () => {
    expectParity({ cdk: (stack, { cognito }) => new cognito.UserPool(stack, 'P'), ours: () => userPool('P') })
  })

  it('§3.2 seed-style pool', () => {
    expectParity({
      cdk: (stack, { cdk, cognito }) =>
        new cognito.UserPool(stack, 'UserPool', {
          userPoolName: 'my-pool',
          selfSignUpEnabled: true,
          signInAliases: { email: true },
          autoVerify: { email: true },
          keepOriginal: { email: true },
          standardAttributes: { email: { required: true, mutable: true }, givenName: { required: false } },
          customAttributes: {
            tenant: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
            age: new cognito.NumberAttribute({ min: 0, max: 150 }),
            isAdmin: new cognito.BooleanAttribute({ mutable: true }),
            joined: new cognito.DateTimeAttribute(),
          },
          passwordPolicy: { minLength: 12, requireSymbols: false, tempPasswordValidity: cdk.Duration.days(3) },
          mfa: cognito.Mfa.OPTIONAL,
          mfaSecondFactor: { sms: false, otp: true },
          accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
          email: cognito.UserPoolEmail.withCognito('support@example.com'),
          deletionProtection: true,
          removalPolicy: cdk.RemovalPolicy.DESTROY,
          signInCaseSensitive: false,
          deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: false },
          featurePlan: cognito.FeaturePlan.ESSENTIALS,
          userInvitation: {
            emailSubject: 'Welcome',
            emailBody: 'Hi {username}, pw {####}',
            smsMessage: 'u {username} p {####}',
          },
          userVerification: {
            emailSubject: 'Verify',
            emailBody: 'Code {####}',
            emailStyle: cognito.VerificationEmailStyle.CODE,
            smsMessage: 'Code {####}',
          },
        }),
      ours: () =>
        userPool('UserPool', {
          userPoolName: 'my-pool',
          selfSignUpEnabled: true,
          signInAliases: { email: true },
          autoVerify: { email: true },
          keepOriginal: { email: true },
          standardAttributes: { email: { required: true, mutable: true }, givenName: { required: false } },
          customAttributes: {
            tenant: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
            age: new NumberAttribute({ min: 0, max: 150 }),
            isAdmin: new BooleanAttribute({ mutable: true }),
            joined: new DateTimeAttribute(),
          },
          passwordPolicy: { minLength: 12, requireSymbols: false, tempPasswordValidity: Duration.days(3) },
          mfa: Mfa.OPTIONAL,
          mfaSecondFactor: { sms: false, otp: true },
          accountRecovery: AccountRecovery.EMAIL_ONLY,
          email: UserPoolEmail.withCognito('support@example.com'),
          deletionProtection: true,
          removalPolicy: RemovalPolicy.DESTROY,
          signInCaseSensitive: false,
          deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: false },
          featurePlan: FeaturePlan.ESSENTIALS,
          userInvitation: {
            emailSubject: 'Welcome',
            emailBody: 'Hi {username}, pw {####}',
            smsMessage: 'u {username} p {####}',
          },
          userVerification: {
            emailSubject: 'Verify',
            emailBody: 'Code {####}',
            emailStyle: VerificationEmailStyle.CODE,
            smsMessage: 'Code {####}',
          },
        }),
    })
  })

  it('§3.8 SMS-MFA pool creates the SMS role', () => {
    expectParity({
      cdk: (stack, { cognito }) => new cognito.UserPool(stack, 'P', { mfa: cognito.Mfa.REQUIRED }),
      ours: () => userPool('P', { mfa: Mfa.REQUIRED }),
    })
  })

  it('§3.11 SES email + email MFA, in an environment', () => {
    expectParity({
      env: { account: '111111111111', region: 'eu-west-1' },
      cdk: (stack, { cognito }) =>
        new cognito.UserPool(stack, 'P', {
          email: cognito.UserPoolEmail.withSES({
            fromEmail: 'noreply@example.com',
            fromName: 'Example Inc',
            replyTo: 'support@example.com',
            configurationSetName: 'cs',
            sesVerifiedDomain: 'example.com',
            sesRegion: 'us-east-1',
          }),
          mfa: cognito.Mfa.REQUIRED,
          mfaSecondFactor: { sms: false, otp: true, email: true },
        }),
      ours: () =>
        userPool('P', {
          email: UserPoolEmail.withSES({
            fromEmail: 'noreply@example.com',
            fromName: 'Example Inc',
            replyTo: 'support@example.com',
            configurationSetName: 'cs',
            sesVerifiedDomain: 'example.com',
            sesRegion: 'us-east-1',
          }),
          mfa: Mfa.REQUIRED,
          mfaSecondFactor: { sms: false, otp: true, email: true },
        }),
    })
  })

  it("§3.11 SES email + email MFA exactly as catalogued ('Example, Inc.'): identical but for the quoted sender name (Q3)", () => {
    const ses = { fromEmail: 'noreply@example.com', fromName: 'Example, Inc.', replyTo: 'support@example.com' } as const
    const more = { configurationSetName: 'cs', sesVerifiedDomain: 'example.com', sesRegion: 'us-east-1' } as const
    expectParityExcept(
      {
        env: { account: '111111111111', region: 'eu-west-1' },
        cdk: (stack, { cognito }) =>
          new cognito.UserPool(stack, 'P', {
            email: cognito.UserPoolEmail.withSES({ ...ses, ...more }),
            mfa: cognito.Mfa.REQUIRED,
            mfaSecondFactor: { sms: false, otp: true, email: true },
          }),
        ours: () =>
          userPool('P', {
            email: UserPoolEmail.withSES({ ...ses, ...more }),
            mfa: Mfa.REQUIRED,
            mfaSecondFactor: { sms: false, otp: true, email: true },
          }),
      },
      (r) => {
        expect(r.P4E0919BE.Properties.EmailConfiguration.From).toBe('Example, Inc. <noreply@example.com>')
        r.P4E0919BE.Properties.EmailConfiguration.From = '"Example, Inc." <noreply@example.com>'
        return r
      },
    )
  })

  it('§3.11 threat protection P1/P2/P3', () => {
    expectParity({
      cdk: (stack, { cognito }) =>
        new cognito.UserPool(stack, 'P1', {
          featurePlan: cognito.FeaturePlan.PLUS,
          standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
          customThreatProtectionMode: cognito.CustomThreatProtectionMode.AUDIT_ONLY,
        }),
      ours: () =>
        userPool('P1', {
          featurePlan: FeaturePlan.PLUS,
          standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
          customThreatProtectionMode: CustomThreatProtectionMode.AUDIT_ONLY,
        }),
    })
    expectParity({
      cdk: (stack, { cognito }) =>
        new cognito.UserPool(stack, 'P2', {
          customThreatProtectionMode: cognito.CustomThreatProtectionMode.FULL_FUNCTION,
        }),
      ours: () => userPool('P2', { customThreatProtectionMode: CustomThreatProtectionMode.FULL_FUNCTION }),
    })
    expectParity({
      cdk: (stack, { cognito }) =>
        new cognito.UserPool(stack, 'P3', { advancedSecurityMode: cognito.AdvancedSecurityMode.AUDIT }),
      ours: () => userPool('P3', { advancedSecurityMode: AdvancedSecurityMode.AUDIT }),
    })
  })

  it('§3.11 sign-in policy, passkeys and password history', () => {
    expectParity({
      cdk: (stack, { cognito }) =>
        new cognito.UserPool(stack, 'P', {
          featurePlan: cognito.FeaturePlan.ESSENTIALS,
          signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true, passkey: true } },
          passkeyRelyingPartyId: 'auth.example.com',
          passkeyUserVerification: cognito.PasskeyUserVerification.REQUIRED,
          passwordPolicy: { passwordHistorySize: 5 },
        }),
      ours: () =>
        userPool('P', {
          featurePlan: FeaturePlan.ESSENTIALS,
          signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true, passkey: true } },
          passkeyRelyingPartyId: 'auth.example.com',
          passkeyUserVerification: PasskeyUserVerification.REQUIRED,
          passwordPolicy: { passwordHistorySize: 5 },
        }),
    })
  })

  it('§3.11 link-style verification', () => {
    expectParity({
      cdk: (stack, { cognito }) =>
        new cognito.UserPool(stack, 'P', {
          userVerification: {
            emailStyle: cognito.VerificationEmailStyle.LINK,
            emailSubject: 'Click',
            emailBody: 'Click {##here##}',
          },
        }),
      ours: () =>
        userPool('P', {
          userVerification: {
            emailStyle: VerificationEmailStyle.LINK,
            emailSubject: 'Click',
            emailBody: 'Click {##here##}',
          },
        }),
    })
  })
})
