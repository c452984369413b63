import { createEvent, invoke, invokeAsCognito } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { preTokenGenerationV1Handler } from '../src/pre-token-generation-v1-handler.js'

describe('preTokenGenerationV1Handler', () => {
  it('adds tenant and plan to the ID token and keeps custom:plan out of it', async () => {
    const event = createEvent('TokenGeneration_Authentication', {
      request: { userAttributes: { 'custom:tenant': 'acme', 'custom:plan': 'pro' } },
    })
    const out = await invoke(preTokenGenerationV1Handler, event)
    expect(out.response).toEqual({
      claimsOverrideDetails: {
        claimsToAddOrOverride: { tenant: 'acme', plan: 'pro' },
        claimsToSuppress: ['custom:plan'],
      },
    })
  })

  it('falls back to no workspace and the free plan', async () => {
    const out = await invoke(preTokenGenerationV1Handler, createEvent('TokenGeneration_RefreshTokens'))
    expect(out.response).toMatchObject({
      claimsOverrideDetails: { claimsToAddOrOverride: { tenant: 'none', plan: 'free' } },
    })
  })

  it('refuses a version 2 event: the pool would be configured for V2', async () => {
    const outcome = await invokeAsCognito(
      preTokenGenerationV1Handler as never,
      createEvent('TokenGeneration_Authentication', { version: '2' }),
    )
    expect(outcome).toMatchObject({ ok: false, error: { code: 'ERR_TRIGGER_VERSION_MISMATCH' } })
  })
})
