/** Seed § Attribute verification: keep the original email and phone until the new ones are verified. */
import { userPool } from '@cognito-kit/builder'

export const pools = {
  'attribute-verification': userPool('myuserpool', {
    signInAliases: { username: true },
    autoVerify: { email: true, phone: true },
    keepOriginal: { email: true, phone: true },
  }),
}
