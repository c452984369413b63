/**
 * The API on a real node:http server, with tokens signed in the test and the JWKS given up front
 * (offline): each route's answer to valid, missing, malformed, expired, foreign and under-scoped
 * tokens, with RFC 6750 `WWW-Authenticate` challenges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackendVerifier } from '../src/create-backend-verifier.js'
import { type RunningBackend, startBackend } from '../src/start-backend.js'
import { accessClaims, CLIENT_ID, jwksOf, POOL_ID, rsaKey, signToken } from './support/tokens.js'

const key = rsaKey('key-1')
const stranger = rsaKey('key-1') // same kid, another key: a forgery
let api: RunningBackend
const rejections: string[] = []

beforeAll(async () => {
  api = await startBackend({
    verifier: createBackendVerifier({ userPoolId: POOL_ID, clientId: CLIENT_ID, jwks: jwksOf(key) }),
    onRejected: (reason, { path }) => rejections.push(`${path}: ${reason.name}`),
  })
})
afterAll(async () => {
  await api?.stop()
})

async function get(path: string, authorization?: string) {
  const response = await fetch(`${api.url}${path}`, authorization === undefined ? {} : { headers: { authorization } })
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate'),
    body: (await response.json()) as Record<string, unknown>,
  }
}
const bearer = (claims: Record<string, unknown>) => `Bearer ${signToken(key, claims)}`

describe('GET /me', () => {
  it('answers a valid access token with who it belongs to', async () => {
    const res = await get('/me', bearer(accessClaims()))
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      sub: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      username: 'jane',
      clientId: CLIENT_ID,
      scopes: ['openid', 'email', 'orders/read'],
      groups: ['members'],
    })
  })

  it('asks for credentials when there is no token (401, challenge without an error)', async () => {
    const res = await get('/me')
    expect(res.status).toBe(401)
    expect(res.challenge).toBe('Bearer realm="orders-api"')
  })

  it('refuses a malformed Authorization header (400 invalid_request)', async () => {
    const res = await get('/me', 'Basic amFuZTpzZWNyZXQ=')
    expect(res.status).toBe(400)
    expect(res.challenge).toMatch(/^Bearer realm="orders-api", error="invalid_request"/)
    expect(res.body.error).toBe('invalid_request')
  })

  it.each([
    ['an expired token', accessClaims({ iat: 1_700_000_000, auth_time: 1_700_000_000, exp: 1_700_003_600 })],
    ['a token of another app client', accessClaims({ client_id: 'anotherclient1234567890' })],
    ['an ID token', accessClaims({ token_use: 'id', aud: CLIENT_ID, client_id: undefined })],
    [
      'a token of another pool',
      accessClaims({ iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other1234' }),
    ],
  ])('refuses %s with 401 invalid_token', async (_name, claims) => {
    const res = await get('/me', bearer(claims))
    expect(res.status).toBe(401)
    expect(res.challenge).toMatch(/^Bearer realm="orders-api", error="invalid_token", error_description="[^"]+"$/)
    expect(res.body.error).toBe('invalid_token')
  })

  it('refuses a forged signature with the same answer, and logs the real reason', async () => {
    const before = rejections.length
    const res = await get('/me', `Bearer ${signToken(stranger, accessClaims())}`)
    expect(res.status).toBe(401)
    expect(res.body.error).toBe('invalid_token')
    expect(rejections.slice(before)).toEqual(['/me: JwtInvalidSignatureError'])
  })
})

describe('GET /orders', () => {
  it('answers a token with orders/read with the caller’s orders', async () => {
    const res = await get('/orders', bearer(accessClaims()))
    expect(res.status).toBe(200)
    expect(res.body.owner).toBe('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee')
    expect(res.body.orders).toHaveLength(2)
  })

  it('refuses a valid token without the scope (403 insufficient_scope naming it)', async () => {
    const res = await get('/orders', bearer(accessClaims({ scope: 'openid email' })))
    expect(res.status).toBe(403)
    expect(res.challenge).toBe(
      'Bearer realm="orders-api", error="insufficient_scope", error_description="The access token lacks a required scope", scope="orders/read"',
    )
    expect(res.body.error).toBe('insufficient_scope')
  })

  it('still says 401 for a bad token, before any scope question', async () => {
    const res = await get('/orders', bearer(accessClaims({ client_id: 'anotherclient1234567890', scope: 'openid' })))
    expect(res.status).toBe(401)
    expect(res.body.error).toBe('invalid_token')
  })
})

describe('other routes', () => {
  it('serves /health without a token', async () => {
    expect(await get('/health')).toMatchObject({ status: 200, body: { ok: true } })
  })

  it('answers unknown paths with 404 and other methods with 405', async () => {
    expect((await get('/admin')).status).toBe(404)
    const res = await fetch(`${api.url}/orders`, { method: 'POST', headers: { authorization: bearer(accessClaims()) } })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    await res.body?.cancel()
  })
})
