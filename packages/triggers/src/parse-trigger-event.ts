import { match } from 'ts-pattern'
import type * as z from 'zod/mini'
import { TriggerVersionMismatchError, UnsupportedTriggerSourceError } from './errors.js'
import { createAuthChallengeSchemas } from './events/create-auth-challenge.js'
import { customEmailSenderEventSchema } from './events/custom-email-sender.js'
import { customMessageEventSchema } from './events/custom-message.js'
import { customSmsSenderSchemas } from './events/custom-sms-sender.js'
import { defineAuthChallengeSchemas } from './events/define-auth-challenge.js'
import { inboundFederationSchemas } from './events/inbound-federation.js'
import { postAuthenticationSchemas } from './events/post-authentication.js'
import { postConfirmationSchemas } from './events/post-confirmation.js'
import { preAuthenticationSchemas } from './events/pre-authentication.js'
import { preSignUpSchemas } from './events/pre-sign-up.js'
import { type PreTokenGenerationVersion, preTokenGenerationEventSchema } from './events/pre-token-generation.js'
import { userMigrationEventSchema } from './events/user-migration.js'
import { verifyAuthChallengeResponseSchemas } from './events/verify-auth-challenge-response.js'
import { assertEventObject, parseEventFor } from './internal/define-trigger.js'
import type { TriggerEvent } from './trigger-event.js'
import { TRIGGER_SOURCES, type TriggerName, type TriggerSource, triggerOf } from './trigger-sources.js'

type Lookup = (source: string) => z.core.$ZodType

const PRE_TOKEN_VERSIONS = ['1', '2', '3'] as const

/** The schema lookup of a trigger (for pre token generation: of one event version). */
function lookupFor(trigger: TriggerName, version: unknown): Lookup {
  const one =
    (get: () => z.core.$ZodType): Lookup =>
    () =>
      get()
  return match(trigger)
    .with('PreSignUp', () => one(() => preSignUpSchemas().event))
    .with('PostConfirmation', () => one(() => postConfirmationSchemas().event))
    .with('PreAuthentication', () => one(() => preAuthenticationSchemas().event))
    .with('PostAuthentication', () => one(() => postAuthenticationSchemas().event))
    .with('InboundFederation', () => one(() => inboundFederationSchemas().event))
    .with('DefineAuthChallenge', () => one(() => defineAuthChallengeSchemas().event))
    .with('CreateAuthChallenge', () => one(() => createAuthChallengeSchemas().event))
    .with('VerifyAuthChallengeResponse', () => one(() => verifyAuthChallengeResponseSchemas().event))
    .with(
      'PreTokenGeneration',
      (): Lookup => (source) => preTokenGenerationEventSchema(version as PreTokenGenerationVersion, source),
    )
    .with('UserMigration', () => userMigrationEventSchema)
    .with('CustomMessage', () => customMessageEventSchema)
    .with('CustomEmailSender', () => customEmailSenderEventSchema)
    .with('CustomSMSSender', () => one(() => customSmsSenderSchemas().event))
    .exhaustive()
}

const ALL_SOURCES: () => readonly TriggerSource[] = () => Object.values(TRIGGER_SOURCES).flat()

/**
 * Validates any Cognito user-pool trigger event and returns it typed: a union discriminated by
 * `triggerSource` (and `version` for pre token generation), ready for `switch` or ts-pattern. The
 * schema is chosen from `triggerSource` (and, for `TokenGeneration_*`, `version`: `"1"`, `"2"` or
 * `"3"`; `TokenGeneration_ClientCredentials` only comes as `"3"`). Unknown keys are kept.
 *
 * @throws {UnsupportedTriggerSourceError} when `triggerSource` is missing or not one Cognito sends
 * @throws {TriggerVersionMismatchError} when a pre token generation event has another version
 * @throws {TriggerValidationError} when the event does not have the shape Cognito sends (`issues` lists every problem)
 *
 * @example
 * ```ts
 * const event = parseTriggerEvent(JSON.parse(body))
 * if (event.triggerSource === 'TokenGeneration_Authentication' && event.version === '2') {
 *   console.log(event.request.scopes)
 * }
 * ```
 */
export function parseTriggerEvent(input: unknown): TriggerEvent {
  assertEventObject(input)
  const source = (input as { triggerSource?: unknown }).triggerSource
  const trigger = typeof source === 'string' ? triggerOf(source) : undefined
  if (trigger === undefined) {
    throw new UnsupportedTriggerSourceError(
      typeof source === 'string' ? source : undefined,
      ALL_SOURCES(),
      input,
      'parseTriggerEvent',
    )
  }
  const raw = (input as { version?: unknown }).version
  // Old AWS samples show the version as a number.
  const version = typeof raw === 'number' ? String(raw) : raw
  let versions: readonly string[] | undefined
  if (trigger === 'PreTokenGeneration') {
    versions = source === 'TokenGeneration_ClientCredentials' ? ['3'] : PRE_TOKEN_VERSIONS
    if (typeof version !== 'string' || !versions.includes(version)) {
      throw new TriggerVersionMismatchError(
        source as string,
        versions,
        typeof version === 'string' ? version : undefined,
        source === 'TokenGeneration_ClientCredentials'
          ? 'client credentials events only come from V3_0 pools'
          : 'pre token generation events are version "1" (V1_0), "2" (V2_0) or "3" (V3_0)',
      )
    }
  }
  const lookup = lookupFor(trigger, version)
  return parseEventFor(
    {
      trigger,
      wrapper: 'parseTriggerEvent',
      sources: [source as string],
      eventSchema: lookup,
      respond: () => undefined,
    },
    input,
  ) as TriggerEvent
}
