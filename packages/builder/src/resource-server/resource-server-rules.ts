import type { DefinitionIssue } from '../errors.js'
import type { DefinitionRules } from '../validate-definition.js'
import { validateResourceServer } from './validate-resource-server.js'

/** The resource-server rule set: every server's own rules, and unique identifiers. */
export const resourceServerRules: DefinitionRules = (def) => {
  const issues: DefinitionIssue[] = []
  const seen = new Map<string, string>()
  for (const [id, server] of Object.entries(def.resourceServers)) {
    issues.push(...validateResourceServer(`resourceServers.${id}`, server))
    const other = seen.get(server.identifier)
    if (other !== undefined) {
      issues.push({
        path: `resourceServers.${id}.identifier`,
        rule: 'DuplicateResourceServerIdentifier',
        message: `identifier ${JSON.stringify(server.identifier)} is also used by resource server ${other}`,
      })
    }
    seen.set(server.identifier, id)
  }
  return issues
}
