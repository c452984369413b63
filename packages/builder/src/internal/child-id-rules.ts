import type { DefinitionIssue } from '../errors.js'
import type { DefinitionRules } from '../validate-definition.js'

const alnum = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '')

/**
 * Ids of the pool's children (clients, domains, resource servers, groups, identity providers and
 * the beyond-CDK resources) must differ, also once reduced to letters and digits, because logical
 * IDs and output names are made from them.
 */
export const childIdRules: DefinitionRules = (def) => {
  const issues: DefinitionIssue[] = []
  const seen = new Map<string, string>()
  const sections: [string, readonly string[]][] = [
    ['clients', Object.keys(def.clients)],
    ['domains', Object.keys(def.domains)],
    ['resourceServers', Object.keys(def.resourceServers)],
    ['groups', Object.keys(def.groups)],
    ['identityProviders', Object.keys(def.identityProviders)],
    ['extras.managedLoginBrandings', Object.keys(def.extras.managedLoginBrandings ?? {})],
    ['extras.riskConfigurations', Object.keys(def.extras.riskConfigurations ?? {})],
    ['extras.uiCustomizations', Object.keys(def.extras.uiCustomizations ?? {})],
  ]
  for (const [section, ids] of sections) {
    for (const id of ids) {
      const path = `${section}.${id}`
      const key = alnum(id)
      if (key === '') {
        issues.push({ path, rule: 'IdInvalid', message: `id ${JSON.stringify(id)} needs at least one letter or digit` })
        continue
      }
      if (key === 'LogDelivery') {
        issues.push({
          path,
          rule: 'DuplicateId',
          message: `id ${JSON.stringify(id)} is reserved for the pool's log delivery`,
        })
      }
      const other = seen.get(key)
      if (other !== undefined) {
        issues.push({
          path,
          rule: 'DuplicateId',
          message: `id ${JSON.stringify(id)} clashes with ${other} (ids name logical IDs and outputs; they must differ in their letters and digits)`,
        })
      }
      seen.set(key, path)
    }
  }
  return issues
}
