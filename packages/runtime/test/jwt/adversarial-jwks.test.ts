/**
 * Adversarial key material (runtime catalogue §6 classes 18–21): JWKS documents and keys that must
 * never verify a token, given up front or fetched, and fetchers that misbehave in every way a
 * `fetch` can (hanging while ignoring the abort signal, returning junk, streaming forever). Every
 * token is validly signed by the key under test, so only the key rules stand in the way.
 */
import { generateKeyPairSync } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { JwksFetchError, JwksValidationError, JwkValidationError, OptionsValidationError } from '../../src/errors.js'
import type { FetchLike } from '../../src/jwt/verifier-options.js'
import { startServer, type TestServer } from '../helpers/http-server.js'
import { expectAccepted, expectRefused } from '../helpers/refusal.js'
import {
  accessClaims,
  CLIENT_ID,
  implementations,
  jwksOf,
  POOL_ID,
  rsaKey,
  signToken,
  type TestKey,
  withDirtyPadBits,
} from '../helpers/tokens.js'

const key = rsaKey('key-1')
const other = rsaKey('key-2')

/** A key of `bits` bits published under `kid`, and a token it signed. */
const weakKey = (bits: number): TestKey => rsaKey(`weak-${bits}`, bits)

/** JWK variants of `key` (kid key-1) that must never verify; each with a label. */
function badJwks(): ReadonlyArray<readonly [string, Record<string, unknown>]> {
  const jwk = key.jwk as Record<string, unknown>
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' })
  const ed = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' })
  return [
    ['use "enc"', { ...jwk, use: 'enc' }],
    ['use "SIG"', { ...jwk, use: 'SIG' }],
    ['use ""', { ...jwk, use: '' }],
    ['key_ops []', { ...jwk, key_ops: [] }],
    ['key_ops ["encrypt", "wrapKey"]', { ...jwk, key_ops: ['encrypt', 'wrapKey'] }],
    ['key_ops ["sign"]', { ...jwk, key_ops: ['sign'] }],
    ['alg RS512', { ...jwk, alg: 'RS512' }],
    ['alg PS256', { ...jwk, alg: 'PS256' }],
    ['alg HS256', { ...jwk, alg: 'HS256' }],
    ['alg none', { ...jwk, alg: 'none' }],
    ['alg rs256', { ...jwk, alg: 'rs256' }],
    ['private member d', { ...jwk, d: 'AQAB' }],
    ['private member d: null', { ...jwk, d: null }],
    ['private members p, q', { ...jwk, p: 'AQAB', q: 'AQAB' }],
    ['private member dp', { ...jwk, dp: 'AQAB' }],
    ['private member dq', { ...jwk, dq: 'AQAB' }],
    ['private member qi', { ...jwk, qi: 'AQAB' }],
    ['private member oth', { ...jwk, oth: [] }],
    ['symmetric member k', { ...jwk, k: 'c2VjcmV0' }],
    ['kty "rsa"', { ...jwk, kty: 'rsa' }],
    ['kty oct with the kid', { kty: 'oct', kid: key.kid, k: Buffer.from(key.jwk.n as string).toString('base64url') }],
    ['kty EC with the kid', { ...ec, kid: key.kid, alg: 'ES256', use: 'sig' }],
    ['kty OKP with the kid', { ...ed, kid: key.kid, use: 'sig' }],
    ['no n', { ...jwk, n: undefined }],
    ['no e', { ...jwk, e: undefined }],
    ['n empty', { ...jwk, n: '' }],
    [
      'n with a leading zero octet',
      {
        ...jwk,
        n: Buffer.concat([Buffer.from([0]), Buffer.from(key.jwk.n as string, 'base64url')]).toString('base64url'),
      },
    ],
    ['n not canonical (spare bits)', { ...jwk, n: withDirtyPadBits(key.jwk.n as string) }],
    ['n in standard base64', { ...jwk, n: Buffer.from(key.jwk.n as string, 'base64url').toString('base64') }],
    ['e = 1', { ...jwk, e: 'AQ' }],
    ['e = 3', { ...jwk, e: 'Aw' }],
    ['e = 65536 (even)', { ...jwk, e: 'AQAA' }],
    ['e = 257', { ...jwk, e: 'AQE' }],
    ['e with a leading zero octet', { ...jwk, e: 'AAEAAQ' }],
    ['e empty', { ...jwk, e: '' }],
  ]
}

describe.each(implementations)('adversarial keys (%s)', (_name, createCognitoVerifier) => {
  const servers: TestServer[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()))
  })

  const fixed = (jwks: unknown) =>
    createCognitoVerifier({ userPoolId: POOL_ID, tokenUse: 'access', clientId: CLIENT_ID, jwks: jwks as never })

  async function fetched(handler: (req: IncomingMessage, res: ServerResponse) => void) {
    const server = await startServer(handler)
    servers.push(server)
    const issuer = `${server.origin}/${POOL_ID}`
    const verifier = createCognitoVerifier({
      userPoolId: POOL_ID,
      tokenUse: 'access',
      clientId: CLIENT_ID,
      unsafeCustomIssuer: { issuer },
      jwksFetch: { timeoutMs: 1000 },
    })
    return { verifier, issuer, server }
  }
  const serving = (jwks: unknown) => fetched((_req, res) => res.end(JSON.stringify(jwks)))

  describe('18. short RSA keys', () => {
    for (const bits of [512, 1024, 1536, 2047]) {
      it(`refuses a ${bits}-bit key, given or fetched, for a token it signed`, async () => {
        const weak = weakKey(bits)
        await expectRefused(
          `${bits} bits, given`,
          fixed(jwksOf(weak)).verify(signToken(accessClaims(), weak)),
          JwkValidationError,
          {
            code: 'ERR_JWK_INVALID',
            kid: weak.kid,
          },
        )
        const { verifier, issuer } = await serving(jwksOf(weak))
        await expectRefused(
          `${bits} bits, fetched`,
          verifier.verify(signToken(accessClaims({ iss: issuer }), weak)),
          JwkValidationError,
          {
            code: 'ERR_JWK_INVALID',
          },
        )
      })
    }

    it('accepts 2048-, 3072- and 4096-bit keys (positive control)', async () => {
      for (const bits of [2048, 3072, 4096]) {
        const strong = rsaKey(`strong-${bits}`, bits)
        await expectAccepted(`${bits} bits`, fixed(jwksOf(strong)).verify(signToken(accessClaims(), strong)))
      }
    })
  })

  describe('19. keys that are not RSA public verification keys', () => {
    for (const [label, jwk] of badJwks()) {
      it(`refuses a key with ${label}, given or fetched, and keeps the other kid working`, async () => {
        const jwks = { keys: [jwk, other.jwk] }
        const token = signToken(accessClaims(), key)
        await expectRefused(`${label}, given`, fixed(jwks).verify(token), JwkValidationError, {
          code: 'ERR_JWK_INVALID',
        })
        await expectAccepted(`${label}, other kid`, fixed(jwks).verify(signToken(accessClaims(), other)))
        const { verifier, issuer } = await serving(jwks)
        await expectRefused(
          `${label}, fetched`,
          verifier.verify(signToken(accessClaims({ iss: issuer }), key)),
          JwkValidationError,
          {
            code: 'ERR_JWK_INVALID',
          },
        )
      })
    }

    it('refuses a kid published twice, even when one of the two is the right key', async () => {
      for (const keys of [
        [key.jwk, key.jwk],
        [key.jwk, { ...other.jwk, kid: key.kid }],
        [{ ...other.jwk, kid: key.kid }, key.jwk],
      ]) {
        await expectRefused(
          'duplicate kid, given',
          fixed({ keys }).verify(signToken(accessClaims(), key)),
          JwkValidationError,
          {
            code: 'ERR_JWK_INVALID',
            message: expect.stringContaining('more than one key'),
          },
        )
        const { verifier, issuer } = await serving({ keys })
        await expectRefused(
          'duplicate kid, fetched',
          verifier.verify(signToken(accessClaims({ iss: issuer }), key)),
          JwkValidationError,
          {
            code: 'ERR_JWK_INVALID',
          },
        )
      }
    })
  })

  describe('JWKS documents that are not JWKS', () => {
    const documents: ReadonlyArray<readonly [string, unknown]> = [
      ['null', null],
      ['an array of keys', [key.jwk]],
      ['a string', 'keys'],
      ['a number', 1],
      ['no keys', {}],
      ['keys an object', { keys: { 0: key.jwk } }],
      ['keys a string', { keys: 'key-1' }],
      ['keys null', { keys: null }],
      ['a key that is null', { keys: [key.jwk, null] }],
      ['a key that is an array', { keys: [[key.jwk]] }],
      ['a kid that is a number', { keys: [{ ...key.jwk, kid: 1 }] }],
      ['kty missing', { keys: [{ ...key.jwk, kty: undefined }] }],
      ['n a number', { keys: [{ ...key.jwk, n: 1 }] }],
      ['key_ops a string', { keys: [{ ...key.jwk, key_ops: 'verify' }] }],
      ['101 keys', { keys: Array.from({ length: 101 }, (_, i) => ({ ...other.jwk, kid: `k${i}` })) }],
    ]
    for (const [label, document] of documents) {
      it(`refuses ${label}: at creation when given, at verification when fetched`, async () => {
        let thrown: unknown
        try {
          fixed(document)
        } catch (error) {
          thrown = error
        }
        expect(thrown, label).toBeInstanceOf(OptionsValidationError)
        expect((thrown as OptionsValidationError).issues).toEqual([
          expect.objectContaining({ path: 'jwks', rule: 'JwksFormat' }),
        ])
        const { verifier, issuer } = await serving(document)
        await expectRefused(
          `${label}, fetched`,
          verifier.verify(signToken(accessClaims({ iss: issuer }), key)),
          JwksValidationError,
          {
            code: 'ERR_JWKS_INVALID',
          },
        )
      })
    }
  })

  describe('21. fetchers and endpoints that misbehave', () => {
    const tokenFor = (issuer?: string) =>
      signToken(issuer === undefined ? accessClaims() : accessClaims({ iss: issuer }), key)
    const withFetch = (fetch: FetchLike, timeoutMs = 200) =>
      createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwksFetch: { fetch, timeoutMs },
      })
    const response = (
      body: ConstructorParameters<typeof Response>[0],
      init: ConstructorParameters<typeof Response>[1] = { status: 200 },
    ) => new Response(body, init)

    it('times out a fetch that never settles and ignores the abort signal', async () => {
      await expectRefused(
        'deaf fetch',
        withFetch(() => new Promise(() => undefined)).verify(tokenFor()),
        JwksFetchError,
        {
          code: 'ERR_JWKS_FETCH_FAILED',
          reason: 'timeout',
        },
      )
    })

    it('times out a body that never ends and ignores cancellation', async () => {
      const endless = () =>
        response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"keys":['))
            },
          }),
        )
      await expectRefused('endless body', withFetch(async () => endless()).verify(tokenFor()), JwksFetchError, {
        reason: 'timeout',
      })
    })

    it('turns whatever a broken fetch returns or throws into a JwksFetchError', async () => {
      const broken: ReadonlyArray<readonly [string, FetchLike]> = [
        ['resolves to null', async () => null as never],
        ['resolves to a number', async () => 42 as never],
        ['resolves to {}', async () => ({}) as never],
        ['has no headers', async () => ({ status: 200, body: null }) as never],
        [
          'headers.get throws',
          async () =>
            ({
              status: 200,
              headers: {
                get: () => {
                  throw new Error('boom')
                },
              },
              body: null,
            }) as never,
        ],
        [
          'body.getReader throws',
          async () =>
            ({
              status: 200,
              headers: new Headers(),
              body: {
                getReader: () => {
                  throw new Error('boom')
                },
              },
            }) as never,
        ],
        [
          'throws synchronously',
          () => {
            throw new Error('sync')
          },
        ],
        ['rejects with a string', () => Promise.reject('nope')],
        ['rejects with undefined', () => Promise.reject(undefined)],
        ['returns a non-promise', (() => response('not json')) as never],
        [
          'errors mid-body',
          async () =>
            response(
              new ReadableStream({
                pull(c) {
                  c.error(new Error('reset'))
                },
              }),
            ),
        ],
        ['status 0 (opaque redirect)', async () => ({ status: 0, headers: new Headers(), body: null }) as never],
        ['status "200" as a string', async () => ({ status: '200', headers: new Headers(), body: null }) as never],
      ]
      for (const [label, fetch] of broken) {
        await expectRefused(`fetch ${label}`, withFetch(fetch).verify(tokenFor()), JwksFetchError, {
          code: 'ERR_JWKS_FETCH_FAILED',
        })
      }
    })

    it('refuses oversized and lying bodies while streaming, before parsing', async () => {
      const big = '{"keys":[],"pad":"' + 'x'.repeat(200_000) + '"}'
      await expectRefused(
        'small content-length, big body',
        withFetch(async () => response(big, { status: 200, headers: { 'content-length': '10' } })).verify(tokenFor()),
        JwksFetchError,
        {
          reason: 'too-large',
        },
      )
      const { verifier, issuer } = await fetched((_req, res) => {
        res.writeHead(200)
        for (let i = 0; i < 100; i++) res.write(Buffer.alloc(1024, 0x20))
        res.end('{"keys":[]}')
      })
      await expectRefused('100 KiB of whitespace', verifier.verify(tokenFor(issuer)), JwksFetchError, {
        reason: 'too-large',
      })
    })

    it('refuses 3xx answers whatever they carry, and never follows them', async () => {
      for (const status of [300, 301, 302, 303, 307, 308]) {
        const { verifier, issuer } = await fetched((_req, res) => {
          res.writeHead(status, { location: 'http://127.0.0.1:1/elsewhere', 'content-type': 'application/json' })
          res.end(JSON.stringify(jwksOf(key)))
        })
        await expectRefused(`status ${status}`, verifier.verify(tokenFor(issuer)), JwksFetchError, {
          reason: 'redirect',
          status,
        })
      }
    })

    it('refuses 2xx answers other than 200', async () => {
      for (const status of [201, 203, 204, 206]) {
        const { verifier, issuer } = await fetched((_req, res) => {
          res.writeHead(status)
          res.end(status === 204 ? undefined : JSON.stringify(jwksOf(key)))
        })
        await expectRefused(`status ${status}`, verifier.verify(tokenFor(issuer)), JwksFetchError, {
          reason: 'status',
          status,
        })
      }
    })
  })
})
