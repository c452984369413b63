import { describe, expect, it } from 'vitest'
import { addClaims, addScopes, overrideGroups, suppressClaims, suppressScopes } from '../src/index.js'
import { isTokenOverridePart, renderV1, renderV2 } from '../src/token-overrides.js'

describe('token override parts', () => {
  it('are plain data marked as parts, copying their inputs', () => {
    const scopes = ['a']
    const part = addScopes(scopes)
    scopes.push('b')
    expect(part.scopes).toEqual(['a'])
    expect(isTokenOverridePart(part)).toBe(true)
    expect(isTokenOverridePart({ scopes: ['a'] })).toBe(false)
    expect(JSON.stringify(addClaims({ idToken: { a: 'b' } }))).toBe('{"claims":{"idToken":{"a":"b"}}}')
  })

  it('render into the V2 shape, leaving out empty blocks and de-duplicating lists', () => {
    const rendered = renderV2([
      addClaims({ accessToken: { a: 1 } }),
      suppressClaims({ idToken: ['email'], accessToken: [] }),
      suppressClaims({ idToken: ['email'] }),
      addScopes(['s1']),
      addScopes(['s1', 's2']),
      suppressScopes([]),
    ])
    expect(rendered).toEqual({
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToSuppress: ['email'] },
        accessTokenGeneration: { claimsToAddOrOverride: { a: 1 }, scopesToAdd: ['s1', 's2'] },
      },
    })
    expect(renderV2([])).toEqual({ claimsAndScopeOverrideDetails: null })
  })

  it('render into the V1 shape; the last group override wins', () => {
    const issues: never[] = []
    const rendered = renderV1(
      [overrideGroups({ groupsToOverride: ['a'] }), overrideGroups({ groupsToOverride: ['b'], preferredRole: null })],
      issues,
    )
    expect(rendered).toEqual({
      claimsOverrideDetails: { groupOverrideDetails: { groupsToOverride: ['b'], preferredRole: null } },
    })
    expect(issues).toEqual([])
  })
})

describe('responses rendered from parts', () => {
  it('are checked with the same rules and paths as response objects', async () => {
    const { preTokenGeneration, validateTriggerResponse, TriggerValidationError } = await import('../src/index.js')
    const { createEvent, invoke } = await import('../src/testing/index.js')
    const event = createEvent('TokenGeneration_Authentication', { version: '2', callerContext: { clientId: 'web' } })
    const bad = [
      addClaims({
        idToken: { sub: 'x', email_verified: true, fine: 1 } as never,
        accessToken: { aud: 'other', 'cognito:roles': 'x', n: Number.NaN } as never,
      }),
      suppressClaims({ idToken: ['exp', 7] as never, accessToken: ['scope'] }),
      addScopes(['ok', 'not ok']),
      suppressScopes(['']),
      overrideGroups({ groupsToOverride: ['a', 1] as never, preferredRole: 2 as never }),
    ]
    const fromParts = (await invoke(
      preTokenGeneration.v2(() => bad),
      event,
    ).catch((e: unknown) => e)) as InstanceType<typeof TriggerValidationError>
    expect(fromParts).toBeInstanceOf(TriggerValidationError)
    const fromObject = validateTriggerResponse(event, renderV2(bad))
    expect(fromObject.success).toBe(false)
    const key = (i: { code: string; path: string }) => `${i.code} ${i.path}`
    expect(fromParts.issues.map(key).sort()).toEqual(fromObject.success ? [] : fromObject.error.issues.map(key).sort())
    expect(fromParts.issues.length).toBeGreaterThanOrEqual(10)
  })
})
