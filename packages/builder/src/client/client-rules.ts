import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import type { DefinitionIssue } from '../errors.js'
import type { DefinitionRules } from '../validate-definition.js'
import { effectiveOAuthScopes } from './effective-oauth.js'
import { validateClient } from './validate-client.js'

/** Custom attribute names used by a list of attributes that the pool does not declare. */
export function undeclaredCustomAttributes(def: UserPoolDefinition, names: readonly string[]): string[] {
  return names.filter((n) => n.startsWith('custom:') && !(n.slice('custom:'.length) in def.customAttributes))
}

/**
 * The client rule set: every client's own rules, then what needs the rest of the pool — custom
 * attributes declared on the pool, scopes declared on their resource server.
 */
export const clientRules: DefinitionRules = (def) => {
  const issues: DefinitionIssue[] = []
  const servers = new Map(
    Object.values(def.resourceServers).map((s) => [s.identifier, new Set(s.scopes.map((x) => x.scopeName))]),
  )
  for (const [id, client] of Object.entries(def.clients)) {
    const path = `clients.${id}`
    issues.push(...validateClient(path, client))
    for (const key of ['readAttributes', 'writeAttributes'] as const) {
      for (const name of undeclaredCustomAttributes(def, client[key] ?? [])) {
        issues.push({
          path: `${path}.${key}`,
          rule: 'UndeclaredCustomAttribute',
          message: `${name} is not a custom attribute of this pool (declare it with customAttributes)`,
        })
      }
    }
    if (client.disableOAuth === true) continue
    for (const scope of effectiveOAuthScopes(client)) {
      // The declared server the scope starts with (identifiers may contain '/', scope names may not).
      const identifier = [...servers.keys()]
        .filter((id) => scope.startsWith(`${id}/`))
        .sort((a, b) => b.length - a.length)[0]
      if (identifier === undefined) continue
      const name = scope.slice(identifier.length + 1)
      if (!(servers.get(identifier) as Set<string>).has(name)) {
        issues.push({
          path: `${path}.oAuth.scopes`,
          rule: 'UndeclaredScope',
          message: `${scope}: resource server ${identifier} has no scope ${name}`,
        })
      }
    }
  }
  return issues
}
