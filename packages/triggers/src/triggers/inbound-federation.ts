import {
  type InboundFederationEvent,
  type InboundFederationResponse,
  inboundFederationSchemas,
} from '../events/inbound-federation.js'
import { checkSchema, defineTrigger, type TriggerSpec } from '../internal/define-trigger.js'
import { mergedResponse } from '../internal/merged-response.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `inboundFederation(...)` returns. */
export type InboundFederationLambda = LambdaHandler<
  InboundFederationEvent,
  TriggerOutput<InboundFederationEvent, InboundFederationResponse>
>

/** Built per wrapped handler: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'InboundFederation',
    wrapper: 'inboundFederation',
    sources: TRIGGER_SOURCES.InboundFederation,
    eventSchema: () => inboundFederationSchemas().event,
    respond: mergedResponse({
      defaults: { userAttributesToMap: {} },
      // Parts add up: mapAttributes({ email }) and mapAttributes({ name }) map both. One part's own
      // map stays as it is (the schema judges it); otherwise the union, a fresh object.
      merge(response, parts) {
        if (parts.length === 1 && Object.hasOwn(parts[0] as object, 'userAttributesToMap')) return
        response.userAttributesToMap = Object.assign({}, ...parts.map((p) => p.userAttributesToMap))
      },
      issues: (response) => checkSchema(inboundFederationSchemas().response, response, ['response']),
    }),
  }
}

/**
 * Wraps an inbound federation handler. It maps what the identity provider sent to the user's
 * attributes. Remember Cognito's semantics: every attribute to keep must be returned (omitted ones
 * are dropped); returning nothing (or `keepAttributes()`) keeps them all. Values over 2048
 * characters are rejected before Cognito sees them: truncate them.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 *
 * @example
 * ```ts
 * export const handler = inboundFederation(({ request: { attributes } }) => {
 *   const claims = { ...attributes.idToken, ...attributes.userInfo }
 *   return mapAttributes({
 *     email: String(claims.email ?? ''),
 *     given_name: String(claims.given_name ?? ''),
 *     'custom:bio': String(claims.bio ?? '').slice(0, 2048),
 *   })
 * })
 * ```
 */
export function inboundFederation(
  handler: TriggerHandler<InboundFederationEvent, InboundFederationResponse>,
): InboundFederationLambda {
  return defineTrigger(spec(), handler as never, undefined) as InboundFederationLambda
}

/**
 * The response that maps exactly these attributes (every other attribute is dropped).
 *
 * @example
 * ```ts
 * inboundFederation(({ request }) => mapAttributes({ email: String(request.attributes.idToken?.email) }))
 * ```
 */
export function mapAttributes(attributes: { readonly [name: string]: string }): InboundFederationResponse {
  return { userAttributesToMap: { ...attributes } }
}

/**
 * The no-op response: keep every attribute the provider sent (`userAttributesToMap: {}`).
 *
 * @example
 * ```ts
 * inboundFederation(() => keepAttributes())
 * ```
 */
export function keepAttributes(): InboundFederationResponse {
  return { userAttributesToMap: {} }
}
