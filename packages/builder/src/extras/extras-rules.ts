import type { ClientReferenceDefinition } from '../definition/client-reference-definition.js'
import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { isIntrinsic } from '../intrinsic.js'
import type { DefinitionRules } from '../validate-definition.js'
import { validateLogDelivery } from './log-delivery.js'
import { validateManagedLoginBranding } from './managed-login-branding.js'
import { validateRiskConfiguration } from './risk-configuration.js'
import { validateUICustomization } from './ui-customization.js'

function targets(
  def: UserPoolDefinition,
  kind: string,
  section: string,
  items: { readonly [id: string]: ClientReferenceDefinition },
  issues: DefinitionIssue[],
  fallback?: string,
): void {
  const seen = new Map<string, string>()
  for (const [id, ref] of Object.entries(items)) {
    const path = `extras.${section}.${id}`
    if (ref.client !== undefined && !(ref.client in def.clients)) {
      issues.push({
        path: `${path}.client`,
        rule: 'UnknownClient',
        message: `${ref.client} is not a client of this pool`,
      })
    }
    if (ref.client !== undefined && ref.clientId !== undefined) {
      issues.push({
        path: `${path}.client`,
        rule: 'ClientReferenceInvalid',
        message: 'give client or clientId, not both',
      })
    }
    const target =
      ref.client !== undefined
        ? `client ${ref.client}`
        : isIntrinsic(ref.clientId)
          ? undefined
          : (ref.clientId ?? fallback)
    if (target === undefined) continue
    const other = seen.get(target)
    if (other !== undefined) {
      issues.push({
        path,
        rule: 'DuplicateClientTarget',
        message: `${other} is already the ${kind} of ${target}; Cognito keeps one per client`,
      })
    }
    seen.set(target, id)
  }
}

/**
 * The rule set of the beyond-CDK resources: each resource's own rules, clients that exist, one
 * resource of a kind per client, and a domain before a UI customization.
 */
export const extrasRules: DefinitionRules = (def) => {
  const issues: DefinitionIssue[] = []
  const brandings = def.extras.managedLoginBrandings ?? {}
  const risks = def.extras.riskConfigurations ?? {}
  const uis = def.extras.uiCustomizations ?? {}
  for (const [id, b] of Object.entries(brandings))
    issues.push(...validateManagedLoginBranding(`extras.managedLoginBrandings.${id}`, b))
  for (const [id, r] of Object.entries(risks))
    issues.push(...validateRiskConfiguration(`extras.riskConfigurations.${id}`, r))
  for (const [id, u] of Object.entries(uis)) issues.push(...validateUICustomization(`extras.uiCustomizations.${id}`, u))
  if (def.extras.logDelivery !== undefined)
    issues.push(...validateLogDelivery('extras.logDelivery', def.extras.logDelivery))
  targets(def, 'branding style', 'managedLoginBrandings', brandings, issues)
  targets(def, 'risk configuration', 'riskConfigurations', risks, issues, 'ALL')
  targets(def, 'UI customization', 'uiCustomizations', uis, issues, 'ALL')
  if (Object.keys(uis).length > 0 && Object.keys(def.domains).length === 0) {
    issues.push({
      path: `extras.uiCustomizations.${Object.keys(uis)[0]}`,
      rule: 'UICustomizationRequiresDomain',
      message: 'Cognito customizes the hosted UI only once the pool has a domain; add one with withDomain()',
    })
  }
  return issues
}
