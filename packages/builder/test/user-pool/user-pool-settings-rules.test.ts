/**
 * Service limits the CDK does not check (catalogue §9) and the fixed quirks (§7, DEVIATIONS.md),
 * each refused when the setting arrives, with the setting's path.
 */
import { describe, expect, it } from 'vitest'
import {
  DefinitionValidationError,
  Duration,
  NumberAttribute,
  StringAttribute,
  type UserPoolBuilder,
  UserPoolEmail,
  userPool,
  VerificationEmailStyle,
} from '../../src/index.js'

function issuesOf(
  build: () => UserPoolBuilder<any, any, any>,
): readonly { path: string; rule: string; message: string }[] {
  try {
    build().toCloudFormation()
  } catch (e) {
    if (e instanceof DefinitionValidationError) return e.issues
    throw e
  }
  return []
}

const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, new StringAttribute()]))

describe('§9 service limits', () => {
  it.each([
    ['userPoolName empty', () => userPool('P', { userPoolName: '' }), 'userPoolName', 'UserPoolNameLength'],
    [
      'userPoolName 129 characters',
      () => userPool('P', { userPoolName: 'a'.repeat(129) }),
      'userPoolName',
      'UserPoolNameLength',
    ],
    ['userPoolName with a slash', () => userPool('P', { userPoolName: 'a/b' }), 'userPoolName', 'UserPoolNamePattern'],
    [
      'verification subject empty',
      () => userPool('P', { userVerification: { emailSubject: '' } }),
      'userVerification.emailSubject',
      'EmailSubjectLength',
    ],
    [
      'verification subject 141',
      () => userPool('P', { userVerification: { emailSubject: 's'.repeat(141) } }),
      'userVerification.emailSubject',
      'EmailSubjectLength',
    ],
    [
      'verification body 20001',
      () => userPool('P', { userVerification: { emailBody: `{####}${'b'.repeat(19995)}` } }),
      'userVerification.emailBody',
      'EmailMessageLength',
    ],
    [
      'verification SMS 141',
      () => userPool('P', { userVerification: { smsMessage: `{####}${'s'.repeat(135)}` } }),
      'userVerification.smsMessage',
      'SmsMessageLength',
    ],
    [
      'invitation subject empty',
      () => userPool('P', { userInvitation: { emailSubject: '' } }),
      'userInvitation.emailSubject',
      'EmailSubjectLength',
    ],
    [
      'invitation body 5',
      () => userPool('P', { userInvitation: { emailBody: 'Hi {u' } }),
      'userInvitation.emailBody',
      'EmailMessageLength',
    ],
    [
      'invitation SMS 141',
      () => userPool('P', { userInvitation: { smsMessage: 'x'.repeat(141) } }),
      'userInvitation.smsMessage',
      'SmsMessageLength',
    ],
    [
      'custom attribute name of 21',
      () => userPool('P', { customAttributes: { ['n'.repeat(21)]: new StringAttribute() } }),
      `customAttributes.${'n'.repeat(21)}`,
      'CustomAttributeName',
    ],
    [
      'custom attribute name with a space',
      () => userPool('P', { customAttributes: { 'my attr': new StringAttribute() } }),
      'customAttributes.my attr',
      'CustomAttributeName',
    ],
    [
      '51 custom attributes',
      () => userPool('P', { customAttributes: many(51) }),
      'customAttributes',
      'CustomAttributeCount',
    ],
    [
      '51 custom attributes over two calls',
      () =>
        userPool('P', { customAttributes: many(30) }).withCustomAttributes(
          Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`b${i}`, new NumberAttribute()])),
        ),
      'customAttributes',
      'CustomAttributeCount',
    ],
    [
      '51 tags',
      () => userPool('P').withTags(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))),
      'tags',
      'TagCount',
    ],
    [
      'a tag key of 129',
      () => userPool('P').withTags({ ['k'.repeat(129)]: 'v' }),
      `tags.${'k'.repeat(129)}`,
      'TagKeyLength',
    ],
    ['a tag value of 257', () => userPool('P').withTags({ k: 'v'.repeat(257) }), 'tags.k', 'TagValueLength'],
    [
      'an address without @',
      () => userPool('P', { email: UserPoolEmail.withCognito('support') }),
      'email.replyTo',
      'EmailAddressInvalid',
    ],
  ] as const)('%s', (_name, build, path, rule) => {
    expect(issuesOf(build)).toContainEqual(expect.objectContaining({ path, rule }))
  })

  it('limits hold at the edges', () => {
    expect(issuesOf(() => userPool('P', { userPoolName: 'a'.repeat(128), customAttributes: many(50) }))).toEqual([])
    expect(
      issuesOf(() =>
        userPool('P', { customAttributes: { ['n'.repeat(20)]: new StringAttribute({ minLen: 2048, maxLen: 2048 }) } }),
      ),
    ).toEqual([])
    expect(
      issuesOf(() =>
        userPool('P').withTags(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v'.repeat(256)]))),
      ),
    ).toEqual([])
    expect(
      issuesOf(() => userPool('P', { userInvitation: { emailBody: 'Hello!', smsMessage: 'x'.repeat(140) } })),
    ).toEqual([])
  })
})

describe('fixed quirks (DEVIATIONS.md)', () => {
  it('Q21: the verification SMS must carry {####} in LINK style too', () => {
    expect(
      issuesOf(() =>
        userPool('P', { userVerification: { emailStyle: VerificationEmailStyle.LINK, smsMessage: 'no code' } }),
      ),
    ).toEqual([expect.objectContaining({ path: 'userVerification.smsMessage', rule: 'MessageContainTemplateString' })])
  })

  it('Q23: minLength and passwordHistorySize must be whole numbers', () => {
    expect(issuesOf(() => userPool('P', { passwordPolicy: { minLength: 8.5, passwordHistorySize: 2.5 } }))).toEqual([
      expect.objectContaining({ path: 'passwordPolicy.minLength', rule: 'MinLengthPasswordNotInteger' }),
      expect.objectContaining({ path: 'passwordPolicy.passwordHistorySize', rule: 'PasswordHistorySizeNotInteger' }),
    ])
  })

  it('string lengths must be whole, ordered and within 0..2048', () => {
    expect(() => new StringAttribute({ minLen: 10, maxLen: 5 })).toThrow(
      /minLen \(10\) cannot be greater than maxLen \(5\)/,
    )
    expect(() => new StringAttribute({ maxLen: 2.5 })).toThrow(DefinitionValidationError)
    expect(() => new NumberAttribute({ min: 5, max: 1 })).toThrow(/min \(5\) cannot be greater than max \(1\)/)
  })

  it("custom attribute names are given without 'custom:'", () => {
    expect(issuesOf(() => userPool('P', { customAttributes: { 'custom:tier': new StringAttribute() } }))).toEqual([
      expect.objectContaining({ path: 'customAttributes.custom:tier', rule: 'CustomAttributeNamePrefix' }),
    ])
  })

  it("an empty MFA message, SES region or verified domain is refused (the CDK lets '' through)", () => {
    expect(issuesOf(() => userPool('P', { mfaMessage: '' }))).toEqual([
      expect.objectContaining({ path: 'mfaMessage', rule: 'MessageContainTemplateString' }),
    ])
    expect(
      issuesOf(() => userPool('P', { email: UserPoolEmail.withSES({ fromEmail: 'a@example.com', sesRegion: '' }) })),
    ).toEqual([expect.objectContaining({ path: 'email.sesRegion', rule: 'SesRegionEmpty' })])
    expect(
      issuesOf(() =>
        userPool('P', {
          email: UserPoolEmail.withSES({ fromEmail: 'a@example.com', sesRegion: 'us-east-1', sesVerifiedDomain: '' }),
        }),
      ),
    ).toEqual([expect.objectContaining({ path: 'email.sesVerifiedDomain', rule: 'SesVerifiedDomainEmpty' })])
  })

  it('the temporary password validity must be whole days, with the CDK message', () => {
    expect(issuesOf(() => userPool('P', { passwordPolicy: { tempPasswordValidity: Duration.hours(30) } }))).toEqual([
      {
        path: 'passwordPolicy.tempPasswordValidity',
        rule: 'CannotConvertedIntoWhole',
        message: "'30 hours' cannot be converted into a whole number of days.",
      },
    ])
    expect(issuesOf(() => userPool('P', { passwordPolicy: { tempPasswordValidity: Duration.days(0.5) } }))).toEqual([
      {
        path: 'passwordPolicy.tempPasswordValidity',
        rule: 'MustBeWholeNumber',
        message: '0.5 must be a whole number of days.',
      },
    ])
  })
})
