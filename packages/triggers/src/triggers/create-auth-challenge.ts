import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type { TriggerIssue } from '../errors.js'
import {
  type CreateAuthChallengeEvent,
  type CreateAuthChallengeResponse,
  createAuthChallengeSchemas,
} from '../events/create-auth-challenge.js'
import {
  assertNoIssues,
  checkSchema,
  defineTrigger,
  mergeObjectParts,
  resultParts,
  type TriggerSpec,
} from '../internal/define-trigger.js'
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

/** Built per wrapped handler: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'CreateAuthChallenge',
    wrapper: 'createAuthChallenge',
    sources: TRIGGER_SOURCES.CreateAuthChallenge,
    eventSchema: () => createAuthChallengeSchemas().event,
    respond(result, event) {
      const source = (event as CreateAuthChallengeEvent).triggerSource
      const issues: TriggerIssue[] = []
      const response = mergeObjectParts(resultParts(result), DEFAULTS, issues)
      if (issues.length === 0)
        issues.push(...checkSchema(createAuthChallengeSchemas().response, response, ['response']))
      assertNoIssues(source, issues)
      return response
    },
  }
}

function wrap(
  handler: TriggerHandler<CreateAuthChallengeEvent, CreateAuthChallengeResponse>,
): CreateAuthChallengeLambda {
  return defineTrigger(spec(), handler as never, undefined) as CreateAuthChallengeLambda
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
export const createAuthChallenge: CreateAuthChallengeWrapper = /* @__PURE__ */ Object.assign(wrap, {
  for: () => createAuthChallenge as never,
})
