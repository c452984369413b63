/** Seed § Deletion protection. */
import { userPool } from '@cognito-kit/builder'

export const pools = {
  'deletion-protection': userPool('UserPool', {
    deletionProtection: true,
  }),
}
