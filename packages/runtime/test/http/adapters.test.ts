/** The node:http, Express, Fastify and Lambda adapters. */
import { createServer, type Server } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  authenticateLambdaEvent,
  createNodeAuthenticator,
  type ExpressResponseLike,
  expressAuthenticate,
  type FastifyReplyLike,
  fastifyAuthenticate,
} from '../../src/http/index.js'
import { createCognitoVerifier } from '../../src/jwt/index.node.js'
import { accessClaims, CLIENT_ID, jwksOf, POOL_ID, rsaKey, signToken } from '../helpers/tokens.js'

const key = rsaKey('key-1')
const verifier = createCognitoVerifier({
  userPoolId: POOL_ID,
  tokenUse: 'access',
  clientId: CLIENT_ID,
  jwks: jwksOf(key),
})
const good = signToken(accessClaims(), key)
const expired = signToken(accessClaims({ exp: 1_000 }), key)

describe('createNodeAuthenticator with a real node:http server', () => {
  let server: Server
  let origin: string

  beforeAll(async () => {
    const authenticate = createNodeAuthenticator(verifier, { realm: 'orders', scope: 'orders/read' })
    server = createServer(async (req, res) => {
      const claims = await authenticate(req, res)
      if (claims === undefined) return
      res.setHeader('content-type', 'text/plain')
      res.end(`hello ${claims.username}`)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('lets a valid token through', async () => {
    const response = await fetch(origin, { headers: { authorization: `Bearer ${good}` } })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('hello alice')
  })

  it('answers 400 to two Authorization headers, which Node would otherwise reduce to the first', async () => {
    const { port } = new URL(origin)
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.end(
          `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${good}\r\nAuthorization: Bearer ${expired}\r\nConnection: close\r\n\r\n`,
        )
      })
      let text = ''
      socket.setEncoding('utf8')
      socket.on('data', (chunk: string) => {
        text += chunk
      })
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(raw.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request')
    expect(raw).toMatch(/www-authenticate: Bearer realm="orders", error="invalid_request"/i)
  })

  it('answers 401 invalid_token, 401 without error, 400 invalid_request and 403 insufficient_scope', async () => {
    const expiredResponse = await fetch(origin, { headers: { authorization: `Bearer ${expired}` } })
    expect(expiredResponse.status).toBe(401)
    expect(expiredResponse.headers.get('www-authenticate')).toMatch(/^Bearer realm="orders", error="invalid_token"/)
    expect(await expiredResponse.json()).toMatchObject({ error: 'invalid_token' })

    const anonymous = await fetch(origin)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="orders"')

    const basic = await fetch(origin, { headers: { authorization: 'Basic dXNlcjpwYXNz' } })
    expect(basic.status).toBe(400)

    const noScope = await fetch(origin, {
      headers: { authorization: `Bearer ${signToken(accessClaims({ scope: 'openid' }), key)}` },
    })
    expect(noScope.status).toBe(403)
    expect(noScope.headers.get('www-authenticate')).toContain('scope="orders/read"')
  })
})

/** A recording stand-in for an Express response. */
function expressResponse() {
  const sent: { status?: number; headers?: Record<string, string>; body?: unknown } = {}
  const res: ExpressResponseLike = {
    status(code) {
      sent.status = code
      return res
    },
    set(headers) {
      sent.headers = headers
      return res
    },
    json(body) {
      sent.body = body
      return res
    },
  }
  return { res, sent }
}

describe('expressAuthenticate', () => {
  it('sets req.auth and calls next() for a valid token', async () => {
    const middleware = expressAuthenticate(verifier)
    const req: Parameters<typeof middleware>[0] = { headers: { authorization: `Bearer ${good}` } }
    const { res, sent } = expressResponse()
    await new Promise<void>((resolve, reject) => middleware(req, res, (error) => (error ? reject(error) : resolve())))
    expect(req.auth?.claims.username).toBe('alice')
    expect(req.auth?.token).toBe(good)
    expect(sent).toEqual({})
  })

  it('answers a bad token without calling next()', async () => {
    const middleware = expressAuthenticate(verifier, { realm: 'api' })
    const { res, sent } = expressResponse()
    let called = false
    middleware({ headers: { authorization: `Bearer ${expired}` } }, res, () => {
      called = true
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(called).toBe(false)
    expect(sent).toMatchObject({
      status: 401,
      headers: { 'www-authenticate': expect.stringContaining('invalid_token') },
      body: { error: 'invalid_token' },
    })
  })

  it('passes other failures to next(error)', async () => {
    const middleware = expressAuthenticate({ verify: () => Promise.reject(new Error('boom')) })
    const error = await new Promise((resolve) =>
      middleware({ headers: { authorization: 'Bearer a.b.c' } }, expressResponse().res, resolve),
    )
    expect(error).toEqual(new Error('boom'))
  })
})

describe('fastifyAuthenticate', () => {
  function fastifyReply() {
    const sent: { code?: number; headers?: Record<string, string>; body?: unknown } = {}
    const reply: FastifyReplyLike = {
      code(status) {
        sent.code = status
        return reply
      },
      headers(values) {
        sent.headers = values
        return reply
      },
      send(body) {
        sent.body = body
        return reply
      },
    }
    return { reply, sent }
  }

  it('sets request.auth for a valid token and sends nothing', async () => {
    const hook = fastifyAuthenticate(verifier)
    const request: Parameters<typeof hook>[0] = { headers: { authorization: `Bearer ${good}` } }
    const { reply, sent } = fastifyReply()
    expect(await hook(request, reply)).toBeUndefined()
    expect(request.auth?.claims.client_id).toBe(CLIENT_ID)
    expect(sent).toEqual({})
  })

  it('sends the answer and returns the reply to stop the request', async () => {
    const hook = fastifyAuthenticate(verifier, { scope: 'orders/admin' })
    const { reply, sent } = fastifyReply()
    expect(await hook({ headers: { authorization: `Bearer ${good}` } }, reply)).toBe(reply)
    expect(sent).toMatchObject({ code: 403, body: { error: 'insufficient_scope' } })
  })
})

describe('authenticateLambdaEvent', () => {
  it('reads API Gateway HTTP API (v2) events with lower-case headers', async () => {
    const result = await authenticateLambdaEvent(verifier, { headers: { authorization: `Bearer ${good}` } })
    expect(result).toMatchObject({ ok: true, claims: { username: 'alice' } })
  })

  it('reads REST API (v1) events whatever the header case, and multi-value headers', async () => {
    expect(await authenticateLambdaEvent(verifier, { headers: { Authorization: `Bearer ${good}` } })).toMatchObject({
      ok: true,
    })
    const twice = await authenticateLambdaEvent(verifier, {
      headers: { Authorization: `Bearer ${good}` },
      multiValueHeaders: { Authorization: [`Bearer ${good}`, 'Bearer other'] },
    })
    expect(twice).toMatchObject({ ok: false, response: { statusCode: 400 } })
  })

  it('refuses the same header under two spellings instead of picking one', async () => {
    for (const event of [
      { headers: { Authorization: `Bearer ${good}`, authorization: `Bearer ${expired}` } },
      { headers: { authorization: `Bearer ${expired}`, AUTHORIZATION: `Bearer ${good}` } },
      { multiValueHeaders: { Authorization: [`Bearer ${good}`], authorization: [`Bearer ${expired}`] } },
    ]) {
      expect(await authenticateLambdaEvent(verifier, event)).toMatchObject({
        ok: false,
        response: { statusCode: 400 },
        reason: { code: 'ERR_BEARER_MALFORMED' },
      })
    }
    expect(
      await authenticateLambdaEvent(verifier, { multiValueHeaders: { authorization: [`Bearer ${good}`] } }),
    ).toMatchObject({ ok: true })
  })

  it('reads TOKEN authorizer events', async () => {
    expect(await authenticateLambdaEvent(verifier, { authorizationToken: `Bearer ${good}` })).toMatchObject({
      ok: true,
    })
  })

  it('returns a proxy response to send back on failure', async () => {
    const result = await authenticateLambdaEvent(
      verifier,
      { headers: { authorization: `Bearer ${expired}` } },
      { realm: 'api' },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.response.statusCode).toBe(401)
    expect(result.response.headers['www-authenticate']).toMatch(/^Bearer realm="api", error="invalid_token"/)
    expect(JSON.parse(result.response.body)).toMatchObject({ error: 'invalid_token' })
    expect(result.reason).toMatchObject({ code: 'ERR_JWT_EXPIRED' })
    expect(await authenticateLambdaEvent(verifier, { headers: null })).toMatchObject({
      ok: false,
      response: { statusCode: 401 },
    })
  })
})
