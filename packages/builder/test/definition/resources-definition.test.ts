/** The resources' parts of the definition: JSON round trip and schema errors with paths. */
import { describe, expect, it } from 'vitest'
import {
  ClientAttributes,
  DefinitionValidationError,
  Duration,
  fromDefinition,
  OAuthScope,
  ProviderAttribute,
  StringAttribute,
  UserPoolIdentityProviderSamlMetadata,
  userPool,
} from '../../src/index.js'

const everything = userPool('P', { customAttributes: { tier: new StringAttribute({ mutable: true }) } })
  .withResourceServer('Api', { identifier: 'api', scopes: [{ scopeName: 'read', scopeDescription: 'Read' }] })
  .withIdentityProvider('google', 'Google', {
    clientId: 'g',
    clientSecretValue: '{{resolve:secretsmanager:g:SecretString:::}}',
  })
  .withIdentityProvider('saml', 'Saml', {
    metadata: UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/m'),
    attributeMapping: { email: ProviderAttribute.other('mail'), custom: { tier: ProviderAttribute.other('tier') } },
  })
  .withClient('Web', {
    generateSecret: true,
    authFlows: { userSrp: true },
    oAuth: {
      flows: { authorizationCodeGrant: true },
      scopes: [OAuthScope.OPENID, OAuthScope.resourceServer('api', 'read')],
      callbackUrls: ['https://a.example.com/cb'],
    },
    idTokenValidity: Duration.minutes(30),
    refreshTokenRotationGracePeriod: Duration.seconds(10),
    readAttributes: new ClientAttributes().withCustomAttributes('tier'),
    analytics: { applicationId: 'ab', externalId: 'e', role: { 'Fn::GetAtt': ['Role', 'Arn'] } },
  })
  .withDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app', fipsEnabled: true }, managedLoginVersion: 2 })
  .withGroup('Admins', { groupName: 'admins', precedence: 0 })
  .withManagedLoginBranding('Brand', { client: 'Web', useCognitoProvidedValues: true })
  .withRiskConfiguration('Risk', { compromisedCredentials: { eventAction: 'BLOCK' } })
  .withUICustomization('Ui', { css: '.x{}' })
  .withLogDelivery({
    logConfigurations: [
      { eventSource: 'userNotification', logLevel: 'ERROR', logGroupArn: 'arn:aws:logs:us-east-1:1:log-group:x' },
    ],
  })

describe('definition round trip', () => {
  it('fromDefinition(JSON.parse(JSON.stringify(def))) gives byte-identical templates, in both ID schemes', () => {
    const again = fromDefinition(JSON.parse(JSON.stringify(everything.toDefinition())))
    for (const logicalIds of ['readable', 'cdk'] as const) {
      expect(JSON.stringify(again.toCloudFormation({ logicalIds }))).toBe(
        JSON.stringify(everything.toCloudFormation({ logicalIds })),
      )
    }
    expect(again.toYaml()).toBe(everything.toYaml())
  })

  it('a hand-edited document fails with every issue and its path', () => {
    const doc = JSON.parse(JSON.stringify(everything.toDefinition()))
    doc.clients.Web.oAuth.scopes = [42]
    doc.domains.Domain.managedLoginVersion = 3
    doc.identityProviders.Google.kind = 'github'
    doc.extras.riskConfigurations.Risk.compromisedCredentials.eventAction = 'DENY'
    try {
      fromDefinition(doc)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(DefinitionValidationError)
      const paths = (e as DefinitionValidationError).issues.map((i) => i.path)
      expect(paths).toEqual(
        expect.arrayContaining([
          'clients.Web.oAuth.scopes.0',
          'domains.Domain.managedLoginVersion',
          'identityProviders.Google.kind',
          'extras.riskConfigurations.Risk.compromisedCredentials.eventAction',
        ]),
      )
    }
  })

  it('rules run on documents too (not only on with* arguments)', () => {
    const doc = JSON.parse(JSON.stringify(everything.toDefinition()))
    doc.domains.Domain.cognitoDomain.domainPrefix = 'my-aws-app'
    doc.groups.Admins.precedence = -1
    let issues: readonly { path: string; rule: string }[] = []
    try {
      fromDefinition(doc)
    } catch (e) {
      issues = (e as DefinitionValidationError).issues
    }
    expect(issues.map((i) => [i.path, i.rule])).toEqual([
      ['domains.Domain.cognitoDomain.domainPrefix', 'DomainPrefixReservedWord'],
      ['groups.Admins.precedence', 'PrecedenceOutOfRange'],
    ])
  })
})
