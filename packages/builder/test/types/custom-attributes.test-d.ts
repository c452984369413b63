/** Custom attributes flow into the builder's `A` type parameter, and from there into definitions. */
import { describe, expectTypeOf, it } from 'vitest'
import type { CustomAttributesOf } from '../../src/definition/index.js'
import {
  BooleanAttribute,
  DateTimeAttribute,
  fromDefinition,
  LambdaVersion,
  Mfa,
  NumberAttribute,
  StringAttribute,
  type UserPoolBuilder,
  UserPoolOperation,
  userPool,
} from '../../src/index.js'

describe('custom attribute types', () => {
  it('come from userPool() props', () => {
    const pool = userPool('P', {
      customAttributes: {
        tenant: new StringAttribute({ mutable: true }),
        age: new NumberAttribute(),
        vip: new BooleanAttribute(),
        joined: new DateTimeAttribute(),
      },
    })
    expectTypeOf(pool).toEqualTypeOf<
      UserPoolBuilder<{
        readonly tenant: 'String'
        readonly age: 'Number'
        readonly vip: 'Boolean'
        readonly joined: 'DateTime'
      }>
    >()
  })

  it('are empty without custom attributes', () => {
    expectTypeOf(userPool('P')).toEqualTypeOf<UserPoolBuilder<{}>>()
    expectTypeOf(userPool('P', { mfa: Mfa.REQUIRED })).toEqualTypeOf<UserPoolBuilder<{}>>()
  })

  it('accumulate through withCustomAttributes, across other with* calls', () => {
    const pool = userPool('P', { customAttributes: { tenant: new StringAttribute() } })
      .withMfa(Mfa.OPTIONAL)
      .withCustomAttributes({ age: new NumberAttribute() })
      .withTrigger(
        UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
        'arn:aws:lambda:us-east-1:123456789012:function:f',
        LambdaVersion.V2_0,
      )
      .withCustomAttributes({ vip: new BooleanAttribute(), joined: new DateTimeAttribute() })
    expectTypeOf(pool.toDefinition().customAttributes.tenant.dataType).toEqualTypeOf<'String'>()
    expectTypeOf(pool.toDefinition().customAttributes.age.dataType).toEqualTypeOf<'Number'>()
    expectTypeOf(pool.toDefinition().customAttributes.vip.dataType).toEqualTypeOf<'Boolean'>()
    expectTypeOf(pool.toDefinition().customAttributes.joined.dataType).toEqualTypeOf<'DateTime'>()
    type A = CustomAttributesOf<ReturnType<typeof pool.toDefinition>>
    expectTypeOf<A>().toEqualTypeOf<{
      readonly tenant: 'String'
      readonly age: 'Number'
      readonly vip: 'Boolean'
      readonly joined: 'DateTime'
    }>()
  })

  it('CustomAttributesOf reads a definition type (what runtime and triggers use)', () => {
    const def = userPool('P', { customAttributes: { tier: new StringAttribute() } }).toDefinition()
    expectTypeOf<CustomAttributesOf<typeof def>>().toEqualTypeOf<{ readonly tier: 'String' }>()
    // @ts-expect-error: 'plan' was never declared on this pool
    def.customAttributes.plan
  })

  it('never degrade to any', () => {
    const pool = userPool('P', { customAttributes: { tier: new StringAttribute() } })
    expectTypeOf(pool).not.toBeAny()
    expectTypeOf(pool.toDefinition().customAttributes).not.toBeAny()
    expectTypeOf(pool.withCustomAttributes({ n: new NumberAttribute() })).not.toBeAny()
  })

  it('fromDefinition can be told the types a stored definition has', () => {
    const pool = fromDefinition<{ readonly tier: 'String' }>({})
    expectTypeOf(pool.toDefinition().customAttributes.tier.dataType).toEqualTypeOf<'String'>()
  })
})

describe('argument types', () => {
  it('refuse what the CDK types refuse', () => {
    // @ts-expect-error: Mfa values only
    userPool('P', { mfa: 'ALWAYS' })
    // @ts-expect-error: a Duration, not a number of days
    userPool('P', { passwordPolicy: { tempPasswordValidity: 3 } })
    // @ts-expect-error: not a trigger operation
    userPool('P').withTrigger('postSignUp', 'arn:aws:lambda:us-east-1:123456789012:function:f')
    // @ts-expect-error: custom attributes are attribute objects
    userPool('P', { customAttributes: { tier: 'String' } })
    // @ts-expect-error: unknown prop
    userPool('P', { userPoolNmae: 'typo' })
  })
  it('accept intrinsics where the CDK takes constructs or tokens', () => {
    userPool('P', {
      smsRole: { 'Fn::GetAtt': ['Role', 'Arn'] },
      customSenderKmsKey: { Ref: 'KeyArn' },
      lambdaTriggers: { preSignUp: { 'Fn::ImportValue': 'PreSignUpArn' } },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub template
      userPoolName: { 'Fn::Sub': '${AWS::StackName}-users' },
    })
  })
})
