import type { CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { integerIssues, issue, joinPath, show } from '../internal/literal-checks.js'

/** Cognito's limit on custom attributes per pool. */
export const MAX_CUSTOM_ATTRIBUTES = 50
const NAME_PATTERN = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,20}$/u

/** Rules on one attribute's constraints (`path` is the attribute's path, `''` when unnamed). */
export function customAttributeConstraintIssues(def: CustomAttributeDefinition, path: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  // Intrinsics skip the checks, as the CDK skips tokens.
  const literal = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined)
  const [minLen, maxLen, min, max] = [def.minLen, def.maxLen, def.min, def.max].map(literal)
  // The CDK's checks (truthiness as in the CDK: `minLen: 0` is never an error).
  if (minLen && minLen < 0) {
    issues.push(
      issue(joinPath(path, 'minLen'), 'MinlenCannotLessThan', `minLen cannot be less than 0 (value: ${minLen}).`),
    )
  }
  if (maxLen && maxLen > 2048) {
    issues.push(
      issue(
        joinPath(path, 'maxLen'),
        'MaxlenCannotGreaterThan',
        `maxLen cannot be greater than 2048 (value: ${maxLen}).`,
      ),
    )
  }
  // Service limits the CDK misses.
  if (minLen !== undefined && minLen > 2048) {
    issues.push(
      issue(
        joinPath(path, 'minLen'),
        'MinlenCannotGreaterThan',
        `minLen cannot be greater than 2048 (value: ${minLen}).`,
      ),
    )
  }
  if (maxLen !== undefined && maxLen < 0) {
    issues.push(
      issue(joinPath(path, 'maxLen'), 'MaxlenCannotLessThan', `maxLen cannot be less than 0 (value: ${maxLen}).`),
    )
  }
  issues.push(...integerIssues(minLen, joinPath(path, 'minLen'), 'StringLengthNotInteger', 'minLen'))
  issues.push(...integerIssues(maxLen, joinPath(path, 'maxLen'), 'StringLengthNotInteger', 'maxLen'))
  if (minLen !== undefined && maxLen !== undefined && minLen > maxLen) {
    issues.push(
      issue(
        joinPath(path, 'minLen'),
        'StringLengthRange',
        `minLen (${minLen}) cannot be greater than maxLen (${maxLen}).`,
      ),
    )
  }
  if (min !== undefined && max !== undefined && min > max) {
    issues.push(issue(joinPath(path, 'min'), 'NumberValueRange', `min (${min}) cannot be greater than max (${max}).`))
  }
  return issues
}

/** Rules on the whole custom-attribute map (`path` is where the map lives, e.g. `customAttributes`). */
export function customAttributesIssues(
  attrs: { readonly [name: string]: CustomAttributeDefinition },
  path: string,
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  const names = Object.keys(attrs)
  if (names.length > MAX_CUSTOM_ATTRIBUTES) {
    issues.push(
      issue(
        path,
        'CustomAttributeCount',
        `a user pool can have at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes (received ${names.length})`,
      ),
    )
  }
  for (const name of names) {
    const at = joinPath(path, name)
    if (name.startsWith('custom:')) {
      issues.push(
        issue(
          at,
          'CustomAttributeNamePrefix',
          `custom attribute names are given without the 'custom:' prefix (received ${show(name)})`,
        ),
      )
    } else if (!NAME_PATTERN.test(name)) {
      issues.push(
        issue(
          at,
          'CustomAttributeName',
          `custom attribute names must be 1 to 20 letters, digits, symbols or punctuation, without spaces (received ${show(name)})`,
        ),
      )
    }
    issues.push(...customAttributeConstraintIssues(attrs[name] as CustomAttributeDefinition, at))
  }
  return issues
}
