/** The bearer helpers: header parsing, RFC 6750 answers, and the no-oracle rule (class 25). */
import { afterEach, describe, expect, it } from 'vitest'
import { BearerTokenError, JwksFetchError } from '../../src/errors.js'
import { authenticateRequest, readBearerToken, wwwAuthenticate } from '../../src/http/index.js'
import { createCognitoVerifier } from '../../src/jwt/index.node.js'
import { startServer, type TestServer } from '../helpers/http-server.js'
import {
  accessClaims,
  b64url,
  CLIENT_ID,
  encodeJson,
  jwksOf,
  nowSeconds,
  POOL_ID,
  rsaKey,
  signSegments,
  signToken,
} from '../helpers/tokens.js'

const key = rsaKey('key-1')
const verifier = createCognitoVerifier({
  userPoolId: POOL_ID,
  tokenUse: 'access',
  clientId: CLIENT_ID,
  jwks: jwksOf(key),
})

describe('readBearerToken', () => {
  it('reads the token of one Bearer header, case-insensitively', () => {
    expect(readBearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi')
    expect(readBearerToken('bearer   abc-_~+/=')).toBe('abc-_~+/=')
    expect(readBearerToken(['BEARER x.y.z'])).toBe('x.y.z')
    expect(readBearerToken('  Bearer x.y.z  ')).toBe('x.y.z')
  })

  it('returns undefined when there are no credentials at all', () => {
    for (const header of [undefined, null, '', '   ', []]) expect(readBearerToken(header)).toBeUndefined()
  })

  it('refuses other schemes, empty or malformed tokens and repeated headers', () => {
    for (const header of [
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer ',
      'Bearer a b',
      'Bearer a"b',
      'Bearer =abc',
      'Token x',
      ['Bearer a', 'Bearer b'],
    ]) {
      expect(() => readBearerToken(header)).toThrow(BearerTokenError)
    }
  })
})

describe('wwwAuthenticate', () => {
  it('formats RFC 6750 challenges', () => {
    expect(wwwAuthenticate()).toBe('Bearer')
    expect(wwwAuthenticate({ realm: 'api' })).toBe('Bearer realm="api"')
    expect(
      wwwAuthenticate({ realm: 'api', error: 'insufficient_scope', errorDescription: 'more', scope: ['a/b', 'c'] }),
    ).toBe('Bearer realm="api", error="insufficient_scope", error_description="more", scope="a/b c"')
    expect(wwwAuthenticate({ errorDescription: 'say "hi"\\ \n' })).toBe('Bearer error_description="say hi "')
  })
})

describe('authenticateRequest', () => {
  it('resolves to the claims of a valid token', async () => {
    const token = signToken(accessClaims(), key)
    const result = await authenticateRequest(verifier, `Bearer ${token}`)
    expect(result).toMatchObject({ ok: true, token, claims: { username: 'alice' } })
  })

  it('answers a request without credentials with 401 and a challenge without error code', async () => {
    const result = await authenticateRequest(verifier, undefined, { realm: 'orders' })
    expect(result).toMatchObject({
      ok: false,
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="orders"' },
      body: { error: 'unauthorized' },
    })
  })

  it('answers a malformed header with 400 invalid_request', async () => {
    const result = await authenticateRequest(verifier, 'Basic abc')
    expect(result).toMatchObject({ ok: false, status: 400, body: { error: 'invalid_request' } })
    expect(!result.ok && result.headers['www-authenticate']).toMatch(/^Bearer error="invalid_request"/)
  })

  it('answers every verification failure identically (no error oracle), logging the real reason', async () => {
    const now = nowSeconds()
    const other = rsaKey('attacker')
    const tokens = [
      'not-a-jwt',
      signToken(accessClaims({ exp: now - 600 }), key),
      signToken(accessClaims({ iat: now + 600 }), key),
      signToken(accessClaims({ client_id: 'other' }), key),
      signToken(accessClaims({ token_use: 'id' }), key),
      signToken(accessClaims({ iss: 'https://evil.example' }), key),
      signToken(accessClaims(), other, { kid: key.kid, alg: 'RS256' }),
      signToken(accessClaims(), key, { kid: 'unknown', alg: 'RS256' }),
      signToken(accessClaims(), key, { kid: key.kid, alg: 'RS256', crit: ['x'] }),
      signSegments(encodeJson({ kid: key.kid, alg: 'RS256' }), b64url('{"a":1,"a":2}'), key),
      `${encodeJson({ alg: 'none' })}.${encodeJson(accessClaims())}.`,
      'a'.repeat(20_000),
    ]
    const answers = new Set<string>()
    const reasons = new Set<string>()
    for (const token of tokens) {
      const result = await authenticateRequest(verifier, `Bearer ${token}`, {
        realm: 'api',
        onRejected: (e) => reasons.add((e as { code?: string }).code ?? ''),
      })
      expect(result.ok).toBe(false)
      if (!result.ok) answers.add(JSON.stringify([result.status, result.headers, result.body]))
    }
    expect(answers.size).toBe(1)
    expect(JSON.parse([...answers][0] as string)).toEqual([
      401,
      {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'www-authenticate':
          'Bearer realm="api", error="invalid_token", error_description="The access token is missing, malformed, expired or not accepted here"',
      },
      {
        error: 'invalid_token',
        error_description: 'The access token is missing, malformed, expired or not accepted here',
      },
    ])
    expect(reasons.size).toBeGreaterThanOrEqual(9)
  })

  it('answers a missing scope with 403 insufficient_scope naming the scopes', async () => {
    const token = signToken(accessClaims({ scope: 'openid' }), key)
    const result = await authenticateRequest(verifier, `Bearer ${token}`, { scope: ['orders/write', 'orders/admin'] })
    expect(result).toMatchObject({
      ok: false,
      status: 403,
      headers: {
        'www-authenticate':
          'Bearer error="insufficient_scope", error_description="The access token lacks a required scope", scope="orders/write orders/admin"',
      },
    })
    const scoped = createCognitoVerifier({
      userPoolId: POOL_ID,
      tokenUse: 'access',
      clientId: CLIENT_ID,
      jwks: jwksOf(key),
      scope: 'orders/write',
    })
    expect(await authenticateRequest(scoped, `Bearer ${token}`)).toMatchObject({
      status: 403,
      body: { error: 'insufficient_scope' },
    })
  })

  describe('when the JWKS cannot be fetched', () => {
    const servers: TestServer[] = []
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((s) => s.close()))
    })

    it('answers 503 with Retry-After instead of blaming the token', async () => {
      const down = await startServer((_req, res) => {
        res.writeHead(500)
        res.end()
      })
      servers.push(down)
      const issuer = `${down.origin}/${POOL_ID}`
      const remote = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        unsafeCustomIssuer: { issuer },
      })
      const token = signToken(accessClaims({ iss: issuer }), key)
      let reason: unknown
      const first = await authenticateRequest(remote, `Bearer ${token}`, { onRejected: (e) => (reason = e) })
      expect(first).toMatchObject({
        ok: false,
        status: 503,
        headers: { 'retry-after': '5' },
        body: { error: 'temporarily_unavailable' },
      })
      expect(reason).toBeInstanceOf(JwksFetchError)
      // During the cooldown too.
      expect(await authenticateRequest(remote, `Bearer ${token}`)).toMatchObject({ status: 503 })
    })
  })

  it('rethrows what is not a token problem', async () => {
    const broken = { verify: async () => Promise.reject(new Error('database down')) }
    await expect(authenticateRequest(broken, 'Bearer x.y.z')).rejects.toThrow('database down')
    await expect(authenticateRequest({} as never, 'Bearer x')).rejects.toBeInstanceOf(TypeError)
  })
})
