import type { DefinitionIssue } from '../errors.js'
import type { DefinitionRules } from '../validate-definition.js'
import { validateGroup } from './validate-group.js'

/** The group rule set: every group's own rules, and unique group names. */
export const groupRules: DefinitionRules = (def) => {
  const issues: DefinitionIssue[] = []
  const seen = new Map<string, string>()
  for (const [id, group] of Object.entries(def.groups)) {
    issues.push(...validateGroup(`groups.${id}`, group))
    if (group.groupName === undefined) continue
    const other = seen.get(group.groupName)
    if (other !== undefined) {
      issues.push({
        path: `groups.${id}.groupName`,
        rule: 'DuplicateGroupName',
        message: `groupName ${JSON.stringify(group.groupName)} is also used by group ${other}`,
      })
    }
    seen.set(group.groupName, id)
  }
  return issues
}
