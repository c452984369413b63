/** The CDK's `user-pool-idps/google.test.ts`, replayed through `withIdentityProvider('google', ...)`. */
import { describe, it } from 'vitest'
import { expectIdpParity, expectUndeclaredRefusal } from './support/idp.js'
import type { Api } from './support/mirror.js'

const base = (a: Api) => ({
  clientId: 'google-client-id',
  clientSecretValue: a.m.SecretValue.unsafePlainText('google-client-secret'),
})
const mapping = (a: Api) => ({
  ...base(a),
  attributeMapping: {
    givenName: a.m.ProviderAttribute.GOOGLE_NAME,
    address: a.m.ProviderAttribute.other('google-address'),
    custom: {
      customAttr1: a.m.ProviderAttribute.GOOGLE_EMAIL,
      customAttr2: a.m.ProviderAttribute.other('google-custom-attr'),
    },
  },
})
const declared = (a: Api) => ({
  customAttributes: { customAttr1: new a.m.StringAttribute(), customAttr2: new a.m.StringAttribute() },
})

describe('CDK user-pool-idps/google.test.ts', () => {
  it('defaults (clientSecretValue)', () => expectIdpParity('google', base))
  it('scopes', () => expectIdpParity('google', (a) => ({ ...base(a), scopes: ['scope1', 'scope2'] })))
  it('registered with the pool: a later client supports it', () => expectIdpParity('google', base, { client: true }))
  it("attribute mapping with the CDK test's undeclared custom attributes is refused (R23)", () =>
    expectUndeclaredRefusal('google', mapping, 2))
  it('attribute mapping, custom attributes declared: custom keys get custom: (R4)', () =>
    expectIdpParity('google', mapping, { poolProps: declared, customKeys: ['customAttr1', 'customAttr2'] }))
})
