/**
 * Catalogue §1.1.1 (`UserPoolProps`), one or more rows per prop: the same props given to the CDK's
 * `UserPool` and to `userPool()` give the same resources.
 */
import { describe, it } from 'vitest'
import { expectParity } from './support/parity.js'
import { type Side, sameSettings } from './support/sides.js'

type Row = readonly [name: string, props: (s: Side) => Record<string, unknown>]

const STANDARD_KEYS = [
  'address',
  'birthdate',
  'email',
  'familyName',
  'gender',
  'givenName',
  'locale',
  'middleName',
  'fullname',
  'nickname',
  'phoneNumber',
  'profilePicture',
  'preferredUsername',
  'profilePage',
  'timezone',
  'lastUpdateTime',
  'website',
] as const

const rows: Row[] = [
  ['no props', () => ({})],
  ['userPoolName', () => ({ userPoolName: 'myawesomeapp-userpool' })],
  ['selfSignUpEnabled: true', () => ({ selfSignUpEnabled: true })],
  ['selfSignUpEnabled: false', () => ({ selfSignUpEnabled: false })],
  [
    'userInvitation (all fields)',
    () => ({
      userInvitation: {
        emailSubject: 'Invite to join our awesome app!',
        emailBody: 'Hello {username}, you have been invited to join our awesome app! Your temporary password is {####}',
        smsMessage: 'Hello {username}, your temporary password for our awesome app is {####}',
      },
    }),
  ],
  ['userInvitation (subject only)', () => ({ userInvitation: { emailSubject: 'Welcome aboard' } })],
  ['userInvitation: {}', () => ({ userInvitation: {} })],
  ['smsRole', (s) => ({ smsRole: s.role('R') })],
  [
    'smsRole + smsRoleExternalId',
    (s) => ({ smsRole: s.role('R'), smsRoleExternalId: 'c87467be-4f34-11ea-b77f-2e728ce88125' }),
  ],
  ['smsRole + snsRegion', (s) => ({ smsRole: s.role('R'), snsRegion: 'eu-west-1' })],
  ['snsRegion with a created role', () => ({ mfa: 'ON', snsRegion: 'us-west-2' })],
  ['snsRegion without an SMS configuration', () => ({ snsRegion: 'us-west-2' })],
  ['enableSmsRole: true', () => ({ enableSmsRole: true })],
  ['enableSmsRole: false with SMS MFA', () => ({ enableSmsRole: false, mfa: 'ON' })],
  ['signInAliases absent → username', () => ({})],
  ['signInAliases { username, email }', () => ({ signInAliases: { username: true, email: true } })],
  ['signInAliases { email, phone }', () => ({ signInAliases: { email: true, phone: true } })],
  ['signInAliases { email }', () => ({ signInAliases: { email: true } })],
  ['signInAliases { phone }', () => ({ signInAliases: { phone: true } })],
  [
    'signInAliases all four',
    () => ({ signInAliases: { username: true, email: true, phone: true, preferredUsername: true } }),
  ],
  [
    'signInAliases { username, preferredUsername }',
    () => ({ signInAliases: { username: true, preferredUsername: true } }),
  ],
  ['signInAliases { username: false } (Q4: empty UsernameAttributes)', () => ({ signInAliases: { username: false } })],
  ['signInAliases {} (Q4)', () => ({ signInAliases: {} })],
  ['autoVerify { email, phone }', () => ({ autoVerify: { email: true, phone: true } })],
  ['autoVerify {} (Q5)', () => ({ autoVerify: {} })],
  ['autoVerify overrides the sign-in default', () => ({ signInAliases: { email: true }, autoVerify: { phone: true } })],
  [
    'signInAliases phone + autoVerify email (Q6: SMS role)',
    () => ({ signInAliases: { phone: true }, autoVerify: { email: true } }),
  ],
  [
    'username + autoVerify both (seed)',
    () => ({ signInAliases: { username: true, email: true }, autoVerify: { email: true, phone: true } }),
  ],
  ['keepOriginal { email, phone }', () => ({ keepOriginal: { email: true, phone: true } })],
  ['keepOriginal { phone }', () => ({ autoVerify: { phone: true }, keepOriginal: { phone: true } })],
  ['keepOriginal {} (Q5)', () => ({ keepOriginal: {} })],
  [
    'standardAttributes: every key, in key order',
    () => ({
      standardAttributes: Object.fromEntries(
        STANDARD_KEYS.map((k, i) => [
          k,
          i % 3 === 0 ? {} : i % 3 === 1 ? { required: true } : { mutable: false, required: true },
        ]),
      ),
    }),
  ],
  [
    'standardAttributes: reverse order',
    () => ({ standardAttributes: Object.fromEntries([...STANDARD_KEYS].reverse().map((k) => [k, { mutable: true }])) }),
  ],
  [
    'standardAttributes: undefined entries are skipped',
    () => ({ standardAttributes: { email: undefined, fullname: {} } }),
  ],
  ['standardAttributes: {}', () => ({ standardAttributes: {} })],
  [
    'customAttributes: the four types',
    (s) => ({
      customAttributes: {
        myappid: new s.StringAttribute({ minLen: 5, maxLen: 15, mutable: false }),
        callingcode: new s.NumberAttribute({ min: 1, max: 3, mutable: true }),
        isEmployee: new s.BooleanAttribute({ mutable: true }),
        joinedOn: new s.DateTimeAttribute(),
      },
    }),
  ],
  [
    'standard then custom attributes',
    (s) => ({
      standardAttributes: { fullname: { required: true } },
      customAttributes: { tier: new s.StringAttribute() },
    }),
  ],
  ['mfa OFF', () => ({ mfa: 'OFF' })],
  ['mfa OPTIONAL (SMS by default)', () => ({ mfa: 'OPTIONAL' })],
  ['mfa REQUIRED (SMS by default)', () => ({ mfa: 'ON' })],
  [
    'mfaMessage',
    () => ({ mfa: 'OPTIONAL', mfaSecondFactor: { sms: true, otp: false }, mfaMessage: 'Your code is {####}' }),
  ],
  ['mfaMessage without mfa', () => ({ mfaMessage: 'The authentication code is {####}' })],
  ['mfaSecondFactor { sms, otp }', () => ({ mfa: 'ON', mfaSecondFactor: { sms: true, otp: true } })],
  ['mfaSecondFactor { otp }', () => ({ mfa: 'ON', mfaSecondFactor: { sms: false, otp: true } })],
  [
    'mfaSecondFactor all false (Q5: empty EnabledMfas)',
    () => ({ mfa: 'OPTIONAL', mfaSecondFactor: { sms: false, otp: false } }),
  ],
  ['mfaSecondFactor ignored when mfa is OFF', () => ({ mfa: 'OFF', mfaSecondFactor: { sms: true, otp: true } })],
  ['mfaSecondFactor ignored when mfa is absent', () => ({ mfaSecondFactor: { sms: true, otp: true } })],
  [
    'mfaSecondFactor { email } with SES and a region',
    (s) => ({
      mfa: 'OPTIONAL',
      mfaSecondFactor: { sms: false, otp: false, email: true },
      email: s.UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: 'us-east-1' }),
    }),
  ],
  ['passkeyRelyingPartyId', () => ({ passkeyRelyingPartyId: 'example.com' })],
  ['passkeyRelyingPartyId 63 characters', () => ({ passkeyRelyingPartyId: 'a'.repeat(63) })],
  ['passkeyUserVerification PREFERRED', () => ({ passkeyUserVerification: 'preferred' })],
  ['passkeyUserVerification REQUIRED', () => ({ passkeyUserVerification: 'required' })],
  ['customSenderKmsKey alone (KMSKeyID without triggers)', (s) => ({ customSenderKmsKey: s.key('K') })],
  ['signInCaseSensitive: false', () => ({ signInCaseSensitive: false })],
  ['signInCaseSensitive: true', () => ({ signInCaseSensitive: true })],
  ['removalPolicy DESTROY', () => ({ removalPolicy: 'destroy' })],
  ['removalPolicy RETAIN', () => ({ removalPolicy: 'retain' })],
  ['removalPolicy RETAIN_ON_UPDATE_OR_DELETE', () => ({ removalPolicy: 'retain-on-update-or-delete' })],
  ['deletionProtection: true', () => ({ deletionProtection: true })],
  ['deletionProtection: false', () => ({ deletionProtection: false })],
  [
    'deviceTracking { true, true }',
    () => ({ deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true } }),
  ],
  [
    'deviceTracking { false, true }',
    () => ({ deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: true } }),
  ],
  ['advancedSecurityMode ENFORCED', () => ({ advancedSecurityMode: 'ENFORCED', featurePlan: 'PLUS' })],
  ['advancedSecurityMode AUDIT', () => ({ advancedSecurityMode: 'AUDIT', featurePlan: 'PLUS' })],
  ['advancedSecurityMode OFF', () => ({ advancedSecurityMode: 'OFF', featurePlan: 'LITE' })],
  ['featurePlan LITE', () => ({ featurePlan: 'LITE' })],
  ['featurePlan ESSENTIALS', () => ({ featurePlan: 'ESSENTIALS' })],
  ['featurePlan PLUS', () => ({ featurePlan: 'PLUS' })],
  ['standardThreatProtectionMode FULL_FUNCTION', () => ({ standardThreatProtectionMode: 'ENFORCED' })],
  ['standardThreatProtectionMode AUDIT_ONLY', () => ({ standardThreatProtectionMode: 'AUDIT' })],
  ['standardThreatProtectionMode NO_ENFORCEMENT', () => ({ standardThreatProtectionMode: 'OFF' })],
  ['customThreatProtectionMode FULL_FUNCTION (forces OFF)', () => ({ customThreatProtectionMode: 'ENFORCED' })],
  ['customThreatProtectionMode AUDIT_ONLY (forces OFF)', () => ({ customThreatProtectionMode: 'AUDIT' })],
  [
    'standard + custom threat protection',
    () => ({ standardThreatProtectionMode: 'AUDIT', customThreatProtectionMode: 'ENFORCED', featurePlan: 'PLUS' }),
  ],
]

describe('§1.1.1 UserPoolProps rows', () => {
  it.each(rows)('%s', (_name, props) => {
    expectParity(sameSettings(props))
  })
})

describe('tags (Tags.of(pool) / withTags)', () => {
  it('tags the pool, sorted by key', () => {
    expectParity(sameSettings(() => ({}), { tags: { zeta: 'z', alpha: 'a', team: 'identity' } }))
  })
  it('tags the created SMS role too', () => {
    expectParity(sameSettings(() => ({ mfa: 'ON' }), { tags: { owner: 'platform', cost: 'auth' } }))
  })
})

describe('construct ids', () => {
  it.each(['myuserpool', 'UserPool', 'my-user_pool.1', 'Pool'])('pool id %s', (id) => {
    expectParity(sameSettings(() => ({ mfa: 'ON' }), { id }))
  })
})
