/**
 * Verify auth challenge response: `VerifyAuthChallengeResponse_Authentication`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { jsonProblem } from '../internal/json-problem.js'
import { lazy } from '../internal/lazy.js'
import { customAuthRequestSchema } from './custom-auth-request.js'
import { envelopeSchema, mapValueText, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
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
      /**
       * The user's answer: the `ANSWER` of `RespondToAuthChallenge`. Always a string (an answer
       * some fixtures write as a JSON object or a number reads as its JSON text).
       */
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

/** Reports a missing or `null` answer, or one that is not JSON. */
function answerCheck(ctx: z.core.ParsePayload<unknown>): void {
  const v = ctx.value
  if (v === null || v === undefined || (typeof v !== 'string' && jsonProblem(v) !== undefined))
    ctx.issues.push({ code: 'invalid_type', expected: 'string', input: v })
}

/** The answer as handlers read it: the string, or the JSON text of another value. */
function answerText(answer: unknown): string {
  return typeof answer === 'string' ? answer : mapValueText(answer)
}

interface VerifyAuthChallengeResponseSchemas {
  readonly event: z.ZodMiniType<VerifyAuthChallengeResponseEvent>
  readonly response: z.ZodMiniType<VerifyAuthChallengeResponseResponse>
}

/** The verify auth challenge response schemas (built on first use). */
export const verifyAuthChallengeResponseSchemas = /* @__PURE__ */ lazy((): VerifyAuthChallengeResponseSchemas => {
  const b = schemaBlocks()
  const request = customAuthRequestSchema({
    privateChallengeParameters: b.attributes,
    challengeAnswer: z.pipe(z.unknown().check(answerCheck), z.transform(answerText)),
  })
  const event = envelopeSchema(
    'VerifyAuthChallengeResponse_Authentication',
    request,
  ) satisfies z.core.$ZodType<VerifyAuthChallengeResponseEvent>
  const response = z.strictObject({
    answerCorrect: z.boolean(),
  }) satisfies z.core.$ZodType<VerifyAuthChallengeResponseResponse>
  return { event, response }
})
