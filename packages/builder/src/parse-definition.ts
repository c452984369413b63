import { userPoolDefinitionSchema } from './definition/definition-schema.js'
import { DEFINITION_VERSION, type UserPoolDefinition } from './definition/user-pool-definition.js'
import { DefinitionValidationError } from './errors.js'
import { toDefinitionIssues } from './internal/zod-issues.js'

/**
 * Parses an unknown value (e.g. `JSON.parse` output) into a definition, listing every issue with
 * its path when it is not one.
 */
export function parseDefinitionDocument(value: unknown): UserPoolDefinition {
  if (typeof value === 'object' && value !== null) {
    const doc = value as { kind?: unknown; version?: unknown }
    if (doc.kind !== undefined && doc.kind !== 'UserPool') {
      throw new DefinitionValidationError(
        [
          {
            path: 'kind',
            rule: 'DefinitionKind',
            message: `kind must be 'UserPool'; received ${JSON.stringify(doc.kind)}`,
          },
        ],
        { code: 'ERR_DEFINITION_VERSION' },
      )
    }
    if (doc.version !== undefined && doc.version !== DEFINITION_VERSION) {
      throw new DefinitionValidationError(
        [
          {
            path: 'version',
            rule: 'DefinitionVersion',
            message: `version ${JSON.stringify(doc.version)} is not supported; this builder reads version ${DEFINITION_VERSION}`,
          },
        ],
        { code: 'ERR_DEFINITION_VERSION' },
      )
    }
  }
  const result = userPoolDefinitionSchema.safeParse(value)
  if (!result.success) {
    throw new DefinitionValidationError(toDefinitionIssues(result.error.issues))
  }
  return result.data as unknown as UserPoolDefinition
}
