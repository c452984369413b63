import type { GroupDefinition } from '../definition/group-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { roleArnIssues } from '../user-pool/arn-patterns.js'

const GROUP_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u
const MAX_PRECEDENCE = 2 ** 31 - 1

/** The CDK's group rules (same rule codes), plus a whole-number precedence. */
export function validateGroup(path: string, group: GroupDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  if (group.groupName !== undefined && !GROUP_NAME.test(group.groupName)) {
    issues.push({
      path: `${path}.groupName`,
      rule: 'MustBeBetweenCharactersInclude',
      message: `\`groupName\` must be between 1 and 128 characters and can include letters, numbers, and symbols; received ${JSON.stringify(group.groupName)}.`,
    })
  }
  if (group.description !== undefined && group.description.length > 2048) {
    issues.push({
      path: `${path}.description`,
      rule: 'DescriptionLengthInvalid',
      message: `\`description\` must be between 0 and 2048 characters. Received: ${group.description.length} characters`,
    })
  }
  issues.push(...roleArnIssues(group.role, `${path}.role`))
  const p = group.precedence
  if (p !== undefined) {
    if (p < 0 || p > MAX_PRECEDENCE) {
      issues.push({
        path: `${path}.precedence`,
        rule: 'PrecedenceOutOfRange',
        message: `\`precedence\` must be between 0 and 2^31-1. Received: ${p}`,
      })
    } else if (!Number.isInteger(p)) {
      issues.push({
        path: `${path}.precedence`,
        rule: 'PrecedenceNotInteger',
        message: `\`precedence\` must be a whole number. Received: ${p}`,
      })
    }
  }
  return issues
}
