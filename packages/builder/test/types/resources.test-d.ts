/**
 * Types that follow the definition: client ids, custom attributes and resource-server scopes flow
 * through the builder, and a misspelt name is a compile error.
 */
import { describe, expectTypeOf, it } from 'vitest'
import type { ClientIdsOf, CustomAttributesOf, ResourceServerScopesOf } from '../../src/definition/index.js'
import {
  ClientAttributes,
  fromDefinition,
  OAuthScope,
  ProviderAttribute,
  ResourceServerScope,
  StringAttribute,
  type UserPoolBuilder,
  userPool,
} from '../../src/index.js'

const read = new ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read access' })
const write = new ResourceServerScope({ scopeName: 'write', scopeDescription: 'Write access' })
const pool = userPool('P', { customAttributes: { tier: new StringAttribute(), plan: new StringAttribute() } })

describe('client ids', () => {
  it('withClient adds the id to C', () => {
    const p = userPool('P').withClient('Web').withClient('Mobile')
    expectTypeOf(p).toEqualTypeOf<UserPoolBuilder<{}, 'Web' | 'Mobile', never>>()
    expectTypeOf<ClientIdsOf<ReturnType<typeof p.toDefinition>>>().toEqualTypeOf<'Web' | 'Mobile'>()
  })
  it('client references accept only declared clients', () => {
    const p = userPool('P').withClient('Web')
    p.clientId('Web')
    p.withManagedLoginBranding('B', { client: 'Web', useCognitoProvidedValues: true })
    // @ts-expect-error: 'Wbe' is not a client of this pool
    p.clientId('Wbe')
    // @ts-expect-error: 'Mobile' is not a client of this pool
    p.withManagedLoginBranding('B', { client: 'Mobile', useCognitoProvidedValues: true })
    // @ts-expect-error: 'Mobile' is not a client of this pool
    p.signInUrl('D', 'Mobile', { redirectUri: 'https://example.com' })
  })
})

describe('resource-server scopes', () => {
  it('withResourceServer adds <identifier>/<scope> to S', () => {
    const p = userPool('P').withResourceServer('Api', { identifier: 'users', scopes: [read, write] })
    expectTypeOf(p).toEqualTypeOf<UserPoolBuilder<{}, never, 'users/read' | 'users/write'>>()
    expectTypeOf<ResourceServerScopesOf<ReturnType<typeof p.toDefinition>>>().toEqualTypeOf<
      'users/read' | 'users/write'
    >()
  })
  it('plain scope objects keep their literal names too', () => {
    const p = userPool('P').withResourceServer('Api', {
      identifier: 'orders',
      scopes: [{ scopeName: 'list', scopeDescription: 'List' }],
    })
    expectTypeOf(p).toEqualTypeOf<UserPoolBuilder<{}, never, 'orders/list'>>()
  })
  it('a server without scopes adds nothing', () => {
    expectTypeOf(userPool('P').withResourceServer('Api', { identifier: 'x' })).toEqualTypeOf<
      UserPoolBuilder<{}, never, never>
    >()
  })
  it('OAuthScope.resourceServer builds the scope string type', () => {
    expectTypeOf(OAuthScope.resourceServer('users', read)).toEqualTypeOf<OAuthScope<'users/read'>>()
    expectTypeOf(OAuthScope.resourceServer({ identifier: 'users' }, 'write')).toEqualTypeOf<OAuthScope<'users/write'>>()
    expectTypeOf(OAuthScope.OPENID).toEqualTypeOf<OAuthScope<'openid'>>()
  })
  it('a client accepts standard scopes and declared scopes only', () => {
    const p = userPool('P').withResourceServer('Api', { identifier: 'users', scopes: [read] })
    p.withClient('Web', {
      oAuth: { scopes: [OAuthScope.OPENID, OAuthScope.resourceServer('users', read), OAuthScope.custom('users/read')] },
    })
    // @ts-expect-error: users/write is not declared on the server
    p.withClient('Web', { oAuth: { scopes: [OAuthScope.resourceServer('users', write)] } })
    // @ts-expect-error: 'userz' is not a declared resource server
    p.withClient('Web', { oAuth: { scopes: [OAuthScope.resourceServer('userz', read)] } })
    // @ts-expect-error: a misspelt custom scope
    p.withClient('Web', { oAuth: { scopes: [OAuthScope.custom('users/raed')] } })
  })
  it('a pool without resource servers accepts only the standard scopes', () => {
    userPool('P').withClient('Web', {
      oAuth: { scopes: [OAuthScope.EMAIL, OAuthScope.PHONE, OAuthScope.PROFILE, OAuthScope.COGNITO_ADMIN] },
    })
    // @ts-expect-error: no resource server declares api/read
    userPool('P').withClient('Web', { oAuth: { scopes: [OAuthScope.custom('api/read')] } })
  })
})

describe('custom attributes in clients and mappings', () => {
  it('read/write attributes accept the pool custom attributes, with or without custom:', () => {
    pool.withClient('Web', {
      readAttributes: new ClientAttributes()
        .withCustomAttributes('tier', 'custom:plan')
        .withStandardAttributes({ email: true }),
      writeAttributes: (attrs) => attrs.withCustomAttributes('tier'),
    })
    expectTypeOf(new ClientAttributes().withCustomAttributes('tier', 'custom:plan')).toEqualTypeOf<
      ClientAttributes<'tier' | 'plan'>
    >()
  })
  it('a misspelt custom attribute is a compile error', () => {
    // @ts-expect-error: 'teir' is not a custom attribute of the pool
    pool.withClient('Web', { readAttributes: new ClientAttributes().withCustomAttributes('teir') })
    // @ts-expect-error: 'custom:teir' is not a custom attribute of the pool
    pool.withClient('Web', { writeAttributes: (attrs) => attrs.withCustomAttributes('custom:teir') })
    // @ts-expect-error: a pool without custom attributes accepts none
    userPool('P').withClient('Web', { readAttributes: new ClientAttributes().withCustomAttributes('tier') })
  })
  it('attribute mappings accept the pool custom attributes only', () => {
    pool.withIdentityProvider('amazon', 'Amazon', {
      clientId: 'a',
      clientSecret: 's',
      attributeMapping: {
        email: ProviderAttribute.AMAZON_EMAIL,
        custom: { tier: ProviderAttribute.AMAZON_USER_ID, 'custom:plan': ProviderAttribute.other('x') },
      },
    })
    pool.withIdentityProvider('oidc', 'Corp', {
      clientId: 'o',
      clientSecret: 's',
      issuerUrl: 'https://issuer.example.com',
      // @ts-expect-error: 'teir' is not a custom attribute of the pool
      attributeMapping: { custom: { teir: ProviderAttribute.other('tier') } },
    })
  })
  it('custom attributes declared after a client still type later clients', () => {
    const p = userPool('P')
      .withClient('Early')
      .withCustomAttributes({ late: new StringAttribute() })
      .withClient('Late', { readAttributes: new ClientAttributes().withCustomAttributes('late') })
    expectTypeOf<CustomAttributesOf<ReturnType<typeof p.toDefinition>>>().toHaveProperty('late')
  })
})

describe('identity providers', () => {
  it('the kind picks the props', () => {
    userPool('P').withIdentityProvider('apple', 'Apple', { clientId: 'a', teamId: 't', keyId: 'k', privateKey: 'pk' })
    // @ts-expect-error: Apple needs teamId and keyId
    userPool('P').withIdentityProvider('apple', 'Apple', { clientId: 'a', privateKey: 'pk' })
    // @ts-expect-error: an unknown kind
    userPool('P').withIdentityProvider('github', 'Gh', { clientId: 'a' })
  })
})

describe('no any', () => {
  it('builders from fromDefinition are wide but not any', () => {
    const p = fromDefinition(userPool('P').withClient('Web').toDefinition())
    expectTypeOf(p).not.toBeAny()
    expectTypeOf(p.toSdkRequests()).not.toBeAny()
    expectTypeOf(OAuthScope.custom('x').scopeName).toEqualTypeOf<'x'>()
  })
})
