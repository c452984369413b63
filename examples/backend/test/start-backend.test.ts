import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createBackendVerifier } from '../src/create-backend-verifier.js'
import { startBackend } from '../src/start-backend.js'
import { accessClaims, CLIENT_ID, jwksOf, POOL_ID, rsaKey, signToken } from './support/tokens.js'

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })

describe('startBackend', () => {
  it('listens on a free loopback port and closes it, open connections included, on stop', async () => {
    const api = await startBackend({
      verifier: createBackendVerifier({ userPoolId: POOL_ID, clientId: CLIENT_ID, jwks: jwksOf(rsaKey('k')) }),
    })
    expect(api.url).toBe(`http://127.0.0.1:${api.port}`)
    const keepAlive = connect(api.port, '127.0.0.1')
    await new Promise((resolve) => keepAlive.once('connect', resolve))
    await api.stop()
    await api.stop()
    expect(await refused(api.port)).toBe(true)
    keepAlive.destroy()
  })
})

describe('when the keys cannot be fetched', () => {
  it('answers 503 with Retry-After, not a verdict on the token', async () => {
    // A loopback port nobody listens on plays the unreachable JWKS endpoint.
    const closed = await startBackend({
      verifier: createBackendVerifier({ userPoolId: POOL_ID, clientId: CLIENT_ID, jwks: jwksOf(rsaKey('k')) }),
    })
    await closed.stop()
    const issuer = `http://127.0.0.1:${closed.port}/${POOL_ID}`
    const api = await startBackend({
      verifier: createBackendVerifier({ userPoolId: POOL_ID, clientId: CLIENT_ID, unsafeCustomIssuer: { issuer } }),
    })
    try {
      const token = signToken(rsaKey('k2'), accessClaims({ iss: issuer }))
      const res = await fetch(`${api.url}/me`, { headers: { authorization: `Bearer ${token}` } })
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('5')
      expect(res.headers.get('www-authenticate')).toBeNull()
      await res.body?.cancel()
    } finally {
      await api.stop()
    }
  })
})
