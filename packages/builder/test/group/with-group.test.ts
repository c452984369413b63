import { describe, expect, it } from 'vitest'
import { DefinitionValidationError, fromGroupName, userPool } from '../../src/index.js'

describe('withGroup', () => {
  it('returns a new frozen builder and leaves the original unchanged', () => {
    const before = userPool('P')
    const after = before.withGroup('Admins', {
      groupName: 'admins',
      precedence: 1,
      role: 'arn:aws:iam::111111111111:role/admins',
    })
    expect(Object.isFrozen(after)).toBe(true)
    expect(before.toDefinition().groups).toEqual({})
    expect(after.toDefinition().groups.Admins).toEqual({
      groupName: 'admins',
      precedence: 1,
      role: 'arn:aws:iam::111111111111:role/admins',
    })
    expect(Object.isFrozen(after.toDefinition().groups.Admins)).toBe(true)
  })

  it('group names are unique in a pool; precedence is a whole number', () => {
    const pool = userPool('P').withGroup('A', { groupName: 'admins' }).withGroup('B', { groupName: 'admins' })
    expect(pool.validate().issues).toEqual([
      expect.objectContaining({ path: 'groups.B.groupName', rule: 'DuplicateGroupName' }),
    ])
    expect(() => userPool('P').withGroup('G', { precedence: 1.5 })).toThrowError(DefinitionValidationError)
  })

  it('a literal role must be an IAM role ARN (the CDK imports it with Role.fromRoleArn); intrinsics pass', () => {
    expect(() => userPool('P').withGroup('G', { role: 'admins-role' })).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: 'groups.G.role', rule: 'RoleArnInvalid' })],
      }),
    )
    expect(() => userPool('P').withGroup('G', { role: { 'Fn::ImportValue': 'AdminsRoleArn' } })).not.toThrow()
  })

  it('a wrong type from JavaScript fails with the path of the setting', () => {
    expect(() => userPool('P').withGroup('G', { precedence: '1' as any })).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: 'groups.G.precedence', rule: 'Schema.invalid_type' })],
      }),
    )
  })

  it('fromGroupName imports a group by name', () => {
    const g = fromGroupName('admins')
    expect(g.groupName).toBe('admins')
    expect(() => g.userPoolId).toThrowError(expect.objectContaining({ code: 'ERR_NOT_AVAILABLE' }))
  })
})
