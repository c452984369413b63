/**
 * Without `stackId`, derived values are the ones the CDK gives in `new Stack()` (id `Default`, which
 * `Names.uniqueId` leaves out) — the stack of the CDK's own unit tests: provider names `userpoolidp`,
 * `xyoidc`, the SMS role's external id `pool`.
 */
import * as cdk from 'aws-cdk-lib'
import * as cognito from 'aws-cdk-lib/aws-cognito'
import { describe, expect, it } from 'vitest'
import { UserPoolIdentityProviderSamlMetadata, userPool } from '../../src/index.js'
import { stripCdkMetadata } from '../support/cdk-oracle.js'

const synth = (build: (stack: cdk.Stack) => void) => {
  const stack = new cdk.Stack()
  build(stack)
  return stripCdkMetadata(cdk.assertions.Template.fromStack(stack).toJSON() as never).Resources
}

const only = (resources: Record<string, any>, type: string) =>
  Object.entries(resources).filter(([, r]) => r.Type === type)

describe('default stackId', () => {
  it.each(['userpoolidp', 'xy', `${'oidc'.repeat(10)}xyz`])(
    'OIDC provider %s: the name and logical ID of new Stack()',
    (id) => {
      const props = { clientId: 'c', clientSecret: 's', issuerUrl: 'https://issuer.example.com' }
      const theirs = synth((stack) => {
        new cognito.UserPoolIdentityProviderOidc(stack, id, {
          userPool: new cognito.UserPool(stack, 'userpool'),
          ...props,
        })
      })
      const ours = userPool('userpool')
        .withIdentityProvider('oidc', id, props)
        .toCloudFormation({ logicalIds: 'cdk' }).Resources
      expect(only(ours, 'AWS::Cognito::UserPoolIdentityProvider')).toEqual(
        only(theirs, 'AWS::Cognito::UserPoolIdentityProvider'),
      )
    },
  )

  it.each(['userpoolidp', 'xy', `${'saml'.repeat(10)}xyz`])('SAML provider %s: the name of new Stack()', (id) => {
    const theirs = synth((stack) => {
      new cognito.UserPoolIdentityProviderSaml(stack, id, {
        userPool: new cognito.UserPool(stack, 'userpool'),
        metadata: cognito.UserPoolIdentityProviderSamlMetadata.file('my-file-contents'),
      })
    })
    const ours = userPool('userpool')
      .withIdentityProvider('saml', id, { metadata: UserPoolIdentityProviderSamlMetadata.file('my-file-contents') })
      .toCloudFormation({ logicalIds: 'cdk' }).Resources
    const name = (r: Record<string, any>) =>
      only(r, 'AWS::Cognito::UserPoolIdentityProvider')[0]?.[1].Properties.ProviderName
    expect(name(ours)).toBe(name(theirs))
  })

  it("the created SMS role's external id", () => {
    const theirs = synth((stack) => void new cognito.UserPool(stack, 'pool', { enableSmsRole: true }))
    const ours = userPool('pool', { enableSmsRole: true }).toCloudFormation({ logicalIds: 'cdk' }).Resources
    expect(ours).toEqual(theirs)
  })
})
