/**
 * Define auth challenge: passwordless sign-in with a one-time code sent by email (`CUSTOM_AUTH`).
 * The user gets up to three attempts. Unknown users are challenged like known ones (no code is
 * sent and no answer is right), so the flow does not reveal who has an account.
 *
 * @module
 */
import { defineAuthChallenge, failAuthentication, issueTokens, presentChallenge } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'

/** Wrong answers allowed before the sign-in fails. */
export const MAX_CODE_ATTEMPTS = 3

/**
 * The define auth challenge Lambda handler of the email one-time-code flow.
 *
 * @example
 * ```ts
 * export { defineAuthChallengeHandler as handler } from '@cognito-kit-examples/trigger-handlers'
 * ```
 */
export const defineAuthChallengeHandler = defineAuthChallenge.for<AppPoolDefinition>()(({ request }) => {
  const attempts = request.session.filter((step) => step.challengeName === 'CUSTOM_CHALLENGE')
  // Anything but our own challenge in the session (SRP, a password) is not this flow.
  if (attempts.length !== request.session.length) return failAuthentication()
  if (attempts.at(-1)?.challengeResult === true) return issueTokens()
  return attempts.length >= MAX_CODE_ATTEMPTS ? failAuthentication() : presentChallenge('CUSTOM_CHALLENGE')
})
