/**
 * The README's and the JSDoc's examples, type-checked (never run): if the API drifts, this fails.
 */
import { createServer } from 'node:http'
import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import { describe, expectTypeOf, it } from 'vitest'
import { cognitoDomainUrl, createPkcePair, hostedUi, randomNonce, randomState } from '../../src/hosted-ui/index.js'
import {
  authenticateLambdaEvent,
  authenticateRequest,
  createNodeAuthenticator,
  type ExpressRequestLike,
  type ExpressResponseLike,
  expressAuthenticate,
  wwwAuthenticate,
} from '../../src/http/index.js'
import {
  type CognitoAccessTokenClaims,
  createCognitoVerifier,
  isCognitoRuntimeError,
  parseUserPoolId,
} from '../../src/index.node.js'
import { cognitoOAuth, discoverCognitoOAuth } from '../../src/oauth/index.js'

declare const pool: { toDefinition(): UserPoolDefinition<{ tenant: 'String' }, 'web' | 'm2m', 'orders/read'> }
declare const token: string
declare const userPoolId: string
declare const clientId: string

describe('README examples', () => {
  it('verifying tokens', async () => {
    const verifier = createCognitoVerifier({
      userPoolId: 'eu-west-1_AbCdEf123',
      tokenUse: 'access',
      clientId: '1example23456789',
      scope: 'orders/read',
      groups: ['admins'],
      cache: { maxAgeSeconds: 30 },
    })
    const claims = await verifier.verify(token)
    expectTypeOf(claims).toEqualTypeOf<CognitoAccessTokenClaims>()
    await verifier.hydrate()
    const two = createCognitoVerifier(
      [
        { userPoolId: 'eu-west-1_Staff1234', tokenUse: 'id', clientId: 'staffclient', definition: pool.toDefinition() },
        { userPoolId: 'eu-west-1_Users5678', tokenUse: 'id', clientId: ['web', 'mobile'] },
      ],
      { cache: { maxAgeSeconds: 30 } },
    )
    const id = await two.verify(token)
    expectTypeOf(id.token_use).toEqualTypeOf<'id'>()
    try {
      await verifier.verify(token)
    } catch (error) {
      if (isCognitoRuntimeError(error) && error.code === 'ERR_JWT_EXPIRED')
        expectTypeOf(error.code).toEqualTypeOf<'ERR_JWT_EXPIRED'>()
    }
    expectTypeOf(parseUserPoolId('eu-west-1_AbCdEf123').issuers.original).toEqualTypeOf<string>()
  })

  it('hosted UI', async () => {
    const ui = hostedUi({
      domain: { prefix: 'my-app', region: 'eu-west-1' },
      clientId: '1example23456789',
      definition: pool.toDefinition(),
      client: 'web',
    })
    const { url, state, nonce, codeVerifier } = await ui.authorizeUrl({
      redirectUri: 'https://app.example/callback',
      scopes: ['openid', 'email'],
      identityProvider: 'Google',
    })
    expectTypeOf(url).toEqualTypeOf<URL>()
    expectTypeOf([state, nonce]).toEqualTypeOf<string[]>()
    expectTypeOf(codeVerifier).toEqualTypeOf<string | undefined>()
    ui.logoutUrl({ logoutUri: 'https://app.example/' })
    expectTypeOf(cognitoDomainUrl('https://auth.example.com')).toEqualTypeOf<string>()
    expectTypeOf(randomState() + randomNonce()).toEqualTypeOf<string>()
    expectTypeOf((await createPkcePair()).codeChallengeMethod).toEqualTypeOf<'S256'>()
  })

  it('OAuth flows', async () => {
    const oauth = cognitoOAuth({
      domain: { prefix: 'my-app', region: 'eu-west-1' },
      userPoolId: 'eu-west-1_AbCdEf123',
      clientId: '1example23456789',
      clientSecret: 'secret',
      idTokenVerifier: createCognitoVerifier({ userPoolId, tokenUse: 'id', clientId }),
    })
    const pending = await oauth.authorizationUrl({ redirectUri: 'https://app.example/callback' })
    const tokens = await oauth.exchangeCode('/callback?code=c&state=s', pending)
    await oauth.refresh(tokens.refreshToken as string)
    await oauth.clientCredentials({ scopes: ['orders/read'] })
    await oauth.revoke(tokens.refreshToken as string)
    await oauth.userInfo(tokens.accessToken, tokens.idTokenClaims?.sub as string)
    expectTypeOf(oauth.logoutUrl({ logoutUri: 'https://app.example/' })).toEqualTypeOf<URL>()
    await discoverCognitoOAuth({ userPoolId: 'eu-west-1_AbCdEf123', clientId: '1example23456789' })
  })

  it('backends', async () => {
    const verifier = createCognitoVerifier({ userPoolId, tokenUse: 'access', clientId })
    const authenticate = createNodeAuthenticator(verifier)
    createServer(async (req, res) => {
      const claims = await authenticate(req, res)
      if (claims === undefined) return
      res.end(`hello ${claims.username}`)
    })
    const middleware = expressAuthenticate(verifier, { scope: 'orders/read', realm: 'orders' })
    expectTypeOf(middleware).parameters.toEqualTypeOf<
      [ExpressRequestLike<CognitoAccessTokenClaims>, ExpressResponseLike, (error?: unknown) => void]
    >()
    const auth = await authenticateLambdaEvent(
      verifier,
      { headers: { authorization: `Bearer ${token}` } },
      { scope: 'orders/read' },
    )
    if (!auth.ok) expectTypeOf(auth.response.statusCode).toEqualTypeOf<number>()
    const result = await authenticateRequest(verifier, `Bearer ${token}`, { realm: 'orders' })
    if (!result.ok) new Response(JSON.stringify(result.body), { status: result.status, headers: result.headers })
    expectTypeOf(
      wwwAuthenticate({ realm: 'api', error: 'insufficient_scope', scope: ['orders/write'] }),
    ).toEqualTypeOf<string>()
  })
})
