import { describe, expect, it } from 'vitest'
import { inboundFederation, keepAttributes, mapAttributes, type TriggerValidationError } from '../../src/index.js'
import { createEvent, invoke } from '../../src/testing/index.js'

describe('inboundFederation', () => {
  it('maps attributes from the OIDC claims; parts add up', async () => {
    const handler = inboundFederation(({ request: { attributes } }) => [
      mapAttributes({ email: String(attributes.idToken?.email) }),
      mapAttributes({
        given_name: String(attributes.userInfo?.given_name),
        family_name: String(attributes.userInfo?.family_name),
      }),
    ])
    const out = await invoke(handler, createEvent('InboundFederation_ExternalProvider'))
    expect(out.response).toEqual({
      userAttributesToMap: { email: 'jane.roe@example.org', given_name: 'Jane', family_name: 'Roe' },
    })
  })

  it('keeps everything when the handler returns nothing or keepAttributes()', async () => {
    for (const handler of [inboundFederation(() => undefined), inboundFederation(() => keepAttributes())]) {
      expect((await invoke(handler, createEvent('InboundFederation_ExternalProvider'))).response).toEqual({
        userAttributesToMap: {},
      })
    }
  })

  it('accepts SAML attributes, including multi-valued and non-string ones', async () => {
    const event = createEvent('InboundFederation_ExternalProvider', {
      request: {
        providerName: 'CorpSaml',
        providerType: 'SAML',
        attributes: {
          tokenResponse: undefined,
          idToken: undefined,
          userInfo: undefined,
          samlResponse: {
            'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'jane@corp.example',
            'http://schemas.xmlsoap.org/claims/Group': ['Developers', 'Administrators'],
            'urn:example:mfa': true,
          },
        },
      },
    })
    const handler = inboundFederation(({ request: { attributes } }) => {
      const groups = attributes.samlResponse?.['http://schemas.xmlsoap.org/claims/Group']
      return mapAttributes({ 'custom:groups': Array.isArray(groups) ? groups.join(',') : String(groups) })
    })
    expect((await invoke(handler, event)).response).toEqual({
      userAttributesToMap: { 'custom:groups': 'Developers,Administrators' },
    })
  })

  it('rejects values longer than Cognito stores (2048 characters)', async () => {
    const handler = inboundFederation(() => mapAttributes({ 'custom:bio': 'x'.repeat(3000) }))
    const error = (await invoke(handler, createEvent('InboundFederation_ExternalProvider')).catch(
      (e: unknown) => e,
    )) as TriggerValidationError
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['too_big', 'response.userAttributesToMap.custom:bio']])
  })

  it("hands out a fresh map per invocation, and a single part's own map as it is", async () => {
    const nothing = inboundFederation(() => undefined)
    const event = createEvent('InboundFederation_ExternalProvider')
    // Called directly: invoke() copies the output the way Lambda serializes it.
    const first = (await nothing(event)).response.userAttributesToMap
    ;(first as Record<string, string>).email = 'changed@example.org'
    expect((await nothing(event)).response.userAttributesToMap).toEqual({})
    const mine = { email: 'jane.roe@example.org' }
    const single = inboundFederation(() => ({ userAttributesToMap: mine }))
    expect((await single(event)).response.userAttributesToMap).toBe(mine)
    const notAMap = inboundFederation(() => ({ userAttributesToMap: 'email' }) as never)
    const error = (await invoke(notAMap, event).catch((e: unknown) => e)) as TriggerValidationError
    expect(error.issues.map((i) => i.path)).toEqual(['response.userAttributesToMap'])
  })
})
