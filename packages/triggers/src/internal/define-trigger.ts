/**
 * The engine behind every wrapper: parse the event for its trigger, call the user's handler, turn
 * its result into a response, validate that response, and hand Cognito the event back.
 */
import * as z from 'zod/mini'
import {
  isTriggerError,
  type TriggerIssue,
  TriggerValidationError,
  TriggerVersionMismatchError,
  UnsupportedTriggerSourceError,
} from '../errors.js'
import type { LambdaContext } from '../lambda-context.js'
import { issue, toTriggerIssues } from './to-trigger-issues.js'
import { typeName } from './type-name.js'

/** What a wrapper needs to know about its trigger. */
export interface TriggerSpec<O = unknown> {
  /** Cognito's name for the trigger, as in `PreSignUp failed with error ...`. */
  readonly trigger: string
  /** The wrapper's name, used in messages (`preTokenGeneration.v2`). */
  readonly wrapper: string
  /** Sources the wrapper serves. */
  readonly sources: readonly string[]
  /** Accepted `version` values, when they matter (pre token generation). */
  readonly versions?: { readonly accepted: readonly string[]; readonly hint: (received: string | undefined) => string }
  /** The event schema for one of `sources`. */
  eventSchema(source: string): z.core.$ZodType
  /**
   * Turns the handler's result into the `response` Cognito reads, or throws a
   * `TriggerValidationError` listing every issue. `undefined` means "leave the event's response".
   */
  respond(result: unknown, event: unknown, options: O): unknown
}

const PARSE_OPTIONS = { reportInput: true } as const

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Throws the `TriggerValidationError` of an input that is not even an object. */
export function assertEventObject(input: unknown): asserts input is Record<string, unknown> {
  if (!isObject(input)) {
    throw new TriggerValidationError('event', undefined, [
      issue('invalid_type', [], `expected a trigger event object, received ${typeName(input)}`),
    ])
  }
}

/**
 * Validates an event for a trigger: right source, right version, right shape. Returns the parsed
 * copy (unknown keys kept).
 */
export function parseEventFor(spec: TriggerSpec<never>, input: unknown): unknown {
  assertEventObject(input)
  const source = input.triggerSource
  if (typeof source !== 'string' || !spec.sources.includes(source)) {
    throw new UnsupportedTriggerSourceError(
      typeof source === 'string' ? source : undefined,
      spec.sources,
      input,
      spec.wrapper,
    )
  }
  if (spec.versions) {
    const version = typeof input.version === 'number' ? String(input.version) : input.version
    if (typeof version !== 'string' || !spec.versions.accepted.includes(version)) {
      const received = typeof version === 'string' ? version : undefined
      throw new TriggerVersionMismatchError(source, spec.versions.accepted, received, spec.versions.hint(received))
    }
  }
  const result = z.safeParse(spec.eventSchema(source), input, PARSE_OPTIONS)
  if (!result.success) throw new TriggerValidationError('event', source, toTriggerIssues(result.error.issues))
  return result.data
}

/** Validates a value against a schema; issues get the `base` path prefix. */
export function checkSchema(
  schema: z.core.$ZodType,
  value: unknown,
  base: readonly (string | number)[],
): TriggerIssue[] {
  const result = z.safeParse(schema, value, PARSE_OPTIONS)
  return result.success ? [] : toTriggerIssues(result.error.issues, base)
}

/** The empty context handed to user handlers when the caller passed none. */
const NO_CONTEXT: LambdaContext = /* @__PURE__ */ Object.freeze({})

/**
 * Builds the Lambda handler for a trigger: `(event, context) => Promise<event with response>`.
 * `call` lets a trigger pass extra arguments to the user's handler (the custom senders' code).
 */
export function defineTrigger<O>(
  spec: TriggerSpec<O>,
  handler: (event: never, context: LambdaContext, extra?: never) => unknown,
  options: O,
  call?: (event: unknown, context: LambdaContext) => Promise<unknown>,
): (event: unknown, context?: LambdaContext) => Promise<unknown> {
  if (typeof handler !== 'function') throw new TypeError(`${spec.wrapper}(handler): handler must be a function`)
  const wrapped = async (input: unknown, context?: LambdaContext): Promise<unknown> => {
    const event = parseEventFor(spec as TriggerSpec<never>, input)
    const ctx = context ?? NO_CONTEXT
    const result = call
      ? await call(event, ctx)
      : await (handler as (e: unknown, c: LambdaContext) => unknown)(event, ctx)
    const denial = (Array.isArray(result) ? result : [result]).find(
      (r) => isTriggerError(r) && r.code === 'ERR_TRIGGER_DENIED',
    )
    if (denial) throw denial
    const response = spec.respond(result, event, options)
    const output = { ...(input as Record<string, unknown>) }
    if (response !== undefined) output.response = response
    return output
  }
  Object.defineProperty(wrapped, 'name', { value: spec.wrapper })
  return wrapped
}

/**
 * Splits a handler result into parts: `undefined` → none, arrays → their items (skipping
 * `undefined`, `null` and `false`, so `[a, flag && b]` works), anything else → itself.
 */
export function resultParts(result: unknown): readonly unknown[] {
  if (result === undefined || result === null) return []
  return Array.isArray(result)
    ? result.filter((part) => part !== undefined && part !== null && part !== false)
    : [result]
}

/** Throws a response validation error when there are issues. */
export function assertNoIssues(source: string, issues: readonly TriggerIssue[]): void {
  if (issues.length > 0) throw new TriggerValidationError('response', source, issues)
}

/** Shallow-merges object parts over defaults, reporting non-object parts. */
export function mergeObjectParts(
  parts: readonly unknown[],
  defaults: Record<string, unknown>,
  issues: TriggerIssue[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults }
  parts.forEach((part, index) => {
    if (!isObject(part)) {
      const at = parts.length > 1 ? [`response[${index}]`] : ['response']
      issues.push(issue('invalid_type', at, `expected a response object, received ${typeName(part)}`))
      return
    }
    Object.assign(out, part)
  })
  return out
}

/** The issues of a response to a trigger whose response Cognito does not read: it must be empty. */
export function emptyResponseIssues(response: unknown): TriggerIssue[] {
  if (response === undefined || response === null) return []
  if (!isObject(response))
    return [issue('invalid_type', ['response'], `expected a response object, received ${typeName(response)}`)]
  const keys = Object.keys(response)
  return keys.length === 0
    ? []
    : [
        issue(
          'unrecognized_keys',
          ['response'],
          `unknown ${keys.length === 1 ? 'key' : 'keys'} ${keys.map((k) => JSON.stringify(k)).join(', ')}: this trigger's response is empty, Cognito reads nothing from it`,
        ),
      ]
}
