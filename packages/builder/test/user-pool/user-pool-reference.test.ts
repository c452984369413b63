/** `ref()`, `grant()` and the pool's outputs. */
import { describe, expect, it } from 'vitest'
import { DefinitionValidationError, fromUserPoolId, userPool } from '../../src/index.js'
import { cdkLogicalId } from '../../src/internal/logical-id.js'

describe('ref()', () => {
  it('references the pool resource with the render options logical ID', () => {
    const pool = userPool('myuserpool')
    expect(pool.ref()).toMatchObject({
      userPoolId: { Ref: 'myuserpool' },
      userPoolArn: { 'Fn::GetAtt': ['myuserpool', 'Arn'] },
      userPoolProviderName: { 'Fn::GetAtt': ['myuserpool', 'ProviderName'] },
      userPoolProviderUrl: { 'Fn::GetAtt': ['myuserpool', 'ProviderURL'] },
    })
    const id = cdkLogicalId(['Auth', 'myuserpool', 'Resource'])
    expect(pool.ref({ logicalIds: 'cdk', scope: ['Auth'] }).userPoolId).toEqual({ Ref: id })
    expect(Object.isFrozen(pool.ref())).toBe(true)
  })

  it('matches the logical ID in the template', () => {
    const pool = userPool('P')
    for (const options of [{}, { logicalIds: 'cdk' as const, stackId: 'S' }]) {
      const id = (pool.ref(options).userPoolId as { Ref: string }).Ref
      expect(Object.keys(pool.toCloudFormation(options).Resources)).toContain(id)
    }
  })
})

describe('grant()', () => {
  it('one action is a string, several keep their order', () => {
    expect(userPool('P').grant('cognito-idp:AdminCreateUser')).toEqual({
      Action: 'cognito-idp:AdminCreateUser',
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': ['P', 'Arn'] },
    })
    expect(userPool('P').grant('cognito-idp:ListUsers', 'cognito-idp:AdminGetUser').Action).toEqual([
      'cognito-idp:ListUsers',
      'cognito-idp:AdminGetUser',
    ])
  })

  it('refuses no action and malformed actions', () => {
    expect(() => userPool('P').grant()).toThrow(DefinitionValidationError)
    let error: unknown
    try {
      fromUserPoolId('us-east-1_x').grant('cognito-idp:ListUsers', 'AdminCreateUser', 'cognito-idp:*')
    } catch (e) {
      error = e
    }
    expect((error as DefinitionValidationError).issues).toEqual([
      expect.objectContaining({ path: 'actions.1', rule: 'GrantActionInvalid' }),
    ])
  })
})

describe('outputs', () => {
  it('id, ARN and provider URL of the pool', () => {
    const t = userPool('P').toCloudFormation({ logicalIds: 'cdk', stackId: 'S' })
    expect(t.Outputs).toEqual({
      UserPoolId: { Description: 'Id of user pool P', Value: { Ref: 'P4E0919BE' } },
      UserPoolArn: { Description: 'ARN of user pool P', Value: { 'Fn::GetAtt': ['P4E0919BE', 'Arn'] } },
      UserPoolProviderUrl: {
        Description: 'Issuer (provider URL) of user pool P',
        Value: { 'Fn::GetAtt': ['P4E0919BE', 'ProviderURL'] },
      },
    })
  })
})

describe('readable logical IDs', () => {
  it('name the pool, its SMS role and its trigger permissions after the construct path', () => {
    const t = userPool('myuserpool', { mfa: 'ON' })
      .withTrigger('preSignUp', 'arn:aws:lambda:us-east-1:123456789012:function:f')
      .toCloudFormation({ scope: ['Auth'] })
    expect(Object.keys(t.Resources)).toEqual([
      'AuthmyuserpoolsmsRole',
      'Authmyuserpool',
      'AuthmyuserpoolPreSignUpCognito',
    ])
  })
})
