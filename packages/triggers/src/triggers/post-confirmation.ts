import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import { type PostConfirmationEvent, postConfirmationSchemas } from '../events/post-confirmation.js'
import type { TriggerSpec } from '../internal/define-trigger.js'
import { defineWrapper } from '../internal/define-wrapper.js'
import { emptyResponse } from '../internal/merged-response.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition, TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `postConfirmation(...)` returns. */
export type PostConfirmationLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  PostConfirmationEvent<A>,
  TriggerOutput<PostConfirmationEvent<A>, Record<string, never>>
>

/** `postConfirmation`: wraps a post confirmation handler; `.for<typeof def>()` types the pool's custom attributes. */
export interface PostConfirmationWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (handler: TriggerHandler<PostConfirmationEvent<A>, never>): PostConfirmationLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): PostConfirmationWrapper<CustomAttributesOf<D>>
}

/** Built when the first handler is wrapped: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'PostConfirmation',
    wrapper: 'postConfirmation',
    sources: TRIGGER_SOURCES.PostConfirmation,
    eventSchema: () => postConfirmationSchemas().event,
    respond: emptyResponse,
  }
}

/**
 * Wraps a post confirmation handler. The event is validated and typed; the handler returns nothing
 * (Cognito reads no response) or `deny(message)` to fail the operation with that message.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 *
 * @example
 * ```ts
 * export const handler = postConfirmation(async (event) => {
 *   await welcomeQueue.send({ sub: event.request.userAttributes.sub, source: event.triggerSource })
 * })
 * ```
 */
export const postConfirmation: PostConfirmationWrapper = /* @__PURE__ */ defineWrapper(spec)
