/** The CDK's `user-pool-idps/amazon.test.ts`, replayed through `withIdentityProvider('amazon', ...)`. */
import { describe, it } from 'vitest'
import { expectIdpParity, expectUndeclaredRefusal } from './support/idp.js'
import type { Api } from './support/mirror.js'

const base = { clientId: 'amzn-client-id', clientSecret: 'amzn-client-secret' }
const mapping = (a: Api) => ({
  clientId: 'amazn-client-id',
  clientSecret: 'amzn-client-secret',
  attributeMapping: {
    givenName: a.m.ProviderAttribute.AMAZON_NAME,
    address: a.m.ProviderAttribute.other('amzn-address'),
    custom: {
      customAttr1: a.m.ProviderAttribute.AMAZON_EMAIL,
      customAttr2: a.m.ProviderAttribute.other('amzn-custom-attr'),
    },
  },
})
const declared = (a: Api) => ({
  customAttributes: { customAttr1: new a.m.StringAttribute(), customAttr2: new a.m.StringAttribute() },
})

describe('CDK user-pool-idps/amazon.test.ts', () => {
  it('defaults', () => expectIdpParity('amazon', () => base))
  it('scopes', () => expectIdpParity('amazon', () => ({ ...base, scopes: ['scope1', 'scope2'] })))
  it('registered with the pool: a later client supports it', () =>
    expectIdpParity('amazon', () => base, { client: true }))
  it("attribute mapping with the CDK test's undeclared custom attributes is refused (R23)", () =>
    expectUndeclaredRefusal('amazon', mapping, 2))
  it('attribute mapping, custom attributes declared: custom keys get custom: (R4)', () =>
    expectIdpParity('amazon', mapping, { poolProps: declared, customKeys: ['customAttr1', 'customAttr2'] }))
})
