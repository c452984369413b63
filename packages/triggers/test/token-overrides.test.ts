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
