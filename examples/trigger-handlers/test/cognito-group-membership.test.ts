import { AdminAddUserToGroupCommand } from '@aws-sdk/client-cognito-identity-provider'
import { describe, expect, it } from 'vitest'
import { cognitoGroupMembership } from '../src/cognito-group-membership.js'

describe('cognitoGroupMembership', () => {
  it('sends AdminAddUserToGroup', async () => {
    const sent: unknown[] = []
    const groups = cognitoGroupMembership({ send: (async (command: unknown) => sent.push(command)) as never })
    await groups.addUserToGroup('eu-west-1_AbCdEf123', 'jane', 'members')
    expect(sent).toHaveLength(1)
    expect(sent[0]).toBeInstanceOf(AdminAddUserToGroupCommand)
    expect((sent[0] as AdminAddUserToGroupCommand).input).toEqual({
      UserPoolId: 'eu-west-1_AbCdEf123',
      Username: 'jane',
      GroupName: 'members',
    })
  })
})
