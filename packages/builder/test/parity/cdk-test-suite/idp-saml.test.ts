/**
 * The CDK's `user-pool-idps/saml.test.ts`, replayed through `withIdentityProvider('saml', ...)`.
 * Every case differs only by R5: `ProviderDetails` booleans are strings.
 */
import { describe, it } from 'vitest'
import { expectIdpParity, expectUndeclaredRefusal, IDP, POOL } from './support/idp.js'
import type { Api } from './support/mirror.js'
import { expectSameRefusal, refusals } from './support/mirror.js'

const file = (a: Api) => ({ metadata: a.m.UserPoolIdentityProviderSamlMetadata.file('my-file-contents') })
const mapping = (a: Api) => ({
  ...file(a),
  attributeMapping: {
    familyName: a.m.ProviderAttribute.other('family_name'),
    givenName: a.m.ProviderAttribute.other('given_name'),
    custom: {
      'custom:customAttr1': a.m.ProviderAttribute.other('email'),
      customAttr2: a.m.ProviderAttribute.other('sub'),
    },
  },
})
const declared = (a: Api) => ({
  customAttributes: { customAttr1: new a.m.StringAttribute(), customAttr2: new a.m.StringAttribute() },
})

describe('CDK user-pool-idps/saml.test.ts', () => {
  it('metadata URL', () =>
    expectIdpParity('saml', (a) => ({
      metadata: a.m.UserPoolIdentityProviderSamlMetadata.url('https://my-metadata-url.com'),
    })))
  it('metadata file', () => expectIdpParity('saml', file))
  it('idpSignout', () => expectIdpParity('saml', (a) => ({ ...file(a), idpSignout: true })))
  it('registered with the pool: a later client supports it', () => expectIdpParity('saml', file, { client: true }))
  it('encryptedResponses', () => expectIdpParity('saml', (a) => ({ ...file(a), encryptedResponses: true })))
  it('requestSigningAlgorithm', () =>
    expectIdpParity('saml', (a) => ({ ...file(a), requestSigningAlgorithm: a.m.SigningAlgorithm.RSA_SHA256 })))
  it('idpInitiated', () => expectIdpParity('saml', (a) => ({ ...file(a), idpInitiated: true })))
  it("attribute mapping with the CDK test's undeclared custom attributes is refused (R23)", () =>
    expectUndeclaredRefusal('saml', mapping, 2))
  it('attribute mapping, custom attributes declared: the unprefixed key gets custom: (R4)', () =>
    expectIdpParity('saml', mapping, { poolProps: declared, customKeys: ['customAttr2'] }))
  it('a provider name', () => expectIdpParity('saml', (a) => ({ ...file(a), name: 'my-provider' })))
  it('a two-character name is refused', () =>
    expectSameRefusal(
      refusals((p) => p.idp('saml', IDP, { ...file(p.a), name: 'xy' }), { poolId: POOL }),
      `identityProviders.${IDP}.name`,
    ))
  it('a name derived from a too-short id is padded', () => expectIdpParity('saml', file, { id: 'xy' }))
  it('a name derived from a too-long id is shortened', () =>
    expectIdpParity('saml', file, { id: `${'saml'.repeat(10)}xyz` }))
})
