import type { ClientReferenceDefinition } from '../definition/client-reference-definition.js'
import type { NotifyEmailDefinition } from '../definition/risk-configuration-definition.js'
import type { CloudFormationResource } from './cloudformation-template.js'
import { dropUndefined } from './render-clients.js'
import type { RenderContext } from './render-context.js'
import type { PartRenderer } from './rendered-part.js'
import { childLogicalId, LOG_DELIVERY_ID } from './resource-logical-ids.js'

function clientIdValue(ref: ClientReferenceDefinition, ctx: RenderContext, fallback?: string): unknown {
  if (ref.client !== undefined) return { Ref: childLogicalId(ctx, ref.client) }
  return ref.clientId ?? fallback
}

const email = (e: NotifyEmailDefinition | undefined) =>
  e === undefined ? undefined : { HtmlBody: e.htmlBody, Subject: e.subject, TextBody: e.textBody }

/**
 * The resources the CDK has no construct for: `ManagedLoginBranding`,
 * `UserPoolRiskConfigurationAttachment`, `UserPoolUICustomizationAttachment` (after the pool's
 * domains) and `LogDeliveryConfiguration`.
 */
export const renderExtras: PartRenderer = (def, ctx) => {
  const resources: Record<string, CloudFormationResource> = {}
  const pool = { Ref: ctx.logicalId() }
  for (const [id, b] of Object.entries(def.extras.managedLoginBrandings ?? {})) {
    resources[childLogicalId(ctx, id)] = {
      Type: 'AWS::Cognito::ManagedLoginBranding',
      Properties: dropUndefined({
        Assets: b.assets?.map((a) => ({
          Bytes: a.bytes,
          Category: a.category,
          ColorMode: a.colorMode,
          Extension: a.extension,
          ResourceId: a.resourceId,
        })),
        ClientId: clientIdValue(b, ctx),
        ReturnMergedResources: b.returnMergedResources,
        Settings: b.settings,
        UseCognitoProvidedValues: b.useCognitoProvidedValues,
        UserPoolId: pool,
      }),
    }
  }
  for (const [id, r] of Object.entries(def.extras.riskConfigurations ?? {})) {
    const ato = r.accountTakeover
    const action = (a: { eventAction: string; notify: boolean } | undefined) =>
      a === undefined ? undefined : { EventAction: a.eventAction, Notify: a.notify }
    resources[childLogicalId(ctx, id)] = {
      Type: 'AWS::Cognito::UserPoolRiskConfigurationAttachment',
      Properties: dropUndefined({
        AccountTakeoverRiskConfiguration:
          ato === undefined
            ? undefined
            : {
                Actions: {
                  HighAction: action(ato.actions.highAction),
                  LowAction: action(ato.actions.lowAction),
                  MediumAction: action(ato.actions.mediumAction),
                },
                NotifyConfiguration:
                  ato.notifyConfiguration === undefined
                    ? undefined
                    : {
                        BlockEmail: email(ato.notifyConfiguration.blockEmail),
                        From: ato.notifyConfiguration.from,
                        MfaEmail: email(ato.notifyConfiguration.mfaEmail),
                        NoActionEmail: email(ato.notifyConfiguration.noActionEmail),
                        ReplyTo: ato.notifyConfiguration.replyTo,
                        SourceArn: ato.notifyConfiguration.sourceArn,
                      },
              },
        ClientId: clientIdValue(r, ctx, 'ALL'),
        CompromisedCredentialsRiskConfiguration:
          r.compromisedCredentials === undefined
            ? undefined
            : {
                Actions: { EventAction: r.compromisedCredentials.eventAction },
                EventFilter:
                  r.compromisedCredentials.eventFilter === undefined
                    ? undefined
                    : [...r.compromisedCredentials.eventFilter],
              },
        RiskExceptionConfiguration:
          r.riskExceptions === undefined
            ? undefined
            : {
                BlockedIPRangeList:
                  r.riskExceptions.blockedIpRanges === undefined ? undefined : [...r.riskExceptions.blockedIpRanges],
                SkippedIPRangeList:
                  r.riskExceptions.skippedIpRanges === undefined ? undefined : [...r.riskExceptions.skippedIpRanges],
              },
        UserPoolId: pool,
      }),
    }
  }
  const domainIds = Object.keys(def.domains)
    .map((id) => childLogicalId(ctx, id))
    .sort()
  for (const [id, ui] of Object.entries(def.extras.uiCustomizations ?? {})) {
    resources[childLogicalId(ctx, id)] = {
      Type: 'AWS::Cognito::UserPoolUICustomizationAttachment',
      Properties: dropUndefined({ CSS: ui.css, ClientId: clientIdValue(ui, ctx, 'ALL'), UserPoolId: pool }),
      ...(domainIds.length > 0 ? { DependsOn: domainIds } : {}),
    }
  }
  const delivery = def.extras.logDelivery
  if (delivery !== undefined) {
    resources[childLogicalId(ctx, LOG_DELIVERY_ID)] = {
      Type: 'AWS::Cognito::LogDeliveryConfiguration',
      Properties: dropUndefined({
        LogConfigurations: delivery.logConfigurations.map((c) => ({
          CloudWatchLogsConfiguration: c.logGroupArn === undefined ? undefined : { LogGroupArn: c.logGroupArn },
          EventSource: c.eventSource,
          FirehoseConfiguration: c.streamArn === undefined ? undefined : { StreamArn: c.streamArn },
          LogLevel: c.logLevel,
          S3Configuration: c.bucketArn === undefined ? undefined : { BucketArn: c.bucketArn },
        })),
        UserPoolId: pool,
      }),
    }
  }
  return { resources }
}
