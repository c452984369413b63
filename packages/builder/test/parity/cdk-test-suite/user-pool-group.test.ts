/** The CDK's `user-pool-group.test.ts`, replayed through the builder's public API. */
import { describe, expect, it } from 'vitest'
import { expectParity } from '../support/parity.js'
import { expectSameRefusal, mirror, refusals } from './support/mirror.js'

describe('CDK user-pool-group.test.ts', () => {
  it('a group with every setting, created with its own constructor', () => {
    expectParity(
      mirror(
        (p) =>
          p.group(
            'UserPoolGroup',
            {
              description: 'test description',
              groupName: 'test-group-name',
              precedence: 1,
              role: p.a.role('Role'),
            },
            true,
          ),
        { standalone: ['UserPoolGroup'] },
      ),
    )
  })

  it('a group added with addGroup and no options', () => {
    expectParity(mirror((p) => p.group('Group', {})))
  })

  it('a description over 2048 characters is refused', () => {
    const r = refusals((p) => p.group('UserPoolGroup', { description: 'a'.repeat(2049) }, true))
    expectSameRefusal(r, 'groups.UserPoolGroup.description')
    expect(r.ours[0]?.message).toContain('2049')
  })

  it.each([-1, 2 ** 31])('a precedence outside 0..2^31-1 is refused (%s)', (precedence) => {
    expectSameRefusal(
      refusals((p) => p.group('UserPoolGroup', { precedence }, true)),
      'groups.UserPoolGroup.precedence',
    )
  })

  it.each(['', 'a'.repeat(149), 'include space name'])('an invalid group name is refused (%j)', (groupName) => {
    expectSameRefusal(
      refusals((p) => p.group('UserPoolGroup', { groupName }, true)),
      'groups.UserPoolGroup.groupName',
    )
  })
})
