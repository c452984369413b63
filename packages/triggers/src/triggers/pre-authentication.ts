import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import { type PreAuthenticationEvent, preAuthenticationSchemas } from '../events/pre-authentication.js'
import type { TriggerSpec } from '../internal/define-trigger.js'
import { defineWrapper } from '../internal/define-wrapper.js'
import { emptyResponse } from '../internal/merged-response.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition, TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `preAuthentication(...)` returns. */
export type PreAuthenticationLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  PreAuthenticationEvent<A>,
  TriggerOutput<PreAuthenticationEvent<A>, Record<string, never>>
>

/** `preAuthentication`: wraps a pre authentication handler; `.for<typeof def>()` types the pool's custom attributes. */
export interface PreAuthenticationWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (handler: TriggerHandler<PreAuthenticationEvent<A>, never>): PreAuthenticationLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): PreAuthenticationWrapper<CustomAttributesOf<D>>
}

/** Built when the first handler is wrapped: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'PreAuthentication',
    wrapper: 'preAuthentication',
    sources: TRIGGER_SOURCES.PreAuthentication,
    eventSchema: () => preAuthenticationSchemas().event,
    respond: emptyResponse,
  }
}

/**
 * Wraps a pre authentication handler. The event is validated and typed; the handler returns nothing
 * (Cognito reads no response) or `deny(message)` to fail the operation with that message.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 *
 * @example
 * ```ts
 * export const handler = preAuthentication((event) =>
 *   event.request.userAttributes['custom:locked'] === 'true' ? deny('This account is locked') : undefined,
 * )
 * ```
 */
export const preAuthentication: PreAuthenticationWrapper = /* @__PURE__ */ defineWrapper(spec)
