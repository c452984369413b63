/** Catalogue §1.9, §3.7 and the CDK's resource-server tests (§4.6). */
import { describe, expect, it } from 'vitest'
import { cdkLogicalId } from '../../src/internal/logical-id.js'
import { expectParityExcept, type PoolSide, scenario } from './resource-sides.js'
import { expectParity } from './support/parity.js'

const rows: readonly (readonly [string, (p: PoolSide) => void])[] = [
  ['default setup (no scopes)', (p) => void p.resourceServer('Server', { identifier: 'users' })],
  [
    'a custom name',
    (p) => void p.resourceServer('Server', { identifier: 'users', userPoolResourceServerName: 'internal-users' }),
  ],
  [
    'scopes',
    (p) =>
      void p.resourceServer('Server', {
        identifier: 'users',
        scopes: [
          new p.s.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read-only access' }),
          new p.s.ResourceServerScope({ scopeName: '*', scopeDescription: 'Full access' }),
        ],
      }),
  ],
  [
    'plain-object scopes and a URL identifier',
    (p) =>
      void p.resourceServer('Server', {
        identifier: 'https://api.example.com',
        scopes: [{ scopeName: 'orders.read', scopeDescription: 'Read orders' }],
      }),
  ],
  [
    '§3.7 resource server and a machine-to-machine client',
    (p) => {
      const read = new p.s.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read access' })
      const write = new p.s.ResourceServerScope({ scopeName: 'write', scopeDescription: 'Write access' })
      const rs = p.resourceServer('Api', { identifier: 'api', scopes: [read, write] })
      p.client('M2M', {
        generateSecret: true,
        oAuth: { flows: { clientCredentials: true }, scopes: [p.s.OAuthScope.resourceServer(rs, read)] },
      })
    },
  ],
  [
    'a URL identifier in a client scope',
    (p) => {
      const read = new p.s.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read access' })
      const rs = p.resourceServer('Api', { identifier: 'https://api.example.com/v1', scopes: [read] })
      p.client('Web', { oAuth: { scopes: [p.s.OAuthScope.resourceServer(rs, read), p.s.OAuthScope.OPENID] } })
    },
  ],
]

describe('resource servers: identical to the CDK', () => {
  it.each(rows)('%s', (_name, build) => expectParity(scenario(build)))
})

describe('resource servers: deliberate deviations (DEVIATIONS.md)', () => {
  it('R8: scopes: [] leaves Scopes out (the CDK emits Scopes: [])', () => {
    const id = cdkLogicalId(['P', 'Server', 'Resource'])
    expectParityExcept(
      scenario((p) => void p.resourceServer('Server', { identifier: 'users', scopes: [] })),
      (r) => {
        expect(r[id].Properties.Scopes).toEqual([])
        delete r[id].Properties.Scopes
        return r
      },
    )
  })
})
