/**
 * The `respond` of the triggers whose response is one object: the handler's parts merged in
 * order over Cognito's defaults, then checked.
 */
import type { TriggerIssue } from '../errors.js'
import { assertNoIssues, emptyResponseIssues, mergeObjectParts, resultParts } from './define-trigger.js'

/** How a trigger builds and checks its response. */
export interface MergedResponseRules<E, O> {
  /** What Cognito reads for the fields no part sets. */
  readonly defaults?: Readonly<Record<string, unknown>>
  /** The issue when the handler returns no part although Cognito needs an answer. */
  readonly required?: TriggerIssue
  /** Adjusts the merged response from the parts (which are all objects), e.g. maps that add up. */
  merge?(response: Record<string, unknown>, parts: readonly Record<string, unknown>[]): void
  /** Turns one part into a response object before merging (a boolean verdict, say). */
  part?(part: unknown): unknown
  /** The issues of the merged response: its schema, then the rules that need the event. */
  issues(response: Record<string, unknown>, event: E, options: O): TriggerIssue[]
}

/**
 * A `respond` that merges the handler's parts and checks the result, throwing a
 * `TriggerValidationError` listing every issue.
 */
export function mergedResponse<E extends { readonly triggerSource: string }, O = undefined>(
  rules: MergedResponseRules<E, O>,
): (result: unknown, event: unknown, options: O) => Record<string, unknown> {
  return (result, event, options) => {
    const e = event as E
    const issues: TriggerIssue[] = []
    const parts = rules.part ? resultParts(result).map(rules.part) : resultParts(result)
    if (parts.length === 0 && rules.required) issues.push(rules.required)
    const response = mergeObjectParts(parts, rules.defaults ?? {}, issues)
    if (issues.length === 0) rules.merge?.(response, parts as readonly Record<string, unknown>[])
    if (issues.length === 0) issues.push(...rules.issues(response, e, options))
    assertNoIssues(e.triggerSource, issues)
    return response
  }
}

/** `respond` for triggers whose response Cognito does not read: the handler returns nothing (or `{}`). */
export function emptyResponse(result: unknown, event: unknown): Record<string, unknown> {
  return mergedResponse({ issues: emptyResponseIssues })(result, event, undefined)
}
