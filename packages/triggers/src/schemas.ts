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
import { preTokenGenerationSchemas } from './events/pre-token-generation.js'
import { userMigrationSchemas } from './events/user-migration.js'
import { verifyAuthChallengeResponseSchemas } from './events/verify-auth-challenge-response.js'

const preToken = preTokenGenerationSchemas()

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
export const preTokenGenerationV1EventSchema = preToken.v1Event
/** Version 2 pre token generation events. */
export const preTokenGenerationV2EventSchema = preToken.v2Event
/** Version 3 pre token generation events (user sources and client credentials). */
export const preTokenGenerationV3EventSchema = preToken.v3Event
/** V1 pre token generation responses (string claims, ID token). */
export const preTokenGenerationV1ResponseSchema = preToken.v1Response
/** V2/V3 pre token generation responses (JSON claims, both tokens, scopes). */
export const preTokenGenerationV2ResponseSchema = preToken.v2Response
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

/**
 * The event schema of every trigger source. Pre token generation sources have one schema per
 * event version (`eventSchemas.TokenGeneration_Authentication.V2`).
 */
export const eventSchemas = Object.freeze({
  ...preSignUpSchemas().bySource,
  ...postConfirmationSchemas().bySource,
  ...preAuthenticationSchemas().bySource,
  ...postAuthenticationSchemas().bySource,
  ...inboundFederationSchemas().bySource,
  ...defineAuthChallengeSchemas().bySource,
  ...createAuthChallengeSchemas().bySource,
  ...verifyAuthChallengeResponseSchemas().bySource,
  TokenGeneration_HostedAuth: {
    V1: preToken.v1.TokenGeneration_HostedAuth,
    V2: preToken.v2.TokenGeneration_HostedAuth,
    V3: preToken.v3.TokenGeneration_HostedAuth,
  },
  TokenGeneration_Authentication: {
    V1: preToken.v1.TokenGeneration_Authentication,
    V2: preToken.v2.TokenGeneration_Authentication,
    V3: preToken.v3.TokenGeneration_Authentication,
  },
  TokenGeneration_NewPasswordChallenge: {
    V1: preToken.v1.TokenGeneration_NewPasswordChallenge,
    V2: preToken.v2.TokenGeneration_NewPasswordChallenge,
    V3: preToken.v3.TokenGeneration_NewPasswordChallenge,
  },
  TokenGeneration_AuthenticateDevice: {
    V1: preToken.v1.TokenGeneration_AuthenticateDevice,
    V2: preToken.v2.TokenGeneration_AuthenticateDevice,
    V3: preToken.v3.TokenGeneration_AuthenticateDevice,
  },
  TokenGeneration_RefreshTokens: {
    V1: preToken.v1.TokenGeneration_RefreshTokens,
    V2: preToken.v2.TokenGeneration_RefreshTokens,
    V3: preToken.v3.TokenGeneration_RefreshTokens,
  },
  TokenGeneration_ClientCredentials: { V3: preToken.v3.TokenGeneration_ClientCredentials },
  ...userMigrationSchemas().bySource,
  ...customMessageSchemas().bySource,
  ...customEmailSenderSchemas().bySource,
  ...customSmsSenderSchemas().bySource,
})
