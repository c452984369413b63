/** Options, pools, issuer formats, claim checks, the verified-token cache and custom checks. */

import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CognitoJwtInvalidGroupError,
  isCognitoRuntimeError,
  JwtCustomCheckError,
  JwtExpiredError,
  JwtInvalidIssuerError,
  JwtInvalidScopeError,
  JwtInvalidSignatureError,
  KidNotFoundInJwksError,
  OptionsValidationError,
} from '../../src/errors.js'
import { definitionOf } from '../helpers/definition.js'
import { startServer, type TestServer } from '../helpers/http-server.js'
import {
  accessClaims,
  CLIENT_ID,
  ISSUER,
  idClaims,
  implementations,
  jwksOf,
  nowSeconds,
  POOL_ID,
  rsaKey,
  signToken,
  UPDATED_ISSUER,
} from '../helpers/tokens.js'

const key = rsaKey('key-1')

const definition = definitionOf<{ tenant: 'String' }, 'web', 'orders/read'>({
  customAttributes: { tenant: { dataType: 'String' } },
  resourceServers: { orders: { identifier: 'orders', scopes: [{ scopeName: 'read', scopeDescription: 'Read' }] } },
  groups: { admins: { groupName: 'admins' }, users: { groupName: 'users' } },
})

describe.each(implementations)('createCognitoVerifier (%s)', (name, createCognitoVerifier) => {
  afterEach(() => {
    vi.useRealTimers()
  })

  describe('options', () => {
    it('lists every invalid option with its path and rule', () => {
      let error: unknown
      try {
        createCognitoVerifier({
          userPoolId: 'not-a-pool',
          tokenUse: undefined as never,
          clientId: undefined as never,
          groups: [],
          clockTolerance: 120,
          maxTokenLength: 10,
          cache: { maxEntries: 0 },
          jwksFetch: { timeoutMs: -1 },
        })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(OptionsValidationError)
      expect(isCognitoRuntimeError(error)).toBe(true)
      const issues = (error as OptionsValidationError).issues
      expect(issues.map((i) => [i.path, i.rule])).toEqual([
        ['userPoolId', 'UserPoolIdFormat'],
        ['tokenUse', 'TokenUseRequired'],
        ['clientId', 'ClientIdRequired'],
        ['groups', 'OptionType'],
        ['clockTolerance', 'OptionRange'],
        ['maxTokenLength', 'OptionRange'],
        ['cache.maxEntries', 'OptionRange'],
        ['jwksFetch.timeoutMs', 'OptionRange'],
      ])
      expect((error as Error).message).toContain('tokenUse must be "id", "access", or null')
      expect((error as OptionsValidationError).code).toBe('ERR_OPTIONS_INVALID')
    })

    it('prefixes issues of several pools with pools.<index>', () => {
      expect(() =>
        createCognitoVerifier([
          { userPoolId: POOL_ID, tokenUse: 'id', clientId: CLIENT_ID },
          { userPoolId: POOL_ID, tokenUse: 'id', clientId: null },
          { userPoolId: 'x', tokenUse: 'id', clientId: null },
        ]),
      ).toThrow(
        expect.objectContaining({
          issues: [
            expect.objectContaining({ path: 'pools.2.userPoolId', rule: 'UserPoolIdFormat' }),
            expect.objectContaining({ path: 'pools.1.userPoolId', rule: 'DuplicateIssuer' }),
            expect.objectContaining({ path: 'pools.1.userPoolId', rule: 'DuplicateIssuer' }),
          ],
        }),
      )
    })

    it('accepts GovCloud and sovereign-cloud pool ids, refuses China regions', () => {
      const gov = createCognitoVerifier({ userPoolId: 'us-gov-west-1_Abc', tokenUse: 'id', clientId: null })
      expect(gov.issuers[0]).toBe('https://cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_Abc')
      const eusc = createCognitoVerifier({ userPoolId: 'eusc-de-east-1_Abc', tokenUse: 'id', clientId: null })
      expect(eusc.issuers[0]).toBe('https://cognito-idp.eusc-de-east-1.amazonaws.eu/eusc-de-east-1_Abc')
      expect(() => createCognitoVerifier({ userPoolId: 'cn-north-1_Abc', tokenUse: 'id', clientId: null })).toThrow(
        /China/,
      )
    })

    it('checks groups and scopes against a definition', () => {
      expect(() =>
        createCognitoVerifier({
          userPoolId: POOL_ID,
          tokenUse: 'access',
          clientId: CLIENT_ID,
          definition,
          groups: ['admins', 'admin'],
          scope: ['orders/read', 'orders/write' as 'orders/read'],
        }),
      ).toThrow(
        expect.objectContaining({
          issues: [
            expect.objectContaining({ path: 'groups', rule: 'GroupNotInDefinition' }),
            expect.objectContaining({ path: 'scope', rule: 'ScopeNotInDefinition' }),
          ],
        }),
      )
    })

    it('reports which implementation it uses', () => {
      const verifier = createCognitoVerifier({ userPoolId: POOL_ID, tokenUse: 'id', clientId: null })
      expect(verifier.implementation).toBe(name === 'node:crypto' ? 'node' : 'webcrypto')
      expect(Object.isFrozen(verifier)).toBe(true)
    })
  })

  describe('issuers and pools', () => {
    it('accepts both issuer formats by default, and only the chosen one when told', async () => {
      const both = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
      })
      expect(both.issuers).toEqual([ISSUER, UPDATED_ISSUER])
      await expect(both.verify(signToken(accessClaims({ iss: UPDATED_ISSUER }), key))).resolves.toBeDefined()
      const original = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
        issuerFormat: 'original',
      })
      await expect(original.verify(signToken(accessClaims({ iss: UPDATED_ISSUER }), key))).rejects.toBeInstanceOf(
        JwtInvalidIssuerError,
      )
      await expect(original.verify(signToken(accessClaims(), key))).resolves.toBeDefined()
    })

    it('applies each pool’s own rules in a multi-pool verifier', async () => {
      const otherKey = rsaKey('other-key')
      const otherPool = 'us-east-1_Second'
      const otherIssuer = `https://cognito-idp.us-east-1.amazonaws.com/${otherPool}`
      const verifier = createCognitoVerifier([
        { userPoolId: POOL_ID, tokenUse: 'access', clientId: CLIENT_ID, jwks: jwksOf(key) },
        { userPoolId: otherPool, tokenUse: 'id', clientId: ['web', 'mobile'], jwks: jwksOf(otherKey) },
      ])
      const access = await verifier.verify(signToken(accessClaims(), key))
      expect(access.token_use).toBe('access')
      const id = await verifier.verify(signToken(idClaims({ iss: otherIssuer, aud: 'mobile' }), otherKey))
      expect(id.token_use).toBe('id')
      await expect(
        verifier.verify(signToken(accessClaims({ iss: otherIssuer, client_id: 'web' }), otherKey)),
      ).rejects.toMatchObject({ code: 'ERR_JWT_TOKEN_USE_MISMATCH' })
      await expect(
        verifier.verify(signToken(idClaims({ iss: otherIssuer, aud: CLIENT_ID }), otherKey)),
      ).rejects.toMatchObject({
        code: 'ERR_JWT_CLIENT_ID_MISMATCH',
      })
    })

    it('accepts either token kind with tokenUse null, and any client with clientId null', async () => {
      const verifier = createCognitoVerifier({ userPoolId: POOL_ID, tokenUse: null, clientId: null, jwks: jwksOf(key) })
      await expect(verifier.verify(signToken(accessClaims({ client_id: 'anything' }), key))).resolves.toBeDefined()
      await expect(verifier.verify(signToken(idClaims({ aud: 'anything' }), key))).resolves.toBeDefined()
    })
  })

  describe('groups and scopes', () => {
    const verifier = (options: Record<string, unknown>) =>
      createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
        ...options,
      })

    it('requires one of the groups', async () => {
      await expect(
        verifier({ groups: ['users', 'auditors'] }).verify(signToken(accessClaims(), key)),
      ).resolves.toBeDefined()
      await expect(verifier({ groups: 'auditors' }).verify(signToken(accessClaims(), key))).rejects.toBeInstanceOf(
        CognitoJwtInvalidGroupError,
      )
      const { 'cognito:groups': _g, ...noGroups } = accessClaims()
      await expect(verifier({ groups: 'users' }).verify(signToken(noGroups, key))).rejects.toMatchObject({
        code: 'ERR_JWT_GROUP_MISMATCH',
      })
    })

    it('requires one of the scopes, matching whole scope names', async () => {
      await expect(
        verifier({ scope: ['orders/read', 'x'] }).verify(signToken(accessClaims(), key)),
      ).resolves.toBeDefined()
      await expect(verifier({ scope: 'orders' }).verify(signToken(accessClaims(), key))).rejects.toBeInstanceOf(
        JwtInvalidScopeError,
      )
      const { scope: _s, ...noScope } = accessClaims()
      await expect(verifier({ scope: 'openid' }).verify(signToken(noScope, key))).rejects.toMatchObject({
        code: 'ERR_JWT_SCOPE_MISMATCH',
        required: ['openid'],
      })
    })

    it('types custom attributes from the definition (runtime: they pass through as strings)', async () => {
      const v = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'id',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
        definition,
      })
      const claims = await v.verify(signToken(idClaims(), key))
      expect(claims['custom:tenant']).toBe('acme')
    })
  })

  describe('verified-token cache', () => {
    const servers: TestServer[] = []
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((server) => server.close()))
    })

    /**
     * A verifier whose JWKS can be rotated. A cache hit is observable: it does not consult the
     * keys, so a cached token still verifies after its key left the JWKS, and an uncached one not.
     */
    async function rotatable(cache: unknown, extra: Record<string, unknown> = {}) {
      let published = jwksOf(key)
      const server = await startServer((_req, res) => res.end(JSON.stringify(published)))
      servers.push(server)
      const issuer = `${server.origin}/${POOL_ID}`
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        unsafeCustomIssuer: { issuer },
        jwksFetch: { cooldownMs: 0 },
        cache: cache as never,
        ...extra,
      })
      const other = rsaKey('rotated-in')
      return {
        verifier,
        token: (claims: Record<string, unknown> = {}) => signToken(accessClaims({ iss: issuer, ...claims }), key),
        /** Publishes only a new key and makes the verifier fetch it. */
        rotate: async () => {
          published = jwksOf(other)
          await verifier.verify(signToken(accessClaims({ iss: issuer, jti: 'rotation' }), other))
        },
      }
    }

    it('serves a verified token from the cache without consulting the keys again', async () => {
      const cached = await rotatable(true)
      const token = cached.token()
      const first = await cached.verifier.verify(token)
      await cached.rotate()
      expect(await cached.verifier.verify(token)).toBe(first)
      expect(Object.isFrozen(first)).toBe(true)

      const uncached = await rotatable(false)
      const again = uncached.token()
      await uncached.verifier.verify(again)
      await uncached.rotate()
      await expect(uncached.verifier.verify(again)).rejects.toBeInstanceOf(KidNotFoundInJwksError)
    })

    it('never outlives the token’s exp, nor maxAgeSeconds', async () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      const { verifier, token, rotate } = await rotatable({ maxAgeSeconds: 30 })
      const shortLived = token({ exp: nowSeconds() + 10 })
      await verifier.verify(shortLived)
      const longLived = token()
      await verifier.verify(longLived)
      await rotate()
      vi.setSystemTime(Date.now() + 20_000)
      // 20 s later: past the short token's exp, so no longer served from the cache (the key lookup
      // fails first); the long one is still within maxAge.
      await expect(verifier.verify(shortLived)).rejects.toBeInstanceOf(KidNotFoundInJwksError)
      await expect(verifier.verify(longLived)).resolves.toBeDefined()
      vi.setSystemTime(Date.now() + 11_000)
      // 31 s after caching: the entry is gone, the key is gone.
      await expect(verifier.verify(longLived)).rejects.toBeInstanceOf(KidNotFoundInJwksError)
    })

    it('drops the least recently used token beyond maxEntries', async () => {
      const { verifier, token, rotate } = await rotatable({ maxEntries: 2 })
      const [t1, t2, t3] = [1, 2, 3].map((i) => token({ jti: `jti-${i}` })) as [string, string, string]
      await verifier.verify(t1)
      await verifier.verify(t2)
      await verifier.verify(t1) // t1 is now the most recent
      await verifier.verify(t3) // evicts t2
      await rotate() // the rotation token itself evicts t1 (the least recent by now)
      await expect(verifier.verify(t3)).resolves.toBeDefined()
      await expect(verifier.verify(t2)).rejects.toBeInstanceOf(KidNotFoundInJwksError)
      await expect(verifier.verify(t1)).rejects.toBeInstanceOf(KidNotFoundInJwksError)
    })

    it('never caches a failure, and runs customCheck on hits too', async () => {
      let allow = false
      const seen: string[] = []
      const { verifier, token, rotate } = await rotatable(true, {
        customCheck: (claims: { jti?: string }) => {
          seen.push(String(claims.jti))
          if (!allow) throw new Error('not yet')
        },
      })
      const t = token()
      await expect(verifier.verify(t)).rejects.toBeInstanceOf(JwtCustomCheckError)
      allow = true
      const ok = await verifier.verify(t)
      await rotate()
      expect(await verifier.verify(t)).toBe(ok)
      expect(seen.filter((jti) => jti !== 'rotation')).toHaveLength(3)
    })

    it('a different spelling of a cached token is not a hit (it is refused as non-canonical)', async () => {
      const { verifier, token } = await rotatable(true)
      const t = token()
      await verifier.verify(t)
      await expect(verifier.verify(`${t}=`)).rejects.toMatchObject({ code: 'ERR_JWT_MALFORMED' })
    })
  })

  describe('tokens seen before', () => {
    it('are recognized by the whole token: one sharing a known signature, or most of it, is checked on its own', async () => {
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
      })
      const token = signToken(accessClaims(), key)
      // Remembered once it passed twice.
      await verifier.verify(token)
      await verifier.verify(token)
      const [h, , s] = token.split('.') as [string, string, string]
      const forged = signToken(accessClaims({ username: 'mallory' }), key).split('.')[1] as string
      // Same signature (so the same memory slot), other payload.
      await expect(verifier.verify(`${h}.${forged}.${s}`)).rejects.toBeInstanceOf(JwtInvalidSignatureError)
      // Nearly the same signature.
      const flipped = s.slice(0, -2) + (s.at(-2) === 'A' ? 'B' : 'A') + (s.at(-1) as string)
      await expect(verifier.verify(`${h}.${token.split('.')[1]}.${flipped}`)).rejects.toMatchObject({
        code: expect.stringMatching(/ERR_JWT_SIGNATURE_INVALID|ERR_JWT_MALFORMED/),
      })
      await expect(verifier.verify(token)).resolves.toMatchObject({ username: 'alice' })
    })

    it('still have their signature checked with the current key and their claims against the current time', async () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
      })
      const token = signToken(accessClaims({ exp: nowSeconds() + 60 }), key)
      const first = await verifier.verify(token)
      const second = await verifier.verify(token)
      expect(second).toEqual(first)
      expect(await verifier.verify(token)).toBe(second) // remembered after passing twice, same frozen claims
      vi.setSystemTime(Date.now() + 120_000)
      await expect(verifier.verify(token)).rejects.toBeInstanceOf(JwtExpiredError)
    })
  })

  describe('custom checks and error details', () => {
    it('passes the header and pool to customCheck and wraps what it throws', async () => {
      const cause = new Error('tenant suspended')
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
        customCheck: async (_claims, context) => {
          expect(context).toEqual({ header: { alg: 'RS256', kid: key.kid }, userPoolId: POOL_ID })
          throw cause
        },
      })
      const error = await verifier.verify(signToken(accessClaims(), key)).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(JwtCustomCheckError)
      expect((error as Error).cause).toBe(cause)
      expect((error as JwtCustomCheckError).claims).toBeUndefined()
    })

    it('attaches the verified claims to claim errors only when asked', async () => {
      const token = signToken(accessClaims({ exp: nowSeconds() - 100 }), key)
      const quiet = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
      })
      const loud = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
        includeClaimsInErrors: true,
      })
      expect(((await quiet.verify(token).catch((e: unknown) => e)) as JwtExpiredError).claims).toBeUndefined()
      const error = (await loud.verify(token).catch((e: unknown) => e)) as JwtExpiredError
      expect(error.claims?.username).toBe('alice')
      expect(error.expiredAt).toBeInstanceOf(Date)
    })
  })
})
