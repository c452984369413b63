/** JavaScript callers passing the wrong kind of value get a typed error naming the setting, not a TypeError. */
import { describe, expect, it } from 'vitest'
import { DefinitionValidationError, userPool } from '../../src/index.js'

const cases: readonly (readonly [string, () => unknown, string])[] = [
  [
    'a number for a Duration',
    () => userPool('P').withClient('C', { idTokenValidity: 60 as any }),
    'clients.C.idTokenValidity',
  ],
  [
    'a plain list for ClientAttributes',
    () => userPool('P').withClient('C', { readAttributes: ['email'] as any }),
    'clients.C.readAttributes',
  ],
  [
    'a callback returning something else',
    () => userPool('P').withClient('C', { writeAttributes: (() => 'email') as any }),
    'clients.C.writeAttributes',
  ],
  ['a string for client options', () => userPool('P').withClient('C', 'web' as any), 'clients.C'],
  ['null for domain options', () => userPool('P').withDomain('D', null as any), 'domains.D'],
  ['an array for resource-server options', () => userPool('P').withResourceServer('R', [] as any), 'resourceServers.R'],
  ['a number for group options', () => userPool('P').withGroup('G', 1 as any), 'groups.G'],
  [
    'no identity-provider props',
    () => userPool('P').withIdentityProvider('amazon', 'A', undefined as any),
    'identityProviders.A',
  ],
  [
    'no branding options',
    () => userPool('P').withManagedLoginBranding('B', undefined as any),
    'extras.managedLoginBrandings.B',
  ],
  ['no risk options', () => userPool('P').withRiskConfiguration('R', undefined as any), 'extras.riskConfigurations.R'],
  ['no log-delivery options', () => userPool('P').withLogDelivery(undefined as any), 'extras.logDelivery'],
]

describe('wrong kinds of values', () => {
  it.each(cases)('%s', (_name, call, path) => {
    expect(call).toThrowError(DefinitionValidationError)
    expect(call).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path, rule: 'Schema.invalid_type' })] }),
    )
  })
})
