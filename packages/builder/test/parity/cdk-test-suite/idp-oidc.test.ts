/** The CDK's `user-pool-idps/oidc.test.ts`, replayed through `withIdentityProvider('oidc', ...)`. */
import { describe, it } from 'vitest'
import { expectIdpParity, expectUndeclaredRefusal, IDP, POOL } from './support/idp.js'
import type { Api } from './support/mirror.js'
import { expectSameRefusal, refusals } from './support/mirror.js'

const base = { clientId: 'client-id', clientSecret: 'client-secret', issuerUrl: 'https://my-issuer-url.com' }
const mapping = (a: Api) => ({
  ...base,
  attributeMapping: {
    familyName: a.m.ProviderAttribute.other('family_name'),
    givenName: a.m.ProviderAttribute.other('given_name'),
    custom: { customAttr1: a.m.ProviderAttribute.other('email'), customAttr2: a.m.ProviderAttribute.other('sub') },
  },
})
const declared = (a: Api) => ({
  customAttributes: { customAttr1: new a.m.StringAttribute(), customAttr2: new a.m.StringAttribute() },
})

describe('CDK user-pool-idps/oidc.test.ts', () => {
  it('defaults (named after the construct)', () => expectIdpParity('oidc', () => base))
  it('endpoints', () =>
    expectIdpParity('oidc', () => ({
      ...base,
      endpoints: {
        authorization: 'https://my-issuer-url.com/authorize',
        token: 'https://my-issuer-url.com/token',
        userInfo: 'https://my-issuer-url.com/userinfo',
        jwksUri: 'https://my-issuer-url.com/jwks',
      },
    })))
  it('scopes', () => expectIdpParity('oidc', () => ({ ...base, scopes: ['scope1', 'scope2'] })))
  it('registered with the pool: a later client supports it', () =>
    expectIdpParity('oidc', () => base, { client: true }))
  it("attribute mapping with the CDK test's undeclared custom attributes is refused (R23)", () =>
    expectUndeclaredRefusal('oidc', mapping, 2))
  it('attribute mapping, custom attributes declared: custom keys get custom: (R4)', () =>
    expectIdpParity('oidc', mapping, { poolProps: declared, customKeys: ['customAttr1', 'customAttr2'] }))
  it('a provider name', () => expectIdpParity('oidc', () => ({ ...base, name: 'my-provider' })))
  it('a two-character name is refused', () =>
    expectSameRefusal(
      refusals((p) => p.idp('oidc', IDP, { ...base, name: 'xy' }), { poolId: POOL }),
      `identityProviders.${IDP}.name`,
    ))
  // The CDK's message prints the pattern without its backslashes ([^_p{Z}]…); the builder's keeps them.
  it('a name starting with a space is refused', () =>
    expectSameRefusal(
      refusals((p) => p.idp('oidc', IDP, { ...base, name: ' thisisabadname' }), { poolId: POOL }),
      `identityProviders.${IDP}.name`,
      false,
    ))
  it('a name derived from a too-short id is padded', () => expectIdpParity('oidc', () => base, { id: 'xy' }))
  it('a name derived from a too-long id is shortened', () =>
    expectIdpParity('oidc', () => base, { id: `${'oidc'.repeat(10)}xyz` }))
})
