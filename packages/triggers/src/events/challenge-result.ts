import * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import { schemaBlocks } from './trigger-envelope.js'

/**
 * A challenge name in a custom-auth session or response. Open: Cognito adds challenges over time.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export type ChallengeName =
  | 'CUSTOM_CHALLENGE'
  | 'SRP_A'
  | 'PASSWORD_VERIFIER'
  | 'SMS_MFA'
  | 'EMAIL_OTP'
  | 'SOFTWARE_TOKEN_MFA'
  | 'DEVICE_SRP_AUTH'
  | 'DEVICE_PASSWORD_VERIFIER'
  | 'ADMIN_NO_SRP_AUTH'
  | (string & {})

/**
 * The challenges a define auth challenge trigger can name as the next step of a custom-auth flow
 * (`CUSTOM_CHALLENGE`, or `PASSWORD_VERIFIER` after `SRP_A`, ...). Another name fails the sign-in.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export const NEXT_CHALLENGE_NAMES = [
  'CUSTOM_CHALLENGE',
  'PASSWORD_VERIFIER',
  'SRP_A',
  'SMS_MFA',
  'EMAIL_OTP',
  'SOFTWARE_TOKEN_MFA',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
  'ADMIN_NO_SRP_AUTH',
] as const

/** A challenge a define auth challenge response can name (see {@link NEXT_CHALLENGE_NAMES}). */
export type NextChallengeName = (typeof NEXT_CHALLENGE_NAMES)[number]

/** One step of a custom-auth session. */
export interface ChallengeResult {
  /** The challenge presented. */
  readonly challengeName: ChallengeName
  /** Whether the user answered it correctly. */
  readonly challengeResult: boolean
  /** What create-auth-challenge set as `challengeMetadata`; `null` for built-in challenges. */
  readonly challengeMetadata?: string | null
}

/**
 * `request.session`: empty on the first call of a flow that starts with `CUSTOM_CHALLENGE` (a
 * missing or `null` session reads as empty too).
 */
export const sessionSchema = /* @__PURE__ */ lazy((): z.ZodMiniType<readonly ChallengeResult[], unknown> => {
  const b = schemaBlocks()
  const step = z.looseObject({
    challengeName: b.string,
    challengeResult: z.boolean(),
    challengeMetadata: b.optionalString,
  }) satisfies z.core.$ZodType<ChallengeResult>
  return z.pipe(
    z.optional(z.nullable(z.array(step))),
    z.transform((steps): readonly ChallengeResult[] => steps ?? []),
  )
})
