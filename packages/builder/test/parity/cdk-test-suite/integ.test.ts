/**
 * Configurations of the CDK's integration tests (`framework-integ/test/aws-cognito/test/integ.*.ts`),
 * replayed through the builder's public API against the CDK's synth (outputs and the test's Lambda
 * functions left out; the client secret is R6).
 */
import { Aws } from 'aws-cdk-lib'
import { Construct } from 'constructs'
import { describe, expect, it } from 'vitest'
import * as ours from '../../../src/index.js'
import { expectParityExcept } from '../resource-sides.js'
import { expectParity } from '../support/parity.js'
import { expectIdpParity } from './support/idp.js'
import { mirror } from './support/mirror.js'

const cdkIds = (stackId: string) => ({ logicalIds: 'cdk', stackId }) as const

const TRIGGERS = [
  'createAuthChallenge',
  'customMessage',
  'defineAuthChallenge',
  'postAuthentication',
  'postConfirmation',
  'preAuthentication',
  'preSignUp',
  'preTokenGeneration',
  'userMigration',
  'verifyAuthChallengeResponse',
]

describe('CDK integration tests', () => {
  it('integ.user-pool-explicit-props', () => {
    expectParity(
      mirror(
        (p) =>
          p.domain('myuserpooldomain', { cognitoDomain: { domainPrefix: 'cdkintegrationtestuserpoolexplicitprops' } }),
        {
          poolId: 'myuserpool',
          stackId: 'integ-user-pool',
          props: (a) => ({
            removalPolicy: a.m.RemovalPolicy.DESTROY,
            userPoolName: 'MyUserPool',
            userInvitation: {
              emailSubject: 'invitation email subject from the integ test',
              emailBody: 'invitation email body from the integ test for {username}. Temp password is {####}.',
              smsMessage: 'invitation sms message from the integ test for {username}. Temp password is {####}.',
            },
            selfSignUpEnabled: true,
            userVerification: {
              emailBody: 'verification email body from the integ test. Code is {####}.',
              emailSubject: 'verification email subject from the integ test',
              smsMessage: 'verification sms message from the integ test. Code is {####}.',
            },
            signInAliases: { username: true, email: true },
            autoVerify: { email: true, phone: true },
            keepOriginal: { email: true, phone: true },
            standardAttributes: { fullname: { required: true, mutable: true }, email: { required: true } },
            customAttributes: {
              'some-string-attr': new a.m.StringAttribute(),
              'another-string-attr': new a.m.StringAttribute({ minLen: 4, maxLen: 100 }),
              'some-number-attr': new a.m.NumberAttribute(),
              'another-number-attr': new a.m.NumberAttribute({ min: 10, max: 50 }),
              'some-boolean-attr': new a.m.BooleanAttribute(),
              'some-datetime-attr': new a.m.DateTimeAttribute(),
            },
            mfa: a.m.Mfa.OFF,
            mfaSecondFactor: { sms: true, otp: true },
            passwordPolicy: {
              tempPasswordValidity: a.m.Duration.days(10),
              minLength: 12,
              requireDigits: true,
              requireLowercase: true,
              requireUppercase: true,
              requireSymbols: true,
            },
            lambdaTriggers: Object.fromEntries(TRIGGERS.map((t) => [t, a.fn(t)])),
            standardThreatProtectionMode: a.m.StandardThreatProtectionMode.FULL_FUNCTION,
            featurePlan: a.m.FeaturePlan.PLUS,
            snsRegion: a.kind === 'cdk' ? Aws.REGION : { Ref: 'AWS::Region' }, // Stack.of(stack).region
          }),
        },
      ),
    )
  })

  it('integ.user-pool-client-explicit-props', () => {
    expectParity(
      mirror(
        (p) =>
          p.client('myuserpoolclient', {
            userPoolClientName: 'myuserpoolclient',
            authFlows: { adminUserPassword: true, custom: true, userPassword: true, userSrp: true, user: true },
            generateSecret: true,
            oAuth: {
              flows: { implicitCodeGrant: true, authorizationCodeGrant: true },
              scopes: [
                p.a.m.OAuthScope.PHONE,
                p.a.m.OAuthScope.EMAIL,
                p.a.m.OAuthScope.OPENID,
                p.a.m.OAuthScope.PROFILE,
                p.a.m.OAuthScope.COGNITO_ADMIN,
              ],
              callbackUrls: ['https://redirect-here.myapp.com'],
            },
            preventUserExistenceErrors: true,
            authSessionValidity: p.a.m.Duration.minutes(3),
            writeAttributes: new p.a.m.ClientAttributes()
              .withStandardAttributes({
                address: true,
                birthdate: true,
                email: true,
                familyName: true,
                fullname: true,
                gender: true,
                givenName: true,
                lastUpdateTime: true,
                locale: true,
                middleName: true,
                nickname: true,
                phoneNumber: true,
                preferredUsername: true,
                profilePage: true,
                profilePicture: true,
                timezone: true,
                website: true,
              })
              .withCustomAttributes('attribute_one', 'attribute_two'),
          }),
        {
          poolId: 'myuserpool',
          stackId: 'integ-user-pool-client-explicit-props',
          props: (a) => ({
            removalPolicy: a.m.RemovalPolicy.DESTROY,
            customAttributes: { attribute_one: new a.m.StringAttribute(), attribute_two: new a.m.StringAttribute() },
          }),
        },
      ),
    )
  })

  it('integ.user-pool-idp.oidc', () => {
    expectParity(
      mirror(
        (p) => {
          p.idp('oidc', 'cdk', {
            name: 'my-provider',
            clientId: 'client-id',
            clientSecret: 'client-secret',
            issuerUrl: 'https://www.issuer-url.com',
            endpoints: {
              authorization: 'https://www.issuer-url.com/authorize',
              token: 'https://www.issuer-url.com/token',
              userInfo: 'https://www.issuer-url.com/userinfo',
              jwksUri: 'https://www.issuer-url.com/jwks',
            },
            scopes: ['openid', 'phone'],
            attributeMapping: { phoneNumber: p.a.m.ProviderAttribute.other('phone_number') },
          })
          p.client('client')
          p.domain('domain', { cognitoDomain: { domainPrefix: 'cdk-test-pool' } })
        },
        {
          poolId: 'pool',
          stackId: 'integ-user-pool-idp-google',
          props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
        },
      ),
    )
  })

  it('integ.user-pool-link-custom-placeholder', () => {
    expectParity(
      mirror(undefined, {
        poolId: 'myuserpool',
        stackId: 'integ-user-pool-link-custom-placeholder',
        props: (a) => ({
          userPoolName: 'MyUserPool',
          removalPolicy: a.m.RemovalPolicy.DESTROY,
          deletionProtection: false,
          userVerification: {
            emailStyle: a.m.VerificationEmailStyle.LINK,
            emailSubject: 'Invite to join our awesome app!',
            emailBody: 'You have been invited to join our awesome app! {##Click here to verify your email##}',
          },
        }),
      }),
    )
  })

  it('integ.user-pool-idp.saml: ≠ R5 only', () => {
    expectIdpParity(
      'saml',
      (a) => ({
        name: 'cdk',
        metadata: a.m.UserPoolIdentityProviderSamlMetadata.url(
          'https://fujifish.github.io/samling/public/metadata.xml',
        ),
      }),
      { id: 'cdk', client: true },
    )
  })

  it.each([
    ['userpool-standard-threat-protection', 'standardThreatProtectionMode', 'StandardThreatProtectionMode'],
    ['userpool-custom-threat-protection', 'customThreatProtectionMode', 'CustomThreatProtectionMode'],
  ])('integ.user-pool-threat-protection (%s)', (poolId, key, enumName) => {
    expectParity(
      mirror(undefined, {
        poolId,
        stackId: 'integ-user-pool-threat-protection',
        props: (a) => ({
          featurePlan: a.m.FeaturePlan.PLUS,
          [key]: a.m[enumName].FULL_FUNCTION,
          removalPolicy: a.m.RemovalPolicy.DESTROY,
        }),
      }),
    )
  })

  it('integ.user-pool-mfa-email (no feature plan, ENFORCED)', () => {
    const domainName = 'example.com'
    expectParity(
      mirror(undefined, {
        poolId: 'myuserpool',
        stackId: 'integ-user-email-mfa',
        props: (a) => ({
          removalPolicy: a.m.RemovalPolicy.DESTROY,
          userPoolName: 'MyUserPool',
          email: a.m.UserPoolEmail.withSES({
            sesRegion: 'us-east-1',
            fromEmail: `noreply@${domainName}`,
            fromName: 'myname@mycompany.com',
            replyTo: `support@${domainName}`,
            sesVerifiedDomain: domainName,
          }),
          mfa: a.m.Mfa.REQUIRED,
          mfaSecondFactor: { sms: true, otp: false, email: true },
          advancedSecurityMode: a.m.AdvancedSecurityMode.ENFORCED,
        }),
      }),
    )
  })

  it('integ.user-pool-resource-server', () => {
    expectParity(
      mirror(
        (p) => {
          const readScope = new p.a.m.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read only' })
          const userServer = p.resourceServer('myserver', { identifier: 'users', scopes: [readScope] })
          p.client('client', {
            userPoolClientName: 'users-app',
            generateSecret: true,
            oAuth: {
              flows: { clientCredentials: true },
              scopes: [p.a.m.OAuthScope.resourceServer(userServer, readScope)],
            },
          })
        },
        {
          poolId: 'myuserpool',
          stackId: 'integ-user-pool-resource-server',
          props: (a) => ({ userPoolName: 'MyUserPool', removalPolicy: a.m.RemovalPolicy.DESTROY }),
        },
      ),
    )
  })

  it('integ.user-pool-signup-link', () => {
    expectParity(
      mirror(
        (p) => {
          p.client('myuserpoolclient', { userPoolClientName: 'signup-test', generateSecret: false }, true)
          p.domain('myuserpooldomain', { cognitoDomain: { domainPrefix: 'integ-user-pool-signup-link' } })
        },
        {
          poolId: 'myuserpool',
          stackId: 'integ-user-pool-signup-link',
          standalone: ['myuserpoolclient'],
          props: (a) => ({
            removalPolicy: a.m.RemovalPolicy.DESTROY,
            userPoolName: 'MyUserPool',
            autoVerify: { email: true, phone: true },
            selfSignUpEnabled: true,
            userVerification: {
              emailStyle: a.m.VerificationEmailStyle.LINK,
              emailSubject: 'integ-test: Verify your account',
              emailBody: 'integ-test: Verify by clicking on {##Verify Email##}',
              smsMessage: 'integ-test: Account verification code is {####}',
            },
            passwordPolicy: {
              requireUppercase: false,
              requireLowercase: false,
              requireDigits: false,
              requireSymbols: false,
            },
          }),
        },
      ),
    )
  })

  it('integ.user-pool', () =>
    expectParity(
      mirror(undefined, {
        poolId: 'myuserpool',
        stackId: 'integ-user-pool',
        props: (a) => ({
          userPoolName: 'MyUserPool',
          removalPolicy: a.m.RemovalPolicy.DESTROY,
          deletionProtection: false,
        }),
      }),
    ))

  it('integ.user-pool-custom-sender', () =>
    expectParity(
      mirror((p) => p.client('client', { authFlows: { userSrp: true } }), {
        poolId: 'pool',
        stackId: 'integ-user-pool-custom-sender',
        props: (a) => ({
          autoVerify: { email: true },
          selfSignUpEnabled: true,
          signInAliases: { email: true },
          customSenderKmsKey: a.key('key'),
          lambdaTriggers: { customEmailSender: a.fn('emailLambda') },
          removalPolicy: a.m.RemovalPolicy.DESTROY,
        }),
      }),
    ))

  it('integ.user-pool-pre-token-generation-v2', () =>
    expectParity(
      mirror(
        (p) => {
          p.trigger(
            p.a.m.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
            p.a.fn('preTokenGenerationLambda'),
            p.a.m.LambdaVersion.V2_0,
          )
          p.client('client', { authFlows: { userSrp: true } })
        },
        {
          poolId: 'pool',
          stackId: 'integ-user-pool-pre-token-generation-v2',
          props: (a) => ({
            removalPolicy: a.m.RemovalPolicy.DESTROY,
            advancedSecurityMode: a.m.AdvancedSecurityMode.ENFORCED,
          }),
        },
      ),
    ))

  it('integ.user-pool-domain-signinurl', () =>
    expectParity(
      mirror(
        (p) => {
          p.domain('Domain', { cognitoDomain: { domainPrefix: 'cdk-integ-user-pool-domain' } })
          p.client('UserPoolClient', { oAuth: { callbackUrls: ['https://example.com'] } })
        },
        {
          poolId: 'UserPool',
          stackId: 'integ-user-pool-domain-signinurl',
          props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
        },
      ),
    ))

  it('integ.user-pool-domain-managed-login', () =>
    expectParity(
      mirror(
        (p) =>
          p.domain('Domain', {
            cognitoDomain: { domainPrefix: 'cdk-integ-user-pool-domain' },
            managedLoginVersion: p.a.m.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
          }),
        {
          poolId: 'UserPool',
          stackId: 'integ-user-pool-domain-managed-login',
          props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
        },
      ),
    ))

  it('integ.user-pool-group', () =>
    expectParity(
      mirror(
        (p) => {
          p.group(
            'UserPoolGroup',
            { groupName: 'test-group', description: 'My user pool group', precedence: 0, role: p.a.role('Role') },
            true,
          )
          p.group('another-group', { precedence: 1 })
        },
        {
          poolId: 'UserPool',
          stackId: 'user-pool-group-stack',
          standalone: ['UserPoolGroup'],
          props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
        },
      ),
    ))

  it.each([
    ['userpool-lite-plan', 'LITE'],
    ['userpool-essentials-plan', 'ESSENTIALS'],
    ['userpool-plus-plan', 'PLUS'],
  ])('integ.user-pool-feature-plans (%s)', (poolId, plan) =>
    expectParity(
      mirror(undefined, {
        poolId,
        stackId: 'integ-user-pool-feature-plans',
        props: (a) => ({ featurePlan: a.m.FeaturePlan[plan], removalPolicy: a.m.RemovalPolicy.DESTROY }),
      }),
    ),
  )

  it('integ.user-pool-idp.apple', () =>
    expectParity(
      mirror(
        (p) => {
          p.idp('apple', 'apple', {
            clientId: 'com.amzn.cdk',
            teamId: 'CDKTEAMCDK',
            keyId: 'CDKKEYCDK1',
            privateKey: 'PRIV_KEY_CDK',
            scopes: ['email', 'name'],
            attributeMapping: {
              familyName: p.a.m.ProviderAttribute.APPLE_LAST_NAME,
              givenName: p.a.m.ProviderAttribute.APPLE_FIRST_NAME,
            },
          })
          p.client('client')
          p.domain('domain', { cognitoDomain: { domainPrefix: 'nija-test-pool' } })
        },
        {
          poolId: 'pool',
          stackId: 'integ-user-pool-idp-apple',
          props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
        },
      ),
    ))

  // 2.276.0 renders InboundFederation as a plain ARN (Q17); the builder (and newer CDKs) use { LambdaArn, LambdaVersion }.
  const q17 = (r: Record<string, any>) => {
    for (const res of Object.values(r)) {
      const config = res.Type === 'AWS::Cognito::UserPool' ? res.Properties.LambdaConfig : undefined
      if (config?.InboundFederation)
        config.InboundFederation = { LambdaArn: config.InboundFederation, LambdaVersion: 'V1_0' }
    }
    return r
  }
  it('integ.user-pool-inbound-federation, through lambdaTriggers: ≠ Q17 only', () =>
    expectParityExcept(
      mirror((p) => p.client('Client', { authFlows: { userSrp: true } }), {
        poolId: 'UserPoolWithProp',
        stackId: 'integ-user-pool-inbound-federation',
        props: (a) => ({
          removalPolicy: a.m.RemovalPolicy.DESTROY,
          lambdaTriggers: { inboundFederation: a.fn('InboundFederationLambda') },
        }),
      }),
      q17,
    ))
  it('integ.user-pool-inbound-federation, through addTrigger(UserPoolOperation.of(...)): ≠ Q17 only', () =>
    expectParityExcept(
      mirror(
        (p) => {
          p.trigger(p.a.m.UserPoolOperation.of('inboundFederation'), p.a.fn('InboundFederationLambda'))
          p.client('Client', { authFlows: { userSrp: true } })
        },
        {
          poolId: 'UserPoolWithMethod',
          stackId: 'integ-user-pool-inbound-federation',
          props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
        },
      ),
      q17,
    ))

  it.each([
    [
      'myuserpool',
      'MyUserPool',
      'noreply@example.com',
      { fromName: 'myname@mycompany.com', replyTo: 'support@example.com', sesVerifiedDomain: 'example.com' },
    ],
    ['idnuserpool', 'MyIdnUserPool', 'noreply@ドメイン.テスト', {}],
  ])('integ.user-pool-ses-email (%s)', (poolId, userPoolName, fromEmail, extra) =>
    expectParity(
      mirror(undefined, {
        poolId,
        stackId: 'integ-user-ses-email',
        props: (a) => ({
          removalPolicy: a.m.RemovalPolicy.DESTROY,
          userPoolName,
          email: a.m.UserPoolEmail.withSES({ sesRegion: 'us-east-1', fromEmail, ...extra }),
        }),
      }),
    ),
  )

  it('integ.user-pool-signup-code', () =>
    expectParity(
      mirror((p) => p.client('myuserpoolclient', { userPoolClientName: 'signup-test', generateSecret: false }, true), {
        poolId: 'myuserpool',
        stackId: 'integ-user-pool-signup-code',
        standalone: ['myuserpoolclient'],
        props: (a) => ({
          removalPolicy: a.m.RemovalPolicy.DESTROY,
          userPoolName: 'MyUserPool',
          autoVerify: { email: true, phone: true },
          selfSignUpEnabled: true,
          userVerification: {
            emailStyle: a.m.VerificationEmailStyle.CODE,
            emailSubject: 'integ-test: Verify your account',
            emailBody: 'integ-test: Account verification code is {####}',
            smsMessage: 'integ-test: Account verification code is {####}',
          },
          passwordPolicy: {
            requireUppercase: false,
            requireLowercase: false,
            requireDigits: false,
            requireSymbols: false,
          },
        }),
      }),
    ))

  it('integ.user-pool-client-basic', () =>
    expectParity(
      mirror((p) => p.client('client'), {
        poolId: 'pool',
        stackId: 'integ-user-pool-client-basic',
        props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
      }),
    ))

  it('integ.user-pool-domain-prefix-validation', () =>
    expectParity(
      mirror((p) => p.domain('Domain', { cognitoDomain: { domainPrefix: 'cdk-integ-user-pool-domain' } }), {
        poolId: 'UserPool',
        stackId: 'integ-user-pool-domain-prefix-validation',
        props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
      }),
    ))

  it('integ.managed-login-branding (the L2 rendered as 2.276.0 CfnManagedLoginBranding at the L2 paths)', () => {
    const button = { lightMode: { defaults: { backgroundColor: '0972d3ff', textColor: 'ffffffff' } } }
    const basicSettings = {
      categories: {
        global: { colorSchemeMode: 'LIGHT', spacingDensity: 'REGULAR' },
        form: { sessionTimerDisplay: 'STATIC' },
      },
      components: { pageBackground: { lightMode: { color: 'ffffffff' } }, primaryButton: button },
    }
    const assetSettings = { components: { primaryButton: button } }
    const asset = (m: any) => ({
      category: m.AssetCategory.FAVICON_SVG,
      colorMode: m.ColorMode.DYNAMIC,
      extension: m.AssetExtension.SVG,
      bytes: 'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjwvc3ZnPg==',
    })
    const clients = (p: any) => {
      p.client('BasicClient', {
        authFlows: { userPassword: true, userSrp: true },
        oAuth: {
          flows: { authorizationCodeGrant: true },
          callbackUrls: ['https://example.com/callback'],
          logoutUrls: ['https://example.com/logout'],
        },
      })
      p.client('AssetClient', { authFlows: { userPassword: true, userSrp: true } })
      p.client('DefaultClient', { authFlows: { userPassword: true, userSrp: true } })
    }
    expectParity({
      stackId: 'IntegManagedLoginBranding',
      constructPaths: {
        BasicBranding: ['BasicBranding'],
        AssetBranding: ['AssetBranding'],
        DefaultBranding: ['DefaultBranding'],
      },
      cdk: (stack, l) => {
        const pool = new l.cognito.UserPool(stack, 'UserPool', {
          removalPolicy: l.cdk.RemovalPolicy.DESTROY,
          deletionProtection: false,
        })
        const ids: Record<string, string> = {}
        clients({ client: (id: string, o: any) => (ids[id] = pool.addClient(id, o).userPoolClientId) })
        const branding = (id: string, props: Record<string, unknown>) =>
          new l.cognito.CfnManagedLoginBranding(new Construct(stack, id), 'Resource', {
            userPoolId: pool.userPoolId,
            ...props,
          })
        branding('BasicBranding', { clientId: ids.BasicClient, settings: basicSettings })
        branding('AssetBranding', {
          clientId: ids.AssetClient,
          assets: [asset(ours)] /* 2.276.0 has no AssetCategory: the same strings */,
          settings: assetSettings,
        })
        branding('DefaultBranding', { clientId: ids.DefaultClient, useCognitoProvidedValues: true })
      },
      ours: () => {
        let pool: any = ours.userPool('UserPool', {
          removalPolicy: ours.RemovalPolicy.DESTROY,
          deletionProtection: false,
        })
        clients({ client: (id: string, o: any) => (pool = pool.withClient(id, o)) })
        return pool
          .withManagedLoginBranding('BasicBranding', { client: 'BasicClient', settings: basicSettings })
          .withManagedLoginBranding('AssetBranding', {
            client: 'AssetClient',
            assets: [asset(ours)],
            settings: assetSettings,
          })
          .withManagedLoginBranding('DefaultBranding', { client: 'DefaultClient', useCognitoProvidedValues: true })
      },
    })
  })

  it.each([
    ['UserPoolV2', 'V2_0'],
    ['UserPoolV3', 'V3_0'],
  ])('integ.user-pool-pre-token-generation (%s)', (poolId, version) =>
    expectParity(
      mirror(
        (p) => {
          p.trigger(
            p.a.m.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
            p.a.fn('PreTokenGenerationLambda'),
            p.a.m.LambdaVersion[version],
          )
          p.client('Client', { authFlows: { userSrp: true } })
        },
        {
          poolId,
          stackId: 'UserPoolPreTokenGenerationStack',
          props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY, featurePlan: a.m.FeaturePlan.PLUS }),
        },
      ),
    ),
  )

  it('integ.user-pool-password-history-size', () =>
    expectParity(
      mirror(undefined, {
        poolId: 'Pool',
        stackId: 'integ-user-pool-password-history-size',
        props: () => ({ passwordPolicy: { passwordHistorySize: 3 } }),
      }),
    ))

  it('integ.user-pool-client-default-redirect-uri', () =>
    expectParity(
      mirror(
        (p) =>
          p.client('myuserpoolclient', {
            oAuth: {
              defaultRedirectUri: 'https://aaa.example.com',
              callbackUrls: ['https://aaa.example.com', 'https://bbb.example.com', 'https://ccc.example.com'],
            },
          }),
        {
          poolId: 'myuserpool',
          stackId: 'integ-user-pool-client-default-redirect-uri',
          props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
        },
      ),
    ))

  it('integ.user-pool-client-enable-propagate-additional-data', () =>
    expectParity(
      mirror((p) => p.client('client', { generateSecret: true, enablePropagateAdditionalUserContextData: true }), {
        poolId: 'pool',
        stackId: 'integ-user-pool-client-enable-propagate-additional-data',
        props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
      }),
    ))

  it('integ.user-pool-idp.amazon', () =>
    expectParity(
      mirror(
        (p) => {
          p.idp('amazon', 'amazon', {
            clientId: 'amzn-client-id',
            clientSecret: 'amzn-client-secret',
            attributeMapping: {
              givenName: p.a.m.ProviderAttribute.AMAZON_NAME,
              email: p.a.m.ProviderAttribute.AMAZON_EMAIL,
            },
          })
          p.client('client')
          p.domain('domain', { cognitoDomain: { domainPrefix: 'nija-test-pool-amzn' } })
        },
        {
          poolId: 'pool',
          stackId: 'integ-user-pool-idp-amazon',
          props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
        },
      ),
    ))

  it('integ.user-pool-domain-cfdist: the domain; cloudFrontEndpoint is the CDK GetAtt, no custom resource (R7)', () => {
    const c = mirror((p) => p.domain('Domain', { cognitoDomain: { domainPrefix: 'cdk-integ-user-pool-domain' } }), {
      poolId: 'UserPool',
      stackId: 'integ-user-pool-domain-cfdist',
      props: (a) => ({ removalPolicy: a.m.RemovalPolicy.DESTROY }),
    })
    expectParity(c)
    const id = cdkIds('integ-user-pool-domain-cfdist')
    expect(c.ours().cloudFrontEndpoint('Domain', id)).toEqual({
      'Fn::GetAtt': [
        Object.keys(c.ours().toCloudFormation(id).Resources).find((k) => k.startsWith('UserPoolDomain')),
        'CloudFrontDistribution',
      ],
    })
  })
})
