import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import { type PostAuthenticationEvent, postAuthenticationSchemas } from '../events/post-authentication.js'
import type { TriggerSpec } from '../internal/define-trigger.js'
import { defineWrapper } from '../internal/define-wrapper.js'
import { emptyResponse } from '../internal/merged-response.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition, TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `postAuthentication(...)` returns. */
export type PostAuthenticationLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  PostAuthenticationEvent<A>,
  TriggerOutput<PostAuthenticationEvent<A>, Record<string, never>>
>

/** `postAuthentication`: wraps a post authentication handler; `.for<typeof def>()` types the pool's custom attributes. */
export interface PostAuthenticationWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (handler: TriggerHandler<PostAuthenticationEvent<A>, never>): PostAuthenticationLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): PostAuthenticationWrapper<CustomAttributesOf<D>>
}

/** Built when the first handler is wrapped: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'PostAuthentication',
    wrapper: 'postAuthentication',
    sources: TRIGGER_SOURCES.PostAuthentication,
    eventSchema: () => postAuthenticationSchemas().event,
    respond: emptyResponse,
  }
}

/**
 * Wraps a post authentication handler. The event is validated and typed; the handler returns nothing
 * (Cognito reads no response) or `deny(message)` to fail the operation with that message.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 *
 * @example
 * ```ts
 * export const handler = postAuthentication(async (event) => {
 *   if (event.request.newDeviceUsed) await audit.record(event.userName, 'new device')
 * })
 * ```
 */
export const postAuthentication: PostAuthenticationWrapper = /* @__PURE__ */ defineWrapper(spec)
