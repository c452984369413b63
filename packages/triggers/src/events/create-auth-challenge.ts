/**
 * Create auth challenge: `CreateAuthChallenge_Authentication`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import { type ChallengeName, type ChallengeResult, sessionSchema } from './challenge-result.js'
import { customAuthRequestSchema } from './custom-auth-request.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The create auth challenge trigger source. */
export type CreateAuthChallengeSource = 'CreateAuthChallenge_Authentication'

/**
 * A create auth challenge event: build the challenge define-auth-challenge chose.
 *
 * @typeParam A - the pool's custom attributes
 */
export type CreateAuthChallengeEvent<A extends CustomAttributeTypes = CustomAttributeTypes> =
  TriggerEnvelope<CreateAuthChallengeSource> & {
    readonly request: {
      /** The user's attributes (`{}` when `userNotFound`). */
      readonly userAttributes: UserAttributes<A>
      /** The challenge to create (what define-auth-challenge returned). */
      readonly challengeName: ChallengeName
      /** The challenges so far, oldest first. */
      readonly session: readonly ChallengeResult[]
      /** `ClientMetadata` of `RespondToAuthChallenge`. */
      readonly clientMetadata?: StringMap | null
      /** Sent when `PreventUserExistenceErrors` is enabled and the user does not exist. */
      readonly userNotFound?: boolean | null
    }
    /** Cognito's pre-filled response (all `null`). */
    readonly response?: unknown
  }

/** What a create auth challenge trigger answers. */
export interface CreateAuthChallengeResponse {
  /**
   * Sent to the client as `ChallengeParameters` (never put the answer here).
   * @default null
   */
  readonly publicChallengeParameters?: StringMap | null | undefined
  /**
   * Passed only to verify-auth-challenge-response (the expected answer goes here).
   * @default null
   */
  readonly privateChallengeParameters?: StringMap | null | undefined
  /**
   * Recorded as `challengeMetadata` in later `session` entries.
   * @default null
   */
  readonly challengeMetadata?: string | null | undefined
}

interface CreateAuthChallengeSchemas {
  readonly event: z.ZodMiniType<CreateAuthChallengeEvent>
  readonly response: z.ZodMiniType<CreateAuthChallengeResponse>
}

/** The create auth challenge schemas (built on first use). */
export const createAuthChallengeSchemas = /* @__PURE__ */ lazy((): CreateAuthChallengeSchemas => {
  const b = schemaBlocks()
  const request = customAuthRequestSchema({ challengeName: b.string, session: sessionSchema() })
  const event = envelopeSchema(
    'CreateAuthChallenge_Authentication',
    request,
  ) satisfies z.core.$ZodType<CreateAuthChallengeEvent>
  const parameters = z.optional(z.nullable(b.stringMap))
  const response = z.strictObject({
    publicChallengeParameters: parameters,
    privateChallengeParameters: parameters,
    challengeMetadata: z.optional(z.nullable(b.string)),
  }) satisfies z.core.$ZodType<CreateAuthChallengeResponse>
  return { event, response }
})
