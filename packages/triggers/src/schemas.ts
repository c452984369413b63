/**
 * `@cognito-kit/triggers/schemas`: the zod (v4, `zod/mini`) schema of every trigger event, per
 * trigger source and per trigger, and of every response. Input schemas accept what Cognito really
 * sends (nulls, `CLIENT_ID_NOT_APPLICABLE`, no `response` for custom senders, unknown keys kept);
 * response schemas are strict and carry the rules that need no event (reserved claims, V1 string
 * claims, lengths, scopes, group overrides). `validateTriggerResponse` adds the event-dependent rules.
 *
 * The schemas are built when this module loads; the wrappers build only the ones they use.
 *
 * @example
 * ```ts
 * import { eventSchemas } from '@cognito-kit/triggers/schemas'
 * const result = eventSchemas.PreSignUp_SignUp.safeParse(input)
 * ```
 *
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type * as z from 'zod/mini'
import { createAuthChallengeSchemas } from './events/create-auth-challenge.js'
import { customEmailSenderSchemas } from './events/custom-email-sender.js'
import { customMessageSchemas } from './events/custom-message.js'
import { customSmsSenderSchemas } from './events/custom-sms-sender.js'
import { defineAuthChallengeSchemas } from './events/define-auth-challenge.js'
import { inboundFederationSchemas } from './events/inbound-federation.js'
import { postAuthenticationSchemas } from './events/post-authentication.js'
import { postConfirmationSchemas } from './events/post-confirmation.js'
import { preAuthenticationSchemas } from './events/pre-authentication.js'
import { preSignUpSchemas } from './events/pre-sign-up.js'
import {
  type PreTokenGenerationV1Event,
  type PreTokenGenerationV2Event,
  type PreTokenGenerationV3Event,
  preTokenGenerationV1Schemas,
  preTokenGenerationV2Schemas,
  preTokenGenerationV3Schemas,
} from './events/pre-token-generation.js'
import { sourceSchema } from './events/trigger-envelope.js'
import { userMigrationSchemas } from './events/user-migration.js'
import { verifyAuthChallengeResponseSchemas } from './events/verify-auth-challenge-response.js'
import type { TriggerEventForSource } from './trigger-event.js'
import { TRIGGER_SOURCES, type TriggerSource, type UserTokenGenerationSource } from './trigger-sources.js'

/** Pre sign-up events (the three sources). */
export const preSignUpEventSchema = preSignUpSchemas().event
/** Pre sign-up responses. */
export const preSignUpResponseSchema = preSignUpSchemas().response
/** Post confirmation events. */
export const postConfirmationEventSchema = postConfirmationSchemas().event
/** Pre authentication events. */
export const preAuthenticationEventSchema = preAuthenticationSchemas().event
/** Post authentication events. */
export const postAuthenticationEventSchema = postAuthenticationSchemas().event
/** Define auth challenge events. */
export const defineAuthChallengeEventSchema = defineAuthChallengeSchemas().event
/** Define auth challenge responses (a decision is required; not both issue and fail). */
export const defineAuthChallengeResponseSchema = defineAuthChallengeSchemas().response
/** Create auth challenge events. */
export const createAuthChallengeEventSchema = createAuthChallengeSchemas().event
/** Create auth challenge responses. */
export const createAuthChallengeResponseSchema = createAuthChallengeSchemas().response
/** Verify auth challenge response events. */
export const verifyAuthChallengeResponseEventSchema = verifyAuthChallengeResponseSchemas().event
/** Verify auth challenge response responses. */
export const verifyAuthChallengeResponseResponseSchema = verifyAuthChallengeResponseSchemas().response
/** Version 1 pre token generation events. */
export const preTokenGenerationV1EventSchema = preTokenGenerationV1Schemas().event
/** Version 2 pre token generation events. */
export const preTokenGenerationV2EventSchema = preTokenGenerationV2Schemas().event
/** Version 3 pre token generation events (user sources and client credentials). */
export const preTokenGenerationV3EventSchema = preTokenGenerationV3Schemas().event
/** V1 pre token generation responses (string claims, ID token). */
export const preTokenGenerationV1ResponseSchema = preTokenGenerationV1Schemas().response
/** V2/V3 pre token generation responses (JSON claims, both tokens, scopes). */
export const preTokenGenerationV2ResponseSchema = preTokenGenerationV2Schemas().response
/** Migrate user events. */
export const userMigrationEventSchema = userMigrationSchemas().event
/** Migrate user responses. */
export const userMigrationResponseSchema = userMigrationSchemas().response
/** Custom message events. */
export const customMessageEventSchema = customMessageSchemas().event
/** Custom message responses (lengths; placeholders need the event: `validateTriggerResponse`). */
export const customMessageResponseSchema = customMessageSchemas().response
/** Custom email sender events (account-takeover notifications included). */
export const customEmailSenderEventSchema = customEmailSenderSchemas().event
/** Custom SMS sender events. */
export const customSmsSenderEventSchema = customSmsSenderSchemas().event
/** Inbound federation events. */
export const inboundFederationEventSchema = inboundFederationSchemas().event
/** Inbound federation responses. */
export const inboundFederationResponseSchema = inboundFederationSchemas().response

type PerSource<S extends Exclude<TriggerSource, UserTokenGenerationSource | 'TokenGeneration_ClientCredentials'>> = {
  readonly [K in S]: z.ZodMiniType<TriggerEventForSource<K>>
}
type PerVersion<S extends UserTokenGenerationSource> = {
  readonly V1: z.ZodMiniType<PreTokenGenerationV1Event<CustomAttributeTypes, S>>
  readonly V2: z.ZodMiniType<PreTokenGenerationV2Event<CustomAttributeTypes, S>>
  readonly V3: z.ZodMiniType<PreTokenGenerationV3Event<CustomAttributeTypes, S>>
}

/** The event schema of every trigger source, as the schema of its shape with a literal `triggerSource`. */
export type EventSchemas = PerSource<
  Exclude<TriggerSource, UserTokenGenerationSource | 'TokenGeneration_ClientCredentials'>
> & {
  readonly [S in UserTokenGenerationSource]: PerVersion<S>
} & {
  readonly TokenGeneration_ClientCredentials: {
    readonly V3: z.ZodMiniType<PreTokenGenerationV3Event<CustomAttributeTypes, 'TokenGeneration_ClientCredentials'>>
  }
}

const shared: Readonly<Record<string, z.core.$ZodType>> = {
  PreSignUp: preSignUpEventSchema,
  PostConfirmation: postConfirmationEventSchema,
  PreAuthentication: preAuthenticationEventSchema,
  PostAuthentication: postAuthenticationEventSchema,
  InboundFederation: inboundFederationEventSchema,
  DefineAuthChallenge: defineAuthChallengeEventSchema,
  CreateAuthChallenge: createAuthChallengeEventSchema,
  VerifyAuthChallengeResponse: verifyAuthChallengeResponseEventSchema,
  CustomSMSSender: customSmsSenderSchemas().event,
}

function build(): EventSchemas {
  const out: Record<string, unknown> = {}
  for (const [trigger, sources] of Object.entries(TRIGGER_SOURCES)) {
    for (const source of sources as readonly string[]) {
      if (trigger === 'PreTokenGeneration') {
        out[source] =
          source === 'TokenGeneration_ClientCredentials'
            ? { V3: preTokenGenerationV3Schemas().clientCredentials }
            : {
                V1: sourceSchema(preTokenGenerationV1Schemas().event, source),
                V2: sourceSchema(preTokenGenerationV2Schemas().event, source),
                V3: sourceSchema(preTokenGenerationV3Schemas().user, source),
              }
      } else if (trigger === 'UserMigration') {
        out[source] =
          source === 'UserMigration_Authentication'
            ? userMigrationSchemas().authentication
            : userMigrationSchemas().forgotPassword
      } else if (trigger === 'CustomMessage') {
        const s = customMessageSchemas()
        out[source] = source === 'CustomMessage_AdminCreateUser' ? s.adminCreateUser : sourceSchema(s.others, source)
      } else if (trigger === 'CustomEmailSender') {
        const s = customEmailSenderSchemas()
        out[source] =
          source === 'CustomEmailSender_AccountTakeOverNotification' ? s.accountTakeover : sourceSchema(s.codes, source)
      } else {
        out[source] = sourceSchema(shared[trigger] as z.core.$ZodType, source)
      }
    }
  }
  return Object.freeze(out) as unknown as EventSchemas
}

/**
 * The event schema of every trigger source. Pre token generation sources have one schema per
 * event version (`eventSchemas.TokenGeneration_Authentication.V2`).
 */
export const eventSchemas: EventSchemas = build()
