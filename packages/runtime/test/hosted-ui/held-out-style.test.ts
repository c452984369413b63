/**
 * Held-out-style checks of the hosted-UI URL builders, as an outside tester would write them: every
 * parameter carrying the characters that break naive query building, custom domains with ports and
 * paths, every kind of region id, and redirect and sign-out URLs that other parsers would read
 * differently. Built URLs must read back to exactly the values given; bad input must be an
 * `OptionsValidationError` naming the field and the rule.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { OptionsValidationError } from '../../src/errors.js'
import { cognitoDomainUrl, hostedUi } from '../../src/hosted-ui/index.js'
import { cognitoOAuth } from '../../src/oauth/index.js'

const CLIENT = '1example23456789'
const ui = hostedUi({ domain: { prefix: 'my-app', region: 'eu-west-1' }, clientId: CLIENT })

/** The issues of the OptionsValidationError `f` throws (fails when it does not throw one). */
async function issuesOf(f: () => unknown): Promise<Array<{ path: string; rule: string; message: string }>> {
  try {
    await f()
  } catch (error) {
    if (error instanceof OptionsValidationError) return [...error.issues]
    throw error
  }
  return expect.fail('expected an OptionsValidationError')
}

describe('every parameter survives the query exactly', () => {
  const awkward = [
    'a&b=c',
    'x#y',
    'p+q r',
    '100%',
    '%20already-encoded',
    'caf\u00e9 \u2603 \ud83d\ude00',
    'semi;colon,comma',
    'quote\'and"double',
    'slash/and?question',
    '<script>',
  ]

  it('reads back state, nonce, login_hint, identity_provider and resource byte for byte', async () => {
    for (const value of awkward) {
      const request = await ui.authorizeUrl({
        redirectUri: 'https://app.example/cb?next=%2Fhome&x=1',
        state: value,
        nonce: value,
        loginHint: value,
        identityProvider: value,
        resource: `https://api.example/${encodeURIComponent(value)}`,
        scopes: ['openid', 'orders/read'],
      })
      const q = request.url.searchParams
      expect(q.get('state'), value).toBe(value)
      expect(q.get('nonce'), value).toBe(value)
      expect(q.get('login_hint'), value).toBe(value)
      expect(q.get('identity_provider'), value).toBe(value)
      expect(q.get('resource'), value).toBe(`https://api.example/${encodeURIComponent(value)}`)
      expect(q.get('redirect_uri')).toBe('https://app.example/cb?next=%2Fhome&x=1')
      expect(q.get('scope')).toBe('openid orders/read')
      // Each name once: no value smuggled a parameter in.
      for (const name of new Set(q.keys())) expect(q.getAll(name), name).toHaveLength(1)
      // Nothing reserved reaches the query unencoded but the separators themselves.
      expect(request.url.search).not.toMatch(/[#\s"<>\\^`{|}]/)
      expect(request.url.hash).toBe('')
      expect(request.state).toBe(value)
      expect(request.nonce).toBe(value)
    }
  })

  it('reads back the logout parameters, sign-out URL and sign-in-again forms', () => {
    const logout = ui.logoutUrl({ logoutUri: 'https://app.example/bye?from=a%26b&x=1' })
    expect(Object.fromEntries(logout.searchParams)).toEqual({
      client_id: CLIENT,
      logout_uri: 'https://app.example/bye?from=a%26b&x=1',
    })
    const again = ui.logoutUrl({ redirectUri: 'https://app.example/cb', scopes: ['openid'], state: 'a&b#c' })
    expect(Object.fromEntries(again.searchParams)).toEqual({
      client_id: CLIENT,
      redirect_uri: 'https://app.example/cb',
      response_type: 'code',
      scope: 'openid',
      state: 'a&b#c',
    })
  })

  it('sends PKCE S256 of the verifier kept, and fresh random state, nonce and verifier each time', async () => {
    const seen = new Set<string>()
    for (let i = 0; i < 50; i++) {
      const r = await ui.authorizeUrl({ redirectUri: 'https://app.example/cb' })
      const verifier = r.codeVerifier as string
      expect(verifier).toMatch(/^[A-Za-z0-9._~-]{43,128}$/)
      expect(r.url.searchParams.get('code_challenge')).toBe(createHash('sha256').update(verifier).digest('base64url'))
      expect(r.url.searchParams.get('code_challenge_method')).toBe('S256')
      for (const v of [r.state, r.nonce, verifier]) {
        expect(v.length).toBeGreaterThanOrEqual(43)
        expect(seen.has(v)).toBe(false)
        seen.add(v)
      }
    }
    const implicit = await ui.authorizeUrl({ redirectUri: 'https://app.example/cb', responseType: 'token' })
    expect(implicit.codeVerifier).toBeUndefined()
    expect(implicit.url.searchParams.has('code_challenge')).toBe(false)
    expect(implicit.url.searchParams.get('nonce')).toBe(implicit.nonce)
  })

  it('uses the same paths and parameters for /login and /signup', async () => {
    for (const [build, path] of [
      [ui.loginUrl, '/login'],
      [ui.signUpUrl, '/signup'],
      [ui.authorizeUrl, '/oauth2/authorize'],
    ] as const) {
      const r = await build({ redirectUri: 'https://app.example/cb', lang: 'pt-BR', prompt: 'login' })
      expect(r.url.pathname).toBe(path)
      expect(r.url.searchParams.get('lang')).toBe('pt-BR')
      expect(r.url.searchParams.get('prompt')).toBe('login')
    }
  })
})

describe('domains', () => {
  it('keeps a custom domain origin with its port, normalized, and refuses anything that is not an origin', async () => {
    expect(cognitoDomainUrl('https://auth.example.com:8443')).toBe('https://auth.example.com:8443')
    expect(cognitoDomainUrl('https://auth.example.com:443/')).toBe('https://auth.example.com')
    expect(cognitoDomainUrl('https://AUTH.Example.COM')).toBe('https://auth.example.com')
    expect(cognitoDomainUrl('https://b\u00fccher.example')).toBe('https://xn--bcher-kva.example')
    const custom = hostedUi({ domain: 'https://auth.example.com:8443', clientId: CLIENT })
    const r = await custom.authorizeUrl({ redirectUri: 'https://app.example/cb' })
    expect(`${r.url.origin}${r.url.pathname}`).toBe('https://auth.example.com:8443/oauth2/authorize')
    for (const domain of [
      'https://auth.example.com/base',
      'https://auth.example.com/base/',
      'https://auth.example.com?x=1',
      'https://auth.example.com#x',
      'https://user:pass@auth.example.com',
      'http://auth.example.com',
      'ftp://auth.example.com',
      'auth.example.com',
      '//auth.example.com',
      '',
    ]) {
      const issues = await issuesOf(() => cognitoDomainUrl(domain))
      expect(issues[0], domain).toMatchObject({ path: 'domain', rule: 'DomainUrl' })
    }
  })

  it('derives prefix domains in every commercial region, FIPS where offered, GovCloud FIPS only', () => {
    for (const region of [
      'us-east-1',
      'eu-west-1',
      'ap-southeast-7',
      'il-central-1',
      'mx-central-1',
      'ca-west-1',
      'me-central-1',
      'af-south-1',
      'sa-east-1',
    ]) {
      expect(cognitoDomainUrl({ prefix: 'my-app', region })).toBe(`https://my-app.auth.${region}.amazoncognito.com`)
    }
    expect(cognitoDomainUrl({ prefix: 'my-app', region: 'us-east-1', fips: true })).toBe(
      'https://my-app.auth-fips.us-east-1.amazoncognito.com',
    )
    expect(cognitoDomainUrl({ prefix: 'my-app', region: 'us-gov-west-1' })).toBe(
      'https://my-app.auth-fips.us-gov-west-1.amazoncognito.com',
    )
    expect(cognitoDomainUrl({ prefix: 'my-app', region: 'us-gov-east-1' })).toBe(
      'https://my-app.auth-fips.us-gov-east-1.amazoncognito.com',
    )
  })

  it('refuses region ids it cannot derive a host for, naming the reason', async () => {
    const cases: ReadonlyArray<readonly [string, RegExp]> = [
      ['us-iso-east-1', /isolated \(ISO\) partition/],
      ['us-isob-east-1', /isolated \(ISO\) partition/],
      ['us-isof-south-1', /isolated \(ISO\) partition/],
      ['eu-isoe-west-1', /isolated \(ISO\) partition/],
      ['cn-north-1', /China/],
      ['eusc-de-east-1', /European Sovereign Cloud/],
      ['US-EAST-1', /region name/],
      ['us-east-1 ', /region name/],
      ['us-east-1.evil.example', /region name/],
      ['us-east', /region name/],
      ['', /region name/],
    ]
    for (const [region, why] of cases) {
      const issues = await issuesOf(() => cognitoDomainUrl({ prefix: 'my-app', region }))
      expect(issues[0]?.path, region).toBe('domain.region')
      expect(issues[0]?.message, region).toMatch(why)
    }
    const gov = await issuesOf(() => cognitoDomainUrl({ prefix: 'my-app', region: 'us-gov-west-1', fips: false }))
    expect(gov[0]).toMatchObject({ path: 'domain.fips', rule: 'FipsRequired' })
    const noFips = await issuesOf(() => cognitoDomainUrl({ prefix: 'my-app', region: 'eu-west-1', fips: true }))
    expect(noFips[0]).toMatchObject({ path: 'domain.fips', rule: 'FipsNotAvailable' })
  })

  it('refuses prefixes that would change the host', async () => {
    for (const prefix of [
      'my-app.evil.example',
      'my_app',
      'My-App',
      '-app',
      'app-',
      'a'.repeat(64),
      'my app',
      'my-app/',
      'my-aws-app',
      '',
    ]) {
      const issues = await issuesOf(() => cognitoDomainUrl({ prefix, region: 'eu-west-1' }))
      expect(issues[0]?.path, prefix).toBe('domain.prefix')
    }
  })
})

describe('redirect and sign-out URLs other parsers could read differently', () => {
  const refused = [
    'https://app.example\\@evil.example/cb',
    'https://app.example/cb\\..\\evil',
    'https://app.example/c b',
    'https://app.example/cb\t',
    ' https://app.example/cb',
    'https://app.example/cb\n',
    'https://app.example/cb\r\nLocation: https://evil.example',
    'https://app.example/cb\u0000',
    'https://app.example/\u00a0cb',
    'java\tscript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://app.example/cb#frag',
    'https://app.example/cb#',
    'https://user@app.example/cb',
    'http://app.example/cb',
    'http://localhost.evil.example/cb',
    '/relative/cb',
    '',
  ]

  it('refuses them as redirectUri of every sign-in URL and as logout URLs, naming the field', async () => {
    for (const uri of refused) {
      for (const build of [ui.authorizeUrl, ui.loginUrl, ui.signUpUrl]) {
        const issues = await issuesOf(() => build({ redirectUri: uri }))
        expect(issues[0]?.path, JSON.stringify(uri)).toBe('redirectUri')
      }
      const logout = await issuesOf(() => ui.logoutUrl({ logoutUri: uri }))
      expect(logout[0]?.path, JSON.stringify(uri)).toBe('logoutUri')
      const again = await issuesOf(() => ui.logoutUrl({ redirectUri: uri }))
      expect(again[0]?.path, JSON.stringify(uri)).toBe('redirectUri')
    }
  })

  it('accepts https, loopback http and native-app schemes, with percent-encoded and non-ASCII parts', async () => {
    for (const uri of [
      'https://app.example/cb',
      'https://app.example/c%20b?x=%26',
      'https://app.example/caf\u00e9',
      'http://localhost:3000/cb',
      'http://127.0.0.1:8080/cb',
      'http://[::1]/cb',
      'myapp://callback',
      'com.example.app:/oauth2redirect',
    ]) {
      const r = await ui.authorizeUrl({ redirectUri: uri })
      expect(r.url.searchParams.get('redirect_uri'), uri).toBe(uri)
      expect(r.redirectUri).toBe(uri)
    }
  })

  it('refuses scope names that are not RFC 6749 scope-tokens, and JSON-looking state on logout too', async () => {
    for (const scope of ['openid email', '', 'a"b', 'a\\b', 'caf\u00e9', 'tab\t', 'x\u0000']) {
      const issues = await issuesOf(() =>
        ui.authorizeUrl({ redirectUri: 'https://app.example/cb', scopes: [scope] as never }),
      )
      expect(issues[0], JSON.stringify(scope)).toMatchObject({ path: 'scopes', rule: 'ScopeFormat' })
    }
    for (const state of ['{"next":"/"}', '[1]', '%7B%22a%22%3A1%7D', ' {}']) {
      const signIn = await issuesOf(() => ui.authorizeUrl({ redirectUri: 'https://app.example/cb', state }))
      expect(signIn[0], state).toMatchObject({ path: 'state', rule: 'StateFormat' })
      const logout = await issuesOf(() => ui.logoutUrl({ redirectUri: 'https://app.example/cb', state }))
      expect(logout[0], state).toMatchObject({ path: 'state', rule: 'StateFormat' })
    }
    const long = await issuesOf(() => ui.logoutUrl({ redirectUri: 'https://app.example/cb', state: 'x'.repeat(2049) }))
    expect(long[0]).toMatchObject({ path: 'state', rule: 'OptionType' })
  })

  it('lists every problem of one call, each with its path', async () => {
    const issues = await issuesOf(() =>
      ui.authorizeUrl({
        redirectUri: 'https://app.example/c b',
        responseType: 'id_token' as never,
        scopes: ['a b'] as never,
        state: '',
        codeVerifier: 'short',
        identityProvider: 'Google',
        idpIdentifier: 'corp',
        prompt: 'always' as never,
        lang: 'not a tag',
      }),
    )
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['codeVerifier', 'idpIdentifier', 'lang', 'prompt', 'redirectUri', 'responseType', 'scopes', 'state'].sort(),
    )
  })
})

describe('options and parameters inherited from a polluted Object.prototype are ignored', () => {
  /** Runs `f` with `fields` set on Object.prototype, removing them afterwards whatever happens. */
  async function polluted(fields: Record<string, unknown>, f: () => Promise<void>): Promise<void> {
    const proto = Object.prototype as Record<string, unknown>
    for (const [name, value] of Object.entries(fields)) {
      Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false })
    }
    try {
      await f()
    } finally {
      for (const name of Object.keys(fields)) delete proto[name]
    }
  }

  it('never allows http, adds an identity provider or takes a state from the prototype', async () => {
    await polluted(
      {
        unsafeAllowHttpLoopback: true,
        unsafeCustomIssuer: 'http://127.0.0.1:9/eu-west-1_Polluted',
        identityProvider: 'Evil',
        loginHint: 'victim@example.com',
        resource: 'https://evil.example',
        logoutUri: 'https://evil.example/bye',
      },
      async () => {
        const http = await issuesOf(() => hostedUi({ domain: 'http://127.0.0.1:9', clientId: CLIENT }))
        expect(http[0]).toMatchObject({ path: 'domain', rule: 'DomainUrl' })
        expect(() =>
          cognitoOAuth({ domain: 'http://127.0.0.1:9', userPoolId: 'eu-west-1_Polluted', clientId: CLIENT }),
        ).toThrow(OptionsValidationError)
        const r = await ui.authorizeUrl({ redirectUri: 'https://app.example/cb' })
        for (const name of ['identity_provider', 'login_hint', 'resource']) {
          expect(r.url.searchParams.has(name), name).toBe(false)
        }
        const again = ui.logoutUrl({ redirectUri: 'https://app.example/cb' })
        expect(again.searchParams.has('logout_uri')).toBe(false)
      },
    )
  })
})
