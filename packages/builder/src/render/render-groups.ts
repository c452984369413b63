import type { CloudFormationResource } from './cloudformation-template.js'
import { dropUndefined } from './render-clients.js'
import type { PartRenderer } from './rendered-part.js'
import { childLogicalId } from './resource-logical-ids.js'

/** One `AWS::Cognito::UserPoolGroup` per group. */
export const renderGroups: PartRenderer = (def, ctx) => {
  const resources: Record<string, CloudFormationResource> = {}
  for (const [id, group] of Object.entries(def.groups)) {
    resources[childLogicalId(ctx, id)] = {
      Type: 'AWS::Cognito::UserPoolGroup',
      Properties: dropUndefined({
        Description: group.description,
        GroupName: group.groupName,
        Precedence: group.precedence,
        RoleArn: group.role,
        UserPoolId: { Ref: ctx.logicalId() },
      }),
    }
  }
  return { resources }
}
