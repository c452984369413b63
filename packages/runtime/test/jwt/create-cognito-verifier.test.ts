/** Options, pools, issuer formats, claim checks, the verified-token cache and custom checks. */

import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CognitoJwtInvalidGroupError,
  isCognitoRuntimeError,
  JwtCustomCheckError,
  JwtExpiredError,
  JwtInvalidIssuerError,
  JwtInvalidScopeError,
  OptionsValidationError,
} from '../../src/errors.js'
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

const definition = {
  kind: 'UserPool',
  version: 1,
  id: 'main',
  settings: {},
  customAttributes: { tenant: { dataType: 'String' } },
  triggers: {},
  tags: {},
  clients: {},
  domains: {},
  resourceServers: { orders: { identifier: 'orders', scopes: [{ scopeName: 'read', scopeDescription: 'Read' }] } },
  groups: { admins: { groupName: 'admins' }, users: { groupName: 'users' } },
  identityProviders: {},
  extras: {},
} as unknown as UserPoolDefinition<{ tenant: 'String' }, 'web', 'orders/read'>

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
    const cached = (cache: unknown, extra: Record<string, unknown> = {}) =>
      createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
        cache: cache as never,
        ...extra,
      })

    it('serves the same frozen claims object for the same token string', async () => {
      const verifier = cached(true)
      const token = signToken(accessClaims(), key)
      const first = await verifier.verify(token)
      expect(await verifier.verify(token)).toBe(first)
      expect(Object.isFrozen(first)).toBe(true)
      const uncached = cached(false)
      expect(await uncached.verify(token)).not.toBe(await uncached.verify(token))
    })

    it('never outlives the token’s exp, nor maxAgeSeconds', async () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      const verifier = cached({ maxAgeSeconds: 30 })
      const shortLived = signToken(accessClaims({ exp: nowSeconds() + 10 }), key)
      await verifier.verify(shortLived)
      vi.setSystemTime(Date.now() + 16_000) // past exp + tolerance
      await expect(verifier.verify(shortLived)).rejects.toBeInstanceOf(JwtExpiredError)

      const longLived = signToken(accessClaims(), key)
      const first = await verifier.verify(longLived)
      vi.setSystemTime(Date.now() + 20_000)
      expect(await verifier.verify(longLived)).toBe(first)
      vi.setSystemTime(Date.now() + 11_000) // 31 s after caching
      const again = await verifier.verify(longLived)
      expect(again).not.toBe(first)
      expect(again).toEqual(first)
    })

    it('drops the least recently used token beyond maxEntries', async () => {
      const verifier = cached({ maxEntries: 2 })
      const [t1, t2, t3] = [1, 2, 3].map((i) => signToken(accessClaims({ jti: `jti-${i}` }), key)) as [
        string,
        string,
        string,
      ]
      const c1 = await verifier.verify(t1)
      const c2 = await verifier.verify(t2)
      expect(await verifier.verify(t1)).toBe(c1) // t1 is now the most recent
      await verifier.verify(t3) // evicts t2
      expect(await verifier.verify(t1)).toBe(c1)
      expect(await verifier.verify(t2)).not.toBe(c2)
    })

    it('never caches a failure, and runs customCheck on hits too', async () => {
      let allow = false
      const seen: string[] = []
      const verifier = cached(true, {
        customCheck: (claims: { jti?: string }) => {
          seen.push(String(claims.jti))
          if (!allow) throw new Error('not yet')
        },
      })
      const token = signToken(accessClaims(), key)
      await expect(verifier.verify(token)).rejects.toBeInstanceOf(JwtCustomCheckError)
      allow = true
      const ok = await verifier.verify(token)
      expect(await verifier.verify(token)).toBe(ok)
      expect(seen).toHaveLength(3)
    })

    it('a different spelling of a cached token is not a hit (it is refused as non-canonical)', async () => {
      const verifier = cached(true)
      const token = signToken(accessClaims(), key)
      await verifier.verify(token)
      await expect(verifier.verify(`${token}=`)).rejects.toMatchObject({ code: 'ERR_JWT_MALFORMED' })
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
