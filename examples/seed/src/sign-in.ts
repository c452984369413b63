/** Seed § Sign In: aliases and auto-verification. */
import { userPool } from '@cognito-kit/builder'

export const pools = {
  'sign-in-aliases': userPool('myuserpool', {
    signInAliases: { username: true, email: true },
  }),
  'sign-in-auto-verify': userPool('myuserpool', {
    signInAliases: { username: true, email: true },
    autoVerify: { email: true, phone: true },
  }),
}
