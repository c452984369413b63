import { undeclaredCustomAttributes } from '../client/client-rules.js'
import type { DefinitionIssue } from '../errors.js'
import type { DefinitionRules } from '../validate-definition.js'
import { FIXED_PROVIDER_NAMES } from './provider-name.js'
import { validateIdentityProvider } from './validate-identity-provider.js'

/**
 * The identity-provider rule set: every provider's own rules, unique provider names, and mapped
 * custom attributes declared on the pool.
 */
export const identityProviderRules: DefinitionRules = (def) => {
  const issues: DefinitionIssue[] = []
  const seen = new Map<string, string>()
  for (const [id, idp] of Object.entries(def.identityProviders)) {
    const path = `identityProviders.${id}`
    issues.push(...validateIdentityProvider(path, idp))
    const name = FIXED_PROVIDER_NAMES[idp.kind] ?? idp.providerName
    if (name !== undefined) {
      const other = seen.get(name)
      if (other !== undefined) {
        issues.push({
          path,
          rule: 'DuplicateProviderName',
          message: `provider name ${JSON.stringify(name)} is also used by identity provider ${other}`,
        })
      }
      seen.set(name, id)
    }
    for (const attr of undeclaredCustomAttributes(def, Object.keys(idp.attributeMapping ?? {}))) {
      issues.push({
        path: `${path}.attributeMapping.${attr}`,
        rule: 'UndeclaredCustomAttribute',
        message: `${attr} is not a custom attribute of this pool (declare it with customAttributes)`,
      })
    }
  }
  return issues
}
