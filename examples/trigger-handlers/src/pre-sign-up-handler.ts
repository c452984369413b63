/**
 * Pre sign-up: who may sign up. Self sign-ups need a workspace (`custom:tenant`) and an address
 * outside the blocked domains; users from a federated IdP get their email marked verified.
 *
 * @module
 */
import { autoVerifyEmail, deny, preSignUp } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'

/** Email domains that may not sign up (throwaway inboxes). */
export const BLOCKED_EMAIL_DOMAINS: readonly string[] = ['mailinator.com', 'example.net']

/**
 * The pre sign-up Lambda handler of the example app pool.
 *
 * @example
 * ```ts
 * // handler entry of the example-app-pre-sign-up function
 * export { preSignUpHandler as handler } from '@cognito-kit-examples/trigger-handlers'
 * ```
 */
export const preSignUpHandler = preSignUp.for<AppPoolDefinition>()((event) => {
  const attributes = event.request.userAttributes
  const domain = attributes.email?.slice(attributes.email.lastIndexOf('@') + 1).toLowerCase()
  if (domain !== undefined && BLOCKED_EMAIL_DOMAINS.includes(domain)) {
    return deny(`Sign-up is not possible with an address at ${domain}`)
  }
  switch (event.triggerSource) {
    case 'PreSignUp_SignUp':
      return attributes['custom:tenant'] ? undefined : deny('Choose a workspace (custom:tenant) to sign up')
    case 'PreSignUp_ExternalProvider':
      // The IdP has verified the address; Cognito confirms federated users itself.
      return attributes.email ? autoVerifyEmail() : undefined
    case 'PreSignUp_AdminCreateUser':
      return undefined
  }
})
