import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import { describe, expectTypeOf, it } from 'vitest'
import { type CognitoOAuthClient, type CognitoTokens, cognitoOAuth } from '../../src/oauth/index.js'

declare const definition: UserPoolDefinition<{}, 'web' | 'svc', 'orders/read' | 'orders/write'>
const base = { domain: 'https://auth.example.com', userPoolId: 'eu-west-1_A', clientId: 'x' } as const

describe('cognitoOAuth types', () => {
  it('types client-credentials scopes from the definition’s resource servers', async () => {
    const svc = cognitoOAuth({ ...base, clientSecret: 's', definition, client: 'svc' })
    expectTypeOf(svc).toEqualTypeOf<CognitoOAuthClient<typeof definition>>()
    expectTypeOf(await svc.clientCredentials({ scopes: ['orders/read'] })).toEqualTypeOf<CognitoTokens>()
    // @ts-expect-error: 'openid' is not a resource-server scope
    await svc.clientCredentials({ scopes: ['openid'] })
    // @ts-expect-error: 'orders/delete' is not a scope of the definition
    await svc.clientCredentials({ scopes: ['orders/delete'] })
    await cognitoOAuth(base).clientCredentials({ scopes: ['anything/goes'] })
  })

  it('requires the client key with a definition', () => {
    // @ts-expect-error: a definition needs its client key
    cognitoOAuth({ ...base, definition })
    // @ts-expect-error: 'mobile' is not a client of the definition
    cognitoOAuth({ ...base, definition, client: 'mobile' })
  })

  it('requires an explicit choice for the userInfo subject check', async () => {
    const oauth = cognitoOAuth(base)
    await oauth.userInfo('token', null)
    // @ts-expect-error: pass the expected sub, or null to skip the check
    await oauth.userInfo('token')
  })
})
