import type { RenderContext } from './render-context.js'
import type { PartRenderer } from './rendered-part.js'
import { smsRoleDecision } from './user-pool/sms-configuration.js'

/** Logical ID of the SMS role the builder creates (the CDK's child `smsRole` of the pool). */
export const smsRoleLogicalId = (ctx: RenderContext): string => ctx.logicalId('smsRole', 'Resource')

/** `sts:ExternalId` of the created role: the CDK's `Names.uniqueId(pool)`, at most 1223 characters. */
export const smsRoleExternalId = (ctx: RenderContext): string => ctx.uniqueId().slice(0, 1223)

/** Sorted `[{ Key, Value }]` tags, as the CDK's tag manager renders them for IAM. */
function tagList(tags: { readonly [key: string]: string }): { Key: string; Value: string }[] | undefined {
  const keys = Object.keys(tags).sort()
  return keys.length === 0 ? undefined : keys.map((Key) => ({ Key, Value: tags[Key] as string }))
}

/** The `AWS::IAM::Role` Cognito assumes to publish SMS, when the pool needs one and none is given. */
export const renderSmsRole: PartRenderer = (def, ctx) => {
  if (smsRoleDecision(def.settings) !== 'create') return { resources: {} }
  const tags = tagList(def.tags)
  return {
    resources: {
      [smsRoleLogicalId(ctx)]: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Statement: [
              {
                Action: 'sts:AssumeRole',
                Condition: { StringEquals: { 'sts:ExternalId': smsRoleExternalId(ctx) } },
                Effect: 'Allow',
                Principal: { Service: 'cognito-idp.amazonaws.com' },
              },
            ],
            Version: '2012-10-17',
          },
          Policies: [
            {
              PolicyDocument: {
                Statement: [{ Action: 'sns:Publish', Effect: 'Allow', Resource: '*' }],
                Version: '2012-10-17',
              },
              PolicyName: 'sns-publish',
            },
          ],
          ...(tags ? { Tags: tags } : {}),
        },
      },
    },
  }
}
