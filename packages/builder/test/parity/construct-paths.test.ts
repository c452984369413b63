/**
 * Children the CDK app creates with their own constructors (`new UserPoolClient(stack, 'Web',
 * { userPool })`, as the seed does for app clients) rather than through the pool: with
 * `RenderOptions.constructPaths` the builder emits the same logical IDs, references and derived
 * provider names, so such a stack's template can be replaced too.
 */
import { Construct } from 'constructs'
import { describe, expect, it } from 'vitest'
import {
  DefinitionValidationError,
  OAuthScope,
  UserPoolIdentityProviderSamlMetadata,
  userPool,
} from '../../src/index.js'
import { cdkLogicalId } from '../../src/internal/logical-id.js'
import { synthCdk } from '../support/cdk-oracle.js'
import { expectParityExcept } from './resource-sides.js'
import { expectParity } from './support/parity.js'

const ISSUER = 'https://issuer.example.com'
const METADATA = 'https://idp.example.com/metadata.xml'

describe('constructPaths: children created outside the pool, identical to the CDK', () => {
  it('seed: new UserPoolClient(this, "customer-app-client", { userPool }) and a generated secret', () => {
    expectParity({
      cdk: (stack, l) => {
        const pool = new l.cognito.UserPool(stack, 'pool')
        new l.cognito.UserPoolClient(stack, 'customer-app-client', { userPool: pool })
        new l.cognito.UserPoolClient(stack, 'UserPoolClient', { userPool: pool, generateSecret: true })
      },
      ours: () =>
        userPool('pool').withClient('customer-app-client').withClient('UserPoolClient', { generateSecret: true }),
      constructPaths: { 'customer-app-client': ['customer-app-client'], UserPoolClient: ['UserPoolClient'] },
    })
  })

  it('a resource server, domain and group in another construct; a client scoped to the server', () => {
    expectParity({
      cdk: (stack, l) => {
        const pool = new l.cognito.UserPool(stack, 'Pool')
        const api = new Construct(stack, 'Api')
        const read = new l.cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' })
        const server = new l.cognito.UserPoolResourceServer(api, 'Server', {
          userPool: pool,
          identifier: 'orders',
          scopes: [read],
        })
        new l.cognito.UserPoolDomain(api, 'Domain', { userPool: pool, cognitoDomain: { domainPrefix: 'orders-app' } })
        new l.cognito.UserPoolGroup(api, 'Admins', { userPool: pool, groupName: 'admins', precedence: 1 })
        pool.addClient('M2m', {
          generateSecret: true,
          oAuth: { flows: { clientCredentials: true }, scopes: [l.cognito.OAuthScope.resourceServer(server, read)] },
        })
      },
      ours: () =>
        userPool('Pool')
          .withResourceServer('Server', {
            identifier: 'orders',
            scopes: [{ scopeName: 'read', scopeDescription: 'Read' }],
          })
          .withDomain('Domain', { cognitoDomain: { domainPrefix: 'orders-app' } })
          .withGroup('Admins', { groupName: 'admins', precedence: 1 })
          .withClient('M2m', {
            generateSecret: true,
            oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.resourceServer('orders', 'read')] },
          }),
      constructPaths: { Server: ['Api', 'Server'], Domain: ['Api', 'Domain'], Admins: ['Api', 'Admins'] },
    })
  })

  it('identity providers under the pool and in a nested construct: logical IDs, derived names, client defaults', () => {
    // R5: the SAML provider's ProviderDetails are strings (DEVIATIONS.md); everything else is the CDK's.
    const saml = cdkLogicalId(['Federation', 'Partner', 'Resource'])
    expectParityExcept(
      {
        cdk: (stack, l) => {
          const auth = new Construct(stack, 'Auth')
          const pool = new l.cognito.UserPool(auth, 'Pool')
          new l.cognito.UserPoolIdentityProviderOidc(pool, 'Corp', {
            userPool: pool,
            clientId: 'c',
            clientSecret: 's',
            issuerUrl: ISSUER,
          })
          new l.cognito.UserPoolIdentityProviderSaml(new Construct(stack, 'Federation'), 'Partner', {
            userPool: pool,
            metadata: l.cognito.UserPoolIdentityProviderSamlMetadata.url(METADATA),
            idpSignout: true,
          })
          pool.addClient('Web')
        },
        ours: () =>
          userPool('Pool')
            .withIdentityProvider('oidc', 'Corp', { clientId: 'c', clientSecret: 's', issuerUrl: ISSUER })
            .withIdentityProvider('saml', 'Partner', {
              metadata: UserPoolIdentityProviderSamlMetadata.url(METADATA),
              idpSignout: true,
            })
            .withClient('Web'),
        scope: ['Auth'],
        constructPaths: { Corp: ['Auth', 'Pool', 'Corp'], Partner: ['Federation', 'Partner'] },
      },
      (r) => {
        r[saml].Properties.ProviderDetails.IDPSignout = 'true'
        return r
      },
    )
  })

  it('an app client with its own construct id (the builder id and the construct id may differ)', () => {
    expectParity({
      cdk: (stack, l) => {
        const pool = new l.cognito.UserPool(stack, 'P')
        new l.cognito.UserPoolClient(new Construct(stack, 'Frontend'), 'AppClient', { userPool: pool })
      },
      ours: () => userPool('P').withClient('Web'),
      constructPaths: { Web: ['Frontend', 'AppClient'] },
    })
  })
})

describe('constructPaths: references and URLs follow the paths', () => {
  const pool = userPool('P')
    .withClient('Web', { oAuth: { flows: { authorizationCodeGrant: true } } })
    .withDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app' } })
  const options = {
    logicalIds: 'cdk',
    stackId: 'S',
    constructPaths: { Web: ['Web'], Domain: ['Hosting', 'Domain'] },
  } as const

  it("clientId, domainName, baseUrl and signInUrl are the CDK's values", () => {
    let cdk: Record<string, unknown> = {}
    synthCdk((stack, { cognito }) => {
      const p = new cognito.UserPool(stack, 'P')
      const client = new cognito.UserPoolClient(stack, 'Web', {
        userPool: p,
        oAuth: { flows: { authorizationCodeGrant: true } },
      })
      const domain = new cognito.UserPoolDomain(new Construct(stack, 'Hosting'), 'Domain', {
        userPool: p,
        cognitoDomain: { domainPrefix: 'my-app' },
      })
      cdk = stack.resolve({
        clientId: client.userPoolClientId,
        domainName: domain.domainName,
        baseUrl: domain.baseUrl(),
        signInUrl: domain.signInUrl(client, { redirectUri: 'https://example.com' }),
      })
    })
    expect(pool.clientId('Web', options)).toEqual(cdk.clientId)
    expect(pool.domainName('Domain', options)).toEqual(cdk.domainName)
    expect(pool.baseUrl('Domain', options)).toEqual(cdk.baseUrl)
    expect(JSON.stringify(pool.signInUrl('Domain', 'Web', { ...options, redirectUri: 'https://example.com' }))).toBe(
      JSON.stringify(cdk.signInUrl).replace(
        'redirect_uri=https://example.com',
        'redirect_uri=https%3A%2F%2Fexample.com',
      ),
    )
  })

  it('readable logical IDs ignore the paths', () => {
    const t = pool.toCloudFormation({ constructPaths: options.constructPaths })
    expect(Object.keys(t.Resources).sort()).toEqual(['P', 'PDomain', 'PWeb'])
    expect(pool.toCloudFormation(options).Resources[cdkLogicalId(['Web', 'Resource'])]).toBeDefined()
  })
})

describe('constructPaths: refused when malformed or naming no child', () => {
  it.each([
    ['an empty path', { Web: [] }, 'constructPaths.Web', 'ConstructPathInvalid'],
    ['a component with a slash', { Web: ['a/b'] }, 'constructPaths.Web', 'ConstructPathInvalid'],
    ['an empty component', { Web: ['', 'Web'] }, 'constructPaths.Web', 'ConstructPathInvalid'],
    ['an id that is no child of the pool', { Mobile: ['Mobile'] }, 'constructPaths.Mobile', 'UnknownChild'],
  ] as const)('%s', (_name, constructPaths, path, rule) => {
    let error: unknown
    try {
      userPool('P')
        .withClient('Web')
        .toCloudFormation({ logicalIds: 'cdk', constructPaths: constructPaths as never })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DefinitionValidationError)
    expect((error as DefinitionValidationError).issues).toEqual([expect.objectContaining({ path, rule })])
  })
})
