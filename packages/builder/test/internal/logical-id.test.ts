import { describe, expect, it } from 'vitest'
import { cdkLogicalId } from '../../src/internal/logical-id.js'
import { synthCdk } from '../support/cdk-oracle.js'

describe('cdkLogicalId', () => {
  it('matches the catalogue examples', () => {
    expect(cdkLogicalId(['P', 'Resource'])).toBe('P4E0919BE')
    expect(cdkLogicalId(['P', 'Client', 'Resource'])).toBe('PClientAFA9DF3B')
    expect(cdkLogicalId(['P', 'smsRole', 'Resource'])).toBe('PsmsRole38E9143A')
    expect(cdkLogicalId(['P', 'PreSignUpCognito'])).toBe('PPreSignUpCognitoBE9C64A8')
    expect(cdkLogicalId(['MyStack', 'Auth', 'Pool'])).toBe('MyStackAuthPool86B2A2BD')
  })

  it('keeps a single component as is, without a hash', () => {
    expect(cdkLogicalId(['my-pool'])).toBe('mypool')
    expect(cdkLogicalId(['Default', 'P'])).toBe('P')
  })

  it('matches the CDK for paths whose parts repeat or end one another', () => {
    const cases: [string, string][] = [
      ['UserPool', 'Pool'],
      ['Pool', 'Pool'],
      ['App', 'pp'],
      ['Web-Client', 'Client'],
    ]
    for (const [poolId, clientId] of cases) {
      const t = synthCdk((stack, { cognito }) => {
        new cognito.UserPool(stack, poolId).addClient(clientId)
      })
      const ids = Object.entries(t.Resources)
        .filter(([, r]) => r.Type === 'AWS::Cognito::UserPoolClient')
        .map(([id]) => id)
      expect(ids, `${poolId}/${clientId}`).toEqual([cdkLogicalId([poolId, clientId, 'Resource'])])
    }
  })
})
