/** The AWS SDK v3 requests derived from the definition, as data. */
import { describe, expect, it } from 'vitest'
import {
  ClientAttributes,
  DefinitionValidationError,
  Duration,
  Mfa,
  OAuthScope,
  ProviderAttribute,
  StringAttribute,
  UserPoolClientIdentityProvider,
  UserPoolEmail,
  UserPoolIdentityProviderSamlMetadata,
  userPool,
} from '../../src/index.js'
import { toSdkRequests } from '../../src/sdk/index.js'

const pool = userPool('P', {
  userPoolName: 'my-pool',
  selfSignUpEnabled: true,
  customAttributes: { tier: new StringAttribute({ mutable: true }) },
})
  .withTags({ team: 'identity' })
  .withResourceServer('Api', { identifier: 'api', scopes: [{ scopeName: 'read', scopeDescription: 'Read' }] })
  .withIdentityProvider('oidc', 'Corp', {
    clientId: 'o',
    clientSecret: 's',
    issuerUrl: 'https://issuer.example.com',
    attributeMapping: { email: ProviderAttribute.other('email'), custom: { tier: ProviderAttribute.other('tier') } },
  })
  .withClient('Web', {
    userPoolClientName: 'web',
    generateSecret: true,
    authFlows: { userSrp: true },
    oAuth: {
      flows: { authorizationCodeGrant: true },
      scopes: [OAuthScope.OPENID, OAuthScope.resourceServer('api', 'read')],
      callbackUrls: ['https://a.example.com/cb'],
    },
    idTokenValidity: Duration.minutes(30),
    readAttributes: new ClientAttributes().withCustomAttributes('tier').withStandardAttributes({ email: true }),
  })
  .withClient('Mobile', {
    supportedIdentityProviders: [UserPoolClientIdentityProvider.custom('Corp'), UserPoolClientIdentityProvider.COGNITO],
  })
  .withDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app' }, managedLoginVersion: 2 })
  .withGroup('Admins', { precedence: 0 })
  .withManagedLoginBranding('Brand', { client: 'Web', useCognitoProvidedValues: true })
  .withRiskConfiguration('Risk', { compromisedCredentials: { eventAction: 'BLOCK' } })
  .withUICustomization('Ui', { client: 'Mobile', css: '.x{}' })
  .withLogDelivery({
    logConfigurations: [
      { eventSource: 'userNotification', logLevel: 'ERROR', logGroupArn: 'arn:aws:logs:us-east-1:1:log-group:x' },
    ],
  })

describe('toSdkRequests', () => {
  const requests = pool.toSdkRequests()

  it('orders the requests so every dependency exists first', () => {
    expect(requests.map((r) => `${r.command} ${r.id}`)).toEqual([
      'CreateUserPool P',
      'CreateResourceServer Api',
      'CreateIdentityProvider Corp',
      'CreateUserPoolClient Web',
      'CreateUserPoolClient Mobile',
      'CreateUserPoolDomain Domain',
      'CreateGroup Admins',
      'CreateManagedLoginBranding Brand',
      'SetRiskConfiguration Risk',
      'SetUICustomization Ui',
      'SetLogDeliveryConfiguration LogDelivery',
    ])
    expect(toSdkRequests(pool.toDefinition())).toEqual(requests)
  })

  it('CreateUserPool: PoolName, tags as a map, the schema, the defaults the template has', () => {
    const create = requests[0]?.input ?? {}
    expect(create.PoolName).toBe('my-pool')
    expect(create).not.toHaveProperty('UserPoolName')
    expect(create.UserPoolTags).toEqual({ team: 'identity' })
    expect(create.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: false })
    expect(create.Schema).toEqual([{ AttributeDataType: 'String', Mutable: true, Name: 'tier' }])
    expect(create.AccountRecoverySetting).toBeDefined()
  })

  it('references to the pool and clients become $refs; server and provider Refs become their names', () => {
    const web = requests.find((r) => r.id === 'Web')?.input ?? {}
    expect(web).toEqual({
      UserPoolId: { $ref: 'userPoolId' },
      ClientName: 'web',
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'api/read'],
      CallbackURLs: ['https://a.example.com/cb'],
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      GenerateSecret: true,
      IdTokenValidity: 30,
      ReadAttributes: ['custom:tier', 'email'],
      SupportedIdentityProviders: ['Corp', 'COGNITO'],
      TokenValidityUnits: { IdToken: 'minutes' },
    })
    expect(requests.find((r) => r.id === 'Mobile')?.input.ClientName).toBe('Mobile')
    expect(requests.find((r) => r.id === 'Brand')?.input).toEqual({
      UserPoolId: { $ref: 'userPoolId' },
      ClientId: { $ref: 'clientId', client: 'Web' },
      UseCognitoProvidedValues: true,
    })
    expect(requests.find((r) => r.id === 'Ui')?.input.ClientId).toEqual({ $ref: 'clientId', client: 'Mobile' })
    expect(requests.find((r) => r.id === 'Risk')?.input).not.toHaveProperty('ClientId')
  })

  it('providers, servers, domains and groups map one to one', () => {
    expect(requests.find((r) => r.id === 'Corp')?.input).toEqual({
      UserPoolId: { $ref: 'userPoolId' },
      AttributeMapping: { email: 'email', 'custom:tier': 'tier' },
      ProviderDetails: {
        client_id: 'o',
        client_secret: 's',
        authorize_scopes: 'openid',
        attributes_request_method: 'GET',
        oidc_issuer: 'https://issuer.example.com',
      },
      ProviderName: 'Corp',
      ProviderType: 'OIDC',
    })
    expect(requests.find((r) => r.id === 'Api')?.input).toEqual({
      UserPoolId: { $ref: 'userPoolId' },
      Identifier: 'api',
      Name: 'api',
      Scopes: [{ ScopeDescription: 'Read', ScopeName: 'read' }],
    })
    expect(requests.find((r) => r.id === 'Domain')?.input).toEqual({
      UserPoolId: { $ref: 'userPoolId' },
      Domain: 'my-app',
      ManagedLoginVersion: 2,
    })
    expect(requests.find((r) => r.id === 'Admins')?.input).toEqual({
      UserPoolId: { $ref: 'userPoolId' },
      GroupName: 'Admins',
      Precedence: 0,
    })
  })

  it('branding assets become bytes for the SDK', () => {
    const requests = userPool('P')
      .withClient('Web')
      .withManagedLoginBranding('B', {
        client: 'Web',
        assets: [{ category: 'FORM_LOGO', colorMode: 'LIGHT', extension: 'PNG', bytes: 'iVBORw==' }],
        returnMergedResources: true,
      })
      .toSdkRequests()
    const input = requests.at(-1)?.input as any
    expect(input.Assets[0].Bytes).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
    expect(input).not.toHaveProperty('ReturnMergedResources')
  })

  it('MFA, passkeys and email codes go to SetUserPoolMfaConfig', () => {
    const requests = userPool('P', {
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true },
    } as any).toSdkRequests()
    expect(requests.map((r) => r.command)).toEqual(['CreateUserPool', 'SetUserPoolMfaConfig'])
    expect(requests[0]?.input).not.toHaveProperty('MfaConfiguration')
    expect(requests[0]?.input).not.toHaveProperty('EnabledMfas')
    expect(requests[1]?.input).toEqual({
      UserPoolId: { $ref: 'userPoolId' },
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    })
  })

  it('resolves the pseudo parameters of the SES source ARN from the environment', () => {
    const ses = userPool('P', {
      email: UserPoolEmail.withSES({ fromEmail: 'noreply@example.org', sesRegion: 'cn-north-1' }),
    })
    const [create] = ses.toSdkRequests({ env: { account: '123456789012', region: 'cn-north-1' } })
    const input = create?.input as { EmailConfiguration: { SourceArn: string } } | undefined
    expect(input?.EmailConfiguration.SourceArn).toBe(
      'arn:aws-cn:ses:cn-north-1:123456789012:identity/noreply@example.org',
    )
    // Without an environment, the partition and account stay unknown: reported, not guessed.
    expect(() => ses.toSdkRequests()).toThrow(/SdkUnresolvable|AWS::Partition/)
  })

  it('what only CloudFormation can resolve is reported, every issue with its path (ERR_SDK_UNSUPPORTED)', () => {
    const needsCfn = userPool('P', { mfa: Mfa.REQUIRED })
      .withTrigger('preSignUp', { 'Fn::GetAtt': ['Fn', 'Arn'] })
      .withIdentityProvider('google', 'G', {
        clientId: 'g',
        clientSecretValue: '{{resolve:secretsmanager:g:SecretString:::}}',
      })
    try {
      needsCfn.toSdkRequests()
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(DefinitionValidationError)
      const err = e as DefinitionValidationError
      expect(err.code).toBe('ERR_SDK_UNSUPPORTED')
      expect(err.issues.map((i) => i.rule).sort()).toEqual(
        ['SdkDynamicReference', 'SdkUnresolvable', 'SdkUnresolvable', 'SdkUnsupportedResource'].sort(),
      )
      expect(err.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Resources\.P\.Properties\.LambdaConfig\.PreSignUp$/),
          expect.stringMatching(/^Resources\.P\.Properties\.SmsConfiguration\.SnsCallerArn$/),
          expect.stringMatching(/^Resources\.PsmsRole$/),
          'Resources.PG.Properties.ProviderDetails.client_secret',
        ]),
      )
    }
  })

  it('literal trigger ARNs are fine; their Lambda permissions are left to the caller', () => {
    const requests = userPool('P')
      .withTrigger('preSignUp', 'arn:aws:lambda:us-east-1:111111111111:function:pre')
      .toSdkRequests()
    expect(requests.map((r) => r.command)).toEqual(['CreateUserPool'])
    expect(requests[0]?.input.LambdaConfig).toEqual({ PreSignUp: 'arn:aws:lambda:us-east-1:111111111111:function:pre' })
  })

  it('SAML and a default OIDC name (readable scheme)', () => {
    const requests = userPool('P')
      .withIdentityProvider('saml', 'corp', {
        metadata: UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/m'),
        idpSignout: true,
      })
      .toSdkRequests()
    expect(requests[1]?.input).toMatchObject({
      ProviderName: 'corp',
      ProviderType: 'SAML',
      ProviderDetails: { IDPSignout: 'true', MetadataURL: 'https://idp.example.com/m' },
    })
  })
})
