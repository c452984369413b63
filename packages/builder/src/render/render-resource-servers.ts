import type { CloudFormationResource } from './cloudformation-template.js'
import type { PartRenderer } from './rendered-part.js'
import { childLogicalId } from './resource-logical-ids.js'

/** One `AWS::Cognito::UserPoolResourceServer` per resource server. */
export const renderResourceServers: PartRenderer = (def, ctx) => {
  const resources: Record<string, CloudFormationResource> = {}
  for (const [id, server] of Object.entries(def.resourceServers)) {
    resources[childLogicalId(ctx, id)] = {
      Type: 'AWS::Cognito::UserPoolResourceServer',
      Properties: {
        Identifier: server.identifier,
        Name: server.userPoolResourceServerName ?? server.identifier,
        Scopes:
          server.scopes.length === 0
            ? undefined
            : server.scopes.map((s) => ({ ScopeDescription: s.scopeDescription, ScopeName: s.scopeName })),
        UserPoolId: { Ref: ctx.logicalId() },
      },
    }
  }
  return { resources }
}
