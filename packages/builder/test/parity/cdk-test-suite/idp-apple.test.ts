/** The CDK's `user-pool-idps/apple.test.ts`, replayed through `withIdentityProvider('apple', ...)`. */
import { describe, expect, it } from 'vitest'
import { expectIdpParity, expectUndeclaredRefusal, IDP, POOL } from './support/idp.js'
import type { Api } from './support/mirror.js'
import { expectSameRefusal, refusals } from './support/mirror.js'

const base = { clientId: 'com.amzn.cdk', teamId: 'CDKTEAMCDK', keyId: 'CDKKEYCDK1', privateKey: 'PRIV_KEY_CDK' }
const mapping = (a: Api) => ({
  ...base,
  attributeMapping: {
    familyName: a.m.ProviderAttribute.APPLE_LAST_NAME,
    givenName: a.m.ProviderAttribute.APPLE_FIRST_NAME,
    emailVerified: a.m.ProviderAttribute.APPLE_EMAIL_VERIFIED,
    custom: { customAttr1: a.m.ProviderAttribute.APPLE_EMAIL, customAttr2: a.m.ProviderAttribute.other('sub') },
  },
})
const declared = (a: Api) => ({
  customAttributes: { customAttr1: new a.m.StringAttribute(), customAttr2: new a.m.StringAttribute() },
})

describe('CDK user-pool-idps/apple.test.ts', () => {
  it('defaults', () => expectIdpParity('apple', () => base))
  it('scopes', () => expectIdpParity('apple', () => ({ ...base, scopes: ['scope1', 'scope2'] })))
  it('registered with the pool: a later client supports it', () =>
    expectIdpParity('apple', () => base, { client: true }))
  it("attribute mapping with the CDK test's undeclared custom attributes is refused (R23)", () =>
    expectUndeclaredRefusal('apple', mapping, 2))
  it('attribute mapping (emailVerified included), custom attributes declared: custom keys get custom: (R4)', () =>
    expectIdpParity('apple', mapping, { poolProps: declared, customKeys: ['customAttr1', 'customAttr2'] }))
  it('privateKey and privateKeyValue together are refused', () => {
    const r = refusals(
      (p) =>
        p.idp('apple', IDP, {
          clientId: 'com.amzn.cdk',
          teamId: 'CDKTEAMCDK',
          keyId: 'XXXXXXXXXX',
          privateKey: 'PRIV_KEY_CDK',
          privateKeyValue: p.a.m.SecretValue.secretsManager('dummyId'),
        }),
      { poolId: POOL },
    )
    expect(r.ours.map((i) => i.rule)).toContain(r.cdk.code)
    expectSameRefusal(r, r.ours.find((i) => i.rule === r.cdk.code)?.path ?? '')
  })
  it('privateKeyValue from Secrets Manager', () =>
    expectIdpParity('apple', (a) => ({
      clientId: 'com.amzn.cdk',
      teamId: 'CDKTEAMCDK',
      keyId: 'XXXXXXXXXX',
      privateKeyValue: a.m.SecretValue.secretsManager('dummyId'),
    })))
})
