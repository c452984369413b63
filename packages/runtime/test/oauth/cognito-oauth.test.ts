/**
 * The OAuth flows end to end against the Cognito-shaped oidc-provider stand-in on 127.0.0.1:
 * code + PKCE + nonce (also behind a proxy), refresh, client credentials, revocation, userInfo,
 * logout, discovery; tokens checked with our own verifier.
 */
import { type OidcStandIn, startOidcStandIn } from '@cognito-kit/oidc-stand-in'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OAuthFlowError, OptionsValidationError } from '../../src/errors.js'
import { createCognitoVerifier } from '../../src/jwt/index.node.js'
import { type CognitoOAuthClient, cognitoOAuth, discoverCognitoOAuth } from '../../src/oauth/index.js'
import { definitionOf } from '../helpers/definition.js'

const CALLBACK = 'https://app.example/callback'
const SIGNED_OUT = 'https://app.example/'

const definition = definitionOf<{ tenant: 'String' }, 'web' | 'svc', 'orders/read' | 'orders/write'>({
  customAttributes: { tenant: { dataType: 'String' } },
  clients: {
    web: {
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: ['openid', 'email', 'profile', 'orders/read'],
        callbackUrls: [CALLBACK],
        logoutUrls: [SIGNED_OUT],
      },
    },
    svc: {
      generateSecret: true,
      oAuth: { flows: { clientCredentials: true }, scopes: ['orders/read', 'orders/write'] },
    },
  },
  resourceServers: {
    orders: {
      identifier: 'orders',
      scopes: [
        { scopeName: 'read', scopeDescription: 'r' },
        { scopeName: 'write', scopeDescription: 'w' },
      ],
    },
  },
})

describe('cognitoOAuth against the oidc stand-in', () => {
  let standIn: OidcStandIn
  let web: CognitoOAuthClient<typeof definition>
  let confidential: CognitoOAuthClient
  let svc: CognitoOAuthClient<typeof definition>

  const common = () => ({
    domain: standIn.baseUrl,
    userPoolId: standIn.userPoolId,
    unsafeCustomIssuer: standIn.issuer,
    unsafeAllowHttpLoopback: true,
  })
  const idVerifier = (clientId: string) =>
    createCognitoVerifier({
      userPoolId: standIn.userPoolId,
      tokenUse: 'id',
      clientId,
      unsafeCustomIssuer: { issuer: standIn.issuer },
    })

  beforeAll(async () => {
    standIn = await startOidcStandIn({
      userPoolId: 'eu-west-1_OAuthTest1',
      clients: [
        { clientId: 'web', redirectUris: [CALLBACK], logoutUris: [SIGNED_OUT] },
        { clientId: 'webconfidential', clientSecret: 'web-secret', redirectUris: [CALLBACK] },
        {
          clientId: 'svc',
          clientSecret: 'svc-secret',
          flows: ['client_credentials'],
          scopes: ['orders/read', 'orders/write'],
        },
      ],
      users: [
        { username: 'alice', email: 'alice@example.com', groups: ['admins'], attributes: { 'custom:tenant': 'acme' } },
        { username: 'bob', federated: { providerName: 'Google' } },
      ],
      resourceServers: [{ identifier: 'orders', scopes: ['read', 'write'] }],
    })
    web = cognitoOAuth({ ...common(), clientId: 'web', definition, client: 'web', idTokenVerifier: idVerifier('web') })
    confidential = cognitoOAuth({ ...common(), clientId: 'webconfidential', clientSecret: 'web-secret' })
    svc = cognitoOAuth({ ...common(), clientId: 'svc', clientSecret: 'svc-secret', definition, client: 'svc' })
  })

  afterAll(async () => {
    await standIn?.stop()
  })

  async function signIn(oauth: CognitoOAuthClient<any>, extra: Record<string, unknown> = {}) {
    const request = await oauth.authorizationUrl({
      redirectUri: CALLBACK,
      scopes: ['openid', 'email', 'orders/read'],
      ...extra,
    })
    const callback = await standIn.signIn(request.url)
    return { request, callback }
  }

  it('runs code + PKCE + nonce and returns verified tokens', async () => {
    const { request, callback } = await signIn(web)
    expect(request.url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(request.url.searchParams.get('nonce')).toBe(request.nonce)
    const tokens = await web.exchangeCode(callback, request)
    expect(tokens.idTokenClaims).toMatchObject({ nonce: request.nonce, 'cognito:username': 'alice', aud: 'web' })
    expect(tokens.refreshToken).toEqual(expect.any(String))
    expect(tokens.tokenType.toLowerCase()).toBe('bearer')
    expect(tokens.expiresIn).toBeGreaterThan(3000)
    const accessVerifier = createCognitoVerifier({
      userPoolId: standIn.userPoolId,
      tokenUse: 'access',
      clientId: 'web',
      scope: 'orders/read',
      groups: 'admins',
      unsafeCustomIssuer: { issuer: standIn.issuer },
    })
    await expect(accessVerifier.verify(tokens.accessToken)).resolves.toMatchObject({ username: 'alice' })
  })

  it('uses the public callback URL for the token request when the callback arrived through a proxy', async () => {
    const { request, callback } = await signIn(web)
    // What a server behind a proxy or API Gateway stage sees: another origin and path.
    const internal = new URL(`http://10.0.0.7:8080/prod/internal-callback${callback.search}`)
    await expect(web.exchangeCode(internal, request)).resolves.toMatchObject({ accessToken: expect.any(String) })
    // Only the query string, or a Fetch Request, work the same way.
    const second = await signIn(web)
    await expect(web.exchangeCode(second.callback.search, second.request)).resolves.toBeDefined()
    const third = await signIn(web)
    await expect(
      web.exchangeCode(new Request(`http://internal${third.callback.search}`), third.request),
    ).resolves.toBeDefined()
  })

  it('fails with invalid_grant when the redirect_uri of the token request is not the one authorized', async () => {
    const { request, callback } = await signIn(web)
    const error = await web
      .exchangeCode(callback, { ...request, redirectUri: 'https://app.example/other' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OAuthFlowError)
    expect(error).toMatchObject({ code: 'ERR_OAUTH_SERVER_ERROR', error: 'invalid_grant', status: 400 })
  })

  it('checks state before sending anything, and nonce and PKCE after', async () => {
    const a = await signIn(web)
    await expect(web.exchangeCode(a.callback, { ...a.request, state: 'other' })).rejects.toMatchObject({
      code: 'ERR_OAUTH_STATE_MISMATCH',
    })
    // The code was not spent by the refused attempt:
    await expect(web.exchangeCode(a.callback, a.request)).resolves.toBeDefined()
    const b = await signIn(web)
    await expect(web.exchangeCode(b.callback, { ...b.request, nonce: 'other' })).rejects.toMatchObject({
      code: 'ERR_OAUTH_NONCE_MISMATCH',
    })
    const c = await signIn(web)
    await expect(
      web.exchangeCode(c.callback, { ...c.request, codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk' }),
    ).rejects.toMatchObject({ code: 'ERR_OAUTH_SERVER_ERROR', error: 'invalid_grant' })
    await expect(web.exchangeCode(c.callback, { ...c.request, nonce: '' })).rejects.toBeInstanceOf(
      OptionsValidationError,
    )
  })

  it('copes with the federated nonce: Cognito adds one, we always send ours', async () => {
    const { request, callback } = await signIn(web, { loginHint: 'bob' })
    const tokens = await web.exchangeCode(callback, request)
    expect(tokens.idTokenClaims).toMatchObject({ 'cognito:username': 'bob', nonce: request.nonce })
    expect(tokens.idTokenClaims?.identities).toEqual([expect.objectContaining({ providerName: 'Google' })])
  })

  it('reports an error redirect with its OAuth error', async () => {
    const { request, callback } = await signIn(web, { loginHint: 'nobody' })
    expect(callback.searchParams.get('error')).toBe('access_denied')
    await expect(web.exchangeCode(callback, request)).rejects.toMatchObject({
      code: 'ERR_OAUTH_CALLBACK_ERROR',
      error: 'access_denied',
      errorDescription: 'no user nobody',
    })
  })

  it('refreshes, keeping the refresh token Cognito does not rotate', async () => {
    const { request, callback } = await signIn(web)
    const tokens = await web.exchangeCode(callback, request)
    const refreshed = await web.refresh(tokens.refreshToken as string)
    expect(refreshed.refreshToken).toBe(tokens.refreshToken)
    expect(refreshed.accessToken).not.toBe(tokens.accessToken)
    expect(refreshed.idTokenClaims?.sub).toBe(tokens.idTokenClaims?.sub)
  })

  it('revokes a refresh token (public and confidential clients)', async () => {
    for (const oauth of [web, confidential]) {
      const { request, callback } = await signIn(oauth)
      const tokens = await oauth.exchangeCode(callback, request)
      await oauth.revoke(tokens.refreshToken as string)
      await expect(oauth.refresh(tokens.refreshToken as string)).rejects.toMatchObject({
        code: 'ERR_OAUTH_SERVER_ERROR',
        error: 'invalid_grant',
      })
    }
  })

  it('gets machine tokens with resource-server scopes for a confidential client', async () => {
    const tokens = await svc.clientCredentials({ scopes: ['orders/read', 'orders/write'] })
    expect(tokens.idToken).toBeUndefined()
    expect(tokens.refreshToken).toBeUndefined()
    const verifier = createCognitoVerifier({
      userPoolId: standIn.userPoolId,
      tokenUse: 'access',
      clientId: 'svc',
      scope: 'orders/write',
      unsafeCustomIssuer: { issuer: standIn.issuer },
    })
    const claims = await verifier.verify(tokens.accessToken)
    expect(claims).toMatchObject({ sub: 'svc', client_id: 'svc', scope: 'orders/read orders/write' })
    expect(claims.username).toBeUndefined()
    const wrongSecret = cognitoOAuth({ ...common(), clientId: 'svc', clientSecret: 'nope' })
    await expect(wrongSecret.clientCredentials({ scopes: ['orders/read'] })).rejects.toMatchObject({
      code: 'ERR_OAUTH_SERVER_ERROR',
      error: 'invalid_client',
      status: 401,
    })
  })

  it('checks client credentials against the definition before any request', async () => {
    await expect(web.clientCredentials({ scopes: ['orders/write'] })).rejects.toMatchObject({
      issues: [
        expect.objectContaining({ path: 'clientSecret', rule: 'ClientSecretRequired' }),
        expect.objectContaining({ path: 'client', rule: 'FlowNotAllowed' }),
        expect.objectContaining({ path: 'scopes', rule: 'ScopeNotAllowed' }),
      ],
    })
    await expect(svc.clientCredentials({ scopes: ['openid' as 'orders/read'] })).rejects.toBeInstanceOf(
      OptionsValidationError,
    )
  })

  it('fetches userInfo and checks its subject', async () => {
    const { request, callback } = await signIn(web)
    const tokens = await web.exchangeCode(callback, request)
    const sub = tokens.idTokenClaims?.sub as string
    await expect(web.userInfo(tokens.accessToken, sub)).resolves.toMatchObject({
      sub,
      username: 'alice',
      email: 'alice@example.com',
      'custom:tenant': 'acme',
    })
    await expect(web.userInfo(tokens.accessToken, null)).resolves.toMatchObject({ sub })
    await expect(web.userInfo(tokens.accessToken, 'someone-else')).rejects.toBeInstanceOf(OAuthFlowError)
    await expect(web.userInfo('x.y.z', null)).rejects.toMatchObject({
      code: 'ERR_OAUTH_SERVER_ERROR',
      error: 'invalid_token',
      status: 401,
    })
  })

  it('signs out with the logout URL and ends the hosted-UI session', async () => {
    const session = standIn.browserSession()
    const first = await web.authorizationUrl({ redirectUri: CALLBACK })
    await web.exchangeCode(await standIn.signIn(first.url, session), first)
    const logout = web.logoutUrl({ logoutUri: SIGNED_OUT })
    expect(Object.fromEntries(logout.searchParams)).toEqual({ client_id: 'web', logout_uri: SIGNED_OUT })
    expect((await session.follow(logout)).href).toBe(SIGNED_OUT)
    const silent = await web.authorizationUrl({ redirectUri: CALLBACK, prompt: 'none' })
    await expect(web.exchangeCode(await session.follow(silent.url), silent)).rejects.toMatchObject({
      code: 'ERR_OAUTH_CALLBACK_ERROR',
      error: 'login_required',
    })
    expect(() => web.logoutUrl({ logoutUri: 'https://evil.example/' })).toThrow(OptionsValidationError)
  })

  it('configures itself by discovery', async () => {
    const discovered = await discoverCognitoOAuth({
      userPoolId: standIn.userPoolId,
      unsafeCustomIssuer: standIn.issuer,
      clientId: 'web',
    })
    expect(discovered.configuration.serverMetadata().token_endpoint).toBe(`${standIn.baseUrl}/oauth2/token`)
    const { request, callback } = await signIn(discovered)
    await expect(discovered.exchangeCode(callback, request)).resolves.toMatchObject({ accessToken: expect.any(String) })
  })
})

describe('cognitoOAuth configuration without a network round-trip', () => {
  it('derives Cognito’s endpoints from the domain and the issuer from the pool id', () => {
    const oauth = cognitoOAuth({
      domain: { prefix: 'my-app', region: 'eu-west-1' },
      userPoolId: 'eu-west-1_AbCdEf123',
      clientId: '1example23456789',
    })
    const metadata = oauth.configuration.serverMetadata()
    expect(metadata).toMatchObject({
      issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123',
      authorization_endpoint: 'https://my-app.auth.eu-west-1.amazoncognito.com/oauth2/authorize',
      token_endpoint: 'https://my-app.auth.eu-west-1.amazoncognito.com/oauth2/token',
      userinfo_endpoint: 'https://my-app.auth.eu-west-1.amazoncognito.com/oauth2/userInfo',
      revocation_endpoint: 'https://my-app.auth.eu-west-1.amazoncognito.com/oauth2/revoke',
      end_session_endpoint: 'https://my-app.auth.eu-west-1.amazoncognito.com/logout',
      jwks_uri: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123/.well-known/jwks.json',
    })
    expect(metadata.supportsPKCE()).toBe(true)
    const updated = cognitoOAuth({
      domain: 'https://auth.example.com',
      userPoolId: 'eu-west-1_AbCdEf123',
      clientId: 'x',
      issuerFormat: 'updated',
    })
    expect(updated.issuer).toBe('https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123')
  })

  it('lists every invalid option', () => {
    expect(() =>
      cognitoOAuth({
        domain: 'http://auth.example.com',
        userPoolId: 'nope',
        clientId: '',
        clientSecret: '',
        timeoutSeconds: -1,
      }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: 'userPoolId' }),
          expect.objectContaining({ path: 'domain' }),
          expect.objectContaining({ path: 'clientId' }),
          expect.objectContaining({ path: 'clientSecret' }),
          expect.objectContaining({ path: 'timeoutSeconds' }),
        ],
      }),
    )
    expect(() =>
      cognitoOAuth({
        domain: 'https://a.example',
        userPoolId: 'eu-west-1_A',
        clientId: 'x',
        unsafeCustomIssuer: 'http://10.1.2.3/pool',
      }),
    ).toThrow(/loopback/)
  })
})
