/**
 * The CDK's `user-pool-idps/base.test.ts` (attribute mapping of any provider), replayed through
 * `withIdentityProvider`. The CDK test uses a private subclass; here a Facebook provider carries the
 * same mappings.
 */
import { describe, it } from 'vitest'
import { expectIdpParity, expectUndeclaredRefusal } from './support/idp.js'
import type { Api } from './support/mirror.js'

const base = { clientId: 'fb-client-id', clientSecret: 'fb-client-secret' }

describe('CDK user-pool-idps/base.test.ts', () => {
  it('no attribute mapping', () => expectIdpParity('facebook', () => base))
  it('an empty attribute mapping emits none', () =>
    expectIdpParity('facebook', () => ({ ...base, attributeMapping: {} })))
  it('standard attributes', () =>
    expectIdpParity('facebook', (a) => ({
      ...base,
      attributeMapping: {
        givenName: a.m.ProviderAttribute.FACEBOOK_NAME,
        birthdate: a.m.ProviderAttribute.FACEBOOK_BIRTHDAY,
      },
    })))
  const custom = (a: Api) => ({
    ...base,
    attributeMapping: {
      custom: {
        'custom-attr-1': a.m.ProviderAttribute.AMAZON_EMAIL,
        'custom-attr-2': a.m.ProviderAttribute.AMAZON_NAME,
      },
    },
  })
  it('custom attributes the pool does not declare are refused (R23)', () =>
    expectUndeclaredRefusal('facebook', custom, 2))
  it('custom attributes, declared: keys get custom: (R4)', () =>
    expectIdpParity('facebook', custom, {
      poolProps: (a) => ({
        customAttributes: { 'custom-attr-1': new a.m.StringAttribute(), 'custom-attr-2': new a.m.StringAttribute() },
      }),
      customKeys: ['custom-attr-1', 'custom-attr-2'],
    }))
  it('ProviderAttribute.other', () =>
    expectIdpParity('facebook', (a) => ({
      ...base,
      attributeMapping: { address: a.m.ProviderAttribute.other('custom-provider-attr') },
    })))
})
