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
  /** Keys whose maps add up across parts (instead of the last part's map winning); always a fresh map. */
  readonly additive?: readonly string[]
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
    if (issues.length === 0) {
      for (const key of rules.additive ?? []) {
        // One part's own value stays as it is (the schema judges it); otherwise a fresh union.
        if (parts.length === 1 && Object.hasOwn(parts[0] as object, key)) continue
        response[key] = Object.assign({}, ...parts.map((p) => (p as Record<string, unknown>)[key]))
      }
    }
    if (issues.length === 0) issues.push(...rules.issues(response, e, options))
    assertNoIssues(e.triggerSource, issues)
    return response
  }
}

/** `respond` for triggers whose response Cognito does not read: the handler returns nothing (or `{}`). */
export function emptyResponse(result: unknown, event: unknown): Record<string, unknown> {
  return mergedResponse({ issues: emptyResponseIssues })(result, event, undefined)
}
