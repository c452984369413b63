import type { DefinitionIssue } from '../errors.js'
import type { DefinitionRules } from '../validate-definition.js'
import { validateDomain } from './validate-domain.js'

/** The domain rule set: every domain's own rules, and at most one prefix and one custom domain per pool. */
export const domainRules: DefinitionRules = (def) => {
  const issues: DefinitionIssue[] = []
  const prefix: string[] = []
  const custom: string[] = []
  for (const [id, domain] of Object.entries(def.domains)) {
    issues.push(...validateDomain(`domains.${id}`, domain))
    if (domain.cognitoDomain !== undefined) prefix.push(id)
    if (domain.customDomain !== undefined) custom.push(id)
  }
  for (const [kind, ids] of [
    ['Cognito prefix', prefix],
    ['custom', custom],
  ] as const) {
    if (ids.length > 1) {
      issues.push({
        path: `domains.${ids[1]}`,
        rule: 'TooManyDomains',
        message: `a user pool has at most one ${kind} domain; ${ids.join(', ')} are all ${kind} domains`,
      })
    }
  }
  return issues
}
