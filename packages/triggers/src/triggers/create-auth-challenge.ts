import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import {
  type CreateAuthChallengeEvent,
  type CreateAuthChallengeResponse,
  createAuthChallengeSchemas,
} from '../events/create-auth-challenge.js'
import { checkSchema, type TriggerSpec } from '../internal/define-trigger.js'
import { defineWrapper } from '../internal/define-wrapper.js'
import { mergedResponse } from '../internal/merged-response.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition, TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `createAuthChallenge(...)` returns. */
export type CreateAuthChallengeLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  CreateAuthChallengeEvent<A>,
  TriggerOutput<CreateAuthChallengeEvent<A>, CreateAuthChallengeResponse>
>

/** `createAuthChallenge`: wraps a create auth challenge handler. */
export interface CreateAuthChallengeWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (handler: TriggerHandler<CreateAuthChallengeEvent<A>, CreateAuthChallengeResponse>): CreateAuthChallengeLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): CreateAuthChallengeWrapper<CustomAttributesOf<D>>
}

const DEFAULTS = { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null }

/** Built when the first handler is wrapped: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'CreateAuthChallenge',
    wrapper: 'createAuthChallenge',
    sources: TRIGGER_SOURCES.CreateAuthChallenge,
    eventSchema: () => createAuthChallengeSchemas().event,
    respond: mergedResponse({
      defaults: DEFAULTS,
      issues: (response) => checkSchema(createAuthChallengeSchemas().response, response, ['response']),
    }),
  }
}

/**
 * Wraps a create auth challenge handler. It returns the challenge's public parameters (sent to the
 * client), private parameters (for verify-auth-challenge-response) and metadata, all string maps
 * and strings, checked before they reach Cognito.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 *
 * @example
 * ```ts
 * export const handler = createAuthChallenge(async (event) => {
 *   const code = await sendOneTimeCode(event.request.userAttributes.email)
 *   return {
 *     publicChallengeParameters: { delivery: 'email' },
 *     privateChallengeParameters: { answer: code },
 *     challengeMetadata: 'EMAIL_CODE',
 *   }
 * })
 * ```
 */
export const createAuthChallenge: CreateAuthChallengeWrapper = /* @__PURE__ */ defineWrapper(spec)
