/**
 * JWKS fetching against real HTTP servers on 127.0.0.1 (through the loopback escape hatch), with
 * the default fetcher: slow, failing, huge, non-JSON and redirecting endpoints; single flight;
 * cooldown; keys that keep working while the endpoint is down.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { JwksFetchError, KidNotFoundInJwksError, WaitPeriodNotYetEndedJwkError } from '../../src/errors.js'
import type { CreateCognitoVerifier } from '../../src/jwt/cognito-verifier.js'
import { startServer, type TestServer } from '../helpers/http-server.js'
import { accessClaims, CLIENT_ID, implementations, jwksOf, POOL_ID, rsaKey, signToken } from '../helpers/tokens.js'

const key1 = rsaKey('key-1')
const key2 = rsaKey('key-2')

describe.each(implementations)('JWKS fetching (%s)', (_name, createCognitoVerifier: CreateCognitoVerifier) => {
  const servers: TestServer[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()))
  })

  async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
    const server = await startServer(handler)
    servers.push(server)
    const issuer = `${server.origin}/${POOL_ID}`
    return { server, issuer }
  }

  function verifierFor(issuer: string, jwksFetch: Record<string, unknown> = {}) {
    return createCognitoVerifier({
      userPoolId: POOL_ID,
      tokenUse: 'access',
      clientId: CLIENT_ID,
      unsafeCustomIssuer: { issuer },
      jwksFetch,
    })
  }

  const tokenFor = (issuer: string, key = key1) => signToken(accessClaims({ iss: issuer }), key)

  it('fetches {issuer}/.well-known/jwks.json once and then verifies from memory', async () => {
    const { server, issuer } = await serve((_req, res) => res.end(JSON.stringify(jwksOf(key1, key2))))
    const verifier = verifierFor(issuer)
    for (let i = 0; i < 5; i++) await verifier.verify(tokenFor(issuer, i % 2 ? key2 : key1))
    expect(server.requests).toEqual([`/${POOL_ID}/.well-known/jwks.json`])
  })

  it('1,000 concurrent verifications of a token with a new kid cause exactly one fetch', async () => {
    const { server, issuer } = await serve((_req, res) => {
      setTimeout(() => res.end(JSON.stringify(jwksOf(key1))), 50)
    })
    const verifier = verifierFor(issuer)
    const token = tokenFor(issuer)
    const results = await Promise.all(Array.from({ length: 1000 }, () => verifier.verify(token)))
    expect(results).toHaveLength(1000)
    expect(results.every((claims) => claims.sub === accessClaims().sub)).toBe(true)
    expect(server.requests).toHaveLength(1)
  })

  it('times out a server that never answers', async () => {
    const { issuer } = await serve(() => {
      // never responds
    })
    const verifier = verifierFor(issuer, { timeoutMs: 150 })
    await expect(verifier.verify(tokenFor(issuer))).rejects.toMatchObject({
      code: 'ERR_JWKS_FETCH_FAILED',
      reason: 'timeout',
    })
  })

  it('times out a body that trickles in too slowly', async () => {
    const { issuer } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"keys":[')
      // the rest never comes
    })
    const verifier = verifierFor(issuer, { timeoutMs: 200 })
    await expect(verifier.verify(tokenFor(issuer))).rejects.toMatchObject({ reason: 'timeout' })
  })

  it('fails on a 500 and on a 404', async () => {
    for (const status of [500, 404]) {
      const { issuer } = await serve((_req, res) => {
        res.writeHead(status)
        res.end('{"keys":[]}')
      })
      await expect(verifierFor(issuer).verify(tokenFor(issuer))).rejects.toMatchObject({
        code: 'ERR_JWKS_FETCH_FAILED',
        reason: 'status',
        status,
      })
    }
  })

  it('refuses a 10 MB body, announced or streamed', async () => {
    const tenMegabytes = Buffer.alloc(10 * 1024 * 1024, 0x20)
    const announced = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': tenMegabytes.length })
      res.end(tenMegabytes)
    })
    await expect(verifierFor(announced.issuer).verify(tokenFor(announced.issuer))).rejects.toMatchObject({
      reason: 'too-large',
    })
    const streamed = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }) // chunked, no length
      res.write('{"keys":[],"x":"')
      res.end(tenMegabytes)
    })
    await expect(verifierFor(streamed.issuer).verify(tokenFor(streamed.issuer))).rejects.toMatchObject({
      reason: 'too-large',
    })
  })

  it('refuses bad JSON and JSON that is not a JWKS', async () => {
    const bad = await serve((_req, res) => res.end('<html>not json</html>'))
    await expect(verifierFor(bad.issuer).verify(tokenFor(bad.issuer))).rejects.toMatchObject({ reason: 'not-json' })
    const notUtf8 = await serve((_req, res) => res.end(Buffer.from([0x7b, 0xff, 0x7d])))
    await expect(verifierFor(notUtf8.issuer).verify(tokenFor(notUtf8.issuer))).rejects.toMatchObject({
      reason: 'not-json',
    })
    const shape = await serve((_req, res) => res.end('{"keys":"none"}'))
    await expect(verifierFor(shape.issuer).verify(tokenFor(shape.issuer))).rejects.toMatchObject({
      code: 'ERR_JWKS_INVALID',
    })
  })

  it('does not follow a redirect', async () => {
    const target = await serve((_req, res) => res.end(JSON.stringify(jwksOf(key1))))
    const { issuer } = await serve((_req, res) => {
      res.writeHead(301, { location: `${target.server.origin}/${POOL_ID}/.well-known/jwks.json` })
      res.end()
    })
    await expect(verifierFor(issuer).verify(tokenFor(issuer))).rejects.toMatchObject({
      reason: 'redirect',
      status: 301,
    })
    expect(target.server.requests).toEqual([])
  })

  it('fails cleanly when nothing listens', async () => {
    const { server, issuer } = await serve(() => undefined)
    await server.close()
    servers.splice(servers.indexOf(server), 1)
    await expect(verifierFor(issuer).verify(tokenFor(issuer))).rejects.toMatchObject({ reason: 'network' })
  })

  it('keeps verifying with known keys while the endpoint is down', async () => {
    let down = false
    const { server, issuer } = await serve((_req, res) => {
      if (down) {
        res.writeHead(503)
        res.end()
      } else {
        res.end(JSON.stringify(jwksOf(key1)))
      }
    })
    const verifier = verifierFor(issuer, { cooldownMs: 0 })
    await verifier.verify(tokenFor(issuer))
    down = true
    // An unknown kid triggers a fetch, which fails...
    await expect(verifier.verify(tokenFor(issuer, key2))).rejects.toBeInstanceOf(JwksFetchError)
    // ...but the known key still verifies, without another request.
    const before = server.requests.length
    await expect(verifier.verify(tokenFor(issuer))).resolves.toBeDefined()
    expect(server.requests.length).toBe(before)
  })

  it('waits out the cooldown after a failed fetch instead of hammering the endpoint', async () => {
    const { server, issuer } = await serve((_req, res) => {
      res.writeHead(500)
      res.end()
    })
    const verifier = verifierFor(issuer, { cooldownMs: 60_000 })
    await expect(verifier.verify(tokenFor(issuer))).rejects.toMatchObject({ code: 'ERR_JWKS_FETCH_FAILED' })
    const error = await verifier.verify(tokenFor(issuer)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WaitPeriodNotYetEndedJwkError)
    expect((error as WaitPeriodNotYetEndedJwkError).cause).toBeInstanceOf(JwksFetchError)
    expect((error as WaitPeriodNotYetEndedJwkError).retryAfterMs).toBeGreaterThan(0)
    expect(server.requests).toHaveLength(1)
  })

  it('picks up a rotated key after the cooldown, and drops the removed one', async () => {
    let published = jwksOf(key1)
    const { server, issuer } = await serve((_req, res) => res.end(JSON.stringify(published)))
    const verifier = verifierFor(issuer, { cooldownMs: 0 })
    await verifier.verify(tokenFor(issuer, key1))
    published = jwksOf(key2)
    await expect(verifier.verify(tokenFor(issuer, key2))).resolves.toBeDefined()
    expect(server.requests).toHaveLength(2)
    // key-1 is gone from the JWKS now; the next miss refetches and still does not find it.
    await expect(verifier.verify(tokenFor(issuer, key1))).rejects.toBeInstanceOf(KidNotFoundInJwksError)
  })

  it('never fetches when the JWKS is given up front', async () => {
    const { server, issuer } = await serve((_req, res) => res.end(JSON.stringify(jwksOf(key1, key2))))
    const verifier = createCognitoVerifier({
      userPoolId: POOL_ID,
      tokenUse: 'access',
      clientId: CLIENT_ID,
      unsafeCustomIssuer: { issuer },
      jwks: jwksOf(key1),
    })
    await verifier.verify(tokenFor(issuer, key1))
    await expect(verifier.verify(tokenFor(issuer, key2))).rejects.toBeInstanceOf(KidNotFoundInJwksError)
    expect(server.requests).toEqual([])
  })

  it('hydrate() fetches every pool up front and rejects only when all fail', async () => {
    const good = await serve((_req, res) => res.end(JSON.stringify(jwksOf(key1))))
    const bad = await serve((_req, res) => {
      res.writeHead(403)
      res.end()
    })
    const verifier = createCognitoVerifier([
      { userPoolId: POOL_ID, tokenUse: 'access', clientId: CLIENT_ID, unsafeCustomIssuer: { issuer: good.issuer } },
      {
        userPoolId: 'eu-west-1_Other',
        tokenUse: 'access',
        clientId: CLIENT_ID,
        unsafeCustomIssuer: { issuer: bad.issuer },
      },
    ])
    await verifier.hydrate()
    expect(good.server.requests).toHaveLength(1)
    await verifier.verify(tokenFor(good.issuer))
    expect(good.server.requests).toHaveLength(1)
    const allBad = verifierFor(bad.issuer)
    await expect(allBad.hydrate()).rejects.toBeInstanceOf(JwksFetchError)
  })

  it('uses an injected fetch, and still refuses what it returns when it is not a 200 JWKS', async () => {
    const seen: string[] = []
    const verifier = createCognitoVerifier({
      userPoolId: POOL_ID,
      tokenUse: 'access',
      clientId: CLIENT_ID,
      jwksFetch: {
        fetch: async (url, init) => {
          seen.push(`${init.method} ${url} redirect=${init.redirect}`)
          return new Response(JSON.stringify(jwksOf(key1)), { status: 200 })
        },
      },
    })
    await verifier.verify(signToken(accessClaims(), key1))
    expect(seen).toEqual([
      `GET https://cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}/.well-known/jwks.json redirect=manual`,
    ])
    const redirected = createCognitoVerifier({
      userPoolId: POOL_ID,
      tokenUse: 'access',
      clientId: CLIENT_ID,
      jwksFetch: {
        fetch: async () => new Response(null, { status: 302, headers: { location: 'https://evil.example' } }),
      },
    })
    await expect(redirected.verify(signToken(accessClaims(), key1))).rejects.toMatchObject({ reason: 'redirect' })
  })
})
