/**
 * Verify auth challenge response: the answer must equal the emailed code (compared in constant
 * time). An empty expected answer (unknown user) never matches.
 *
 * @module
 */
import { timingSafeEqual } from 'node:crypto'
import { verifyAuthChallengeResponse } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'

/**
 * The verify auth challenge response Lambda handler of the email one-time-code flow.
 *
 * @example
 * ```ts
 * export { verifyAuthChallengeResponseHandler as handler } from '@cognito-kit-examples/trigger-handlers'
 * ```
 */
export const verifyAuthChallengeResponseHandler = verifyAuthChallengeResponse.for<AppPoolDefinition>()(
  ({ request }) => {
    const expected = Buffer.from(request.privateChallengeParameters.answer ?? '', 'utf8')
    const given = Buffer.from(request.challengeAnswer.trim(), 'utf8')
    return expected.length > 0 && expected.length === given.length && timingSafeEqual(expected, given)
  },
)
