/** `toDefinition()` is plain JSON; `fromDefinition()` gives the same builder back, or every issue of a bad document. */
import { describe, expect, it } from 'vitest'
import {
  AccountRecovery,
  BooleanAttribute,
  DefinitionValidationError,
  Duration,
  FeaturePlan,
  fromDefinition,
  LambdaVersion,
  Mfa,
  RemovalPolicy,
  StringAttribute,
  UserPoolEmail,
  UserPoolOperation,
  userPool,
} from '../../src/index.js'

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:fn'

const pools = {
  bare: userPool('P'),
  full: userPool('myuserpool', {
    userPoolName: 'full',
    selfSignUpEnabled: true,
    signInAliases: { username: true, email: true },
    standardAttributes: { fullname: { required: true, mutable: false }, address: {} },
    customAttributes: {
      tenant: new StringAttribute({ minLen: 1, maxLen: 64 }),
      vip: new BooleanAttribute({ mutable: true }),
    },
    mfa: Mfa.REQUIRED,
    mfaSecondFactor: { sms: true, otp: true },
    passwordPolicy: { minLength: 12, tempPasswordValidity: Duration.hours(72) },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    email: UserPoolEmail.withSES({ fromEmail: 'noreply@домен.рф', fromName: 'Ünïcode', sesRegion: 'eu-west-1' }),
    featurePlan: FeaturePlan.PLUS,
    removalPolicy: RemovalPolicy.DESTROY,
    customSenderKmsKey: { 'Fn::GetAtt': ['Key', 'Arn'] },
  })
    .withTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, FN, LambdaVersion.V3_0)
    .withTrigger(UserPoolOperation.CUSTOM_EMAIL_SENDER, { Ref: 'SenderArn' }, { permission: false })
    .withTags({ team: 'identity' }),
}

describe('definition round trip', () => {
  for (const [name, pool] of Object.entries(pools)) {
    it(`${name}: JSON → fromDefinition → the same definition and byte-identical templates`, () => {
      const json = JSON.stringify(pool.toDefinition())
      const again = fromDefinition(JSON.parse(json))
      expect(again.toDefinition()).toEqual(pool.toDefinition())
      for (const options of [{}, { logicalIds: 'cdk', stackId: 'S' } as const]) {
        expect(JSON.stringify(again.toCloudFormation(options))).toBe(JSON.stringify(pool.toCloudFormation(options)))
      }
    })
  }

  it('the definition is plain JSON (no class instances, no undefined)', () => {
    const def = pools.full.toDefinition()
    expect(JSON.parse(JSON.stringify(def))).toEqual(def)
    const visit = (v: unknown): void => {
      if (v === undefined) throw new Error('undefined in definition')
      if (typeof v === 'object' && v !== null) {
        const proto = Object.getPrototypeOf(v)
        expect(proto === Object.prototype || proto === Array.prototype).toBe(true)
        Object.values(v).forEach(visit)
      }
    }
    visit(def)
    expect(def.settings.passwordPolicy?.tempPasswordValidity).toEqual({ amount: 72, unit: 'hours' })
  })
})

describe('a bad document fails with every issue and its path', () => {
  const good = () => JSON.parse(JSON.stringify(pools.full.toDefinition()))

  it('shape issues (types, unknown keys, enum values)', () => {
    const doc = good()
    doc.settings.mfa = 'ALWAYS'
    doc.settings.passwordPolicy.minLength = '12'
    doc.settings.surprise = true
    doc.customAttributes.tenant.min = 3
    doc.triggers.operations.preSignUp = { lambdaArn: 42 }
    let error: unknown
    try {
      fromDefinition(doc)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DefinitionValidationError)
    const paths = (error as DefinitionValidationError).issues.map((i) => i.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'settings.surprise',
        'settings.mfa',
        'settings.passwordPolicy.minLength',
        'customAttributes.tenant.min',
        'triggers.operations.preSignUp.lambdaArn',
      ]),
    )
  })

  it('rule issues (a hand-edited value the builder would refuse)', () => {
    const doc = good()
    doc.settings.passwordPolicy.minLength = 3
    doc.settings.featurePlan = 'LITE'
    doc.settings.passwordPolicy.passwordHistorySize = 4
    doc.triggers.operations.preSignUp = { lambdaArn: FN, lambdaVersion: 'V2_0' }
    let error: unknown
    try {
      fromDefinition(doc)
    } catch (e) {
      error = e
    }
    expect((error as DefinitionValidationError).issues.map((i) => [i.path, i.rule])).toEqual([
      ['passwordPolicy.minLength', 'MinLengthPasswordReceived'],
      ['lambdaTriggers.preSignUp.lambdaVersion', 'OnlyOperationSupportsV20'],
      ['passwordPolicy.passwordHistorySize', 'CanNot'],
    ])
  })

  it('an unknown kind or version', () => {
    expect(() => fromDefinition({ ...good(), version: 2 })).toThrow(/version 2 is not supported/)
    expect(() => fromDefinition({ ...good(), kind: 'IdentityPool' })).toThrow(/kind must be 'UserPool'/)
  })
})
