import { describe, expect, it } from 'vitest'
import { userPool } from '../src/index.js'
import { synthCdk } from './support/cdk-oracle.js'
import { checkResource, checkTemplate } from './support/cfn-spec.js'

describe('the spec check itself', () => {
  it('accepts what the CDK synthesizes', () => {
    const t = synthCdk((stack, { cognito }) => {
      const pool = new cognito.UserPool(stack, 'P', { selfSignUpEnabled: true, mfa: cognito.Mfa.REQUIRED })
      pool.addClient('C', { generateSecret: true })
      pool.addDomain('D', { cognitoDomain: { domainPrefix: 'x-y' } })
    })
    expect(checkTemplate(t)).toEqual([])
  })
  it('rejects unknown properties, wrong types and missing required properties', () => {
    expect(
      checkResource('X', { Type: 'AWS::Cognito::UserPool', Properties: { Nope: 1, MfaConfiguration: 3 } }),
    ).toEqual([
      'X(AWS::Cognito::UserPool).Nope: unknown property',
      'X(AWS::Cognito::UserPool).MfaConfiguration: expected string, got 3',
    ])
    expect(checkResource('Y', { Type: 'AWS::Cognito::UserPoolClient', Properties: {} })).toEqual([
      'Y(AWS::Cognito::UserPoolClient).UserPoolId: required property missing',
    ])
  })
})

describe('builder output', () => {
  it('conforms for a bare pool', () => {
    expect(checkTemplate(userPool('P').toCloudFormation())).toEqual([])
  })
})
