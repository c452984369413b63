import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type { NextChallengeName } from '../events/challenge-result.js'
import {
  type DefineAuthChallengeEvent,
  type DefineAuthChallengeResponse,
  defineAuthChallengeSchemas,
} from '../events/define-auth-challenge.js'
import { checkSchema, type TriggerSpec } from '../internal/define-trigger.js'
import { defineWrapper } from '../internal/define-wrapper.js'
import { mergedResponse } from '../internal/merged-response.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition, TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `defineAuthChallenge(...)` returns. */
export type DefineAuthChallengeLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  DefineAuthChallengeEvent<A>,
  TriggerOutput<DefineAuthChallengeEvent<A>, DefineAuthChallengeResponse>
>

/** `defineAuthChallenge`: wraps a define auth challenge handler. */
export interface DefineAuthChallengeWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (handler: TriggerHandler<DefineAuthChallengeEvent<A>, DefineAuthChallengeResponse>): DefineAuthChallengeLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): DefineAuthChallengeWrapper<CustomAttributesOf<D>>
}

const DEFAULTS = { challengeName: null, issueTokens: false, failAuthentication: false }

/** Built when the first handler is wrapped: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'DefineAuthChallenge',
    wrapper: 'defineAuthChallenge',
    sources: TRIGGER_SOURCES.DefineAuthChallenge,
    eventSchema: () => defineAuthChallengeSchemas().event,
    respond: mergedResponse({
      defaults: DEFAULTS,
      issues: (response) => checkSchema(defineAuthChallengeSchemas().response, response, ['response']),
    }),
  }
}

/**
 * Wraps a define auth challenge handler. The handler decides the next step of a custom-auth flow
 * with `issueTokens()`, `failAuthentication()` or `presentChallenge(name)` (or a
 * {@link DefineAuthChallengeResponse}); a response that decides nothing, or both issues tokens and
 * fails, is rejected before it reaches Cognito.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 *
 * @example
 * ```ts
 * export const handler = defineAuthChallenge(({ request: { session } }) => {
 *   const last = session.at(-1)
 *   if (session.length === 0) return presentChallenge('CUSTOM_CHALLENGE')
 *   if (last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult) return issueTokens()
 *   return session.length >= 3 ? failAuthentication() : presentChallenge('CUSTOM_CHALLENGE')
 * })
 * ```
 */
export const defineAuthChallenge: DefineAuthChallengeWrapper = /* @__PURE__ */ defineWrapper(spec)

/**
 * Ends a custom-auth flow successfully: Cognito issues tokens.
 *
 * @example
 * ```ts
 * defineAuthChallenge(({ request }) => (request.session.at(-1)?.challengeResult ? issueTokens() : failAuthentication()))
 * ```
 */
export function issueTokens(): DefineAuthChallengeResponse {
  return { issueTokens: true, failAuthentication: false }
}

/**
 * Ends a custom-auth flow with a failure.
 *
 * @example
 * ```ts
 * defineAuthChallenge(({ request }) => (request.userNotFound ? failAuthentication() : presentChallenge('CUSTOM_CHALLENGE')))
 * ```
 */
export function failAuthentication(): DefineAuthChallengeResponse {
  return { issueTokens: false, failAuthentication: true }
}

/**
 * Presents another challenge (`CUSTOM_CHALLENGE`, `PASSWORD_VERIFIER`, ...).
 *
 * @example
 * ```ts
 * defineAuthChallenge(() => presentChallenge('CUSTOM_CHALLENGE'))
 * ```
 */
export function presentChallenge(challengeName: NextChallengeName): DefineAuthChallengeResponse {
  return { challengeName, issueTokens: false, failAuthentication: false }
}
