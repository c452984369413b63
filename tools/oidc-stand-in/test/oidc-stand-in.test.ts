/** The stand-in end to end with openid-client, as a Cognito-shaped authorization server. */

import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type OidcStandIn, startOidcStandIn } from '../src/index.js'

const CALLBACK = 'https://app.example/callback'
const SIGNED_OUT = 'https://app.example/signed-out'

describe('startOidcStandIn', () => {
  let standIn: OidcStandIn
  let web: client.Configuration
  let svc: client.Configuration

  beforeAll(async () => {
    standIn = await startOidcStandIn({
      userPoolId: 'eu-west-1_StandInTest',
      clients: [
        { clientId: 'web', redirectUris: [CALLBACK], logoutUris: [SIGNED_OUT] },
        {
          clientId: 'svc',
          clientSecret: 'svc-secret',
          flows: ['client_credentials'],
          scopes: ['orders/read', 'orders/write'],
        },
      ],
      users: [
        {
          username: 'alice',
          email: 'alice@example.com',
          groups: ['admins', 'users'],
          attributes: { 'custom:tenant': 'acme', name: 'Alice' },
        },
        { username: 'bob', federated: { providerName: 'Google' } },
      ],
      resourceServers: [{ identifier: 'orders', scopes: ['read', 'write'] }],
    })
    web = await client.discovery(new URL(standIn.issuer), 'web', undefined, client.None(), {
      execute: [client.allowInsecureRequests],
    })
    svc = await client.discovery(new URL(standIn.issuer), 'svc', 'svc-secret', client.ClientSecretBasic(), {
      execute: [client.allowInsecureRequests],
    })
  })

  afterAll(async () => {
    await standIn?.stop()
  })

  async function codeFlow(options: { loginHint?: string; nonce?: boolean; scope?: string } = {}) {
    const verifier = client.randomPKCECodeVerifier()
    const state = client.randomState()
    const nonce = options.nonce === false ? undefined : client.randomNonce()
    const url = client.buildAuthorizationUrl(web, {
      redirect_uri: CALLBACK,
      scope: options.scope ?? 'openid email profile orders/read',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      ...(nonce ? { nonce } : {}),
      ...(options.loginHint ? { login_hint: options.loginHint } : {}),
    })
    const callback = await standIn.signIn(url)
    const checks: client.AuthorizationCodeGrantChecks = {
      pkceCodeVerifier: verifier,
      expectedState: state,
      ...(nonce ? { expectedNonce: nonce } : {}),
    }
    return { callback, verifier, state, nonce, checks }
  }

  it('publishes Cognito-shaped discovery: domain endpoints, issuer JWKS, no PKCE advert', async () => {
    const metadata = web.serverMetadata()
    expect(metadata).toMatchObject({
      issuer: `${standIn.baseUrl}/eu-west-1_StandInTest`,
      authorization_endpoint: `${standIn.baseUrl}/oauth2/authorize`,
      token_endpoint: `${standIn.baseUrl}/oauth2/token`,
      userinfo_endpoint: `${standIn.baseUrl}/oauth2/userInfo`,
      revocation_endpoint: `${standIn.baseUrl}/oauth2/revoke`,
      end_session_endpoint: `${standIn.baseUrl}/logout`,
      jwks_uri: standIn.jwksUri,
    })
    expect(metadata.code_challenge_methods_supported).toBeUndefined()
    const jwks = (await (await fetch(standIn.jwksUri)).json()) as { keys: { kid: string; d?: string }[] }
    expect(jwks.keys.map((k) => k.kid)).toEqual(['stand-in-id-key', 'stand-in-access-key'])
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true)
  })

  it('runs the code flow with PKCE and nonce and issues Cognito-shaped tokens', async () => {
    const { callback, checks, nonce } = await codeFlow()
    expect(callback.origin + callback.pathname).toBe(CALLBACK)
    const tokens = await client.authorizationCodeGrant(web, callback, checks)
    const jwks = createRemoteJWKSet(new URL(standIn.jwksUri))
    const id = await jwtVerify(tokens.id_token as string, jwks, { issuer: standIn.issuer, audience: 'web' })
    expect(id.protectedHeader).toEqual({ alg: 'RS256', kid: 'stand-in-id-key' })
    expect(id.payload).toMatchObject({
      token_use: 'id',
      'cognito:username': 'alice',
      'cognito:groups': ['admins', 'users'],
      email: 'alice@example.com',
      email_verified: true,
      'custom:tenant': 'acme',
      name: 'Alice',
      nonce,
      aud: 'web',
      auth_time: expect.any(Number),
      jti: expect.any(String),
      event_id: expect.any(String),
    })
    const access = await jwtVerify(tokens.access_token, jwks, { issuer: standIn.issuer })
    expect(access.protectedHeader).toEqual({ alg: 'RS256', kid: 'stand-in-access-key' })
    expect(access.payload).toMatchObject({
      token_use: 'access',
      client_id: 'web',
      username: 'alice',
      'cognito:groups': ['admins', 'users'],
      version: 2,
      sub: id.payload.sub,
      auth_time: id.payload.auth_time,
    })
    expect(access.payload.aud).toBeUndefined()
    expect(String(access.payload.scope).split(' ').sort()).toEqual(['email', 'openid', 'orders/read', 'profile'])
    expect(tokens.refresh_token).toEqual(expect.any(String))
    expect(tokens.token_type.toLowerCase()).toBe('bearer')
  })

  it('picks the user by login_hint', async () => {
    const { callback, checks } = await codeFlow({ loginHint: 'bob' })
    const tokens = await client.authorizationCodeGrant(web, callback, checks)
    expect(tokens.claims()?.['cognito:username']).toBe('bob')
  })

  it('refreshes without rotating the refresh token', async () => {
    const { callback, checks } = await codeFlow()
    const tokens = await client.authorizationCodeGrant(web, callback, checks)
    const refreshed = await client.refreshTokenGrant(web, tokens.refresh_token as string)
    expect(refreshed.access_token).not.toBe(tokens.access_token)
    expect(refreshed.refresh_token).toBeUndefined()
    expect(refreshed.id_token).toEqual(expect.any(String))
    const again = await client.refreshTokenGrant(web, tokens.refresh_token as string)
    expect(again.access_token).toEqual(expect.any(String))
  })

  it('revokes refresh tokens, refuses to revoke access tokens', async () => {
    const { callback, checks } = await codeFlow()
    const tokens = await client.authorizationCodeGrant(web, callback, checks)
    await client.tokenRevocation(web, tokens.refresh_token as string)
    await expect(client.refreshTokenGrant(web, tokens.refresh_token as string)).rejects.toMatchObject({
      error: 'invalid_grant',
    })
    await expect(client.tokenRevocation(web, tokens.access_token)).rejects.toMatchObject({
      error: 'unsupported_token_type',
    })
  })

  it('answers userInfo for access tokens with openid, like Cognito', async () => {
    const { callback, checks } = await codeFlow()
    const tokens = await client.authorizationCodeGrant(web, callback, checks)
    const info = await client.fetchUserInfo(web, tokens.access_token, tokens.claims()?.sub as string)
    expect(info).toMatchObject({
      username: 'alice',
      email: 'alice@example.com',
      email_verified: 'true',
      'custom:tenant': 'acme',
    })
    const bad = await fetch(`${standIn.baseUrl}/oauth2/userInfo`, { headers: { authorization: 'Bearer x.y.z' } })
    expect(bad.status).toBe(401)
    expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/)
  })

  it('issues machine tokens to a confidential client with resource-server scopes', async () => {
    const tokens = await client.clientCredentialsGrant(svc, { scope: 'orders/read orders/write' })
    const { payload, protectedHeader } = await jwtVerify(
      tokens.access_token,
      createRemoteJWKSet(new URL(standIn.jwksUri)),
      {
        issuer: standIn.issuer,
      },
    )
    expect(protectedHeader.typ).toBeUndefined()
    expect(payload).toMatchObject({
      token_use: 'access',
      client_id: 'svc',
      sub: 'svc',
      scope: 'orders/read orders/write',
    })
    expect(payload.username).toBeUndefined()
    expect(payload['cognito:groups']).toBeUndefined()
    expect(tokens.refresh_token).toBeUndefined()
    await expect(
      client.clientCredentialsGrant(
        await client.discovery(new URL(standIn.issuer), 'svc', 'wrong', client.ClientSecretBasic(), {
          execute: [client.allowInsecureRequests],
        }),
        { scope: 'orders/read' },
      ),
    ).rejects.toMatchObject({ status: 401, cause: [{ parameters: { error: 'invalid_client' } }] })
  })

  it('adds a nonce of its own to federated users’ ID tokens when the client sent none (Cognito’s quirk)', async () => {
    const { callback, verifier, state } = await codeFlow({ loginHint: 'bob', nonce: false })
    // openid-client expects no nonce when none was sent, so the injected one fails the exchange.
    await expect(
      client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: verifier, expectedState: state }),
    ).rejects.toMatchObject({ code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED', cause: { cause: { claim: 'nonce' } } })
    // Alice is not federated: no nonce injected.
    const plain = await codeFlow({ nonce: false })
    const tokens = await client.authorizationCodeGrant(web, plain.callback, {
      pkceCodeVerifier: plain.verifier,
      expectedState: plain.state,
    })
    expect(tokens.claims()?.nonce).toBeUndefined()
  })

  it('signs out at /logout?client_id&logout_uri and ends the session', async () => {
    const session = standIn.browserSession()
    const silent = () =>
      client.buildAuthorizationUrl(web, {
        redirect_uri: CALLBACK,
        scope: 'openid',
        state: 's',
        prompt: 'none',
        nonce: 'n',
      })
    const first = await standIn.signIn(
      client.buildAuthorizationUrl(web, { redirect_uri: CALLBACK, scope: 'openid', state: 's', nonce: 'n' }),
      session,
    )
    expect(first.searchParams.get('code')).toEqual(expect.any(String))
    // A session exists: prompt=none succeeds.
    expect((await session.follow(silent())).searchParams.get('code')).toEqual(expect.any(String))
    const logoutUrl = client.buildEndSessionUrl(web, { logout_uri: SIGNED_OUT })
    expect(logoutUrl.origin + logoutUrl.pathname).toBe(`${standIn.baseUrl}/logout`)
    expect(Object.fromEntries(logoutUrl.searchParams)).toEqual({ client_id: 'web', logout_uri: SIGNED_OUT })
    expect((await session.follow(logoutUrl)).href).toBe(SIGNED_OUT)
    // The session is gone: prompt=none now fails.
    expect((await session.follow(silent())).searchParams.get('error')).toBe('login_required')
  })

  it('sends /login and /signup to the authorize endpoint with the same parameters', async () => {
    for (const page of ['login', 'signup']) {
      const response = await fetch(
        `${standIn.baseUrl}/${page}?client_id=web&response_type=code&redirect_uri=${encodeURIComponent(CALLBACK)}`,
        {
          redirect: 'manual',
        },
      )
      expect(response.status).toBe(302)
      const location = new URL(response.headers.get('location') as string)
      expect(location.pathname).toBe('/oauth2/authorize')
      expect(Object.fromEntries(location.searchParams)).toEqual({
        client_id: 'web',
        response_type: 'code',
        redirect_uri: CALLBACK,
      })
    }
  })

  it('grants all the client’s scopes when the request names none, like Cognito', async () => {
    const verifier = client.randomPKCECodeVerifier()
    const url = new URL(`${standIn.baseUrl}/oauth2/authorize`)
    url.search = new URLSearchParams({
      client_id: 'web',
      response_type: 'code',
      redirect_uri: CALLBACK,
      state: 's',
      nonce: 'n',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }).toString()
    const callback = await standIn.signIn(url)
    const tokens = await client.authorizationCodeGrant(web, callback, {
      pkceCodeVerifier: verifier,
      expectedState: 's',
      expectedNonce: 'n',
    })
    expect(
      String(tokens.scope ?? '')
        .split(' ')
        .sort(),
    ).toEqual(['aws.cognito.signin.user.admin', 'email', 'openid', 'orders/read', 'orders/write', 'phone', 'profile'])
  })

  it('logs out to the sign-in page with redirect_uri and response_type', async () => {
    const response = await fetch(
      `${standIn.baseUrl}/logout?client_id=web&redirect_uri=${encodeURIComponent(CALLBACK)}&response_type=code&state=again`,
      { redirect: 'manual' },
    )
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('location') as string)
    expect(location.pathname).toBe('/oauth2/authorize')
    expect(Object.fromEntries(location.searchParams)).toEqual({
      client_id: 'web',
      redirect_uri: CALLBACK,
      response_type: 'code',
      state: 'again',
    })
  })

  it('refuses a logout_uri that is not registered', async () => {
    const response = await fetch(`${standIn.baseUrl}/logout?client_id=web&logout_uri=https://evil.example/`, {
      redirect: 'manual',
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/not an allowed sign-out URL/)
  })

  it('refuses an unregistered redirect_uri without redirecting to it', async () => {
    const url = client.buildAuthorizationUrl(web, {
      redirect_uri: 'https://evil.example/cb',
      scope: 'openid',
      state: 's',
      nonce: 'n',
    })
    const response = await fetch(url, { redirect: 'manual' })
    expect(response.status).toBe(400)
    expect(response.headers.get('location')).toBeNull()
  })

  it('runs the code flow without openid like Cognito: no ID token, the nonce ignored', async () => {
    const { callback, checks } = await codeFlow({ scope: 'orders/read' })
    const { expectedNonce: _nonce, ...withoutNonce } = checks
    const tokens = await client.authorizationCodeGrant(web, callback, withoutNonce)
    expect(tokens.id_token).toBeUndefined()
    expect(tokens.scope).toBe('orders/read')
    const access = await jwtVerify(tokens.access_token, createRemoteJWKSet(new URL(standIn.jwksUri)), {
      issuer: standIn.issuer,
    })
    expect(access.payload).toMatchObject({ token_use: 'access', client_id: 'web', scope: 'orders/read' })
  })

  it('names itself in the authorization response (RFC 9207 iss)', async () => {
    const { callback } = await codeFlow()
    expect(callback.searchParams.getAll('iss')).toEqual([standIn.issuer])
  })

  it('rewrites ID tokens with idTokenClaims, re-signed with its own key', async () => {
    const misbehaving = await startOidcStandIn({
      userPoolId: 'eu-west-1_Rewritten',
      clients: [{ clientId: 'web', redirectUris: [CALLBACK] }],
      users: [{ username: 'carol' }],
      idTokenClaims: ({ nonce: _nonce, ...claims }) => ({ ...claims, rewritten: true }),
    })
    try {
      const config = await client.discovery(new URL(misbehaving.issuer), 'web', undefined, client.None(), {
        execute: [client.allowInsecureRequests],
      })
      const verifier = client.randomPKCECodeVerifier()
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: CALLBACK,
        scope: 'openid',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: 's',
        nonce: 'n',
      })
      const callback = await misbehaving.signIn(url)
      // Without the nonce, openid-client refuses the response when it expects one...
      await expect(
        client.authorizationCodeGrant(config, callback, {
          pkceCodeVerifier: verifier,
          expectedState: 's',
          expectedNonce: 'n',
        }),
      ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/"nonce".*missing/) } })
      // ...and the ID token it was about to check still verifies with the stand-in's keys.
      const second = await misbehaving.signIn(url)
      const tokens = await client.authorizationCodeGrant(config, second, {
        pkceCodeVerifier: verifier,
        expectedState: 's',
      })
      const id = await jwtVerify(tokens.id_token as string, createRemoteJWKSet(new URL(misbehaving.jwksUri)), {
        issuer: misbehaving.issuer,
        audience: 'web',
      })
      expect(id.payload).toMatchObject({ rewritten: true, 'cognito:username': 'carol', token_use: 'id' })
      expect(id.payload.nonce).toBeUndefined()
      expect(id.protectedHeader).toEqual({ alg: 'RS256', kid: 'stand-in-id-key' })
    } finally {
      await misbehaving.stop()
    }
  })

  it('stops and frees its port', async () => {
    const other = await startOidcStandIn({ clients: [{ clientId: 'x', redirectUris: [CALLBACK] }] })
    await other.stop()
    await other.stop()
    await expect(fetch(other.jwksUri)).rejects.toThrow()
    expect(decodeProtectedHeader).toBeTypeOf('function')
  })
})
