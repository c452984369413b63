/**
 * Create auth challenge: emails a six-digit code for the passwordless flow. The code is created
 * once per sign-in and kept in the challenge metadata, so a wrong answer does not invalidate the
 * email the user already has.
 *
 * @module
 */
import { randomInt } from 'node:crypto'
import { createAuthChallenge } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'

/** What the create auth challenge handler needs. */
export interface CreateAuthChallengeDependencies {
  /** Delivers the code (SES, a queue, ...). Not called for unknown users. */
  sendCode(email: string, code: string): void | Promise<void>
  /**
   * Makes a new code.
   * @default - six random digits from `node:crypto`
   */
  readonly generateCode?: () => string
}

const METADATA = /^EMAIL_CODE-(\d{6})$/

/**
 * Six random digits, from `node:crypto`.
 *
 * @example
 * ```ts
 * createAuthChallengeHandler({ sendCode, generateCode: randomCode })
 * ```
 */
export function randomCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

/**
 * Builds the create auth challenge Lambda handler of the email one-time-code flow.
 *
 * @example
 * ```ts
 * export const handler = createAuthChallengeHandler({ sendCode: (email, code) => mailer.send(email, `Your code: ${code}`) })
 * ```
 */
export function createAuthChallengeHandler(dependencies: CreateAuthChallengeDependencies) {
  const generate = dependencies.generateCode ?? randomCode
  return createAuthChallenge.for<AppPoolDefinition>()(async ({ request }) => {
    const email = request.userAttributes.email
    if (request.userNotFound === true || email === undefined) {
      // Present a challenge no answer can meet; send nothing.
      return {
        publicChallengeParameters: { delivery: 'EMAIL' },
        privateChallengeParameters: { answer: '' },
        challengeMetadata: 'EMAIL_CODE-NONE',
      }
    }
    let code: string | undefined
    for (const step of request.session) code = METADATA.exec(step.challengeMetadata ?? '')?.[1] ?? code
    if (code === undefined) {
      code = generate()
      await dependencies.sendCode(email, code)
    }
    const [name = '', domain = ''] = email.split('@')
    return {
      publicChallengeParameters: { delivery: 'EMAIL', destination: `${name.slice(0, 1)}***@${domain}` },
      privateChallengeParameters: { answer: code },
      challengeMetadata: `EMAIL_CODE-${code}`,
    }
  })
}
