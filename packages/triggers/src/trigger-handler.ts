/**
 * Types shared by every wrapper: what a user's handler may return, and what the wrapped Lambda
 * handler resolves to.
 *
 * @module
 */
import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import type { TriggerDeniedError } from './errors.js'
import type { LambdaContext } from './lambda-context.js'

/**
 * What a handler may return: a response (or response parts the wrapper merges in order), a
 * denial from `deny(message)` (alone or among the parts), or nothing. `undefined`, `null` and
 * `false` parts are skipped (`[autoConfirm(), verified && autoVerifyEmail()]`).
 */
export type HandlerResult<R> =
  | R
  | TriggerDeniedError
  | readonly (R | TriggerDeniedError | undefined | null | false)[]
  | undefined
  // biome-ignore lint/suspicious/noConfusingVoidType: a handler that returns nothing is typed void
  | void

/**
 * A user's trigger handler: gets the validated, typed event and the Lambda context.
 *
 * @typeParam E - the event
 * @typeParam R - the response (or response part) it may return
 */
export type TriggerHandler<E, R> = (event: E, context: LambdaContext) => HandlerResult<R> | Promise<HandlerResult<R>>

/** The event a wrapped handler resolves to: the input event with Cognito's `response`. */
export type TriggerOutput<E, R> = E extends unknown ? Omit<E, 'response'> & { readonly response: R } : never

/** Any pool definition (`typeof def`, `ReturnType<typeof pool.toDefinition>`). */
export type AnyUserPoolDefinition = UserPoolDefinition<any, any, any>
