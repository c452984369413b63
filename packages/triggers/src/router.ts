import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import { match, P } from 'ts-pattern'
import { TriggerValidationError, TriggerVersionMismatchError, UnsupportedTriggerSourceError } from './errors.js'
import type { CreateAuthChallengeResponse } from './events/create-auth-challenge.js'
import type { CustomMessageResponse } from './events/custom-message.js'
import type { DefineAuthChallengeResponse } from './events/define-auth-challenge.js'
import type { InboundFederationResponse } from './events/inbound-federation.js'
import type { PreSignUpResponse } from './events/pre-sign-up.js'
import type { UserMigrationResponse } from './events/user-migration.js'
import type { VerifyAuthChallengeResponseResponse } from './events/verify-auth-challenge-response.js'
import type { CustomSenderHandler, CustomSenderOptions } from './internal/custom-sender.js'
import { lazy } from './internal/lazy.js'
import { issue } from './internal/to-trigger-issues.js'
import type { LambdaContext, LambdaHandler } from './lambda-context.js'
import type { PreTokenGenerationLambdaVersion, TriggerEventForSource, TriggerEventOf } from './trigger-event.js'
import type { AnyUserPoolDefinition, TriggerHandler } from './trigger-handler.js'
import {
  TRIGGER_SOURCES,
  type TriggerName,
  type TriggerSource,
  type TriggerSourceOf,
  triggerOf,
} from './trigger-sources.js'
import { createAuthChallenge } from './triggers/create-auth-challenge.js'
import { customEmailSender } from './triggers/custom-email-sender.js'
import { type CustomMessageOptions, customMessage } from './triggers/custom-message.js'
import { customSmsSender } from './triggers/custom-sms-sender.js'
import { defineAuthChallenge } from './triggers/define-auth-challenge.js'
import { inboundFederation } from './triggers/inbound-federation.js'
import { postAuthentication } from './triggers/post-authentication.js'
import { postConfirmation } from './triggers/post-confirmation.js'
import { preAuthentication } from './triggers/pre-authentication.js'
import { preSignUp } from './triggers/pre-sign-up.js'
import {
  type PreTokenGenerationV1Result,
  type PreTokenGenerationV2Result,
  preTokenGeneration,
} from './triggers/pre-token-generation.js'
import { userMigration } from './triggers/user-migration.js'
import { verifyAuthChallengeResponse } from './triggers/verify-auth-challenge-response.js'

/** A router key: a whole trigger (`PreSignUp`) or one source (`PreSignUp_SignUp`). A source key wins over its trigger's key. */
export type RouteKey = TriggerName | TriggerSource

type TriggerOfKey<K extends RouteKey> = K extends TriggerName
  ? K
  : { [T in TriggerName]: K extends TriggerSourceOf<T> ? T : never }[TriggerName]

/** The event a route's handler gets. */
export type RouteEvent<
  K extends RouteKey,
  A extends CustomAttributeTypes = CustomAttributeTypes,
  V extends PreTokenGenerationLambdaVersion = PreTokenGenerationLambdaVersion,
> = K extends TriggerName ? TriggerEventOf<K, A, V> : K extends TriggerSource ? TriggerEventForSource<K, A, V> : never

type PreTokenResult<V extends PreTokenGenerationLambdaVersion> =
  | (V extends 'V1_0' ? PreTokenGenerationV1Result : never)
  | (V extends 'V2_0' | 'V3_0' ? PreTokenGenerationV2Result : never)

type ResponseOf<
  T extends TriggerName,
  A extends CustomAttributeTypes,
  V extends PreTokenGenerationLambdaVersion,
> = T extends 'PreSignUp'
  ? PreSignUpResponse
  : T extends 'DefineAuthChallenge'
    ? DefineAuthChallengeResponse
    : T extends 'CreateAuthChallenge'
      ? CreateAuthChallengeResponse
      : T extends 'VerifyAuthChallengeResponse'
        ? VerifyAuthChallengeResponseResponse | boolean
        : T extends 'PreTokenGeneration'
          ? PreTokenResult<V>
          : T extends 'UserMigration'
            ? UserMigrationResponse<A>
            : T extends 'CustomMessage'
              ? CustomMessageResponse
              : T extends 'InboundFederation'
                ? InboundFederationResponse
                : never

/** The handler of a route: a trigger handler, or a custom sender handler for the sender triggers. */
export type RouteHandler<
  K extends RouteKey,
  A extends CustomAttributeTypes = CustomAttributeTypes,
  V extends PreTokenGenerationLambdaVersion = PreTokenGenerationLambdaVersion,
> =
  TriggerOfKey<K> extends 'CustomEmailSender' | 'CustomSMSSender'
    ? CustomSenderHandler<RouteEvent<K, A, V>>
    : TriggerHandler<RouteEvent<K, A, V>, ResponseOf<TriggerOfKey<K>, A, V>>

/** A router's routes: a handler per trigger or source. */
export type Routes<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  V extends PreTokenGenerationLambdaVersion = PreTokenGenerationLambdaVersion,
> = {
  readonly [K in RouteKey]?: RouteHandler<K, A, V>
}

/** The events a router serves: the union over its declared keys. */
export type RoutedEvent<
  R,
  A extends CustomAttributeTypes = CustomAttributeTypes,
  V extends PreTokenGenerationLambdaVersion = PreTokenGenerationLambdaVersion,
> = RouteEvent<keyof R & RouteKey, A, V>

/** Options of `router(routes, options)`. */
export interface RouterOptions<V extends PreTokenGenerationLambdaVersion = PreTokenGenerationLambdaVersion> {
  /**
   * The pool's `PreTokenGenerationConfig.LambdaVersion`: events of another version are rejected
   * (`TriggerVersionMismatchError`) and the handlers' types narrow to that version.
   * @default - every version is accepted; the event's `version` picks the rules
   */
  readonly preTokenGeneration?: V
  /**
   * Options of the custom message routes.
   * @default - `customMessage`'s defaults (no email fields, code placeholder required)
   */
  readonly customMessage?: CustomMessageOptions
  /**
   * Options of the custom email sender routes (`{ decrypt }`).
   * @default - none: required when there is a custom email sender route
   */
  readonly customEmailSender?: CustomSenderOptions
  /**
   * Options of the custom SMS sender routes (`{ decrypt }`).
   * @default - none: required when there is a custom SMS sender route
   */
  readonly customSmsSender?: CustomSenderOptions
  /**
   * What to do with an event no route serves: throw `UnsupportedTriggerSourceError`, or hand the
   * event back unchanged (Cognito then applies its defaults).
   * @default 'throw'
   */
  readonly unhandled?: 'throw' | 'passthrough'
}

/** The Lambda handler a router returns: it resolves to the event with the response of whichever route ran. */
export type RouterLambda<E> = LambdaHandler<
  E,
  E extends unknown ? Omit<E, 'response'> & { readonly response?: unknown } : never
>

/** `router`: one Lambda serving several triggers. */
export interface Router<A extends CustomAttributeTypes = CustomAttributeTypes> {
  <const R extends Routes<A, V>, V extends PreTokenGenerationLambdaVersion = PreTokenGenerationLambdaVersion>(
    routes: R & { readonly [K in Exclude<keyof R, RouteKey>]: never },
    options?: RouterOptions<V>,
  ): RouterLambda<RoutedEvent<R, A, V>>
  /** The same router, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): Router<CustomAttributesOf<D>>
}

type AnyLambda = (event: unknown, context?: LambdaContext) => Promise<unknown>
type AnyHandler = (...args: never[]) => unknown

const VERSION_OF: Readonly<Record<PreTokenGenerationLambdaVersion, '1' | '2' | '3'>> = {
  V1_0: '1',
  V2_0: '2',
  V3_0: '3',
}

/** Wraps one route's handler with its trigger's wrapper; ts-pattern keeps this exhaustive over the 13 triggers. */
function wrapRoute(trigger: TriggerName, handler: AnyHandler, options: RouterOptions): (version: unknown) => AnyLambda {
  // Each route wraps its handler on first use.
  const once = (make: () => unknown) => lazy(make as () => AnyLambda)
  const h = handler as never
  return match(trigger)
    .with('PreSignUp', () => once(() => preSignUp(h)))
    .with('PostConfirmation', () => once(() => postConfirmation(h)))
    .with('PreAuthentication', () => once(() => preAuthentication(h)))
    .with('PostAuthentication', () => once(() => postAuthentication(h)))
    .with('InboundFederation', () => once(() => inboundFederation(h)))
    .with('DefineAuthChallenge', () => once(() => defineAuthChallenge(h)))
    .with('CreateAuthChallenge', () => once(() => createAuthChallenge(h)))
    .with('VerifyAuthChallengeResponse', () => once(() => verifyAuthChallengeResponse(h)))
    .with('UserMigration', () => once(() => userMigration(h)))
    .with('CustomMessage', () => once(() => customMessage(h, options.customMessage)))
    .with('CustomEmailSender', () => {
      const lambda = customEmailSender(h, options.customEmailSender as CustomSenderOptions)
      return () => lambda as AnyLambda
    })
    .with('CustomSMSSender', () => {
      const lambda = customSmsSender(h, options.customSmsSender as CustomSenderOptions)
      return () => lambda as AnyLambda
    })
    .with('PreTokenGeneration', () => {
      const v1 = once(() => preTokenGeneration.v1(h))
      const v2 = once(() => preTokenGeneration.v2(h))
      const v3 = once(() => preTokenGeneration.v3(h))
      return (version: unknown) =>
        match(version)
          .with('1', () => v1())
          .with('2', () => v2())
          .with(P._, () => v3())
          .exhaustive()
    })
    .exhaustive()
}

function makeRouter(routes: Routes, options: RouterOptions = {}): AnyLambda {
  if (typeof routes !== 'object' || routes === null) throw new TypeError('router(routes): routes must be an object')
  const lambdas = new Map<string, (version: unknown) => AnyLambda>()
  const served: string[] = []
  for (const [key, handler] of Object.entries(routes)) {
    if (handler === undefined) continue
    const trigger = (Object.hasOwn(TRIGGER_SOURCES, key) ? key : triggerOf(key)) as TriggerName | undefined
    if (trigger === undefined)
      throw new TypeError(`router(routes): ${JSON.stringify(key)} is neither a trigger nor a trigger source`)
    if (typeof handler !== 'function') throw new TypeError(`router(routes): the ${key} route must be a function`)
    if (trigger === 'CustomEmailSender' && !options.customEmailSender) {
      throw new TypeError('router: a CustomEmailSender route needs options.customEmailSender ({ decrypt })')
    }
    if (trigger === 'CustomSMSSender' && !options.customSmsSender) {
      throw new TypeError('router: a CustomSMSSender route needs options.customSmsSender ({ decrypt })')
    }
    lambdas.set(key, wrapRoute(trigger, handler as AnyHandler, options))
    served.push(...(key === trigger ? TRIGGER_SOURCES[trigger] : [key]))
  }
  const sources = [...new Set(served)]
  const preTokenVersion = options.preTokenGeneration ? VERSION_OF[options.preTokenGeneration] : undefined

  const route = async (input: unknown, context?: LambdaContext): Promise<unknown> => {
    const source =
      typeof input === 'object' && input !== null ? (input as { triggerSource?: unknown }).triggerSource : undefined
    const key = typeof source === 'string' ? (lambdas.has(source) ? source : triggerOf(source)) : undefined
    const lambda = key === undefined ? undefined : lambdas.get(key)
    return match({ lambda, source })
      .with({ lambda: P.nullish, source: P.string }, ({ source }) => {
        if (options.unhandled === 'passthrough') return input
        throw new UnsupportedTriggerSourceError(source, sources, input, 'router')
      })
      .with({ lambda: P.nullish }, () => {
        if (typeof input !== 'object' || input === null) {
          throw new TriggerValidationError('event', undefined, [
            issue('invalid_type', [], 'expected a trigger event object'),
          ])
        }
        throw new UnsupportedTriggerSourceError(undefined, sources, input, 'router')
      })
      .with({ lambda: P.not(P.nullish) }, async ({ lambda }) => {
        const raw = (input as { version?: unknown }).version
        // Old AWS samples show the version as a number.
        const version = typeof raw === 'number' ? String(raw) : raw
        if (
          preTokenVersion !== undefined &&
          triggerOf(source as string) === 'PreTokenGeneration' &&
          version !== preTokenVersion
        ) {
          throw new TriggerVersionMismatchError(
            source as string,
            [preTokenVersion],
            typeof version === 'string' ? version : undefined,
            `the router is configured for ${options.preTokenGeneration} (options.preTokenGeneration)`,
          )
        }
        return lambda(version)(input, context)
      })
      .exhaustive()
  }
  Object.defineProperty(route, 'name', { value: 'router' })
  return route
}

/**
 * One Lambda serving several triggers. Give it a handler per trigger (`PreSignUp`) or per source
 * (`PreSignUp_ExternalProvider`, which wins over its trigger's route); each handler gets its events
 * typed and validated and returns what that trigger's wrapper accepts. Dispatch is by
 * `triggerSource` (and `version` for pre token generation) with ts-pattern; the returned handler's
 * event type is the union of the declared routes, so calling it with anything else is a compile
 * error, and an undeclared source at run time throws `UnsupportedTriggerSourceError` (or passes
 * through, with `unhandled: 'passthrough'`).
 *
 * @throws {TypeError} for an unknown route key, or a sender route without its `decrypt` options
 *
 * @example
 * ```ts
 * export const handler = router(
 *   {
 *     PreSignUp_SignUp: () => autoConfirm(),
 *     PreSignUp_ExternalProvider: () => [autoConfirm(), autoVerifyEmail()],
 *     CustomMessage: ({ request }) => ({ smsMessage: `Your code: ${request.codeParameter}` }),
 *     PreTokenGeneration: (event) => addClaims({ idToken: { source: event.triggerSource } }),
 *   },
 *   { preTokenGeneration: 'V2_0' },
 * )
 * ```
 */
export const router: Router = /* @__PURE__ */ Object.assign(makeRouter as unknown as Router, {
  for: () => router as never,
})
