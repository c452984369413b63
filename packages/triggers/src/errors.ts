/**
 * Errors thrown by `@cognito-kit/triggers`. Every error extends {@link TriggerError} and carries a
 * stable `code`. Messages never contain received values (user attributes, codes, tokens): Cognito
 * shows a trigger's error message to end users (`PreSignUp failed with error <message>.`), so every
 * message here is safe to surface. Details live in `issues`, `triggerSource`, `expected`, ...
 *
 * @module
 */

const COGNITO_KIT_BRAND = /* @__PURE__ */ Symbol.for('@cognito-kit/error')
const TRIGGER_BRAND = /* @__PURE__ */ Symbol.for('@cognito-kit/triggers/error')

/** Stable codes of the triggers package's errors. Switch on `error.code`; messages may change. */
export type TriggerErrorCode =
  /** The event does not match what Cognito sends for its `triggerSource`; see `issues`. */
  | 'ERR_TRIGGER_EVENT_INVALID'
  /** The handler's response breaks Cognito's rules; see `issues`. */
  | 'ERR_TRIGGER_RESPONSE_INVALID'
  /** The event's `triggerSource` is not one this handler (or router) serves. */
  | 'ERR_TRIGGER_UNSUPPORTED'
  /** A pre-token-generation event's `version` does not match the wrapper (`.v1` / `.v2` / `.v3`). */
  | 'ERR_TRIGGER_VERSION_MISMATCH'
  /** The handler denied the operation with `deny(message)`; the message is the one users see. */
  | 'ERR_TRIGGER_DENIED'
  /** The custom sender's `decrypt` function failed on the event's `code`. */
  | 'ERR_TRIGGER_DECRYPT_FAILED'

/** The message lists this many issues at most; `issues` has them all. */
const MAX_ISSUES_IN_MESSAGE = 10

/** Where a validation issue was found. */
export type TriggerValidationTarget = 'event' | 'response'

/** One problem found in an event or a response. */
export interface TriggerIssue {
  /** Rule identifier: a zod issue code (`invalid_type`, `unrecognized_keys`, ...) or one of ours (`reserved_claim`, `missing_placeholder`, ...). */
  readonly code: string
  /** Dotted path from the event root (`response.claimsOverrideDetails.claimsToAddOrOverride.sub`). */
  readonly path: string
  /** The path as segments. */
  readonly segments: readonly (string | number)[]
  /** A sentence naming the field and the rule. Never contains the received value. */
  readonly message: string
}

/**
 * Base class of every error the triggers package throws.
 *
 * @example
 * ```ts
 * try { await handler(event, context) } catch (e) { if (isTriggerError(e)) console.error(e.code) }
 * ```
 */
export class TriggerError extends Error {
  /** Stable machine-readable code. */
  readonly code: TriggerErrorCode

  constructor(code: TriggerErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
    Object.defineProperty(this, COGNITO_KIT_BRAND, { value: true })
    Object.defineProperty(this, TRIGGER_BRAND, { value: true })
  }
}

/**
 * Thrown when an event does not match what Cognito sends, or a handler's response breaks Cognito's
 * rules. `issues` lists every problem with its path, not only the first.
 *
 * @example
 * ```ts
 * try { parseTriggerEvent(input) } catch (e) {
 *   if (e instanceof TriggerValidationError) for (const i of e.issues) console.log(i.path, i.message)
 * }
 * ```
 */
export class TriggerValidationError extends TriggerError {
  /** Whether the event (`'event'`) or the handler's response (`'response'`) is invalid. */
  readonly target: TriggerValidationTarget
  /** The trigger source of the event, when it had a string one. */
  readonly triggerSource: string | undefined
  /** Every problem found. */
  readonly issues: readonly TriggerIssue[]

  constructor(
    target: TriggerValidationTarget,
    triggerSource: string | undefined,
    issues: readonly TriggerIssue[],
    options?: { cause?: unknown },
  ) {
    const what = target === 'event' ? 'event' : 'response'
    const subject = triggerSource ? `${triggerSource} ${what}` : what
    const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((i) => `${i.path || '(root)'}: ${i.message}`)
    if (issues.length > MAX_ISSUES_IN_MESSAGE)
      shown.push(`and ${issues.length - MAX_ISSUES_IN_MESSAGE} more (see issues)`)
    const list = shown.join('; ')
    super(
      target === 'event' ? 'ERR_TRIGGER_EVENT_INVALID' : 'ERR_TRIGGER_RESPONSE_INVALID',
      `Invalid ${subject} (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${list}`,
      options,
    )
    this.target = target
    this.triggerSource = triggerSource
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, segments: Object.freeze([...i.segments]) })))
  }
}

/**
 * Thrown when an event's `triggerSource` is not one the handler serves (a `preSignUp` handler
 * given a `CustomMessage_SignUp` event, a router without that source, an unknown future source).
 * `input` holds the event, like ts-pattern's `NonExhaustiveError`; the message names only the source.
 *
 * @example
 * ```ts
 * if (e instanceof UnsupportedTriggerSourceError) console.warn(`not handled: ${e.triggerSource}`)
 * ```
 */
export class UnsupportedTriggerSourceError extends TriggerError {
  /** The received `triggerSource` (`undefined` when the input had none). */
  readonly triggerSource: string | undefined
  /** The sources the handler serves. */
  readonly supported: readonly string[]
  /** The rejected input. */
  readonly input: unknown

  constructor(triggerSource: string | undefined, supported: readonly string[], input: unknown, handlerName?: string) {
    const who = handlerName ?? 'This handler'
    const got =
      triggerSource === undefined ? 'an event without a string triggerSource' : `triggerSource "${triggerSource}"`
    super('ERR_TRIGGER_UNSUPPORTED', `${who} does not handle ${got}; it handles ${supported.join(', ')}`)
    this.triggerSource = triggerSource
    this.supported = Object.freeze([...supported])
    this.input = input
  }
}

/**
 * Thrown when a pre-token-generation event's `version` does not match the wrapper: the pool's
 * `PreTokenGenerationConfig.LambdaVersion` and the handler disagree, so Cognito would ignore the
 * response. Also thrown for `TokenGeneration_ClientCredentials` events that are not version `"3"`.
 *
 * @example
 * ```ts
 * if (e instanceof TriggerVersionMismatchError) console.error(`configure ${e.expected.join(' or ')}`)
 * ```
 */
export class TriggerVersionMismatchError extends TriggerError {
  /** The versions the handler accepts (`['2']`). */
  readonly expected: readonly string[]
  /** The event's `version` (`undefined` when it had no string one). */
  readonly received: string | undefined
  /** The event's trigger source. */
  readonly triggerSource: string

  constructor(triggerSource: string, expected: readonly string[], received: string | undefined, hint: string) {
    const got = received === undefined ? 'no string version' : `version "${received}"`
    super(
      'ERR_TRIGGER_VERSION_MISMATCH',
      `${triggerSource} event has ${got}, expected ${expected.map((v) => `"${v}"`).join(' or ')}: ${hint}`,
    )
    this.expected = Object.freeze([...expected])
    this.received = received
    this.triggerSource = triggerSource
  }
}

/**
 * A deliberate denial: the message is exactly what Cognito shows (`PreSignUp failed with error
 * <message>.`). Create it with `deny(message)` and either return or throw it from a handler.
 *
 * @example
 * ```ts
 * preSignUp((event) => event.request.userAttributes.email?.endsWith('@example.com') ? autoConfirm() : deny('Sign-up is invite only'))
 * ```
 */
export class TriggerDeniedError extends TriggerError {
  constructor(message: string) {
    super('ERR_TRIGGER_DENIED', message)
  }
}

/**
 * Thrown when a custom sender's `decrypt` function rejects the event's `code`. The cause is kept;
 * the message is generic.
 *
 * @example
 * ```ts
 * if (e instanceof CodeDecryptionError) console.error(e.cause)
 * ```
 */
export class CodeDecryptionError extends TriggerError {
  /** The event's trigger source. */
  readonly triggerSource: string

  constructor(triggerSource: string, cause: unknown) {
    super('ERR_TRIGGER_DECRYPT_FAILED', `Could not decrypt the code of a ${triggerSource} event`, { cause })
    this.triggerSource = triggerSource
  }
}

/**
 * True for any error thrown by `@cognito-kit/triggers`, even across duplicate installed copies and
 * across the package's entry points (where `instanceof` can fail).
 *
 * @example
 * ```ts
 * if (isTriggerError(err) && err.code === 'ERR_TRIGGER_DENIED') return
 * ```
 */
export function isTriggerError(value: unknown): value is TriggerError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[TRIGGER_BRAND] === true
}

/**
 * Every error class of the package, together (`errors.TriggerValidationError`), for `instanceof`
 * checks without naming each import.
 *
 * @example
 * ```ts
 * if (e instanceof errors.TriggerVersionMismatchError) console.error(e.expected)
 * ```
 */
export const errors = /* @__PURE__ */ Object.freeze({
  TriggerError,
  TriggerValidationError,
  UnsupportedTriggerSourceError,
  TriggerVersionMismatchError,
  TriggerDeniedError,
  CodeDecryptionError,
})
