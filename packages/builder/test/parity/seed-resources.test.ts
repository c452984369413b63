/**
 * Every snippet of the seed's Identity Providers, App Clients, Resource Servers and Domains
 * sections, written with the CDK and with the builder, compared resource by resource.
 */
import { describe, expect, it } from 'vitest'
import * as ours from '../../src/index.js'
import { cdkLogicalId } from '../../src/internal/logical-id.js'
import { lib, synthCdk } from '../support/cdk-oracle.js'
import { expectParityExcept, type PoolSide, type ResourceSide, scenario } from './resource-sides.js'
import { expectParity } from './support/parity.js'

const snippets: readonly (readonly [
  string,
  (p: PoolSide) => void,
  { poolId?: string; poolProps?: (s: ResourceSide) => any }?,
])[] = [
  [
    'Login with Amazon',
    (p) => p.idp('amazon', 'Amazon', { clientId: 'amzn-client-id', clientSecret: 'amzn-client-secret' }),
    { poolId: 'Pool' },
  ],
  [
    'Google with a client secret from Secrets Manager',
    (p) =>
      p.idp('google', 'Google', {
        clientId: 'amzn-client-id',
        clientSecretValue:
          p.s.kind === 'cdk'
            ? lib.cdk.SecretValue.secretsManager('arn:aws:secretsmanager:xxx:xxx:secret:xxx-xxx')
            : '{{resolve:secretsmanager:arn:aws:secretsmanager:xxx:xxx:secret:xxx-xxx:SecretString:::}}',
      }),
    { poolId: 'Pool' },
  ],
  ['an app client and its id', (p) => p.client('customer-app-client'), { poolId: 'pool' }],
  [
    'SRP and username-and-password authentication',
    (p) => p.client('app-client', { authFlows: { userPassword: true, userSrp: true } }),
    { poolId: 'pool' },
  ],
  [
    'authorization code grant with openid and callback/logout URLs',
    (p) =>
      p.client('app-client', {
        oAuth: {
          flows: { authorizationCodeGrant: true },
          scopes: [p.s.OAuthScope.OPENID],
          callbackUrls: ['https://my-app-domain.com/welcome'],
          logoutUrls: ['https://my-app-domain.com/signin'],
        },
      }),
    { poolId: 'Pool' },
  ],
  [
    'prevent user existence errors',
    (p) => p.client('app-client', { preventUserExistenceErrors: true }),
    { poolId: 'Pool' },
  ],
  [
    'explicit supported identity providers',
    (p) =>
      p.client('app-client', {
        supportedIdentityProviders: [
          p.s.UserPoolClientIdentityProvider.AMAZON,
          p.s.UserPoolClientIdentityProvider.COGNITO,
        ],
      }),
    { poolId: 'Pool' },
  ],
  [
    'auth session validity',
    (p) => p.client('app-client', { authSessionValidity: p.s.Duration.minutes(15) }),
    { poolId: 'Pool' },
  ],
  [
    'token validities',
    (p) =>
      p.client('app-client', {
        accessTokenValidity: p.s.Duration.minutes(60),
        idTokenValidity: p.s.Duration.minutes(60),
        refreshTokenValidity: p.s.Duration.days(30),
      }),
    { poolId: 'Pool' },
  ],
  [
    'read and write attributes',
    (p) => {
      const clientWriteAttributes = new p.s.ClientAttributes()
        .withStandardAttributes({ fullname: true, email: true })
        .withCustomAttributes('favouritePizza', 'favouriteBeverage')
      const clientReadAttributes = clientWriteAttributes
        .withStandardAttributes({ emailVerified: true })
        .withCustomAttributes('pointsEarned')
      p.client('app-client', { readAttributes: clientReadAttributes, writeAttributes: clientWriteAttributes })
    },
    {
      poolId: 'Pool',
      poolProps: (s) => ({
        customAttributes: {
          favouritePizza: new s.StringAttribute(),
          favouriteBeverage: new s.StringAttribute(),
          pointsEarned: new s.StringAttribute(),
        },
      }),
    },
  ],
  ['token revocation', (p) => p.client('app-client', { enableTokenRevocation: true }), { poolId: 'Pool' }],
  ['a generated secret', (p) => p.client('UserPoolClient', { generateSecret: true }), { poolId: 'Pool' }],
  [
    'resource server with a read-only and a full-access client',
    (p) => {
      const readOnlyScope = new p.s.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read-only access' })
      const fullAccessScope = new p.s.ResourceServerScope({ scopeName: '*', scopeDescription: 'Full access' })
      const userServer = p.resourceServer('ResourceServer', {
        identifier: 'users',
        scopes: [readOnlyScope, fullAccessScope],
      })
      p.client('read-only-client', { oAuth: { scopes: [p.s.OAuthScope.resourceServer(userServer, readOnlyScope)] } })
      p.client('full-access-client', {
        oAuth: { scopes: [p.s.OAuthScope.resourceServer(userServer, fullAccessScope)] },
      })
    },
    { poolId: 'Pool' },
  ],
  [
    'a Cognito domain and a custom domain',
    (p) => {
      p.domain('CognitoDomain', { cognitoDomain: { domainPrefix: 'my-awesome-app' } })
      p.domain('CustomDomain', {
        customDomain: {
          domainName: 'user.myapp.com',
          certificate: p.s.certificate(
            'arn:aws:acm:us-east-1:123456789012:certificate/11-3336f1-44483d-adc7-9cd375c5169d',
          ),
        },
      })
    },
    { poolId: 'Pool' },
  ],
  [
    'an implicit-grant client and a domain for signInUrl',
    (p) => {
      p.client('Client', {
        oAuth: {
          flows: { implicitCodeGrant: true },
          callbackUrls: ['https://myapp.com/home', 'https://myapp.com/users'],
        },
      })
      p.domain('Domain', { cognitoDomain: { domainPrefix: 'myapp' } })
    },
    { poolId: 'UserPool' },
  ],
]

describe('seed snippets: identical to the CDK', () => {
  for (const [name, build, options] of snippets) it(name, () => expectParity(scenario(build, options)))
})

describe('seed snippets the builder does better (DEVIATIONS.md)', () => {
  it('attribute mapping with a custom attribute: written custom:uniqueId (Q14)', () => {
    const id = cdkLogicalId(['Amazon', 'Resource'])
    expectParityExcept(
      scenario(
        (p) =>
          p.idp('amazon', 'Amazon', {
            clientId: 'amzn-client-id',
            clientSecret: 'amzn-client-secret',
            attributeMapping: {
              email: p.s.ProviderAttribute.AMAZON_EMAIL,
              website: p.s.ProviderAttribute.other('url'),
              custom: { uniqueId: p.s.ProviderAttribute.AMAZON_USER_ID },
            },
          }),
        { poolId: 'Pool', poolProps: (s) => ({ customAttributes: { uniqueId: new s.StringAttribute() } }) },
      ),
      (r) => {
        r[id].Properties.AttributeMapping = { email: 'email', website: 'url', 'custom:uniqueId': 'user_id' }
        return r
      },
    )
  })

  it('the provider dependency the seed adds by hand is added for you', () => {
    // Seed: `client.node.addDependency(provider)`; the builder needs no such line and emits the same template.
    const template = synthCdk((stack, { cognito }) => {
      const pool = new cognito.UserPool(stack, 'Pool')
      const provider = new cognito.UserPoolIdentityProviderAmazon(stack, 'Amazon', {
        userPool: pool,
        clientId: 'amzn-client-id',
        clientSecret: 'amzn-client-secret',
      })
      const client = pool.addClient('app-client', {
        supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.AMAZON],
      })
      client.node.addDependency(provider)
    })
    const mine = ours
      .userPool('Pool')
      .withIdentityProvider('amazon', 'Amazon', { clientId: 'amzn-client-id', clientSecret: 'amzn-client-secret' })
      .withClient('app-client', { supportedIdentityProviders: [ours.UserPoolClientIdentityProvider.AMAZON] })
      .toCloudFormation({ logicalIds: 'cdk', stackId: 'S' })
    expect(mine.Resources).toEqual(template.Resources)
  })

  it('signInUrl encodes the redirect URI (Q12)', () => {
    const pool = ours
      .userPool('UserPool')
      .withClient('Client', {
        oAuth: {
          flows: { implicitCodeGrant: true },
          callbackUrls: ['https://myapp.com/home', 'https://myapp.com/users'],
        },
      })
      .withDomain('Domain', { cognitoDomain: { domainPrefix: 'myapp' } })
    const url = JSON.stringify(pool.signInUrl('Domain', 'Client', { redirectUri: 'https://myapp.com/home' }))
    expect(url).toContain('&response_type=token&redirect_uri=https%3A%2F%2Fmyapp.com%2Fhome')
  })

  it('fromDomainName and fromUserPoolClientId import by name and id', () => {
    expect(ours.fromDomainName('domain-name').domainName).toBe('domain-name')
    const client = ours.fromUserPoolClientId('4example7client0id')
    expect(client.userPoolClientId).toBe('4example7client0id')
    expect(() => client.userPoolClientSecret).toThrowError(expect.objectContaining({ code: 'ERR_NOT_AVAILABLE' }))
  })
})
