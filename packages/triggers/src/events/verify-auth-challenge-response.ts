/**
 * Verify auth challenge response: `VerifyAuthChallengeResponse_Authentication`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The verify auth challenge response trigger source (the docs' table misspells it). */
export type VerifyAuthChallengeResponseSource = 'VerifyAuthChallengeResponse_Authentication'

/**
 * A verify auth challenge response event: check the user's answer.
 *
 * @typeParam A - the pool's custom attributes
 */
export type VerifyAuthChallengeResponseEvent<A extends CustomAttributeTypes = CustomAttributeTypes> =
  TriggerEnvelope<VerifyAuthChallengeResponseSource> & {
    readonly request: {
      /** The user's attributes (`{}` when `userNotFound`). */
      readonly userAttributes: UserAttributes<A>
      /** What create-auth-challenge put in `privateChallengeParameters` (`{}` when it set none). */
      readonly privateChallengeParameters: StringMap
      /** The user's answer. */
      readonly challengeAnswer: string
      /** `ClientMetadata` of `RespondToAuthChallenge`. */
      readonly clientMetadata?: StringMap | null
      /** Sent when `PreventUserExistenceErrors` is enabled and the user does not exist. */
      readonly userNotFound?: boolean | null
    }
    /** Cognito's pre-filled response (`answerCorrect: null`). */
    readonly response?: unknown
  }

/** What a verify auth challenge response trigger answers. */
export interface VerifyAuthChallengeResponseResponse {
  /** Whether the answer is correct. Required. */
  readonly answerCorrect: boolean
}

interface VerifyAuthChallengeResponseSchemas {
  readonly event: z.ZodMiniType<VerifyAuthChallengeResponseEvent>
  readonly response: z.ZodMiniType<VerifyAuthChallengeResponseResponse>
}

let cache: VerifyAuthChallengeResponseSchemas | undefined

/** The verify auth challenge response schemas (built on first use). */
export function verifyAuthChallengeResponseSchemas(): VerifyAuthChallengeResponseSchemas {
  if (cache) return cache
  const b = schemaBlocks()
  const request = z.looseObject({
    userAttributes: b.attributes,
    privateChallengeParameters: b.attributes,
    challengeAnswer: b.string,
    clientMetadata: b.optionalStringMap,
    userNotFound: b.optionalBoolean,
  })
  const event = envelopeSchema(
    'VerifyAuthChallengeResponse_Authentication',
    request,
  ) satisfies z.core.$ZodType<VerifyAuthChallengeResponseEvent>
  const response = z.strictObject({
    answerCorrect: z.boolean(),
  }) satisfies z.core.$ZodType<VerifyAuthChallengeResponseResponse>
  cache = { event, response }
  return cache
}
