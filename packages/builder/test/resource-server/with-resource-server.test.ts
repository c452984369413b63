import { describe, expect, it } from 'vitest'
import {
  DefinitionValidationError,
  fromUserPoolResourceServerId,
  ResourceServerScope,
  userPool,
} from '../../src/index.js'

function issuesOf(fn: () => unknown): { path: string; rule: string }[] {
  try {
    fn()
  } catch (e) {
    if (e instanceof DefinitionValidationError) return e.issues.map(({ path, rule }) => ({ path, rule }))
    throw e
  }
  throw new Error('no error thrown')
}

describe('withResourceServer', () => {
  it('returns a new frozen builder and leaves the original unchanged', () => {
    const before = userPool('P')
    const after = before.withResourceServer('Api', {
      identifier: 'users',
      scopes: [new ResourceServerScope({ scopeName: 'read', scopeDescription: 'r' })],
    })
    expect(Object.isFrozen(after)).toBe(true)
    expect(before.toDefinition().resourceServers).toEqual({})
    expect(after.toDefinition().resourceServers.Api).toEqual({
      identifier: 'users',
      scopes: [{ scopeName: 'read', scopeDescription: 'r' }],
    })
  })

  it.each([
    [
      'an identifier with a space',
      { identifier: 'my api' },
      'resourceServers.R.identifier',
      'ResourceServerIdentifierInvalid',
    ],
    [
      'an identifier with a double quote',
      { identifier: 'a"b' },
      'resourceServers.R.identifier',
      'ResourceServerIdentifierInvalid',
    ],
    ['an empty identifier', { identifier: '' }, 'resourceServers.R.identifier', 'ResourceServerIdentifierInvalid'],
    [
      'a name with a slash',
      { identifier: 'api', userPoolResourceServerName: 'a/b' },
      'resourceServers.R.userPoolResourceServerName',
      'ResourceServerNameInvalid',
    ],
    [
      'a scope name with a slash',
      { identifier: 'api', scopes: [{ scopeName: 'a/b', scopeDescription: 'd' }] },
      'resourceServers.R.scopes.0.scopeName',
      'ScopeNameInvalid',
    ],
    [
      'an empty scope description',
      { identifier: 'api', scopes: [{ scopeName: 'a', scopeDescription: '' }] },
      'resourceServers.R.scopes.0.scopeDescription',
      'ScopeDescriptionLength',
    ],
    [
      'a duplicate scope',
      {
        identifier: 'api',
        scopes: [
          { scopeName: 'a', scopeDescription: 'd' },
          { scopeName: 'a', scopeDescription: 'e' },
        ],
      },
      'resourceServers.R.scopes.1.scopeName',
      'DuplicateScope',
    ],
    [
      '101 scopes',
      {
        identifier: 'api',
        scopes: Array.from({ length: 101 }, (_, i) => ({ scopeName: `s${i}`, scopeDescription: 'd' })),
      },
      'resourceServers.R.scopes',
      'TooManyScopes',
    ],
  ] as const)('rejects %s (service limits the CDK misses)', (_name, options, path, rule) => {
    expect(issuesOf(() => userPool('P').withResourceServer('R', options as any))).toContainEqual({ path, rule })
  })

  it('identifiers are unique in a pool', () => {
    const pool = userPool('P')
      .withResourceServer('A', { identifier: 'api' })
      .withResourceServer('B', { identifier: 'api' })
    expect(pool.validate().issues).toEqual([
      expect.objectContaining({ path: 'resourceServers.B.identifier', rule: 'DuplicateResourceServerIdentifier' }),
    ])
  })

  it('fromUserPoolResourceServerId imports a server by identifier', () => {
    const s = fromUserPoolResourceServerId('users')
    expect(s.userPoolResourceServerId).toBe('users')
    expect(() => s.userPoolId).toThrowError(expect.objectContaining({ code: 'ERR_NOT_AVAILABLE' }))
  })
})
