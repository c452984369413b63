import { createEvent, invoke } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { inboundFederationHandler } from '../src/inbound-federation-handler.js'

describe('inboundFederationHandler', () => {
  it('keeps only the email, the name and the workspace of an OIDC sign-in', async () => {
    const event = createEvent('InboundFederation_ExternalProvider', {
      request: {
        attributes: {
          idToken: {
            email: ' Jane.Roe@Example.org ',
            given_name: 'Jane',
            family_name: 'Roe',
            org: 'acme',
            picture: 'x',
          },
          userInfo: { locale: 'en' },
        },
      },
    })
    const out = await invoke(inboundFederationHandler, event)
    expect(out.response).toEqual({
      userAttributesToMap: { email: 'jane.roe@example.org', name: 'Jane Roe', 'custom:tenant': 'acme' },
    })
  })

  it('reads SAML attributes too', async () => {
    const event = createEvent('InboundFederation_ExternalProvider', {
      request: {
        attributes: {
          idToken: undefined,
          userInfo: undefined,
          samlResponse: { email: 'sam@example.org', name: 'Sam' },
        },
      },
    })
    const out = await invoke(inboundFederationHandler, event)
    expect(out.response).toEqual({ userAttributesToMap: { email: 'sam@example.org', name: 'Sam' } })
  })
})
