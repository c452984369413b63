/** Catalogue §2.5 (`grant()`) and §2.6 (`fromUserPoolId` / `fromUserPoolArn`), against the CDK's output. */
import type * as cdk from 'aws-cdk-lib'
import { Construct } from 'constructs'
import { describe, expect, it } from 'vitest'
import {
  DefinitionValidationError,
  fromUserPoolArn,
  fromUserPoolId,
  isCognitoKitError,
  userPool,
} from '../../src/index.js'
import { type CdkLib, synthCdk } from '../support/cdk-oracle.js'
import { cdkErrorCode } from './support/parity.js'

/** Resolves values the CDK computes for `build`'s named tokens (through stack outputs). */
function cdkValues(
  build: (stack: cdk.Stack, l: CdkLib) => Record<string, unknown>,
  env?: { account: string; region: string },
): Record<string, unknown> {
  const t = synthCdk(
    (stack, l) => {
      for (const [name, value] of Object.entries(build(stack, l)))
        new l.cdk.CfnOutput(stack, name, { value: value as string })
    },
    env ? { env } : {},
  )
  return Object.fromEntries(Object.entries(t.Outputs ?? {}).map(([k, v]) => [k, (v as { Value: unknown }).Value]))
}

describe('§1.1.5 members: userPoolId, userPoolArn, userPoolProviderName, userPoolProviderUrl', () => {
  it.each([
    ['P', [] as string[]],
    ['UserPool', ['Auth']],
  ])('ref() of pool %s (scope %j) gives the CDK values', (id, scope) => {
    const expected = cdkValues((stack, l) => {
      let parent: Construct = stack
      for (const part of scope) parent = new Construct(parent, part)
      const pool = new l.cognito.UserPool(parent, id)
      return {
        userPoolId: pool.userPoolId,
        userPoolArn: pool.userPoolArn,
        userPoolProviderName: pool.userPoolProviderName,
        userPoolProviderUrl: pool.userPoolProviderUrl,
      }
    })
    const ref = userPool(id).ref({ logicalIds: 'cdk', stackId: 'S', scope })
    expect({
      userPoolId: ref.userPoolId,
      userPoolArn: ref.userPoolArn,
      userPoolProviderName: ref.userPoolProviderName,
      userPoolProviderUrl: ref.userPoolProviderUrl,
    }).toEqual(expected)
  })
})

describe('§2.5 grant()', () => {
  it.each([
    [['cognito-idp:AdminCreateUser']],
    [['cognito-idp:AdminCreateUser', 'cognito-idp:ListUsers', 'cognito-idp:AdminGetUser']],
  ])('grant(%j) is the statement the CDK adds to the role', (actions) => {
    const t = synthCdk((stack, { cognito, iam }) => {
      const pool = new cognito.UserPool(stack, 'P')
      const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('foo') })
      pool.grant(role, ...actions)
    })
    const policy = Object.values(t.Resources).find((r) => r.Type === 'AWS::IAM::Policy')
    const statement = (policy?.Properties?.PolicyDocument as { Statement: unknown[] } | undefined)?.Statement[0]
    const ours = userPool('P')
      .ref({ logicalIds: 'cdk', stackId: 'S' })
      .grant(...actions)
    expect(ours).toEqual(statement)
    expect(JSON.stringify(ours)).toBe(JSON.stringify(statement))
  })

  it('grant() on an imported pool uses its ARN', () => {
    const values = cdkValues((stack, { cognito, iam }) => {
      const pool = cognito.UserPool.fromUserPoolId(stack, 'I', 'us-east-1_abc123')
      const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('foo') })
      pool.grant(role, 'cognito-idp:ListUsers')
      return { arn: pool.userPoolArn }
    })
    expect(fromUserPoolId('us-east-1_abc123').grant('cognito-idp:ListUsers')).toEqual({
      Action: 'cognito-idp:ListUsers',
      Effect: 'Allow',
      Resource: values.arn,
    })
  })
})

describe('§2.6 fromUserPoolId', () => {
  it('environment-agnostic stack', () => {
    const values = cdkValues((stack, { cognito }) => {
      const p = cognito.UserPool.fromUserPoolId(stack, 'I', 'us-east-1_abc123')
      return { id: p.userPoolId, arn: p.userPoolArn, providerName: p.userPoolProviderName }
    })
    const ours = fromUserPoolId('us-east-1_abc123')
    expect({ id: ours.userPoolId, arn: ours.userPoolArn, providerName: ours.userPoolProviderName }).toEqual(values)
  })

  it('stack with an environment', () => {
    const env = { account: '111111111111', region: 'us-east-1' }
    const values = cdkValues((stack, { cognito }) => {
      const p = cognito.UserPool.fromUserPoolId(stack, 'I', 'us-east-1_abc123')
      return { id: p.userPoolId, arn: p.userPoolArn, providerName: p.userPoolProviderName }
    }, env)
    const ours = fromUserPoolId('us-east-1_abc123', env)
    expect({ id: ours.userPoolId, arn: ours.userPoolArn, providerName: ours.userPoolProviderName }).toEqual(values)
    expect(ours.env).toEqual(env)
  })

  it('an intrinsic id', () => {
    const values = cdkValues((stack, { cdk: c, cognito }) => {
      const p = cognito.UserPool.fromUserPoolId(stack, 'I', c.Fn.importValue('PoolId'))
      return { id: p.userPoolId, arn: p.userPoolArn, providerName: p.userPoolProviderName }
    })
    const ours = fromUserPoolId({ 'Fn::ImportValue': 'PoolId' })
    expect({ id: ours.userPoolId, arn: ours.userPoolArn, providerName: ours.userPoolProviderName }).toEqual(values)
  })
})

describe('§2.6 fromUserPoolArn', () => {
  it.each([
    'arn:aws:cognito-idp:eu-west-1:222222222222:userpool/eu-west-1_xyz',
    'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/us-east-1_mtRyYQ14D',
    'arn:aws-cn:cognito-idp:cn-north-1:222222222222:userpool/cn-north-1_xyz',
    'arn:aws:cognito-idp:us-east-1:0123456789012:userpool:abc:def',
    'arn:aws:cognito-idp:us-east-1:0123456789012:userpool/abc/def:x',
  ])('%s', (arn) => {
    const values = cdkValues((stack, { cognito }) => {
      const p = cognito.UserPool.fromUserPoolArn(stack, 'I', arn)
      return {
        id: p.userPoolId,
        arn: p.userPoolArn,
        providerName: p.userPoolProviderName,
        account: p.env.account,
        region: p.env.region,
      }
    })
    const ours = fromUserPoolArn(arn)
    expect({
      id: ours.userPoolId,
      arn: ours.userPoolArn,
      providerName: ours.userPoolProviderName,
      account: ours.env?.account,
      region: ours.env?.region,
    }).toEqual(values)
  })

  it('an intrinsic ARN is split at deploy time', () => {
    const values = cdkValues((stack, { cdk: c, cognito }) => {
      const p = cognito.UserPool.fromUserPoolArn(stack, 'I', c.Fn.importValue('PoolArn'))
      return { id: p.userPoolId, arn: p.userPoolArn, providerName: p.userPoolProviderName }
    })
    const ours = fromUserPoolArn({ 'Fn::ImportValue': 'PoolArn' })
    expect({ id: ours.userPoolId, arn: ours.userPoolArn, providerName: ours.userPoolProviderName }).toEqual(values)
  })

  it.each([
    'nope',
    'arn::x:y:z:w',
    'arn:aws::y:z:w',
    'arn:aws:cognito-idp:y:z',
    'arn:aws:cognito-idp:y:z:',
    'arn:aws:cognito-idp:us-east-1:0123456789012:*',
    'arn:aws:cognito-idp:us-east-1:0123456789012:userpool/',
  ])('malformed %s fails with the CDK code', (arn) => {
    const code = cdkErrorCode((stack, { cognito }) => cognito.UserPool.fromUserPoolArn(stack, 'I', arn))
    let error: unknown
    try {
      fromUserPoolArn(arn)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DefinitionValidationError)
    expect(isCognitoKitError(error) && error.code).toBe('ERR_ARN_INVALID')
    expect((error as DefinitionValidationError).issues).toEqual([
      expect.objectContaining({ path: 'userPoolArn', rule: code }),
    ])
  })
})
