import { type DefinitionIssue, DefinitionValidationError } from '../errors.js'

/** Throws one {@link DefinitionValidationError} listing `issues`, if there are any. */
export function throwIfIssues(issues: readonly DefinitionIssue[]): void {
  if (issues.length > 0) throw new DefinitionValidationError(issues)
}
