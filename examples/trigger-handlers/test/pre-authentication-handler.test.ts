import { createEvent, invoke, invokeAsCognito } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { preAuthenticationHandler } from '../src/pre-authentication-handler.js'

const suspended = new Set(['globex'])
const handler = preAuthenticationHandler({ isTenantSuspended: async (tenant) => suspended.has(tenant) })
const signIn = (tenant?: string) =>
  createEvent('PreAuthentication_Authentication', {
    request: { userAttributes: tenant === undefined ? {} : { 'custom:tenant': tenant } },
  })

describe('preAuthenticationHandler', () => {
  it('lets users of an active workspace sign in', async () => {
    await expect(invoke(handler, signIn('acme'))).resolves.toMatchObject({ response: {} })
  })

  it('lets users without a workspace sign in', async () => {
    await expect(invoke(handler, signIn())).resolves.toMatchObject({ response: {} })
  })

  it('refuses users of a suspended workspace with a message Cognito shows', async () => {
    const outcome = await invokeAsCognito(handler, signIn('globex'))
    expect(outcome).toMatchObject({
      ok: false,
      cognitoMessage:
        'PreAuthentication failed with error The workspace globex is suspended; contact your administrator.',
    })
  })
})
