import * as cdk from 'aws-cdk-lib'
import { describe, expect, it } from 'vitest'
import { DefinitionValidationError, SecretValue, userPool } from '../src/index.js'
import { expectParity } from './parity/support/parity.js'

process.env.JSII_DEPRECATED = 'quiet'

const resolved = (value: cdk.SecretValue) => new cdk.Stack().resolve(value)

describe('SecretValue, as the CDK', () => {
  it.each([
    ['name', 'google-client-secret', {}],
    ['ARN', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:google-AbCdEf', {}],
    ['jsonField', 'google', { jsonField: 'clientSecret' }],
    ['versionStage', 'google', { versionStage: 'AWSPREVIOUS' }],
    ['versionId', 'google', { jsonField: 'k', versionId: 'v-1' }],
  ])('secretsManager by %s', (_n, id, options) => {
    expect(SecretValue.secretsManager(id, options)).toEqual(resolved(cdk.SecretValue.secretsManager(id, options)))
  })

  it('secretsManager with an intrinsic id is an Fn::Join, as the CDK resolves a token', () => {
    const stack = new cdk.Stack()
    const param = new cdk.CfnParameter(stack, 'SecretName')
    expect(SecretValue.secretsManager({ Ref: 'SecretName' })).toEqual(
      stack.resolve(cdk.SecretValue.secretsManager(param.valueAsString)),
    )
  })

  it.each([
    ['', {}],
    ['not:an:arn', {}],
    ['google', { versionStage: 'AWSCURRENT', versionId: 'v' }],
  ])('secretsManager(%j) is refused with the CDK code and message', (id, options) => {
    let cdkError: Error | undefined
    try {
      cdk.SecretValue.secretsManager(id, options)
    } catch (e) {
      cdkError = e as Error
    }
    let ours: unknown
    try {
      SecretValue.secretsManager(id, options)
    } catch (e) {
      ours = e
    }
    expect(ours).toBeInstanceOf(DefinitionValidationError)
    expect((ours as DefinitionValidationError).issues).toEqual([
      { path: 'secretId', rule: cdkError?.name, message: cdkError?.message },
    ])
  })

  it.each([[undefined], ['3']])('ssmSecure (version %s)', (version) => {
    expect(SecretValue.ssmSecure('/apple/key', version)).toEqual(
      resolved(cdk.SecretValue.ssmSecure('/apple/key', version)),
    )
  })

  it('unsafePlainText', () => {
    expect(SecretValue.unsafePlainText('s3cr3t')).toBe(resolved(cdk.SecretValue.unsafePlainText('s3cr3t')))
  })

  it('as a provider secret: the CDK template', () => {
    expectParity({
      cdk: (stack, l) => {
        const pool = new l.cognito.UserPool(stack, 'P')
        new l.cognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
          userPool: pool,
          clientId: 'g',
          clientSecretValue: l.cdk.SecretValue.secretsManager('google', { jsonField: 'secret' }),
        })
        new l.cognito.UserPoolIdentityProviderApple(stack, 'Apple', {
          userPool: pool,
          clientId: 'a',
          teamId: 'T',
          keyId: 'K',
          privateKeyValue: l.cdk.SecretValue.ssmSecure('/apple/key', '2'),
        })
      },
      ours: () =>
        userPool('P')
          .withIdentityProvider('google', 'Google', {
            clientId: 'g',
            clientSecretValue: SecretValue.secretsManager('google', { jsonField: 'secret' }),
          })
          .withIdentityProvider('apple', 'Apple', {
            clientId: 'a',
            teamId: 'T',
            keyId: 'K',
            privateKeyValue: SecretValue.ssmSecure('/apple/key', '2'),
          }),
    })
  })
})
