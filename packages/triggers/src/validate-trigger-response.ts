import { match } from 'ts-pattern'
import { TriggerValidationError } from './errors.js'
import { createAuthChallengeSchemas } from './events/create-auth-challenge.js'
import type { CustomMessageEvent } from './events/custom-message.js'
import { defineAuthChallengeSchemas } from './events/define-auth-challenge.js'
import { inboundFederationSchemas } from './events/inbound-federation.js'
import type { PreSignUpEvent } from './events/pre-sign-up.js'
import type { PreTokenGenerationEvent } from './events/pre-token-generation.js'
import type { UserMigrationEvent } from './events/user-migration.js'
import { verifyAuthChallengeResponseSchemas } from './events/verify-auth-challenge-response.js'
import { checkSchema, emptyResponseIssues } from './internal/define-trigger.js'
import { parseTriggerEvent } from './parse-trigger-event.js'
import type { TriggerEvent } from './trigger-event.js'
import { triggerOf } from './trigger-sources.js'
import { type CustomMessageOptions, customMessageResponseIssues } from './triggers/custom-message.js'
import { preSignUpResponseIssues } from './triggers/pre-sign-up.js'
import { preTokenGenerationResponseIssues } from './triggers/pre-token-generation.js'
import { userMigrationResponseIssues } from './triggers/user-migration.js'

/** Options of `validateTriggerResponse`. */
export interface ValidateTriggerResponseOptions {
  /**
   * How the pool sends and checks custom messages.
   * @default - `emailSendingAccount: 'COGNITO_DEFAULT'`, `requireCodeParameter: true`
   */
  readonly customMessage?: CustomMessageOptions
}

/** The result of `validateTriggerResponse`. */
export type TriggerResponseValidation =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly error: TriggerValidationError }

/**
 * Checks a trigger response (the `response` object a handler hands back to Cognito) against
 * Cognito's rules for the event it answers: the structure, and the rules that depend on the
 * event (placeholders of a custom message, `aud` equal to the client id, a verified contact for a
 * ForgotPassword migration, ...). The wrappers run the same checks; this is for responses built
 * elsewhere (fixtures, other frameworks).
 *
 * @throws {TriggerValidationError} (and the other `parseTriggerEvent` errors) when the event itself is invalid
 *
 * @example
 * ```ts
 * const result = validateTriggerResponse(event, { claimsOverrideDetails: { claimsToAddOrOverride: { sub: 'x' } } })
 * if (!result.success) console.log(result.error.issues.map((i) => i.path))
 * ```
 */
export function validateTriggerResponse(
  event: unknown,
  response: unknown,
  options: ValidateTriggerResponseOptions = {},
): TriggerResponseValidation {
  const parsed: TriggerEvent = parseTriggerEvent(event)
  const trigger = triggerOf(parsed.triggerSource)!
  const issues = match(trigger)
    .with('PreSignUp', () => preSignUpResponseIssues(response, parsed as PreSignUpEvent))
    .with('PostConfirmation', 'PreAuthentication', 'PostAuthentication', 'CustomEmailSender', 'CustomSMSSender', () =>
      emptyResponseIssues(response),
    )
    .with('InboundFederation', () => checkSchema(inboundFederationSchemas().response, response, ['response']))
    .with('DefineAuthChallenge', () => checkSchema(defineAuthChallengeSchemas().response, response, ['response']))
    .with('CreateAuthChallenge', () => checkSchema(createAuthChallengeSchemas().response, response, ['response']))
    .with('VerifyAuthChallengeResponse', () =>
      checkSchema(verifyAuthChallengeResponseSchemas().response, response, ['response']),
    )
    .with('PreTokenGeneration', () => preTokenGenerationResponseIssues(response, parsed as PreTokenGenerationEvent))
    .with('UserMigration', () => userMigrationResponseIssues(response, parsed as UserMigrationEvent))
    .with('CustomMessage', () =>
      customMessageResponseIssues(response, parsed as CustomMessageEvent, options.customMessage),
    )
    .exhaustive()
  return issues.length === 0
    ? { success: true, data: response }
    : { success: false, error: new TriggerValidationError('response', parsed.triggerSource, issues) }
}
