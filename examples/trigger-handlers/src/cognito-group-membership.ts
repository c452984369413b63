/**
 * Group membership through the Cognito API (`AdminAddUserToGroup`), for the post confirmation
 * handler. The function's role needs `cognito-idp:AdminAddUserToGroup` on the pool.
 *
 * @module
 */
import {
  AdminAddUserToGroupCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider'

/** Adds users to groups. */
export interface GroupMembership {
  addUserToGroup(userPoolId: string, username: string, groupName: string): Promise<void>
}

/**
 * Group membership through a `CognitoIdentityProviderClient`.
 *
 * @example
 * ```ts
 * const groups = cognitoGroupMembership(new CognitoIdentityProviderClient({}))
 * await groups.addUserToGroup('eu-west-1_AbCdEf123', 'jane', 'members')
 * ```
 */
export function cognitoGroupMembership(client: Pick<CognitoIdentityProviderClient, 'send'>): GroupMembership {
  return {
    async addUserToGroup(userPoolId, username, groupName) {
      await client.send(
        new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: groupName }),
      )
    },
  }
}
