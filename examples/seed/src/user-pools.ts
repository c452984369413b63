/** Seed § User Pools. */
import { userPool } from '@cognito-kit/builder'

export const pools = {
  'user-pools-name': userPool('myuserpool', {
    userPoolName: 'myawesomeapp-userpool',
    signInCaseSensitive: false, // case insensitive is preferred in most situations
  }),
}

/** `userPool.grant(role, 'cognito-idp:AdminCreateUser')`: the statement to put in the role's policy. */
export const grants = {
  'user-pools-grant': userPool('myuserpool')
    .ref({ logicalIds: 'cdk', stackId: 'Seed' })
    .grant('cognito-idp:AdminCreateUser'),
}
