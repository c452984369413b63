import { groupSchema } from '../definition/definition-schema.js'
import type { GroupDefinition } from '../definition/group-definition.js'
import { defined } from '../internal/defined.js'
import { requireObject } from '../internal/option-guards.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import type { UserPoolGroupOptions } from './user-pool-group-options.js'
import { validateGroup } from './validate-group.js'

/**
 * Turns `withGroup` options into the group's definition and checks its rules.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `groups.<id>`
 */
export function groupFromOptions(id: string, options: UserPoolGroupOptions = {}): GroupDefinition {
  requireObject(options, `groups.${id}`)
  const group: GroupDefinition = defined({ ...options })
  const path = `groups.${id}`
  parsePart(groupSchema, group, path)
  throwIfIssues(validateGroup(path, group))
  return group
}
