import type { PartRenderer } from './rendered-part.js'

/** The `AWS::Cognito::UserPool` resource and its outputs. */
export const renderUserPool: PartRenderer = (def, ctx) => {
  const id = ctx.logicalId()
  return {
    resources: {
      [id]: {
        Type: 'AWS::Cognito::UserPool',
        Properties: {
          AdminCreateUserConfig: { AllowAdminCreateUserOnly: !(def.settings.selfSignUpEnabled ?? false) },
          UserPoolName: def.settings.userPoolName,
        },
        UpdateReplacePolicy: 'Retain',
        DeletionPolicy: 'Retain',
      },
    },
    outputs: {
      UserPoolId: { Description: `Id of user pool ${def.id}`, Value: { Ref: id } },
    },
  }
}
