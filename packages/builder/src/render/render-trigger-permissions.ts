import type { PartRenderer } from './rendered-part.js'

/** Construct id of a trigger's permission: `PreSignUpCognito`, `CustomEmailSenderCognito`, ... */
export const permissionId = (operation: string): string =>
  `${operation.charAt(0).toUpperCase()}${operation.slice(1)}Cognito`

/**
 * One `AWS::Lambda::Permission` per trigger (unless turned off), scoped to the pool as the CDK
 * does, so one function can serve several pools.
 */
export const renderTriggerPermissions: PartRenderer = (def, ctx) => {
  const resources: Record<string, { Type: string; Properties: Record<string, unknown> }> = {}
  const poolArn = { 'Fn::GetAtt': [ctx.logicalId(), 'Arn'] }
  for (const [operation, trigger] of Object.entries(def.triggers.operations)) {
    if (trigger.permission === false) continue
    resources[ctx.logicalId(permissionId(operation))] = {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: trigger.lambdaArn,
        Principal: 'cognito-idp.amazonaws.com',
        SourceArn: poolArn,
      },
    }
  }
  return { resources }
}
