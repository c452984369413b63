import { createEvent, invoke } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { preTokenGenerationV2Handler } from '../src/pre-token-generation-v2-handler.js'

const event = (groups: string[], userAttributes: Record<string, string> = {}) =>
  createEvent('TokenGeneration_Authentication', {
    version: '2',
    request: { userAttributes, groupConfiguration: { groupsToOverride: groups } },
  })

describe('preTokenGenerationV2Handler', () => {
  it('gives members the reader role and the orders/read scope', async () => {
    const out = await invoke(preTokenGenerationV2Handler, event(['members'], { 'custom:tenant': 'acme' }))
    expect(out.response).toEqual({
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: { tenant: 'acme', plan: 'free' } },
        accessTokenGeneration: {
          claimsToAddOrOverride: { tenant: 'acme', roles: ['reader'] },
          scopesToAdd: ['orders/read'],
        },
      },
    })
  })

  it('merges the roles of several groups, without the scope for non-members', async () => {
    const out = await invoke(preTokenGenerationV2Handler, event(['admins', 'ops']))
    const access = (
      out.response as { claimsAndScopeOverrideDetails: { accessTokenGeneration: Record<string, unknown> } }
    ).claimsAndScopeOverrideDetails.accessTokenGeneration
    expect(access.claimsToAddOrOverride).toEqual({ tenant: 'none', roles: ['admin', 'editor', 'reader'] })
    expect(access).not.toHaveProperty('scopesToAdd')
  })
})
