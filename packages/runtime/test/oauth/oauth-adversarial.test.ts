/**
 * Attacks on the OAuth and hosted-UI helpers, against the Cognito-shaped oidc-provider stand-in:
 * forged and replayed callbacks (state on error responses, repeated parameters, RFC 9207 issuer
 * mix-up), ID tokens without or with another nonce, redirect and sign-out URLs that would turn the
 * helpers into open redirects, and callbacks in every shape a server framework hands over.
 */
import { type OidcStandIn, startOidcStandIn } from '@cognito-kit/oidc-stand-in'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OAuthFlowError, OptionsValidationError } from '../../src/errors.js'
import { hostedUi } from '../../src/hosted-ui/index.js'
import {
  type CognitoOAuthClient,
  cognitoOAuth,
  discoverCognitoOAuth,
  type PendingAuthorization,
} from '../../src/oauth/index.js'
import { definitionOf } from '../helpers/definition.js'

const CALLBACK = 'https://app.example/callback'

/** Settles `promise` to the error it rejects with (or fails the test when it resolves). */
async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  )
}

describe('OAuth flows under attack (oidc stand-in)', () => {
  let standIn: OidcStandIn
  let noNonce: OidcStandIn
  let web: CognitoOAuthClient
  const common = (s: OidcStandIn) => ({
    domain: s.baseUrl,
    userPoolId: s.userPoolId,
    unsafeCustomIssuer: s.issuer,
    unsafeAllowHttpLoopback: true,
  })

  beforeAll(async () => {
    const clients = [{ clientId: 'web', redirectUris: [CALLBACK] }]
    const users = [{ username: 'alice', email: 'alice@example.com' }]
    const resourceServers = [{ identifier: 'orders', scopes: ['read'] }]
    standIn = await startOidcStandIn({ userPoolId: 'eu-west-1_Attack1', clients, users, resourceServers })
    // A server that drops the nonce from its ID tokens (re-signed, so the signature still verifies).
    noNonce = await startOidcStandIn({
      userPoolId: 'eu-west-1_Attack2',
      clients,
      users,
      resourceServers,
      idTokenClaims: ({ nonce: _nonce, ...claims }) => claims,
    })
    web = cognitoOAuth({ ...common(standIn), clientId: 'web' })
  })

  afterAll(async () => {
    await Promise.all([standIn?.stop(), noNonce?.stop()])
  })

  async function signIn(oauth: CognitoOAuthClient = web, s: OidcStandIn = standIn, scopes = ['openid', 'email']) {
    const request = await oauth.authorizationUrl({ redirectUri: CALLBACK, scopes })
    const callback = await s.signIn(request.url)
    return { request, callback }
  }

  describe('state', () => {
    it('refuses an error response whose state is not ours (a forged "access_denied" cannot end a sign-in)', async () => {
      const { request } = await signIn()
      for (const query of [
        '?error=access_denied&state=forged',
        '?error=access_denied',
        `?error=access_denied&state=${request.state}x`,
        '?error=server_error&error_description=Try%20again&state=',
      ]) {
        const error = await errorOf(web.exchangeCode(`${CALLBACK}${query}`, request))
        expect(error, query).toBeInstanceOf(OAuthFlowError)
        expect(error, query).toMatchObject({ code: 'ERR_OAUTH_STATE_MISMATCH' })
      }
      // With our state, the error is reported as the server's.
      await expect(
        web.exchangeCode(`${CALLBACK}?error=access_denied&state=${request.state}`, request),
      ).rejects.toMatchObject({
        code: 'ERR_OAUTH_CALLBACK_ERROR',
        error: 'access_denied',
      })
    })

    it('refuses a callback that repeats state or code, and does not spend the code', async () => {
      const { request, callback } = await signIn()
      const code = callback.searchParams.get('code') as string
      for (const query of [
        `?code=${code}&state=${request.state}&state=forged`,
        `?code=${code}&state=forged&state=${request.state}`,
        `?code=${code}&state=${request.state}&state=${request.state}`,
      ]) {
        await expect(web.exchangeCode(`${CALLBACK}${query}`, request), query).rejects.toMatchObject({
          code: 'ERR_OAUTH_STATE_MISMATCH',
        })
      }
      await expect(
        web.exchangeCode(`${CALLBACK}?code=${code}&code=x&state=${request.state}`, request),
      ).rejects.toBeInstanceOf(OAuthFlowError)
      await expect(web.exchangeCode(callback, request)).resolves.toMatchObject({ accessToken: expect.any(String) })
    })

    it('compares state exactly (case, whitespace, encoding)', async () => {
      const { request, callback } = await signIn()
      for (const state of [
        request.state.toUpperCase(),
        ` ${request.state}`,
        `${request.state} `,
        encodeURIComponent(`${request.state}=`),
      ]) {
        const forged = new URL(callback)
        forged.searchParams.set('state', state)
        await expect(web.exchangeCode(forged, request), state).rejects.toMatchObject({
          code: 'ERR_OAUTH_STATE_MISMATCH',
        })
      }
    })
  })

  describe('issuer mix-up (RFC 9207)', () => {
    it('refuses a callback whose iss names another authorization server, before the code is sent', async () => {
      const { request, callback } = await signIn()
      for (const iss of [noNonce.issuer, `${standIn.issuer}/`, 'https://attacker.example', '']) {
        const forged = new URL(callback)
        forged.searchParams.set('iss', iss)
        await expect(web.exchangeCode(forged, request), iss).rejects.toMatchObject({
          code: 'ERR_OAUTH_ISSUER_MISMATCH',
        })
      }
      const twice = new URL(callback)
      twice.searchParams.append('iss', standIn.issuer)
      await expect(web.exchangeCode(twice, request)).rejects.toMatchObject({ code: 'ERR_OAUTH_ISSUER_MISMATCH' })
      // The code was never sent: it still works with the genuine callback.
      await expect(web.exchangeCode(callback, request)).resolves.toMatchObject({ accessToken: expect.any(String) })
    })
  })

  describe('nonce', () => {
    it('refuses an ID token without a nonce (a replayed or injected ID token)', async () => {
      const client = cognitoOAuth({ ...common(noNonce), clientId: 'web' })
      const { request, callback } = await signIn(client, noNonce)
      const error = await errorOf(client.exchangeCode(callback, request))
      expect(error).toBeInstanceOf(OAuthFlowError)
      expect(error).toMatchObject({ code: 'ERR_OAUTH_NONCE_MISMATCH' })
    })

    it('refuses an ID token whose nonce is not the one of this sign-in', async () => {
      const first = await signIn()
      const second = await signIn()
      // The callback of one sign-in with the pending state of another sign-in's nonce.
      await expect(
        web.exchangeCode(first.callback, { ...first.request, nonce: second.request.nonce }),
      ).rejects.toMatchObject({
        code: 'ERR_OAUTH_NONCE_MISMATCH',
      })
    })

    it('exchanges a code whose grant has no openid scope (no ID token, so no nonce to check)', async () => {
      const { request, callback } = await signIn(web, standIn, ['orders/read'])
      const tokens = await web.exchangeCode(callback, request)
      expect(tokens.idToken).toBeUndefined()
      expect(tokens.idTokenClaims).toBeUndefined()
      expect(tokens.accessToken).toEqual(expect.any(String))
      expect(tokens.scope).toBe('orders/read')
    })
  })

  describe('PKCE', () => {
    it('refuses to exchange a real code without the verifier (no PKCE downgrade), and the code still works with it', async () => {
      const { request, callback } = await signIn()
      const error = await errorOf(web.exchangeCode(callback, { ...request, codeVerifier: undefined }))
      expect(error).toBeInstanceOf(OptionsValidationError)
      expect((error as OptionsValidationError).issues).toEqual([
        expect.objectContaining({ path: 'pending.codeVerifier', rule: 'PkceVerifierRequired' }),
      ])
      // Refused before anything was sent: the code is unspent.
      const tokens = await web.exchangeCode(callback, request)
      expect(tokens.accessToken).toEqual(expect.any(String))
    })
  })

  describe('callbacks in every shape', () => {
    it('reads the query of a path-only URL even when the query holds "://"', async () => {
      const { request, callback } = await signIn()
      const path = `/callback${callback.search}&next=https://app.example/x`
      await expect(web.exchangeCode(path, request)).resolves.toMatchObject({ accessToken: expect.any(String) })
    })

    it('answers unusable callbacks and pending values with typed errors, never a TypeError', async () => {
      const { request } = await signIn()
      const cases: ReadonlyArray<readonly [string, unknown, unknown]> = [
        ['a callback that is a number', 42, request],
        ['a callback that is null', null, request],
        ['a callback that is an object', { url: 3 }, request],
        ['a malformed absolute URL', 'https://[::1', request],
        ['pending redirectUri not a URL', `?code=x&state=${request.state}`, { ...request, redirectUri: 'not a url' }],
        [
          'pending redirectUri javascript:',
          `?code=x&state=${request.state}`,
          { ...request, redirectUri: 'javascript:alert(1)' },
        ],
        ['pending state a number', '?code=x&state=1', { ...request, state: 1 }],
        ['pending codeVerifier too short', `?code=x&state=${request.state}`, { ...request, codeVerifier: 'short' }],
        [
          'pending without codeVerifier (PKCE downgrade)',
          `?code=x&state=${request.state}`,
          { ...request, codeVerifier: undefined },
        ],
        ['pending null', '?code=x', null],
      ]
      for (const [label, callback, pending] of cases) {
        const error = await errorOf(web.exchangeCode(callback as never, pending as PendingAuthorization))
        expect(
          error instanceof OptionsValidationError || error instanceof OAuthFlowError,
          `${label}: ${String(error)}`,
        ).toBe(true)
      }
    })
  })
})

describe('OAuth options that are not objects', () => {
  it('are typed errors, not TypeErrors', async () => {
    for (const options of [null, undefined, 'eu-west-1_A', 1, []]) {
      expect(() => cognitoOAuth(options as never), String(options)).toThrow(OptionsValidationError)
      await expect(discoverCognitoOAuth(options as never), String(options)).rejects.toBeInstanceOf(
        OptionsValidationError,
      )
    }
  })
})

describe('hosted-UI and logout URLs cannot be turned into open redirects', () => {
  const ui = hostedUi({ domain: { prefix: 'my-app', region: 'eu-west-1' }, clientId: '1example23456789' })

  it('refuses script, data and file schemes, credentials and plain http off loopback as redirect URIs', async () => {
    for (const redirectUri of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://app.example/1',
      'http://app.example/callback',
      'http://localhost.attacker.example/callback',
      'http://127.0.0.1.nip.io/callback',
      'https://user:pass@app.example/callback',
      'https://app.example/callback#x',
      '//app.example/callback',
      '/callback',
    ]) {
      await expect(ui.authorizeUrl({ redirectUri }), redirectUri).rejects.toBeInstanceOf(OptionsValidationError)
      expect(() => ui.logoutUrl({ redirectUri }), redirectUri).toThrow(OptionsValidationError)
    }
  })

  it('applies the same rules to sign-out URLs', () => {
    for (const logoutUri of [
      'javascript:alert(1)',
      'data:text/html,x',
      'http://attacker.example/',
      'https://user:pass@app.example/',
      'https://app.example/#x',
      '/signed-out',
    ]) {
      expect(() => ui.logoutUrl({ logoutUri }), logoutUri).toThrow(OptionsValidationError)
    }
  })

  it('accepts https, loopback http and native-app schemes, and encodes every parameter', async () => {
    for (const redirectUri of [
      'https://app.example/cb?x=1&y=2',
      'http://localhost:3000/cb',
      'http://127.0.0.1:8080/cb',
      'http://[::1]/cb',
      'myapp://callback',
    ]) {
      const { url } = await ui.authorizeUrl({ redirectUri })
      expect(url.searchParams.get('redirect_uri')).toBe(redirectUri)
    }
    expect(ui.logoutUrl({ logoutUri: 'myapp://signed-out' }).searchParams.get('logout_uri')).toBe('myapp://signed-out')
    const { url } = await ui.authorizeUrl({
      redirectUri: 'https://app.example/cb',
      loginHint: 'a&b=c#d e+f%',
      identityProvider: 'Corp IdP&x=1',
      state: 'st&ate=1',
      nonce: 'no#nce',
    })
    expect(url.origin).toBe('https://my-app.auth.eu-west-1.amazoncognito.com')
    expect(url.pathname).toBe('/oauth2/authorize')
    expect(url.searchParams.getAll('login_hint')).toEqual(['a&b=c#d e+f%'])
    expect(url.searchParams.getAll('identity_provider')).toEqual(['Corp IdP&x=1'])
    expect(url.searchParams.getAll('state')).toEqual(['st&ate=1'])
    expect(url.searchParams.getAll('nonce')).toEqual(['no#nce'])
    expect(url.hash).toBe('')
  })

  it('never takes a client key from the prototype of the definition', () => {
    const definition = definitionOf<{}, 'web', never>({
      clients: { web: { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: [CALLBACK] } } },
    })
    for (const client of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(
        () => hostedUi({ domain: 'https://auth.example.com', clientId: 'abc', definition, client: client as 'web' }),
        client,
      ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ rule: 'ClientNotInDefinition' })] }))
    }
  })
})
