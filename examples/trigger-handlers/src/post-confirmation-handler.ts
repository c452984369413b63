/**
 * Post confirmation: every user who confirms their sign-up joins the `members` group (the group
 * shows in their tokens as `cognito:groups` from the next sign-in on). A confirmed password reset
 * changes nothing.
 *
 * @module
 */
import { postConfirmation } from '@cognito-kit/triggers'
import { type AppPoolDefinition, MEMBERS_GROUP } from './app-pool.js'
import type { GroupMembership } from './cognito-group-membership.js'

/** What the post confirmation handler needs. */
export interface PostConfirmationDependencies {
  /** Adds users to groups, e.g. `cognitoGroupMembership(client)`. */
  readonly groups: GroupMembership
  /**
   * The group new users join.
   * @default 'members'
   */
  readonly groupName?: string
}

/**
 * Builds the post confirmation Lambda handler of the example app pool.
 *
 * @example
 * ```ts
 * const client = new CognitoIdentityProviderClient({})
 * export const handler = postConfirmationHandler({ groups: cognitoGroupMembership(client) })
 * ```
 */
export function postConfirmationHandler(dependencies: PostConfirmationDependencies) {
  const groupName = dependencies.groupName ?? MEMBERS_GROUP
  return postConfirmation.for<AppPoolDefinition>()(async (event) => {
    if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp') return
    await dependencies.groups.addUserToGroup(event.userPoolId, event.userName, groupName)
  })
}
