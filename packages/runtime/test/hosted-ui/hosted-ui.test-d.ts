import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import { describe, expectTypeOf, it } from 'vitest'
import { type AuthorizationRequest, type HostedUi, hostedUi } from '../../src/hosted-ui/index.js'

declare const definition: UserPoolDefinition<{}, 'web' | 'admin', 'orders/read' | 'orders/write'>

describe('hostedUi types', () => {
  it('requires the client key with a definition, and types it', () => {
    const ui = hostedUi({ domain: 'https://auth.example.com', clientId: 'x', definition, client: 'web' })
    expectTypeOf(ui).toEqualTypeOf<HostedUi<typeof definition>>()
    // @ts-expect-error: 'mobile' is not a client of the definition
    hostedUi({ domain: 'https://auth.example.com', clientId: 'x', definition, client: 'mobile' })
    // @ts-expect-error: a definition needs its client key
    hostedUi({ domain: 'https://auth.example.com', clientId: 'x', definition })
    // @ts-expect-error: a client key without a definition means nothing
    hostedUi({ domain: 'https://auth.example.com', clientId: 'x', client: 'web' })
  })

  it('types scopes from the definition’s resource servers', async () => {
    const ui = hostedUi({ domain: 'https://auth.example.com', clientId: 'x', definition, client: 'admin' })
    const request = await ui.authorizeUrl({ redirectUri: 'https://a.example/cb', scopes: ['openid', 'orders/write'] })
    expectTypeOf(request).toEqualTypeOf<AuthorizationRequest>()
    // @ts-expect-error: 'orders/delete' is not a scope of the definition
    await ui.authorizeUrl({ redirectUri: 'https://a.example/cb', scopes: ['orders/delete'] })
    const plain = hostedUi({ domain: { prefix: 'my-app', region: 'eu-west-1' }, clientId: 'x' })
    await plain.authorizeUrl({ redirectUri: 'https://a.example/cb', scopes: ['anything/goes'] })
  })

  it('keeps the prompt values closed', async () => {
    const ui = hostedUi({ domain: 'https://auth.example.com', clientId: 'x' })
    // @ts-expect-error: not a Cognito prompt value
    await ui.authorizeUrl({ redirectUri: 'https://a.example/cb', prompt: 'always' })
    expectTypeOf(ui.logoutUrl({ logoutUri: 'https://a.example/' })).toEqualTypeOf<URL>()
  })
})
