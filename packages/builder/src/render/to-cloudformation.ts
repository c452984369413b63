import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import { DefinitionValidationError } from '../errors.js'
import { assertValidDefinition } from '../validate-definition.js'
import type { CloudFormationResource, CloudFormationTemplate } from './cloudformation-template.js'
import { renderClients } from './render-clients.js'
import { createRenderContext, type RenderOptions } from './render-context.js'
import { renderDomains } from './render-domains.js'
import { renderExtras } from './render-extras.js'
import { renderGroups } from './render-groups.js'
import { renderIdentityProviders } from './render-identity-providers.js'
import { renderResourceServers } from './render-resource-servers.js'
import { renderSmsRole } from './render-sms-role.js'
import { renderTriggerPermissions } from './render-trigger-permissions.js'
import { renderUserPool } from './render-user-pool.js'
import type { PartRenderer } from './rendered-part.js'

/**
 * Renderers in template order. Each is a pure function of the definition; together they make
 * the template.
 */
const RENDERERS: readonly PartRenderer[] = [
  renderSmsRole,
  renderUserPool,
  renderTriggerPermissions,
  renderResourceServers,
  renderIdentityProviders,
  renderClients,
  renderDomains,
  renderGroups,
  renderExtras,
]

/** Sorts `Properties` keys (recursively, objects only) the way the CDK's L1 renderer emits them. */
function orderResource(resource: CloudFormationResource): CloudFormationResource {
  const out: Record<string, unknown> = { Type: resource.Type }
  if (resource.Properties !== undefined) out.Properties = sortKeys(resource.Properties)
  if (resource.DependsOn !== undefined) out.DependsOn = resource.DependsOn
  if (resource.UpdateReplacePolicy !== undefined) out.UpdateReplacePolicy = resource.UpdateReplacePolicy
  if (resource.DeletionPolicy !== undefined) out.DeletionPolicy = resource.DeletionPolicy
  return out as unknown as CloudFormationResource
}

/** Top-level property keys alphabetical, as the CDK emits them; nested objects keep their order. */
function sortKeys(props: { readonly [k: string]: unknown }): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(props).sort()) if (props[key] !== undefined) out[key] = props[key]
  return out
}

/**
 * `constructPaths` may only name the pool's clients, domains, resource servers, groups, providers,
 * managed-login brandings, risk configurations and UI customizations.
 */
function assertKnownConstructPaths(def: UserPoolDefinition, paths: { readonly [childId: string]: unknown }): void {
  const children = [
    def.clients,
    def.domains,
    def.resourceServers,
    def.groups,
    def.identityProviders,
    def.extras.managedLoginBrandings ?? {},
    def.extras.riskConfigurations ?? {},
    def.extras.uiCustomizations ?? {},
  ]
  const unknown = Object.keys(paths).filter((id) => !children.some((section) => Object.hasOwn(section, id)))
  if (unknown.length === 0) return
  throw new DefinitionValidationError(
    unknown.map((id) => ({
      path: `constructPaths.${id}`,
      rule: 'UnknownChild',
      message: `${JSON.stringify(id)} is not a client, domain, resource server, group, identity provider, branding, risk configuration or UI customization of pool ${def.id}`,
    })),
  )
}

/**
 * Renders a definition to a CloudFormation template. Pure: the same definition and options give
 * the same bytes.
 *
 * @throws {DefinitionValidationError} when the definition breaks a rule (every issue is listed)
 *
 * @example
 * ```ts
 * const template = toCloudFormation(userPool('P', { selfSignUpEnabled: true }).toDefinition())
 * JSON.stringify(template, null, 2)
 * ```
 */
export function toCloudFormation(def: UserPoolDefinition, options: RenderOptions = {}): CloudFormationTemplate {
  assertValidDefinition(def)
  const ctx = createRenderContext(def.id, options)
  assertKnownConstructPaths(def, ctx.options.constructPaths)
  const resources: Record<string, CloudFormationResource> = {}
  const outputs: Record<string, CloudFormationTemplate['Outputs'][string]> = {}
  for (const render of RENDERERS) {
    const part = render(def, ctx)
    for (const [id, resource] of Object.entries(part.resources)) {
      if (id in resources) throw new Error(`duplicate logical ID ${id}`)
      resources[id] = orderResource(resource)
    }
    Object.assign(outputs, part.outputs)
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    ...(options.description !== undefined ? { Description: options.description } : {}),
    Resources: resources,
    Outputs: outputs,
  }
}
