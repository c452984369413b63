/** Catalogue §1.6, §3.3, §3.4, §3.11 and the CDK's client tests (§4.2): every client setting. */
import { describe, expect, it } from 'vitest'
import { userPool } from '../../src/index.js'
import { cdkLogicalId } from '../../src/internal/logical-id.js'
import { expectParityExcept, type PoolSide, type ResourceSide, scenario, withDependsOn } from './resource-sides.js'
import { expectParity } from './support/parity.js'

type Row = readonly [name: string, build: (p: PoolSide) => void]

const rows: Row[] = [
  ['§3.3 default client', (p) => p.client('Client')],
  ['client name', (p) => p.client('Client', { userPoolClientName: 'my-client' })],
  ['generate secret', (p) => p.client('Client', { generateSecret: true })],
  ['explicitly disable secret generation', (p) => p.client('Client', { generateSecret: false })],
  [
    'authFlows: every flow',
    (p) =>
      p.client('Client', {
        authFlows: { adminUserPassword: true, custom: true, userPassword: true, userSrp: true, user: true },
      }),
  ],
  ['authFlows: each alone (userPassword)', (p) => p.client('Client', { authFlows: { userPassword: true } })],
  ['authFlows: each alone (adminUserPassword)', (p) => p.client('Client', { authFlows: { adminUserPassword: true } })],
  ['authFlows: each alone (custom)', (p) => p.client('Client', { authFlows: { custom: true } })],
  ['authFlows: each alone (userSrp)', (p) => p.client('Client', { authFlows: { userSrp: true } })],
  ['authFlows: each alone (user)', (p) => p.client('Client', { authFlows: { user: true } })],
  [
    'authFlows: all false → only ALLOW_REFRESH_TOKEN_AUTH',
    (p) =>
      p.client('Client', {
        authFlows: { adminUserPassword: false, custom: false, userPassword: false, userSrp: false },
      }),
  ],
  ['authFlows: {} → absent', (p) => p.client('Client', { authFlows: {} })],
  ['OAuth: code grant', (p) => p.client('Client', { oAuth: { flows: { authorizationCodeGrant: true } } })],
  ['OAuth: implicit grant', (p) => p.client('Client', { oAuth: { flows: { implicitCodeGrant: true } } })],
  [
    'OAuth: both browser grants, explicit',
    (p) => p.client('Client', { oAuth: { flows: { authorizationCodeGrant: true, implicitCodeGrant: true } } }),
  ],
  [
    'OAuth: client credentials (no callback URLs)',
    (p) =>
      p.client('Client', {
        generateSecret: true,
        oAuth: { flows: { clientCredentials: true }, scopes: [p.s.OAuthScope.custom('api/read')] },
      }),
  ],
  [
    'OAuth: client credentials with callback URLs given',
    (p) =>
      p.client('Client', {
        oAuth: {
          flows: { clientCredentials: true },
          callbackUrls: ['https://m2m.example.com'],
          scopes: [p.s.OAuthScope.custom('api/read')],
        },
      }),
  ],
  [
    'callback URLs',
    (p) =>
      p.client('Client', {
        oAuth: { callbackUrls: ['https://a.example.com/cb', 'myapp://callback', 'http://localhost:3000/cb'] },
      }),
  ],
  ['logout URLs', (p) => p.client('Client', { oAuth: { logoutUrls: ['https://a.example.com/bye'] } })],
  [
    'default redirect URI among the default callback URL',
    (p) => p.client('Client', { oAuth: { defaultRedirectUri: 'https://example.com' } }),
  ],
  [
    'default redirect URI among callback URLs',
    (p) =>
      p.client('Client', {
        oAuth: {
          callbackUrls: ['https://a.example.com/1', 'https://a.example.com/2'],
          defaultRedirectUri: 'https://a.example.com/2',
        },
      }),
  ],
  [
    'scopes: every standard scope',
    (p) =>
      p.client('Client', {
        oAuth: {
          scopes: [
            p.s.OAuthScope.PHONE,
            p.s.OAuthScope.EMAIL,
            p.s.OAuthScope.OPENID,
            p.s.OAuthScope.PROFILE,
            p.s.OAuthScope.COGNITO_ADMIN,
          ],
        },
      }),
  ],
  ['scopes: email only → openid appended', (p) => p.client('Client', { oAuth: { scopes: [p.s.OAuthScope.EMAIL] } })],
  [
    'scopes: phone and profile → openid appended once',
    (p) => p.client('Client', { oAuth: { scopes: [p.s.OAuthScope.PHONE, p.s.OAuthScope.PROFILE] } }),
  ],
  [
    'scopes: duplicates removed in insertion order',
    (p) =>
      p.client('Client', {
        oAuth: { scopes: [p.s.OAuthScope.OPENID, p.s.OAuthScope.COGNITO_ADMIN, p.s.OAuthScope.OPENID] },
      }),
  ],
  ['scopes: [] → AllowedOAuthScopes: [] (Q5, replicated)', (p) => p.client('Client', { oAuth: { scopes: [] } })],
  ['scopes: admin only', (p) => p.client('Client', { oAuth: { scopes: [p.s.OAuthScope.COGNITO_ADMIN] } })],
  [
    'scopes: custom scope of an undeclared server',
    (p) => p.client('Client', { oAuth: { scopes: [p.s.OAuthScope.custom('other/read')] } }),
  ],
  [
    'scopes: resource-server scope (Fn::Join with a Ref)',
    (p) => {
      const read = new p.s.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' })
      const server = p.resourceServer('Users', { identifier: 'users', scopes: [read] })
      p.client('Client', { oAuth: { scopes: [p.s.OAuthScope.resourceServer(server, read), p.s.OAuthScope.OPENID] } })
    },
  ],
  ['prevent user existence errors', (p) => p.client('Client', { preventUserExistenceErrors: true })],
  ['allow user existence errors (LEGACY)', (p) => p.client('Client', { preventUserExistenceErrors: false })],
  [
    'supported identity providers: COGNITO only',
    (p) => p.client('Client', { supportedIdentityProviders: [p.s.UserPoolClientIdentityProvider.COGNITO] }),
  ],
  [
    'supported identity providers: every constant and a custom name (none declared)',
    (p) =>
      p.client('Client', {
        supportedIdentityProviders: [
          p.s.UserPoolClientIdentityProvider.APPLE,
          p.s.UserPoolClientIdentityProvider.FACEBOOK,
          p.s.UserPoolClientIdentityProvider.GOOGLE,
          p.s.UserPoolClientIdentityProvider.AMAZON,
          p.s.UserPoolClientIdentityProvider.COGNITO,
          p.s.UserPoolClientIdentityProvider.custom('CorpSaml'),
        ],
      }),
  ],
  ['supported identity providers: empty list → omitted', (p) => p.client('Client', { supportedIdentityProviders: [] })],
  [
    'default providers: every provider declared before the client, then COGNITO',
    (p) => {
      p.idp('amazon', 'Amazon', { clientId: 'a', clientSecret: 'as' })
      p.idp('facebook', 'Facebook', { clientId: 'f', clientSecret: 'fs' })
      p.client('Client')
    },
  ],
  ['disableOAuth', (p) => p.client('Client', { disableOAuth: true })],
  [
    'disableOAuth with every other setting',
    (p) =>
      p.client('Client', {
        disableOAuth: true,
        authFlows: { user: true },
        generateSecret: true,
        enableTokenRevocation: false,
      }),
  ],
  ['token revocation enabled', (p) => p.client('Client', { enableTokenRevocation: true })],
  ['token revocation disabled', (p) => p.client('Client', { enableTokenRevocation: false })],
  [
    'propagate user context data (with a secret)',
    (p) => p.client('Client', { generateSecret: true, enablePropagateAdditionalUserContextData: true }),
  ],
  ['auth session validity 3 minutes', (p) => p.client('Client', { authSessionValidity: p.s.Duration.minutes(3) })],
  ['auth session validity 9 minutes', (p) => p.client('Client', { authSessionValidity: p.s.Duration.minutes(9) })],
  ['auth session validity 15 minutes', (p) => p.client('Client', { authSessionValidity: p.s.Duration.minutes(15) })],
  ['auth session validity 600 seconds', (p) => p.client('Client', { authSessionValidity: p.s.Duration.seconds(600) })],
  [
    'token validities (minutes)',
    (p) =>
      p.client('Client', {
        accessTokenValidity: p.s.Duration.minutes(5),
        idTokenValidity: p.s.Duration.minutes(60),
        refreshTokenValidity: p.s.Duration.days(1),
      }),
  ],
  [
    'token validities: 1 day id/access, 10 years refresh',
    (p) =>
      p.client('Client', {
        accessTokenValidity: p.s.Duration.days(1),
        idTokenValidity: p.s.Duration.hours(24),
        refreshTokenValidity: p.s.Duration.days(3650),
      }),
  ],
  ['id token only', (p) => p.client('Client', { idTokenValidity: p.s.Duration.hours(1) })],
  ['access token only', (p) => p.client('Client', { accessTokenValidity: p.s.Duration.minutes(30) })],
  [
    'refresh token only (30 days → 43200 minutes)',
    (p) => p.client('Client', { refreshTokenValidity: p.s.Duration.days(30) }),
  ],
  [
    'refresh 60 minutes, id and access 60 minutes',
    (p) =>
      p.client('Client', {
        refreshTokenValidity: p.s.Duration.minutes(60),
        idTokenValidity: p.s.Duration.hours(1),
        accessTokenValidity: p.s.Duration.minutes(60),
      }),
  ],
  [
    'read and write attributes (every standard attribute)',
    (p) => {
      const all = {
        address: true,
        birthdate: true,
        email: true,
        familyName: true,
        gender: true,
        givenName: true,
        locale: true,
        middleName: true,
        fullname: true,
        nickname: true,
        phoneNumber: true,
        profilePicture: true,
        preferredUsername: true,
        profilePage: true,
        timezone: true,
        lastUpdateTime: true,
        website: true,
        emailVerified: true,
        phoneNumberVerified: true,
      }
      p.client('Client', {
        readAttributes: new p.s.ClientAttributes().withStandardAttributes(all),
        writeAttributes: new p.s.ClientAttributes().withStandardAttributes({
          ...all,
          emailVerified: false,
          phoneNumberVerified: false,
        }),
      })
    },
  ],
  ['read attributes: empty set → []', (p) => p.client('Client', { readAttributes: new p.s.ClientAttributes() })],
  [
    'analytics with id, external id and role',
    (p) =>
      p.client('Client', {
        analytics: { applicationId: 'abc123', externalId: 'ext', role: p.s.role('PinpointRole'), shareUserData: true },
      }),
  ],
  [
    'analytics without shareUserData',
    (p) =>
      p.client('Client', {
        analytics: {
          applicationId: 'abc123',
          externalId: 'ext',
          role: p.s.roleArn('arn:aws:iam::111111111111:role/pinpoint'),
        },
      }),
  ],
  [
    'refresh-token rotation 30 s with auth flows (§3.11)',
    (p) => p.client('C', { authFlows: { userSrp: true }, refreshTokenRotationGracePeriod: p.s.Duration.seconds(30) }),
  ],
  [
    'refresh-token rotation 0 s',
    (p) =>
      p.client('C', { authFlows: { userPassword: true }, refreshTokenRotationGracePeriod: p.s.Duration.seconds(0) }),
  ],
  [
    'refresh-token rotation 1 minute without auth flows (Q16, replicated)',
    (p) => p.client('C', { refreshTokenRotationGracePeriod: p.s.Duration.minutes(1) }),
  ],
  [
    '§3.11 analytics and rotation client, and an OAuth-disabled choice-based client',
    (p) => {
      p.client('C', {
        authFlows: { userSrp: true },
        refreshTokenRotationGracePeriod: p.s.Duration.seconds(30),
        analytics: {
          applicationId: 'ab12cd',
          externalId: 'ext',
          role: p.s.roleArn('arn:aws:iam::111111111111:role/pinpoint'),
          shareUserData: true,
        },
      })
      p.client('C2', { disableOAuth: true, authFlows: { user: true } })
    },
  ],
  [
    '§3.4 OAuth web client',
    (p) =>
      p.client('Web', {
        userPoolClientName: 'web',
        generateSecret: false,
        authFlows: { userSrp: true, userPassword: true },
        oAuth: {
          flows: { authorizationCodeGrant: true },
          callbackUrls: ['https://app.example.com/cb'],
          logoutUrls: ['https://app.example.com/logout'],
          scopes: [p.s.OAuthScope.EMAIL, p.s.OAuthScope.OPENID],
          defaultRedirectUri: 'https://app.example.com/cb',
        },
        preventUserExistenceErrors: true,
        accessTokenValidity: p.s.Duration.minutes(30),
        idTokenValidity: p.s.Duration.hours(1),
        refreshTokenValidity: p.s.Duration.days(7),
        authSessionValidity: p.s.Duration.minutes(5),
        enableTokenRevocation: true,
        readAttributes: new p.s.ClientAttributes()
          .withStandardAttributes({ email: true, emailVerified: true })
          .withCustomAttributes('tenant'),
        writeAttributes: new p.s.ClientAttributes().withStandardAttributes({ email: true }),
        supportedIdentityProviders: [p.s.UserPoolClientIdentityProvider.COGNITO],
      }),
  ],
  [
    'several clients',
    (p) => {
      p.client('A')
      p.client('B', { generateSecret: true })
      p.client('C', { disableOAuth: true })
    },
  ],
]

// The pool declares the custom attribute the rows use, so the builder's cross-checks pass.
const poolProps = (s: ResourceSide) => ({ customAttributes: { tenant: new s.StringAttribute() } })

describe('app clients: identical to the CDK', () => {
  it.each(rows)('%s', (_name, build) => {
    expectParity(scenario(build, { poolProps }))
  })
})

describe('app clients: deliberate deviations (DEVIATIONS.md)', () => {
  it('Q13: default providers include providers declared after the client', () => {
    // The CDK only sees providers created before the client; the builder lists every provider of the pool.
    expectParityExcept(
      scenario((p) => {
        p.client('Client')
        p.idp('amazon', 'Amazon', { clientId: 'a', clientSecret: 'as' })
      }),
      (r) => {
        r.PClientAFA9DF3B.Properties.SupportedIdentityProviders = [{ Ref: 'Amazon2AC2D6B3' }, 'COGNITO']
        return r
      },
    )
  })

  it('a client naming a provider of the pool depends on it (the seed adds this by hand)', () => {
    expectParityExcept(
      scenario((p) => {
        p.idp('amazon', 'Amazon', { clientId: 'a', clientSecret: 'as' })
        p.client('Client', {
          supportedIdentityProviders: [
            p.s.UserPoolClientIdentityProvider.AMAZON,
            p.s.UserPoolClientIdentityProvider.COGNITO,
          ],
        })
      }),
      (r) => {
        r.PClientAFA9DF3B = withDependsOn(r.PClientAFA9DF3B, ['Amazon2AC2D6B3'])
        return r
      },
    )
  })

  it('OAuthScope.custom() naming a declared resource server also gets the Ref (and the dependency)', () => {
    expectParityExcept(
      scenario((p) => {
        const read = new p.s.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' })
        p.resourceServer('Users', { identifier: 'users', scopes: [read] })
        p.client('Client', { oAuth: { scopes: [p.s.OAuthScope.custom('users/read')] } })
      }),
      (r) => {
        r.PClientAFA9DF3B.Properties.AllowedOAuthScopes = [
          { 'Fn::Join': ['', [{ Ref: cdkLogicalId(['P', 'Users', 'Resource']) }, '/read']] },
        ]
        return r
      },
    )
  })

  it('analytics with a Pinpoint application: the ARN instead of the CfnApp construct (same ApplicationArn)', () => {
    const app = { 'Fn::GetAtt': ['App', 'Arn'] as [string, string] }
    expectParityExcept(
      {
        cdk: (stack, l) => {
          const pinpoint = new l.cdk.aws_pinpoint.CfnApp(stack, 'App', { name: 'shop' })
          new l.cognito.UserPool(stack, 'P').addClient('Client', {
            analytics: { application: pinpoint, shareUserData: true },
          })
        },
        ours: () => userPool('P').withClient('Client', { analytics: { application: app, shareUserData: true } }),
      },
      (r) => {
        // The CDK test creates the Pinpoint app only to pass it; the builder takes its ARN.
        expect(r.App.Type).toBe('AWS::Pinpoint::App')
        delete r.App
        expect(r.PClientAFA9DF3B.Properties.AnalyticsConfiguration).toEqual({
          ApplicationArn: app,
          UserDataShared: true,
        })
        return r
      },
    )
  })
})
