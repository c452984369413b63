import { isTriggerError } from '../errors.js'
import type { LambdaContext } from '../lambda-context.js'
import { triggerOf } from '../trigger-sources.js'
import { createLambdaContext } from './lambda-context.js'

/** Options of `invoke` and `invokeAsCognito`. */
export interface InvokeOptions {
  /**
   * The Lambda context passed to the handler.
   * @default - a fresh `createLambdaContext()`
   */
  readonly context?: LambdaContext
}

/** How Cognito would answer the API call after invoking the trigger. */
export type CognitoOutcome<O> =
  | {
      readonly ok: true
      /** The event the function returned. */
      readonly event: O
      /** Its `response` (what Cognito reads). */
      readonly response: O extends { readonly response: infer R } ? R : unknown
    }
  | {
      readonly ok: false
      /** The thrown error. */
      readonly error: unknown
      /** The error's name, as Lambda reports it (`errorType`). */
      readonly errorType: string
      /** The error's message, as Lambda reports it (`errorMessage`). */
      readonly errorMessage: string
      /** The exception the Cognito API call fails with. */
      readonly exception: 'UserLambdaValidationException'
      /** The message Cognito (and managed login) shows: `<Trigger> failed with error <message>.` */
      readonly cognitoMessage: string
    }

/** JSON round trip: what crossing the Lambda boundary does to a value. */
function overTheWire<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/**
 * Invokes a wrapped handler the way Lambda does: the event and the result cross a JSON boundary
 * (so non-JSON values in a response show up as they would in production), with a realistic
 * context. Resolves to the returned event; rejects with the handler's error.
 *
 * @example
 * ```ts
 * const out = await invoke(handler, createEvent('PreSignUp_SignUp'))
 * expect(out.response.autoConfirmUser).toBe(true)
 * ```
 */
export async function invoke<E, O>(
  handler: (event: E, context?: LambdaContext) => Promise<O>,
  event: E,
  options: InvokeOptions = {},
): Promise<O> {
  const context = options.context ?? createLambdaContext()
  return overTheWire(await handler(overTheWire(event), context))
}

/**
 * Invokes a wrapped handler and reports what Cognito would do with the outcome: the response it
 * reads, or the `UserLambdaValidationException` message it shows (`PreSignUp failed with error
 * <message>.`).
 *
 * @example
 * ```ts
 * const outcome = await invokeAsCognito(handler, createEvent('PreSignUp_SignUp'))
 * if (!outcome.ok) expect(outcome.cognitoMessage).toBe('PreSignUp failed with error Sign-up is invite only.')
 * ```
 */
export async function invokeAsCognito<E, O>(
  handler: (event: E, context?: LambdaContext) => Promise<O>,
  event: E,
  options: InvokeOptions = {},
): Promise<CognitoOutcome<O>> {
  try {
    const out = await invoke(handler, event, options)
    return { ok: true, event: out, response: (out as { response?: unknown })?.response as never }
  } catch (error) {
    const errorType = error instanceof Error ? error.name : typeof error
    const errorMessage = error instanceof Error ? error.message : String(error)
    const source = (event as { triggerSource?: unknown })?.triggerSource
    const trigger = (typeof source === 'string' && triggerOf(source)) || 'Lambda'
    return {
      ok: false,
      error,
      errorType: isTriggerError(error) ? error.name : errorType,
      errorMessage,
      exception: 'UserLambdaValidationException',
      cognitoMessage: `${trigger} failed with error ${errorMessage}.`,
    }
  }
}
