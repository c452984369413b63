import type { DomainDefinition } from '../definition/domain-definition.js'
import { domainBaseUrl } from '../domain/domain-urls.js'
import type { CloudFormationOutput, CloudFormationResource } from './cloudformation-template.js'
import { dropUndefined } from './render-clients.js'
import type { RenderContext } from './render-context.js'
import type { PartRenderer } from './rendered-part.js'
import { childLogicalId, outputName } from './resource-logical-ids.js'

/** The `AWS::Cognito::UserPoolDomain` properties of one domain. */
export function domainProperties(domain: DomainDefinition, ctx: RenderContext): Record<string, unknown> {
  const custom = domain.customDomain
  return dropUndefined({
    CustomDomainConfig:
      custom === undefined
        ? undefined
        : { CertificateArn: custom.certificateArn, SecurityPolicy: custom.securityPolicy },
    Domain: custom?.domainName ?? domain.cognitoDomain?.domainPrefix,
    ManagedLoginVersion: domain.managedLoginVersion,
    Routing:
      domain.routing === undefined
        ? undefined
        : {
            Failover: {
              PrimaryRoute53HealthCheckId: domain.routing.failover.primaryRoute53HealthCheckId,
              SecondaryRegion: domain.routing.failover.secondaryRegion,
            },
          },
    UserPoolId: { Ref: ctx.logicalId() },
  })
}

/** One `AWS::Cognito::UserPoolDomain` per domain, with outputs for its name and base URL. */
export const renderDomains: PartRenderer = (def, ctx) => {
  const resources: Record<string, CloudFormationResource> = {}
  const outputs: Record<string, CloudFormationOutput> = {}
  for (const [id, domain] of Object.entries(def.domains)) {
    const logicalId = childLogicalId(ctx, id)
    resources[logicalId] = { Type: 'AWS::Cognito::UserPoolDomain', Properties: domainProperties(domain, ctx) }
    outputs[outputName(id, 'DomainName')] = { Description: `Domain ${id}`, Value: { Ref: logicalId } }
    outputs[outputName(id, 'BaseUrl')] = {
      Description: `Base URL of domain ${id}`,
      Value: domainBaseUrl(def, id, ctx.options),
    }
    if (domain.customDomain !== undefined) {
      outputs[outputName(id, 'CloudFrontDistribution')] = {
        Description: `CloudFront distribution to alias custom domain ${id} to`,
        Value: { 'Fn::GetAtt': [logicalId, 'CloudFrontDistribution'] },
      }
    }
  }
  return { resources, outputs }
}
