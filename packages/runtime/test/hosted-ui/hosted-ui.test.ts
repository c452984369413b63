import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { OptionsValidationError } from '../../src/errors.js'
import {
  cognitoDomainUrl,
  createPkcePair,
  hostedUi,
  pkceChallenge,
  randomNonce,
  randomState,
} from '../../src/hosted-ui/index.js'
import { definitionOf } from '../helpers/definition.js'

const definition = definitionOf<{}, 'web' | 'legacy' | 'm2m' | 'native', 'orders/read'>({
  clients: {
    web: {
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: ['email', 'orders/read'],
        callbackUrls: ['https://app.example/callback', 'myapp://callback'],
        logoutUrls: ['https://app.example/'],
      },
      supportedIdentityProviders: ['COGNITO', 'Google'],
    },
    legacy: {},
    m2m: { generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: ['orders/read'] } },
    native: { disableOAuth: true },
  },
  domains: {
    prefix: { cognitoDomain: { domainPrefix: 'my-app' }, managedLoginVersion: 2 },
    custom: {
      customDomain: { domainName: 'auth.example.com', certificateArn: 'arn:aws:acm:us-east-1:1:certificate/x' },
    },
  },
  resourceServers: { orders: { identifier: 'orders', scopes: [{ scopeName: 'read', scopeDescription: 'Read' }] } },
  identityProviders: {
    google: { kind: 'google', clientId: 'g', clientSecret: 's' },
    corp: {
      kind: 'oidc',
      providerName: 'Corp',
      clientId: 'c',
      clientSecret: 's',
      issuerUrl: 'https://corp.example',
      identifiers: ['corp.example'],
    },
  },
})

const issuesOf = (fn: () => unknown): [string, string][] => {
  try {
    fn()
  } catch (error) {
    if (error instanceof OptionsValidationError) return error.issues.map((i) => [i.path, i.rule])
    throw error
  }
  throw new Error('expected an OptionsValidationError')
}
const asyncIssuesOf = async (promise: Promise<unknown>): Promise<[string, string][]> => {
  try {
    await promise
  } catch (error) {
    if (error instanceof OptionsValidationError) return error.issues.map((i) => [i.path, i.rule])
    throw error
  }
  throw new Error('expected an OptionsValidationError')
}

describe('cognitoDomainUrl', () => {
  it('builds prefix domains in every kind of region', () => {
    expect(cognitoDomainUrl({ prefix: 'my-app', region: 'eu-west-1' })).toBe(
      'https://my-app.auth.eu-west-1.amazoncognito.com',
    )
    expect(cognitoDomainUrl({ prefix: 'my-app', region: 'ap-southeast-5' })).toBe(
      'https://my-app.auth.ap-southeast-5.amazoncognito.com',
    )
    expect(cognitoDomainUrl({ prefix: 'my-app', region: 'us-east-2', fips: true })).toBe(
      'https://my-app.auth-fips.us-east-2.amazoncognito.com',
    )
    // GovCloud is FIPS only.
    expect(cognitoDomainUrl({ prefix: 'my-app', region: 'us-gov-west-1' })).toBe(
      'https://my-app.auth-fips.us-gov-west-1.amazoncognito.com',
    )
  })

  it('refuses FIPS where it does not exist, non-FIPS in GovCloud, and unknown partitions', () => {
    expect(issuesOf(() => cognitoDomainUrl({ prefix: 'my-app', region: 'eu-west-1', fips: true }))).toEqual([
      ['domain.fips', 'FipsNotAvailable'],
    ])
    expect(issuesOf(() => cognitoDomainUrl({ prefix: 'my-app', region: 'us-gov-east-1', fips: false }))).toEqual([
      ['domain.fips', 'FipsRequired'],
    ])
    expect(issuesOf(() => cognitoDomainUrl({ prefix: 'my-app', region: 'eusc-de-east-1' }))).toEqual([
      ['domain.region', 'PrefixDomainUnknown'],
    ])
    expect(issuesOf(() => cognitoDomainUrl({ prefix: 'my-app', region: 'cn-north-1' }))).toEqual([
      ['domain.region', 'RegionFormat'],
    ])
  })

  it('checks prefixes like CreateUserPoolDomain does', () => {
    for (const prefix of ['My-App', '-app', 'app-', 'my.app', '', 'a'.repeat(64)]) {
      expect(issuesOf(() => cognitoDomainUrl({ prefix, region: 'eu-west-1' }))).toEqual([
        ['domain.prefix', 'DomainPrefixFormat'],
      ])
    }
    expect(issuesOf(() => cognitoDomainUrl({ prefix: 'my-cognito-app', region: 'eu-west-1' }))).toEqual([
      ['domain.prefix', 'DomainPrefixReserved'],
    ])
  })

  it('takes a custom domain as an https origin only', () => {
    expect(cognitoDomainUrl('https://auth.example.com')).toBe('https://auth.example.com')
    expect(cognitoDomainUrl('https://auth.example.com/')).toBe('https://auth.example.com')
    for (const bad of [
      'http://auth.example.com',
      'https://auth.example.com/login',
      'https://auth.example.com?x=1',
      'auth.example.com',
      'http://127.0.0.1:3000',
    ]) {
      expect(() => cognitoDomainUrl(bad)).toThrow(OptionsValidationError)
    }
  })
})

describe('random values', () => {
  it('makes 43-character base64url values, different every time', () => {
    const values = new Set([randomState(), randomState(), randomNonce(), randomNonce()])
    expect(values.size).toBe(4)
    for (const v of values) expect(v).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('computes the S256 challenge of RFC 7636 Appendix B', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    )
    const pair = await createPkcePair()
    expect(pair.codeChallenge).toBe(createHash('sha256').update(pair.codeVerifier).digest('base64url'))
    expect(pair.codeChallengeMethod).toBe('S256')
  })
})

describe('hostedUi without a definition', () => {
  const ui = hostedUi({ domain: { prefix: 'my-app', region: 'eu-west-1' }, clientId: '1example23456789' })

  it('builds /oauth2/authorize with state, nonce and PKCE S256, encoded by URLSearchParams', async () => {
    const request = await ui.authorizeUrl({
      redirectUri: 'https://app.example/callback?tab=a&b=c%20d+e',
      scopes: ['openid', 'email', 'orders/read'],
    })
    expect(request.url.origin + request.url.pathname).toBe(
      'https://my-app.auth.eu-west-1.amazoncognito.com/oauth2/authorize',
    )
    const q = request.url.searchParams
    expect(Object.fromEntries(q)).toEqual({
      client_id: '1example23456789',
      response_type: 'code',
      redirect_uri: 'https://app.example/callback?tab=a&b=c%20d+e',
      scope: 'openid email orders/read',
      state: request.state,
      nonce: request.nonce,
      code_challenge: createHash('sha256')
        .update(request.codeVerifier as string)
        .digest('base64url'),
      code_challenge_method: 'S256',
    })
    expect(request.url.search).toContain(
      'redirect_uri=https%3A%2F%2Fapp.example%2Fcallback%3Ftab%3Da%26b%3Dc%2520d%2Be',
    )
    expect(request.url.search).toContain('scope=openid+email+orders%2Fread')
    const again = await ui.authorizeUrl({ redirectUri: 'https://app.example/callback' })
    expect(again.state).not.toBe(request.state)
    expect(again.nonce).not.toBe(request.nonce)
    expect(again.codeVerifier).not.toBe(request.codeVerifier)
    expect(again.url.searchParams.has('scope')).toBe(false)
  })

  it('passes every optional parameter, and uses given state, nonce and verifier', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
    const { url, codeVerifier } = await ui.authorizeUrl({
      redirectUri: 'https://app.example/callback',
      state: 'opaque-state',
      nonce: 'opaque-nonce',
      codeVerifier: verifier,
      identityProvider: 'Google',
      lang: 'pt-BR',
      loginHint: 'alice@example.com',
      prompt: 'select_account',
      resource: 'https://api.example',
    })
    expect(codeVerifier).toBe(verifier)
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      state: 'opaque-state',
      nonce: 'opaque-nonce',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      identity_provider: 'Google',
      lang: 'pt-BR',
      login_hint: 'alice@example.com',
      prompt: 'select_account',
      resource: 'https://api.example',
    })
    const byIdentifier = await ui.authorizeUrl({
      redirectUri: 'https://app.example/callback',
      idpIdentifier: 'corp.example',
    })
    expect(byIdentifier.url.searchParams.get('idp_identifier')).toBe('corp.example')
  })

  it('leaves PKCE out of the implicit flow but keeps the nonce', async () => {
    const { url, codeVerifier } = await ui.authorizeUrl({
      redirectUri: 'https://app.example/callback',
      responseType: 'token',
    })
    expect(codeVerifier).toBeUndefined()
    expect(url.searchParams.get('response_type')).toBe('token')
    expect(url.searchParams.has('code_challenge')).toBe(false)
    expect(url.searchParams.get('nonce')).toEqual(expect.any(String))
  })

  it('builds /login and /signup with the same parameters', async () => {
    const login = await ui.loginUrl({ redirectUri: 'https://app.example/callback' })
    const signUp = await ui.signUpUrl({ redirectUri: 'https://app.example/callback' })
    expect(login.url.pathname).toBe('/login')
    expect(signUp.url.pathname).toBe('/signup')
    expect([...signUp.url.searchParams.keys()]).toEqual([...login.url.searchParams.keys()])
  })

  it('builds both kinds of /logout URL', () => {
    expect(ui.logoutUrl({ logoutUri: 'https://app.example/' }).href).toBe(
      'https://my-app.auth.eu-west-1.amazoncognito.com/logout?client_id=1example23456789&logout_uri=https%3A%2F%2Fapp.example%2F',
    )
    const relogin = ui.logoutUrl({ redirectUri: 'https://app.example/callback', scopes: ['openid'], state: 's1' })
    expect(Object.fromEntries(relogin.searchParams)).toEqual({
      client_id: '1example23456789',
      redirect_uri: 'https://app.example/callback',
      response_type: 'code',
      scope: 'openid',
      state: 's1',
    })
  })

  it('refuses bad parameters, listing every issue', async () => {
    expect(
      await asyncIssuesOf(
        ui.authorizeUrl({
          redirectUri: 'http://app.example/callback#frag',
          responseType: 'id_token' as 'code',
          scopes: ['openid email'],
          state: '%7B%22returnTo%22%3A%22%2F%22%7D',
          codeVerifier: 'short',
          identityProvider: 'Google',
          idpIdentifier: 'corp.example',
          prompt: 'always' as 'none',
          lang: 'french!',
        }),
      ),
    ).toEqual([
      ['responseType', 'ResponseType'],
      ['redirectUri', 'RedirectUriFormat'],
      ['scopes', 'ScopeFormat'],
      ['state', 'StateFormat'],
      ['codeVerifier', 'PkceVerifierFormat'],
      ['idpIdentifier', 'IdpExclusive'],
      ['prompt', 'PromptValue'],
      ['lang', 'LangFormat'],
    ])
    expect(await asyncIssuesOf(ui.authorizeUrl({ redirectUri: 'http://app.example/cb' }))).toEqual([
      ['redirectUri', 'RedirectUriFormat'],
    ])
    await expect(ui.authorizeUrl({ redirectUri: 'http://localhost:3000/cb' })).resolves.toBeDefined()
    expect(issuesOf(() => ui.logoutUrl({ logoutUri: 'not a url' }))).toEqual([['logoutUri', 'LogoutUriFormat']])
  })

  it('refuses bad options', () => {
    expect(issuesOf(() => hostedUi({ domain: 'http://auth.example.com', clientId: 'has space' }))).toEqual([
      ['domain', 'DomainUrl'],
      ['clientId', 'ClientIdFormat'],
    ])
    expect(hostedUi({ domain: 'http://127.0.0.1:4000', clientId: 'web', unsafeAllowHttpLoopback: true }).origin).toBe(
      'http://127.0.0.1:4000',
    )
    expect(
      issuesOf(() => hostedUi({ domain: 'http://10.0.0.1:4000', clientId: 'web', unsafeAllowHttpLoopback: true })),
    ).toEqual([['domain', 'DomainUrl']])
  })
})

describe('hostedUi with a definition', () => {
  const web = hostedUi({
    domain: { prefix: 'my-app', region: 'eu-west-1' },
    clientId: 'webclientid',
    definition,
    client: 'web',
  })

  it('accepts what the client registered', async () => {
    const { url } = await web.authorizeUrl({
      redirectUri: 'myapp://callback',
      scopes: ['openid', 'email', 'orders/read'],
      identityProvider: 'Google',
      lang: 'fr',
      prompt: 'login',
    })
    expect(url.searchParams.get('redirect_uri')).toBe('myapp://callback')
    expect(web.logoutUrl({ logoutUri: 'https://app.example/' }).searchParams.get('logout_uri')).toBe(
      'https://app.example/',
    )
  })

  it('explains a redirect URI, flow, scope or provider the client does not allow', async () => {
    const error = await web
      .authorizeUrl({
        redirectUri: 'https://app.example/other',
        responseType: 'token',
        scopes: ['phone', 'orders/read'],
        identityProvider: 'Facebook',
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OptionsValidationError)
    expect((error as OptionsValidationError).issues.map((i) => [i.path, i.rule])).toEqual([
      ['redirectUri', 'RedirectUriNotRegistered'],
      ['responseType', 'FlowNotAllowed'],
      ['scopes', 'ScopeNotAllowed'],
      ['identityProvider', 'IdentityProviderNotSupported'],
    ])
    expect((error as Error).message).toContain(
      'redirectUri "https://app.example/other" is not a callback URL of client "web" (https://app.example/callback, myapp://callback)',
    )
    expect(issuesOf(() => web.logoutUrl({ logoutUri: 'https://evil.example/' }))).toEqual([
      ['logoutUri', 'LogoutUriNotRegistered'],
    ])
    expect(
      await asyncIssuesOf(web.authorizeUrl({ redirectUri: 'myapp://callback', idpIdentifier: 'other.example' })),
    ).toEqual([['idpIdentifier', 'IdpIdentifierUnknown']])
  })

  it('applies the CDK defaults to a client without OAuth settings', async () => {
    const legacy = hostedUi({ domain: 'https://auth.example.com', clientId: 'legacyid', definition, client: 'legacy' })
    // Both code and implicit, callback https://example.com, the five Cognito scopes, COGNITO + pool IdPs.
    await expect(
      legacy.authorizeUrl({
        redirectUri: 'https://example.com',
        responseType: 'token',
        scopes: ['phone', 'aws.cognito.signin.user.admin'],
        identityProvider: 'Corp',
      }),
    ).resolves.toBeDefined()
    expect(
      await asyncIssuesOf(legacy.authorizeUrl({ redirectUri: 'https://example.com', scopes: ['orders/read'] })),
    ).toEqual([['scopes', 'ScopeNotAllowed']])
    // lang/prompt need managed login, which this custom domain does not have.
    expect(await asyncIssuesOf(legacy.authorizeUrl({ redirectUri: 'https://example.com', lang: 'fr' }))).toEqual([
      ['lang', 'ManagedLoginRequired'],
    ])
  })

  it('refuses clients that cannot use the hosted UI, unknown clients and other domains', () => {
    expect(
      issuesOf(() =>
        hostedUi({ domain: { prefix: 'my-app', region: 'eu-west-1' }, clientId: 'x', definition, client: 'native' }),
      ),
    ).toEqual([['client', 'OAuthDisabled']])
    expect(
      issuesOf(() =>
        hostedUi({
          domain: { prefix: 'other', region: 'eu-west-1' },
          clientId: 'x',
          definition,
          client: 'nope' as 'web',
        }),
      ),
    ).toEqual([['client', 'ClientNotInDefinition']])
    expect(
      issuesOf(() =>
        hostedUi({ domain: { prefix: 'other', region: 'eu-west-1' }, clientId: 'x', definition, client: 'web' }),
      ),
    ).toEqual([['domain', 'DomainNotInDefinition']])
  })

  it('refuses the authorization code flow for a client-credentials client', async () => {
    const m2m = hostedUi({
      domain: { prefix: 'my-app', region: 'eu-west-1' },
      clientId: 'm2mid',
      definition,
      client: 'm2m',
    })
    expect(await asyncIssuesOf(m2m.authorizeUrl({ redirectUri: 'https://app.example/callback' }))).toEqual([
      ['redirectUri', 'RedirectUriNotRegistered'],
      ['responseType', 'FlowNotAllowed'],
    ])
  })

  it('is frozen', () => {
    expect(Object.isFrozen(web)).toBe(true)
  })
})
