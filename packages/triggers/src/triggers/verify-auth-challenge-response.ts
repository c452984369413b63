import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type { TriggerIssue } from '../errors.js'
import {
  type VerifyAuthChallengeResponseEvent,
  type VerifyAuthChallengeResponseResponse,
  verifyAuthChallengeResponseSchemas,
} from '../events/verify-auth-challenge-response.js'
import {
  assertNoIssues,
  checkSchema,
  defineTrigger,
  mergeObjectParts,
  resultParts,
  type TriggerSpec,
} from '../internal/define-trigger.js'
import { issue } from '../internal/to-trigger-issues.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition, TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `verifyAuthChallengeResponse(...)` returns. */
export type VerifyAuthChallengeResponseLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  VerifyAuthChallengeResponseEvent<A>,
  TriggerOutput<VerifyAuthChallengeResponseEvent<A>, VerifyAuthChallengeResponseResponse>
>

/** `verifyAuthChallengeResponse`: wraps a verify auth challenge response handler. */
export interface VerifyAuthChallengeResponseWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (
    handler: TriggerHandler<VerifyAuthChallengeResponseEvent<A>, VerifyAuthChallengeResponseResponse | boolean>,
  ): VerifyAuthChallengeResponseLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): VerifyAuthChallengeResponseWrapper<CustomAttributesOf<D>>
}

/** Built per wrapped handler: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'VerifyAuthChallengeResponse',
    wrapper: 'verifyAuthChallengeResponse',
    sources: TRIGGER_SOURCES.VerifyAuthChallengeResponse,
    eventSchema: () => verifyAuthChallengeResponseSchemas().event,
    respond(result, event) {
      const source = (event as VerifyAuthChallengeResponseEvent).triggerSource
      const issues: TriggerIssue[] = []
      if (result === undefined || result === null) {
        issues.push(
          issue('missing_decision', ['response', 'answerCorrect'], 'required: return true/false or { answerCorrect }'),
        )
        assertNoIssues(source, issues)
      }
      const parts = resultParts(result).map((p) => (typeof p === 'boolean' ? { answerCorrect: p } : p))
      const response = mergeObjectParts(parts, {}, issues)
      if (issues.length === 0)
        issues.push(...checkSchema(verifyAuthChallengeResponseSchemas().response, response, ['response']))
      assertNoIssues(source, issues)
      return response
    },
  }
}

function wrap(
  handler: TriggerHandler<VerifyAuthChallengeResponseEvent, VerifyAuthChallengeResponseResponse | boolean>,
): VerifyAuthChallengeResponseLambda {
  return defineTrigger(spec(), handler as never, undefined) as VerifyAuthChallengeResponseLambda
}

/**
 * Wraps a verify auth challenge response handler. It returns whether the answer is correct, as a
 * boolean or `{ answerCorrect }`; returning nothing is rejected (Cognito needs the verdict).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 *
 * @example
 * ```ts
 * export const handler = verifyAuthChallengeResponse(({ request }) =>
 *   request.challengeAnswer === request.privateChallengeParameters.answer,
 * )
 * ```
 */
export const verifyAuthChallengeResponse: VerifyAuthChallengeResponseWrapper = /* @__PURE__ */ Object.assign(wrap, {
  for: () => verifyAuthChallengeResponse as never,
})
