import { clientRules } from './client/client-rules.js'
import type { UserPoolDefinition } from './definition/user-pool-definition.js'
import { domainRules } from './domain/domain-rules.js'
import { type DefinitionIssue, DefinitionValidationError } from './errors.js'
import { extrasRules } from './extras/extras-rules.js'
import { groupRules } from './group/group-rules.js'
import { identityProviderRules } from './identity-provider/identity-provider-rules.js'
import { childIdRules } from './internal/child-id-rules.js'
import { resourceServerRules } from './resource-server/resource-server-rules.js'
import { userPoolRules } from './user-pool/user-pool-rules.js'

/** A cross-field rule set: returns every issue it finds (never throws). */
export type DefinitionRules = (def: UserPoolDefinition) => readonly DefinitionIssue[]

/** Rule sets run at the terminals, in order. Each part of the builder contributes one. */
const RULES: readonly DefinitionRules[] = [
  userPoolRules,
  childIdRules,
  resourceServerRules,
  identityProviderRules,
  clientRules,
  domainRules,
  groupRules,
  extrasRules,
]

/** Result of `validate()`: the zod `safeParse` shape. */
export type ValidationResult<D> =
  | { readonly success: true; readonly data: D; readonly issues: readonly [] }
  | { readonly success: false; readonly issues: readonly DefinitionIssue[]; readonly error: DefinitionValidationError }

/**
 * Runs every cross-field rule over a definition without throwing.
 *
 * @example
 * ```ts
 * const result = validateDefinition(def)
 * if (!result.success) console.log(result.issues)
 * ```
 */
export function validateDefinition<D extends UserPoolDefinition>(def: D): ValidationResult<D> {
  const issues = RULES.flatMap((rules) => rules(def))
  if (issues.length === 0) return { success: true, data: def, issues: [] }
  return { success: false, issues, error: new DefinitionValidationError(issues) }
}

/** Throws one {@link DefinitionValidationError} listing every issue. */
export function assertValidDefinition(def: UserPoolDefinition): void {
  const result = validateDefinition(def)
  if (!result.success) throw result.error
}
