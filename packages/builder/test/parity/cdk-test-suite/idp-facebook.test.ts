/** The CDK's `user-pool-idps/facebook.test.ts`, replayed through `withIdentityProvider('facebook', ...)`. */
import { describe, it } from 'vitest'
import { expectIdpParity, expectUndeclaredRefusal } from './support/idp.js'
import type { Api } from './support/mirror.js'

const base = { clientId: 'fb-client-id', clientSecret: 'fb-client-secret' }
const mapping = (a: Api) => ({
  ...base,
  attributeMapping: {
    givenName: a.m.ProviderAttribute.FACEBOOK_NAME,
    address: a.m.ProviderAttribute.other('fb-address'),
    custom: {
      customAttr1: a.m.ProviderAttribute.FACEBOOK_EMAIL,
      customAttr2: a.m.ProviderAttribute.other('fb-custom-attr'),
    },
  },
})
const declared = (a: Api) => ({
  customAttributes: { customAttr1: new a.m.StringAttribute(), customAttr2: new a.m.StringAttribute() },
})

describe('CDK user-pool-idps/facebook.test.ts', () => {
  it('defaults', () => expectIdpParity('facebook', () => base))
  it('scopes and apiVersion', () =>
    expectIdpParity('facebook', () => ({ ...base, scopes: ['scope1', 'scope2'], apiVersion: 'version1' })))
  it('registered with the pool: a later client supports it', () =>
    expectIdpParity('facebook', () => base, { client: true }))
  it("attribute mapping with the CDK test's undeclared custom attributes is refused (R23)", () =>
    expectUndeclaredRefusal('facebook', mapping, 2))
  it('attribute mapping, custom attributes declared: custom keys get custom: (R4)', () =>
    expectIdpParity('facebook', mapping, { poolProps: declared, customKeys: ['customAttr1', 'customAttr2'] }))
})
