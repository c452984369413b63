/**
 * Define auth challenge: `DefineAuthChallenge_Authentication`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import {
  type ChallengeResult,
  NEXT_CHALLENGE_NAMES,
  type NextChallengeName,
  sessionSchema,
} from './challenge-result.js'
import { customAuthRequestSchema } from './custom-auth-request.js'
import { envelopeSchema, type StringMap, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The define auth challenge trigger source. */
export type DefineAuthChallengeSource = 'DefineAuthChallenge_Authentication'

/**
 * A define auth challenge event: decide the next step of a custom-auth flow.
 *
 * @typeParam A - the pool's custom attributes
 */
export type DefineAuthChallengeEvent<A extends CustomAttributeTypes = CustomAttributeTypes> =
  TriggerEnvelope<DefineAuthChallengeSource> & {
    readonly request: {
      /** The user's attributes (`{}` when `userNotFound`). */
      readonly userAttributes: UserAttributes<A>
      /** The challenges so far, oldest first; empty on the first call of a `CUSTOM_CHALLENGE`-first flow. */
      readonly session: readonly ChallengeResult[]
      /** `ClientMetadata` of `RespondToAuthChallenge`. */
      readonly clientMetadata?: StringMap | null
      /** Sent when `PreventUserExistenceErrors` is enabled and the user does not exist. */
      readonly userNotFound?: boolean | null
    }
    /** Cognito's pre-filled response (all `null`). */
    readonly response?: unknown
  }

/** What a define auth challenge trigger answers: issue tokens, fail, or name the next challenge. */
export interface DefineAuthChallengeResponse {
  /**
   * The next challenge (`CUSTOM_CHALLENGE`, `PASSWORD_VERIFIER`, ...); only when the response
   * neither issues tokens nor fails.
   * @default null
   */
  readonly challengeName?: NextChallengeName | null | undefined
  /**
   * Issue tokens: the user is authenticated. Only after checking the whole session.
   * @default false
   */
  readonly issueTokens?: boolean | null | undefined
  /**
   * End the flow with a failure.
   * @default false
   */
  readonly failAuthentication?: boolean | null | undefined
}

interface DefineAuthChallengeSchemas {
  readonly event: z.ZodMiniType<DefineAuthChallengeEvent>
  readonly response: z.ZodMiniType<DefineAuthChallengeResponse>
}

/** The define auth challenge schemas (built on first use). */
export const defineAuthChallengeSchemas = /* @__PURE__ */ lazy((): DefineAuthChallengeSchemas => {
  const request = customAuthRequestSchema({ session: sessionSchema() })
  const event = envelopeSchema(
    'DefineAuthChallenge_Authentication',
    request,
  ) satisfies z.core.$ZodType<DefineAuthChallengeEvent>
  const flag = z.optional(z.nullable(z.boolean()))
  const known: readonly string[] = NEXT_CHALLENGE_NAMES
  const response = z
    .strictObject({
      // Checked below, with a message listing the names.
      challengeName: z.optional(z.nullable(z.string() as z.ZodMiniType<string> as z.ZodMiniType<NextChallengeName>)),
      issueTokens: flag,
      failAuthentication: flag,
    })
    .check((ctx) => {
      const r = ctx.value
      const report = (path: string[], rule: string, message: string) =>
        ctx.issues.push({ code: 'custom', input: r, path, params: { rule }, message })
      const next = r.challengeName
      if (typeof next === 'string' && !known.includes(next)) {
        report(
          ['challengeName'],
          'unknown_challenge',
          `must be a challenge Cognito can present next: ${NEXT_CHALLENGE_NAMES.join(', ')}`,
        )
      }
      if (r.issueTokens === true && r.failAuthentication === true) {
        report(
          ['failAuthentication'],
          'contradictory_decision',
          'issueTokens and failAuthentication cannot both be true',
        )
      } else if ((r.issueTokens === true || r.failAuthentication === true) && next !== null && next !== undefined) {
        report(
          ['challengeName'],
          'contradictory_decision',
          `must be null when the response ${r.issueTokens === true ? 'issues tokens' : 'fails authentication'}: Cognito presents no next challenge then`,
        )
      } else if (r.issueTokens !== true && r.failAuthentication !== true && !next) {
        report(
          [],
          'missing_decision',
          'must issue tokens, fail authentication or name the next challenge (challengeName)',
        )
      }
    }) satisfies z.core.$ZodType<DefineAuthChallengeResponse>
  return { event, response }
})
