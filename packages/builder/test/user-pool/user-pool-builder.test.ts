/**
 * Every user-pool `with*` method: returns a new frozen builder, leaves the original unchanged,
 * records the setting in the definition, and renders exactly as the same `userPool()` props do
 * (props whose rendering the parity suite checks against the CDK).
 */
import { describe, expect, it } from 'vitest'
import {
  AccountRecovery,
  AdvancedSecurityMode,
  BooleanAttribute,
  CustomThreatProtectionMode,
  DefinitionValidationError,
  Duration,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  NumberAttribute,
  PasskeyUserVerification,
  RemovalPolicy,
  StandardThreatProtectionMode,
  StringAttribute,
  type UserPoolBuilder,
  UserPoolEmail,
  UserPoolOperation,
  type UserPoolProps,
  userPool,
  VerificationEmailStyle,
} from '../../src/index.js'
import { checkTemplate } from '../support/cfn-spec.js'

type AnyBuilder = UserPoolBuilder<any, any, any>
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:fn'
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ROLE = 'arn:aws:iam::123456789012:role/sms'

/** [method, call, the same settings as props, what the definition records] */
type Row = readonly [
  name: string,
  call: (b: AnyBuilder) => AnyBuilder,
  props: UserPoolProps,
  recorded: Record<string, unknown>,
]

const rows: Row[] = [
  [
    'withUserPoolName',
    (b) => b.withUserPoolName('my-pool'),
    { userPoolName: 'my-pool' },
    { settings: { userPoolName: 'my-pool' } },
  ],
  [
    'withSelfSignUp()',
    (b) => b.withSelfSignUp(),
    { selfSignUpEnabled: true },
    { settings: { selfSignUpEnabled: true } },
  ],
  [
    'withSelfSignUp(false)',
    (b) => b.withSelfSignUp(false),
    { selfSignUpEnabled: false },
    { settings: { selfSignUpEnabled: false } },
  ],
  [
    'withUserVerification',
    (b) => b.withUserVerification({ emailStyle: VerificationEmailStyle.LINK, emailBody: 'Go {##Verify##}' }),
    { userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody: 'Go {##Verify##}' } },
    { settings: { userVerification: { emailStyle: 'CONFIRM_WITH_LINK', emailBody: 'Go {##Verify##}' } } },
  ],
  [
    'withUserInvitation',
    (b) => b.withUserInvitation({ emailSubject: 'Welcome' }),
    { userInvitation: { emailSubject: 'Welcome' } },
    { settings: { userInvitation: { emailSubject: 'Welcome' } } },
  ],
  [
    'withSignInAliases',
    (b) => b.withSignInAliases({ username: true, email: true }),
    { signInAliases: { username: true, email: true } },
    { settings: { signInAliases: { username: true, email: true } } },
  ],
  [
    'withAutoVerify',
    (b) => b.withAutoVerify({ phone: true }),
    { autoVerify: { phone: true } },
    { settings: { autoVerify: { phone: true } } },
  ],
  [
    'withKeepOriginal',
    (b) => b.withKeepOriginal({ email: true }),
    { keepOriginal: { email: true } },
    { settings: { keepOriginal: { email: true } } },
  ],
  [
    'withSignInCaseSensitive',
    (b) => b.withSignInCaseSensitive(false),
    { signInCaseSensitive: false },
    { settings: { signInCaseSensitive: false } },
  ],
  [
    'withStandardAttributes (merges)',
    (b) =>
      b.withStandardAttributes({ fullname: { required: true } }).withStandardAttributes({ email: { mutable: false } }),
    { standardAttributes: { fullname: { required: true }, email: { mutable: false } } },
    { settings: { standardAttributes: { fullname: { required: true }, email: { mutable: false } } } },
  ],
  [
    'withCustomAttributes (adds)',
    (b) =>
      b
        .withCustomAttributes({ tenant: new StringAttribute({ maxLen: 64 }) })
        .withCustomAttributes({ age: new NumberAttribute({ max: 150 }) }),
    { customAttributes: { tenant: new StringAttribute({ maxLen: 64 }), age: new NumberAttribute({ max: 150 }) } },
    { customAttributes: { tenant: { dataType: 'String', maxLen: 64 }, age: { dataType: 'Number', max: 150 } } },
  ],
  ['withMfa(mfa)', (b) => b.withMfa(Mfa.OPTIONAL), { mfa: Mfa.OPTIONAL }, { settings: { mfa: 'OPTIONAL' } }],
  [
    'withMfa(mfa, factors)',
    (b) => b.withMfa(Mfa.REQUIRED, { sms: false, otp: true }),
    { mfa: Mfa.REQUIRED, mfaSecondFactor: { sms: false, otp: true } },
    { settings: { mfa: 'ON', mfaSecondFactor: { sms: false, otp: true } } },
  ],
  [
    'withMfaMessage',
    (b) => b.withMfaMessage('Code {####}'),
    { mfaMessage: 'Code {####}' },
    { settings: { mfaMessage: 'Code {####}' } },
  ],
  [
    'withPasswordPolicy',
    (b) => b.withPasswordPolicy({ minLength: 12, tempPasswordValidity: Duration.days(3) }),
    { passwordPolicy: { minLength: 12, tempPasswordValidity: Duration.days(3) } },
    { settings: { passwordPolicy: { minLength: 12, tempPasswordValidity: { amount: 3, unit: 'days' } } } },
  ],
  [
    'withSignInPolicy',
    (b) => b.withSignInPolicy({ allowedFirstAuthFactors: { password: true, passkey: true } }),
    { signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } } },
    { settings: { signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } } } },
  ],
  [
    'withPasskeys',
    (b) => b.withPasskeys({ relyingPartyId: 'auth.example.com', userVerification: PasskeyUserVerification.REQUIRED }),
    { passkeyRelyingPartyId: 'auth.example.com', passkeyUserVerification: PasskeyUserVerification.REQUIRED },
    { settings: { passkeyRelyingPartyId: 'auth.example.com', passkeyUserVerification: 'required' } },
  ],
  [
    'withEmail',
    (b) => b.withEmail(UserPoolEmail.withCognito('support@example.com')),
    { email: UserPoolEmail.withCognito('support@example.com') },
    { settings: { email: { sendingAccount: 'COGNITO_DEFAULT', replyTo: 'support@example.com' } } },
  ],
  [
    'withSms',
    (b) => b.withSms({ smsRole: ROLE, smsRoleExternalId: 'ext', snsRegion: 'eu-west-1' }),
    { smsRole: ROLE, smsRoleExternalId: 'ext', snsRegion: 'eu-west-1' },
    { settings: { smsRole: ROLE, smsRoleExternalId: 'ext', snsRegion: 'eu-west-1' } },
  ],
  [
    'withSms enableSmsRole',
    (b) => b.withSms({ enableSmsRole: true }),
    { enableSmsRole: true },
    { settings: { enableSmsRole: true } },
  ],
  [
    'withAccountRecovery',
    (b) => b.withAccountRecovery(AccountRecovery.EMAIL_ONLY),
    { accountRecovery: AccountRecovery.EMAIL_ONLY },
    { settings: { accountRecovery: 'EMAIL_ONLY' } },
  ],
  [
    'withDeviceTracking',
    (b) => b.withDeviceTracking({ challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true }),
    { deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true } },
    { settings: { deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true } } },
  ],
  [
    'withFeaturePlan',
    (b) => b.withFeaturePlan(FeaturePlan.PLUS),
    { featurePlan: FeaturePlan.PLUS },
    { settings: { featurePlan: 'PLUS' } },
  ],
  [
    'withAdvancedSecurityMode',
    (b) => b.withAdvancedSecurityMode(AdvancedSecurityMode.AUDIT),
    { advancedSecurityMode: AdvancedSecurityMode.AUDIT },
    { settings: { advancedSecurityMode: 'AUDIT' } },
  ],
  [
    'withThreatProtection',
    (b) =>
      b.withThreatProtection({
        standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY,
        customThreatProtectionMode: CustomThreatProtectionMode.FULL_FUNCTION,
      }),
    {
      standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY,
      customThreatProtectionMode: CustomThreatProtectionMode.FULL_FUNCTION,
    },
    { settings: { standardThreatProtectionMode: 'AUDIT', customThreatProtectionMode: 'ENFORCED' } },
  ],
  [
    'withTrigger',
    (b) => b.withTrigger(UserPoolOperation.PRE_SIGN_UP, FN),
    { lambdaTriggers: { preSignUp: FN } },
    { triggers: { operations: { preSignUp: { lambdaArn: FN } } } },
  ],
  [
    'withTrigger (version)',
    (b) => b.withTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, FN, LambdaVersion.V2_0),
    {},
    { triggers: { operations: { preTokenGenerationConfig: { lambdaArn: FN, lambdaVersion: 'V2_0' } } } },
  ],
  [
    'withTriggers',
    (b) => b.withTriggers({ preSignUp: FN, postConfirmation: FN }),
    { lambdaTriggers: { preSignUp: FN, postConfirmation: FN } },
    { triggers: { operations: { preSignUp: { lambdaArn: FN }, postConfirmation: { lambdaArn: FN } } } },
  ],
  [
    'withCustomSenderKmsKey',
    (b) => b.withCustomSenderKmsKey(KEY),
    { customSenderKmsKey: KEY },
    { triggers: { operations: {}, customSenderKmsKey: KEY } },
  ],
  ['withTags (merges)', (b) => b.withTags({ a: '1' }).withTags({ b: '2' }), {}, { tags: { a: '1', b: '2' } }],
  [
    'withRemovalPolicy',
    (b) => b.withRemovalPolicy(RemovalPolicy.DESTROY),
    { removalPolicy: RemovalPolicy.DESTROY },
    { settings: { removalPolicy: 'destroy' } },
  ],
  [
    'withDeletionProtection()',
    (b) => b.withDeletionProtection(),
    { deletionProtection: true },
    { settings: { deletionProtection: true } },
  ],
  [
    'withDeletionProtection(false)',
    (b) => b.withDeletionProtection(false),
    { deletionProtection: false },
    { settings: { deletionProtection: false } },
  ],
]

function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen)
}

describe('with* methods', () => {
  for (const [name, call, props, recorded] of rows) {
    it(name, () => {
      // GIVEN
      const original = userPool('P')
      const before = JSON.stringify(original.toDefinition())
      // WHEN
      const next = call(original)
      // THEN a new frozen builder, the original unchanged
      expect(next).not.toBe(original)
      expect(Object.isFrozen(next)).toBe(true)
      expect(deepFrozen(next.toDefinition())).toBe(true)
      expect(JSON.stringify(original.toDefinition())).toBe(before)
      expect(next.toDefinition()).toMatchObject(recorded)
      // and it renders as the same props do, into resources the CloudFormation spec accepts
      if (Object.keys(props).length > 0)
        expect(next.toCloudFormation()).toEqual(userPool('P', props).toCloudFormation())
      expect(checkTemplate(next.toCloudFormation())).toEqual([])
    })
  }

  it('withTags: the pool carries UserPoolTags', () => {
    const t = userPool('P').withTags({ b: '2', a: '1' }).toCloudFormation()
    expect(JSON.stringify(t.Resources.P?.Properties?.UserPoolTags)).toBe('{"a":"1","b":"2"}')
  })

  it('$call applies a reusable step', () => {
    const companyDefaults = (b: AnyBuilder) => b.withDeletionProtection().withTags({ owner: 'platform' })
    const pool = userPool('P').$call(companyDefaults)
    expect(pool.toDefinition()).toMatchObject({ settings: { deletionProtection: true }, tags: { owner: 'platform' } })
  })

  it('a builder is a value: branching from one base gives independent pools', () => {
    const base = userPool('P', { selfSignUpEnabled: true })
    const a = base.withMfa(Mfa.REQUIRED)
    const b = base.withMfa(Mfa.OFF)
    expect(a.toDefinition().settings.mfa).toBe('ON')
    expect(b.toDefinition().settings.mfa).toBe('OFF')
    expect(base.toDefinition().settings.mfa).toBeUndefined()
  })

  it('the builder and its definition cannot be mutated', () => {
    const pool = userPool('P', { customAttributes: { tenant: new StringAttribute() } })
    const def = pool.toDefinition() as unknown as {
      settings: Record<string, unknown>
      customAttributes: Record<string, unknown>
    }
    expect(() => {
      def.settings.mfa = 'ON'
    }).toThrow(TypeError)
    expect(() => {
      def.customAttributes.other = {}
    }).toThrow(TypeError)
    expect(() => {
      ;(pool as unknown as { id: string }).id = 'Q'
    }).toThrow(TypeError)
  })
})

/** Calls `build` and returns the DefinitionValidationError it throws. */
function refusal(build: () => unknown): DefinitionValidationError {
  try {
    build()
  } catch (e) {
    if (e instanceof DefinitionValidationError) return e
    throw e
  }
  throw new Error('expected a DefinitionValidationError')
}

describe('a bad argument fails at the with* call, naming the setting', () => {
  const base = userPool('P')
  it.each([
    [
      'withPasswordPolicy',
      () => base.withPasswordPolicy({ minLength: 4 }),
      'passwordPolicy.minLength',
      'MinLengthPasswordReceived',
    ],
    [
      'withPasswordPolicy (days)',
      () => base.withPasswordPolicy({ tempPasswordValidity: Duration.hours(30) }),
      'passwordPolicy.tempPasswordValidity',
      'CannotConvertedIntoWhole',
    ],
    ['withMfaMessage', () => base.withMfaMessage('no code'), 'mfaMessage', 'MessageContainTemplateString'],
    [
      'withUserVerification',
      () => base.withUserVerification({ smsMessage: 'no code' }),
      'userVerification.smsMessage',
      'MessageContainTemplateString',
    ],
    [
      'withSignInAliases',
      () => base.withSignInAliases({ preferredUsername: true }),
      'signInAliases.preferredUsername',
      'UsernameSignEnabledPreferredUsername',
    ],
    [
      'withSignInPolicy',
      () => base.withSignInPolicy({ allowedFirstAuthFactors: { password: false } }),
      'signInPolicy.allowedFirstAuthFactors.password',
      'PasswordAuthenticationCannotDisabled',
    ],
    [
      'withPasskeys',
      () => base.withPasskeys({ relyingPartyId: '' }),
      'passkeyRelyingPartyId',
      'PasskeyRelyingPartyIdLength',
    ],
    [
      'withEmail',
      () => base.withEmail(UserPoolEmail.withSES({ fromEmail: 'noreply', sesRegion: 'us-east-1' })),
      'email.fromEmail',
      'EmailAddressInvalid',
    ],
    ['withSms', () => base.withSms({ smsRole: 'role/sms' }), 'smsRole', 'RoleArnInvalid'],
    [
      'withAccountRecovery',
      () => base.withAccountRecovery('BY_PIGEON' as never),
      'accountRecovery',
      'UnsupportedAccountRecoveryType',
    ],
    [
      'withRemovalPolicy',
      () => base.withRemovalPolicy(RemovalPolicy.SNAPSHOT),
      'removalPolicy',
      'RemovalPolicySnapshotUnsupported',
    ],
    ['withMfa', () => base.withMfa('ALWAYS' as never), 'mfa', 'Schema.invalid_value'],
    [
      'withDeviceTracking',
      () => base.withDeviceTracking({ challengeRequiredOnNewDevice: true } as never),
      'deviceTracking.deviceOnlyRememberedOnUserPrompt',
      'Schema.invalid_type',
    ],
    ['withUserPoolName', () => base.withUserPoolName('no/slash'), 'userPoolName', 'UserPoolNamePattern'],
    [
      'withTrigger (version)',
      () => base.withTrigger(UserPoolOperation.PRE_SIGN_UP, FN, LambdaVersion.V2_0),
      'lambdaTriggers.preSignUp.lambdaVersion',
      'OnlyOperationSupportsV20',
    ],
    [
      'withTrigger (ARN)',
      () => base.withTrigger(UserPoolOperation.PRE_SIGN_UP, 'my-function'),
      'lambdaTriggers.preSignUp',
      'LambdaArnInvalid',
    ],
    [
      'withTrigger (operation)',
      () => base.withTrigger('postSignUp' as never, FN),
      'lambdaTriggers.postSignUp',
      'UnknownTriggerOperation',
    ],
    [
      'withTrigger (twice)',
      () => base.withTrigger(UserPoolOperation.PRE_SIGN_UP, FN).withTrigger(UserPoolOperation.PRE_SIGN_UP, FN),
      'lambdaTriggers.preSignUp',
      'TriggerOperation',
    ],
    [
      'withCustomSenderKmsKey',
      () => base.withCustomSenderKmsKey('alias/mine'),
      'customSenderKmsKey',
      'KmsKeyArnInvalid',
    ],
    ['withTags', () => base.withTags({ 'aws:owner': 'me' }), 'tags.aws:owner', 'TagKeyReserved'],
    [
      'withCustomAttributes (name)',
      () => base.withCustomAttributes({ 'custom:tier': new StringAttribute() }),
      'customAttributes.custom:tier',
      'CustomAttributeNamePrefix',
    ],
    [
      'withCustomAttributes (again)',
      () =>
        base.withCustomAttributes({ a: new BooleanAttribute() }).withCustomAttributes({ a: new BooleanAttribute() }),
      'customAttributes.a',
      'CustomAttributeExists',
    ],
  ] as const)('%s', (_name, build, path, rule) => {
    const error = refusal(build)
    expect(error.code).toBe('ERR_DEFINITION_INVALID')
    expect(error.issues).toContainEqual(expect.objectContaining({ path, rule }))
    expect(error.message).toContain(path)
  })

  it('userPool() lists every issue of its props at once', () => {
    const error = refusal(() =>
      userPool('P', {
        passwordPolicy: { minLength: 3, passwordHistorySize: 30 },
        mfaMessage: 'x',
        signInAliases: { preferredUsername: true },
      }),
    )
    // In the order the props were written.
    expect(error.issues.map((i) => [i.path, i.rule])).toEqual([
      ['passwordPolicy.minLength', 'MinLengthPasswordReceived'],
      ['passwordPolicy.passwordHistorySize', 'PasswordHistorySizeOutOfRange'],
      ['mfaMessage', 'MessageContainTemplateString'],
      ['signInAliases.preferredUsername', 'UsernameSignEnabledPreferredUsername'],
    ])
  })

  it('userPool() refuses unknown props and ids without letters', () => {
    expect(refusal(() => userPool('P', { userPoolNmae: 'typo' } as never)).issues).toEqual([
      expect.objectContaining({ path: 'userPoolNmae', rule: 'Schema.unrecognized_keys' }),
    ])
    expect(refusal(() => userPool('P', { emailSettings: { from: 'a@example.com' } } as never)).issues).toEqual([
      expect.objectContaining({
        path: 'emailSettings',
        rule: 'Schema.unrecognized_keys',
        message: expect.stringContaining('use email: UserPoolEmail.withCognito'),
      }),
    ])
    expect(refusal(() => userPool('--')).issues).toEqual([
      expect.objectContaining({ path: 'id', rule: 'UserPoolIdInvalid' }),
    ])
    expect(refusal(() => userPool('a/b')).issues).toEqual([
      expect.objectContaining({ path: 'id', rule: 'UserPoolIdInvalid' }),
    ])
  })

  it('intrinsics skip literal checks', () => {
    expect(() =>
      userPool('P', {
        userPoolName: { Ref: 'Name' },
        mfaMessage: { Ref: 'Message' },
        passkeyRelyingPartyId: { 'Fn::ImportValue': 'RpId' },
        passwordPolicy: { minLength: { Ref: 'MinLength' } },
        smsRole: { 'Fn::GetAtt': ['Role', 'Arn'] },
        lambdaTriggers: {
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub template
          preSignUp: { 'Fn::Sub': 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:f' },
        },
      }),
    ).not.toThrow()
  })
})
