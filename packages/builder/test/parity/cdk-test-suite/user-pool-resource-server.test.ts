/** The CDK's `user-pool-resource-server.test.ts`, replayed through the builder's public API. */
import { describe, it } from 'vitest'
import { expectParity } from '../support/parity.js'
import { mirror } from './support/mirror.js'

describe('CDK user-pool-resource-server.test.ts', () => {
  it('a server with only an identifier is named after it', () => {
    expectParity(mirror((p) => p.resourceServer('Server', { identifier: 'users' }, true), { standalone: ['Server'] }))
  })

  it('a server with its own name', () => {
    expectParity(
      mirror(
        (p) => p.resourceServer('Server', { userPoolResourceServerName: 'internal-users', identifier: 'users' }, true),
        { standalone: ['Server'] },
      ),
    )
  })

  it('a server with a scope given as a plain object', () => {
    expectParity(
      mirror(
        (p) =>
          p.resourceServer(
            'Server',
            { identifier: 'users', scopes: [{ scopeName: 'read', scopeDescription: 'read only access' }] },
            true,
          ),
        { standalone: ['Server'] },
      ),
    )
  })
})
