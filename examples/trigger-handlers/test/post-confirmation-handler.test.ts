import { createEvent, invoke } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import type { GroupMembership } from '../src/cognito-group-membership.js'
import { postConfirmationHandler } from '../src/post-confirmation-handler.js'

function recordingGroups() {
  const added: [string, string, string][] = []
  const groups: GroupMembership = {
    addUserToGroup: async (pool, user, group) => {
      added.push([pool, user, group])
    },
  }
  return { added, groups }
}

describe('postConfirmationHandler', () => {
  it('puts a newly confirmed user in the members group', async () => {
    const { added, groups } = recordingGroups()
    const event = createEvent('PostConfirmation_ConfirmSignUp')
    const out = await invoke(postConfirmationHandler({ groups }), event)
    expect(added).toEqual([[event.userPoolId, event.userName, 'members']])
    expect(out.response).toEqual({})
  })

  it('uses the configured group', async () => {
    const { added, groups } = recordingGroups()
    await invoke(postConfirmationHandler({ groups, groupName: 'beta' }), createEvent('PostConfirmation_ConfirmSignUp'))
    expect(added.map(([, , group]) => group)).toEqual(['beta'])
  })

  it('does nothing after a password reset', async () => {
    const { added, groups } = recordingGroups()
    await invoke(postConfirmationHandler({ groups }), createEvent('PostConfirmation_ConfirmForgotPassword'))
    expect(added).toEqual([])
  })

  it('fails the confirmation when the group cannot be joined', async () => {
    const groups: GroupMembership = {
      addUserToGroup: async () => {
        throw new Error('ResourceNotFoundException: Group not found')
      },
    }
    await expect(
      invoke(postConfirmationHandler({ groups }), createEvent('PostConfirmation_ConfirmSignUp')),
    ).rejects.toThrow('Group not found')
  })
})
