/** Catalogue §1.10, §3.9 and the CDK's group tests (§4.5). */
import { describe, it } from 'vitest'
import { type PoolSide, scenario } from './resource-sides.js'
import { expectParity } from './support/parity.js'

const rows: readonly (readonly [string, (p: PoolSide) => void])[] = [
  [
    '§3.9 a group with every setting and a bare one',
    (p) => {
      p.group('Admins', { groupName: 'admins', description: 'Admin users', precedence: 0, role: p.s.role('R') })
      p.group('G2', {})
    },
  ],
  ['no options at all', (p) => p.group('G')],
  ['an imported role', (p) => p.group('G', { role: p.s.roleArn('arn:aws:iam::111111111111:role/readers') })],
  [
    'precedence 2^31-1 and a 2048-character description',
    (p) => p.group('G', { precedence: 2 ** 31 - 1, description: 'd'.repeat(2048) }),
  ],
  ['a 128-character name with symbols', (p) => p.group('G', { groupName: `${'g'.repeat(120)}-_.@+=!#` })],
]

describe('groups: identical to the CDK', () => {
  it.each(rows)('%s', (_name, build) => expectParity(scenario(build)))
})
