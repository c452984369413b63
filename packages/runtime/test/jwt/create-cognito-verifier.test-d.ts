import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import { describe, expectTypeOf, it } from 'vitest'
import { createCognitoVerifier as createWebVerifier } from '../../src/jwt/index.js'
import {
  type CognitoAccessTokenClaims,
  type CognitoIdTokenClaims,
  type CognitoTokenClaims,
  type CognitoVerifier,
  createCognitoVerifier,
} from '../../src/jwt/index.node.js'

declare const definition: UserPoolDefinition<
  { tenant: 'String'; level: 'Number' },
  'web' | 'm2m',
  'orders/read' | 'orders/write'
>

describe('createCognitoVerifier types', () => {
  it('narrows the claims by tokenUse', () => {
    const id = createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'id', clientId: 'c' })
    expectTypeOf(id).toEqualTypeOf<CognitoVerifier<CognitoIdTokenClaims<{}>>>()
    const access = createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'access', clientId: ['a', 'b'] })
    expectTypeOf(access.verify).returns.resolves.toEqualTypeOf<CognitoAccessTokenClaims>()
    const either = createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: null, clientId: null })
    expectTypeOf(either.verify).returns.resolves.toEqualTypeOf<CognitoTokenClaims<{}>>()
  })

  it('takes maxTokenLifetime as a number of seconds', () => {
    createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'id', clientId: 'c', maxTokenLifetime: 7 * 86_400 })
    createWebVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'id', clientId: 'c', maxTokenLifetime: 3600 })
    // @ts-expect-error: seconds as a number, not a duration string
    createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'id', clientId: 'c', maxTokenLifetime: '1d' })
    // The ID token's aud is one string: Cognito never sends an array.
    expectTypeOf<CognitoIdTokenClaims['aud']>().toEqualTypeOf<string>()
  })

  it('never degrades to any', () => {
    const verifier = createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'access', clientId: 'c' })
    expectTypeOf(verifier.verify).returns.resolves.not.toBeAny()
    expectTypeOf<CognitoAccessTokenClaims['client_id']>().toEqualTypeOf<string>()
  })

  it('discriminates the union on token_use', async () => {
    const verifier = createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: null, clientId: null })
    const claims = await verifier.verify('t')
    if (claims.token_use === 'id') expectTypeOf(claims.aud).toEqualTypeOf<string>()
    else expectTypeOf(claims.client_id).toEqualTypeOf<string>()
  })

  it('types custom attributes from a definition, as optional strings', async () => {
    const verifier = createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'id', clientId: 'c', definition })
    const claims = await verifier.verify('t')
    expectTypeOf(claims['custom:tenant']).toEqualTypeOf<string | undefined>()
    expectTypeOf(claims['custom:level']).toEqualTypeOf<string | undefined>()
    expectTypeOf(claims).toMatchTypeOf<CognitoIdTokenClaims<{ tenant: 'String'; level: 'Number' }>>()
  })

  it('types the scope option from the definition’s resource servers', () => {
    createCognitoVerifier({
      userPoolId: 'eu-west-1_A',
      tokenUse: 'access',
      clientId: 'c',
      definition,
      scope: 'orders/read',
    })
    createCognitoVerifier({
      userPoolId: 'eu-west-1_A',
      tokenUse: 'access',
      clientId: 'c',
      definition,
      scope: ['openid'],
    })
    // @ts-expect-error: 'orders/delete' is not a scope of the definition
    createCognitoVerifier({
      userPoolId: 'eu-west-1_A',
      tokenUse: 'access',
      clientId: 'c',
      definition,
      scope: 'orders/delete',
    })
    // Without a definition any scope string is accepted.
    createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'access', clientId: 'c', scope: 'anything/goes' })
  })

  it('requires tokenUse and clientId (null must be explicit)', () => {
    // @ts-expect-error: clientId is required; pass null to accept any client
    createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'id' })
    // @ts-expect-error: tokenUse is required; pass null to accept both kinds
    createCognitoVerifier({ userPoolId: 'eu-west-1_A', clientId: 'c' })
    // @ts-expect-error: tokenUse must be 'id', 'access' or null
    createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'refresh', clientId: 'c' })
  })

  it('unions the claims of several pools', () => {
    const verifier = createCognitoVerifier([
      { userPoolId: 'eu-west-1_A', tokenUse: 'id', clientId: 'c', definition },
      { userPoolId: 'eu-west-1_B', tokenUse: 'access', clientId: null },
    ])
    expectTypeOf(verifier.verify).returns.resolves.toEqualTypeOf<
      CognitoIdTokenClaims<{ tenant: 'String'; level: 'Number' }> | CognitoAccessTokenClaims
    >()
  })

  it('gives both platform implementations the same type', () => {
    expectTypeOf(createWebVerifier).toEqualTypeOf(createCognitoVerifier)
  })
})
