/** Catalogue §1.2 (triggers, operations, Lambda versions) and §2.2 (one `AWS::Lambda::Permission` per trigger). */
import { describe, expect, it } from 'vitest'
import { LambdaVersion, UserPoolOperation, userPool } from '../../src/index.js'
import { cdkLogicalId } from '../../src/internal/logical-id.js'
import { synthCdk } from '../support/cdk-oracle.js'
import { checkTemplate } from '../support/cfn-spec.js'
import { expectParityExcept } from './resource-sides.js'
import { arnOf, cdkResources, expectParity } from './support/parity.js'
import { sameSettings } from './support/sides.js'

const PROP_TRIGGERS = [
  'createAuthChallenge',
  'customMessage',
  'defineAuthChallenge',
  'postAuthentication',
  'postConfirmation',
  'preAuthentication',
  'preSignUp',
  'preTokenGeneration',
  'userMigration',
  'verifyAuthChallengeResponse',
] as const

const CDK_OPERATIONS = Object.entries(UserPoolOperation).filter(([k]) => k !== 'INBOUND_FEDERATION') as [
  keyof typeof UserPoolOperation,
  UserPoolOperation,
][]

describe('§1.2 triggers through lambdaTriggers', () => {
  it.each(PROP_TRIGGERS)('%s', (operation) => {
    expectParity(sameSettings((s) => ({ lambdaTriggers: { [operation]: s.fn('Fn') } })))
  })

  it('every classic trigger at once, one function each', () => {
    expectParity(
      sameSettings((s) => ({ lambdaTriggers: Object.fromEntries(PROP_TRIGGERS.map((op, i) => [op, s.fn(`Fn${i}`)])) })),
    )
  })

  it('one function for several triggers (one permission per operation)', () => {
    expectParity({
      cdk: (stack, { cognito }, standIns) => {
        const fn = standIns.fn('Fn')
        new cognito.UserPool(stack, 'P', { lambdaTriggers: { preSignUp: fn, postConfirmation: fn, customMessage: fn } })
      },
      ours: () =>
        userPool('P', {
          lambdaTriggers: { preSignUp: arnOf('Fn'), postConfirmation: arnOf('Fn'), customMessage: arnOf('Fn') },
        }),
    })
  })

  it('custom senders with their KMS key (always V1_0)', () => {
    expectParity(
      sameSettings((s) => ({
        customSenderKmsKey: s.key('K'),
        lambdaTriggers: { customEmailSender: s.fn('Email'), customSmsSender: s.fn('Sms') },
      })),
    )
  })
})

describe('§1.2 addTrigger / withTrigger', () => {
  it.each(CDK_OPERATIONS.filter(([, op]) => op !== 'customEmailSender' && op !== 'customSmsSender'))(
    '%s',
    (name, operation) => {
      expectParity({
        cdk: (stack, { cognito }, standIns) =>
          new cognito.UserPool(stack, 'P').addTrigger(
            cognito.UserPoolOperation[name as 'PRE_SIGN_UP'],
            standIns.fn('Fn'),
          ),
        ours: () => userPool('P').withTrigger(operation, arnOf('Fn')),
      })
    },
  )

  it.each([LambdaVersion.V1_0, LambdaVersion.V2_0, LambdaVersion.V3_0])('PRE_TOKEN_GENERATION_CONFIG %s', (version) => {
    expectParity({
      cdk: (stack, { cognito }, standIns) =>
        new cognito.UserPool(stack, 'P').addTrigger(
          cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
          standIns.fn('Fn'),
          version as unknown as import('aws-cdk-lib').aws_cognito.LambdaVersion,
        ),
      ours: () => userPool('P').withTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, arnOf('Fn'), version),
    })
  })

  it('V1_0 on another operation is accepted and ignored', () => {
    expectParity({
      cdk: (stack, { cognito }, standIns) =>
        new cognito.UserPool(stack, 'P').addTrigger(
          cognito.UserPoolOperation.PRE_SIGN_UP,
          standIns.fn('Fn'),
          cognito.LambdaVersion.V1_0,
        ),
      ours: () => userPool('P').withTrigger(UserPoolOperation.PRE_SIGN_UP, arnOf('Fn'), LambdaVersion.V1_0),
    })
  })

  it('custom senders through addTrigger', () => {
    expectParity({
      cdk: (stack, { cognito }, standIns) => {
        const pool = new cognito.UserPool(stack, 'P', { customSenderKmsKey: standIns.key('K') })
        pool.addTrigger(cognito.UserPoolOperation.CUSTOM_EMAIL_SENDER, standIns.fn('Email'))
        pool.addTrigger(cognito.UserPoolOperation.CUSTOM_SMS_SENDER, standIns.fn('Sms'))
      },
      ours: () =>
        userPool('P', { customSenderKmsKey: arnOf('K') })
          .withTrigger(UserPoolOperation.CUSTOM_EMAIL_SENDER, arnOf('Email'))
          .withTrigger(UserPoolOperation.CUSTOM_SMS_SENDER, arnOf('Sms')),
    })
  })

  it('§2.2 pre sign-up via props plus pre-token V2 via addTrigger, one function', () => {
    expectParity({
      cdk: (stack, { cognito }, standIns) => {
        const fn = standIns.fn('Fn')
        const pool = new cognito.UserPool(stack, 'P', { lambdaTriggers: { preSignUp: fn } })
        pool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, cognito.LambdaVersion.V2_0)
      },
      ours: () =>
        userPool('P', { lambdaTriggers: { preSignUp: arnOf('Fn') } }).withTrigger(
          UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
          arnOf('Fn'),
          LambdaVersion.V2_0,
        ),
    })
  })

  it('an imported function in the same account: the permission names the literal ARN', () => {
    const arn = 'arn:aws:lambda:us-east-1:111111111111:function:pre-sign-up'
    expectParity({
      env: { account: '111111111111', region: 'us-east-1' },
      cdk: (stack, { cognito, lambda }) =>
        new cognito.UserPool(stack, 'P', {
          lambdaTriggers: { preSignUp: lambda.Function.fromFunctionArn(stack, 'F', arn) },
        }),
      ours: () => userPool('P', { lambdaTriggers: { preSignUp: arn } }),
    })
  })

  it.each([
    ['an environment-agnostic stack', undefined],
    ['a stack in another account', { account: '222222222222', region: 'us-east-1' }],
  ] as const)(
    'Q22: an imported function in %s: the CDK silently adds no permission, the builder adds it',
    (_name, env) => {
      const arn = 'arn:aws:lambda:us-east-1:111111111111:function:pre-sign-up'
      const permission = cdkLogicalId(['P', 'PreSignUpCognito'])
      expectParityExcept(
        {
          ...(env ? { env } : {}),
          cdk: (stack, { cognito, lambda }) =>
            new cognito.UserPool(stack, 'P', {
              lambdaTriggers: { preSignUp: lambda.Function.fromFunctionArn(stack, 'F', arn) },
            }),
          ours: () => userPool('P', { lambdaTriggers: { preSignUp: arn } }),
        },
        (r) => {
          expect(r[permission]).toBeUndefined()
          r[permission] = {
            Type: 'AWS::Lambda::Permission',
            Properties: {
              Action: 'lambda:InvokeFunction',
              FunctionName: arn,
              Principal: 'cognito-idp.amazonaws.com',
              SourceArn: { 'Fn::GetAtt': ['P4E0919BE', 'Arn'] },
            },
          }
          return r
        },
      )
      // permission: false gives the CDK's output.
      expect(
        Object.keys(
          userPool('P')
            .withTrigger(UserPoolOperation.PRE_SIGN_UP, arn, { permission: false })
            .toCloudFormation({ logicalIds: 'cdk', stackId: 'S' }).Resources,
        ),
      ).toEqual(['P4E0919BE'])
    },
  )

  it('one function on two pools: each pool scopes its own permission', () => {
    const expected = cdkResources({
      cdk: (stack, { cognito }, standIns) => {
        const fn = standIns.fn('Fn')
        new cognito.UserPool(stack, 'P1', { lambdaTriggers: { preSignUp: fn } })
        new cognito.UserPool(stack, 'P2', { lambdaTriggers: { preSignUp: fn } })
      },
      ours: () => userPool('unused'),
    })
    const merged = {
      ...userPool('P1', { lambdaTriggers: { preSignUp: arnOf('Fn') } }).toCloudFormation({
        logicalIds: 'cdk',
        stackId: 'S',
      }).Resources,
      ...userPool('P2', { lambdaTriggers: { preSignUp: arnOf('Fn') } }).toCloudFormation({
        logicalIds: 'cdk',
        stackId: 'S',
      }).Resources,
    }
    expect(merged).toEqual(expected)
    expect(checkTemplate({ Resources: merged })).toEqual([])
  })
})

describe('beyond the CDK', () => {
  it('permission: false leaves the permission out', () => {
    const t = userPool('P')
      .withTrigger(UserPoolOperation.PRE_SIGN_UP, arnOf('Fn'), { permission: false })
      .toCloudFormation()
    expect(Object.keys(t.Resources)).toEqual(['P'])
    expect(t.Resources.P?.Properties?.LambdaConfig).toEqual({ PreSignUp: arnOf('Fn') })
  })

  it('INBOUND_FEDERATION is emitted in its object shape (Q17: the CDK emits a plain ARN the spec rejects)', () => {
    const t = userPool('P')
      .withTrigger(UserPoolOperation.INBOUND_FEDERATION, arnOf('Fn'))
      .toCloudFormation({ logicalIds: 'cdk', stackId: 'S' })
    expect(t.Resources.P4E0919BE?.Properties?.LambdaConfig).toEqual({
      InboundFederation: { LambdaArn: arnOf('Fn'), LambdaVersion: 'V1_0' },
    })
    expect(Object.keys(t.Resources)).toEqual(['P4E0919BE', cdkLogicalId(['P', 'InboundFederationCognito'])])
    expect(checkTemplate(t)).toEqual([])
  })

  it.each([
    ['preTokenGenerationConfig', 'PreTokenGenerationConfig'],
    ['inboundFederation', 'InboundFederation'],
  ] as const)(
    'Q17: %s through lambdaTriggers: the CDK renders a plain ARN (the spec needs an object; not caught for a function construct), the builder the object form',
    (operation, key) => {
      const cdk = cdkResources({
        cdk: (stack, l, standIns) =>
          new l.cognito.UserPool(stack, 'P', { lambdaTriggers: { [operation]: standIns.fn('Fn') } }),
        ours: () => userPool('P'),
      })
      const cdkPool = cdk.P4E0919BE as { Type: string; Properties: { LambdaConfig: Record<string, unknown> } }
      expect(cdkPool.Properties.LambdaConfig[key]).toEqual(arnOf('Fn'))
      // A plain ARN where CloudFormation's PreTokenGenerationConfig / InboundFederation types are objects.
      const ours = userPool('P', { lambdaTriggers: { [operation]: arnOf('Fn') } }).toCloudFormation({
        logicalIds: 'cdk',
        stackId: 'S',
      })
      expect(ours.Resources.P4E0919BE?.Properties?.LambdaConfig).toEqual({
        [key]: { LambdaArn: arnOf('Fn'), LambdaVersion: 'V1_0' },
      })
      // Everything else is the CDK's: the pool's other properties and the permission.
      const { LambdaConfig: _ours, ...ourRest } = ours.Resources.P4E0919BE?.Properties ?? {}
      const { LambdaConfig: _cdk, ...cdkRest } = cdkPool.Properties
      expect(ourRest).toEqual(cdkRest)
      const permission = cdkLogicalId(['P', `${key}Cognito`])
      expect(ours.Resources[permission]).toEqual(cdk[permission])
      expect(checkTemplate(ours)).toEqual([])
    },
  )

  it('the CDK renders INBOUND_FEDERATION as a plain ARN, which its own L1 check refuses at synth', () => {
    const arn = 'arn:aws:lambda:us-east-1:111111111111:function:f'
    expect(() =>
      synthCdk(
        (stack, { cognito, lambda }) =>
          new cognito.UserPool(stack, 'P').addTrigger(
            cognito.UserPoolOperation.of('inboundFederation'),
            lambda.Function.fromFunctionArn(stack, 'F', arn),
          ),
        { env: { account: '111111111111', region: 'us-east-1' } },
      ),
    ).toThrow(/InboundFederationProperty/)
    const ours = userPool('P').withTrigger(UserPoolOperation.INBOUND_FEDERATION, arn).toCloudFormation()
    expect(checkTemplate(ours)).toEqual([])
  })
})
