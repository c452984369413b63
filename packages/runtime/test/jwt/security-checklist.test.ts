/**
 * The 25-class JWT security checklist (runtime catalogue §6), one `describe` per class, run
 * against both implementations (node:crypto and WebCrypto). Every token is signed in the test.
 */
import { generateKeyPairSync } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  JwkValidationError,
  JwtExpiredError,
  JwtInvalidClaimTypeError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtIssuedInFutureError,
  JwtMissingClaimError,
  JwtNotBeforeError,
  JwtParseError,
  JwtTooLargeError,
  KidNotFoundInJwksError,
  OptionsValidationError,
  WaitPeriodNotYetEndedJwkError,
} from '../../src/errors.js'
import { authenticateRequest } from '../../src/http/index.js'
import { startServer, type TestServer } from '../helpers/http-server.js'
import {
  accessClaims,
  b64url,
  CLIENT_ID,
  encodeJson,
  ISSUER,
  idClaims,
  implementations,
  jwksOf,
  nowSeconds,
  POOL_ID,
  rsaKey,
  signHs256,
  signPs256,
  signSegments,
  signToken,
  withDirtyPadBits,
} from '../helpers/tokens.js'

const key = rsaKey('key-1')
const attacker = rsaKey('attacker')

describe.each(implementations)('security checklist (%s)', (_name, createCognitoVerifier) => {
  const accessVerifier = () =>
    createCognitoVerifier({ userPoolId: POOL_ID, tokenUse: 'access', clientId: CLIENT_ID, jwks: jwksOf(key) })
  const idVerifier = () =>
    createCognitoVerifier({ userPoolId: POOL_ID, tokenUse: 'id', clientId: CLIENT_ID, jwks: jwksOf(key) })

  const servers: TestServer[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()))
  })

  it('accepts a valid access token and a valid ID token (baseline)', async () => {
    // GIVEN tokens signed with the pool's key
    // WHEN verified  THEN the claims come back, deep-frozen
    const access = await accessVerifier().verify(signToken(accessClaims(), key))
    expect(access.token_use).toBe('access')
    expect(Object.isFrozen(access)).toBe(true)
    expect(Object.isFrozen(access['cognito:groups'])).toBe(true)
    const id = await idVerifier().verify(signToken(idClaims(), key))
    expect(id['cognito:username']).toBe('alice')
  })

  describe('1. alg "none" / empty signature', () => {
    it('rejects an unsecured token', async () => {
      const token = `${encodeJson({ kid: key.kid, alg: 'none' })}.${encodeJson(accessClaims())}.`
      await expect(accessVerifier().verify(token)).rejects.toBeInstanceOf(JwtInvalidSignatureAlgorithmError)
      const noAlg = `${encodeJson({ kid: key.kid })}.${encodeJson(accessClaims())}.`
      await expect(accessVerifier().verify(noAlg)).rejects.toMatchObject({ code: 'ERR_JWT_ALG_NOT_ALLOWED' })
    })

    it('rejects RS256 with an empty signature', async () => {
      const token = `${encodeJson({ kid: key.kid, alg: 'RS256' })}.${encodeJson(accessClaims())}.`
      await expect(accessVerifier().verify(token)).rejects.toMatchObject({
        code: 'ERR_JWT_MALFORMED',
        reason: 'base64url',
      })
    })
  })

  describe('2. RS256 → HS256 confusion', () => {
    it('rejects HMAC tokens keyed with the public key (PEM and JWK modulus)', async () => {
      const pem = key.publicKey.export({ format: 'pem', type: 'spki' }) as string
      for (const secret of [pem, key.jwk.n as string, JSON.stringify(key.jwk)]) {
        const token = signHs256(accessClaims(), secret, key.kid)
        await expect(accessVerifier().verify(token)).rejects.toMatchObject({
          code: 'ERR_JWT_ALG_NOT_ALLOWED',
          alg: 'HS256',
        })
      }
    })
  })

  describe('3. algorithm substitution within a family', () => {
    it('rejects a valid PS256 signature by the very same RSA key', async () => {
      await expect(accessVerifier().verify(signPs256(accessClaims(), key))).rejects.toBeInstanceOf(
        JwtInvalidSignatureAlgorithmError,
      )
    })

    it('rejects RS384, RS512, ES256 and EdDSA headers', async () => {
      for (const alg of ['RS384', 'RS512', 'ES256', 'EdDSA', 'rs256']) {
        const token = signToken(accessClaims(), key, { kid: key.kid, alg })
        await expect(accessVerifier().verify(token)).rejects.toMatchObject({ code: 'ERR_JWT_ALG_NOT_ALLOWED', alg })
      }
    })

    it('refuses a JWK whose own alg is not RS256', async () => {
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: { keys: [{ ...key.jwk, alg: 'RS512' }] },
      })
      await expect(verifier.verify(signToken(accessClaims(), key))).rejects.toBeInstanceOf(JwkValidationError)
    })
  })

  describe('4. kid injection', () => {
    it('treats kid as an opaque key: traversal, SQL and huge kids only miss', async () => {
      for (const kid of ['../../../../etc/passwd', "' OR '1'='1' --", 'key-1\u0000', '%2e%2e%2fkey-1', 'KEY-1']) {
        const token = signToken(accessClaims(), key, { kid, alg: 'RS256' })
        await expect(accessVerifier().verify(token)).rejects.toBeInstanceOf(KidNotFoundInJwksError)
      }
      const huge = signToken(accessClaims(), key, { kid: 'k'.repeat(2000), alg: 'RS256' })
      await expect(accessVerifier().verify(huge)).rejects.toMatchObject({ code: 'ERR_JWT_KID_MISSING' })
    })

    it('never puts the kid into the JWKS URL', async () => {
      const server = await startServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(jwksOf(key)))
      })
      servers.push(server)
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        unsafeCustomIssuer: { issuer: `${server.origin}/${POOL_ID}` },
      })
      const token = signToken(accessClaims({ iss: `${server.origin}/${POOL_ID}` }), key, {
        kid: '../../admin',
        alg: 'RS256',
      })
      await expect(verifier.verify(token)).rejects.toBeInstanceOf(KidNotFoundInJwksError)
      expect(server.requests).toEqual([`/${POOL_ID}/.well-known/jwks.json`])
    })
  })

  describe('5. jku / x5u header abuse', () => {
    it('refuses jku and x5u and never contacts the URL they name', async () => {
      const evil = await startServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(jwksOf(attacker)))
      })
      servers.push(evil)
      for (const parameter of ['jku', 'x5u']) {
        const token = signToken(accessClaims(), attacker, {
          kid: attacker.kid,
          alg: 'RS256',
          [parameter]: `${evil.origin}/jwks.json`,
        })
        await expect(accessVerifier().verify(token)).rejects.toMatchObject({
          code: 'ERR_JWT_HEADER_UNSUPPORTED',
          parameter,
        })
      }
      expect(evil.requests).toEqual([])
    })
  })

  describe('6. embedded jwk / x5c header', () => {
    it('refuses a self-signed token carrying its own key', async () => {
      const token = signToken(accessClaims(), attacker, { kid: key.kid, alg: 'RS256', jwk: attacker.jwk })
      await expect(accessVerifier().verify(token)).rejects.toMatchObject({
        code: 'ERR_JWT_HEADER_UNSUPPORTED',
        parameter: 'jwk',
      })
      const x5c = signToken(accessClaims(), attacker, { kid: key.kid, alg: 'RS256', x5c: ['MIIB'] })
      await expect(accessVerifier().verify(x5c)).rejects.toMatchObject({ parameter: 'x5c' })
    })

    it('a token signed by another key under the pool kid fails the signature check', async () => {
      const token = signToken(accessClaims(), attacker, { kid: key.kid, alg: 'RS256' })
      await expect(accessVerifier().verify(token)).rejects.toBeInstanceOf(JwtInvalidSignatureError)
    })
  })

  describe('7. unknown crit header', () => {
    it('rejects any crit, even on a correctly signed token', async () => {
      for (const header of [
        { kid: key.kid, alg: 'RS256', crit: ['exp'], exp: 1 },
        { kid: key.kid, alg: 'RS256', crit: ['x-custom'], 'x-custom': true },
        { kid: key.kid, alg: 'RS256', crit: [] },
      ]) {
        await expect(accessVerifier().verify(signToken(accessClaims(), key, header))).rejects.toMatchObject({
          code: 'ERR_JWT_HEADER_UNSUPPORTED',
          parameter: 'crit',
        })
      }
    })

    it('also refuses b64, zip and enc, which change how the token is processed', async () => {
      for (const [parameter, value] of [
        ['b64', false],
        ['zip', 'DEF'],
        ['enc', 'A256GCM'],
      ] as const) {
        const token = signToken(accessClaims(), key, { kid: key.kid, alg: 'RS256', [parameter]: value })
        await expect(accessVerifier().verify(token)).rejects.toMatchObject({ parameter })
      }
    })
  })

  describe('8. expired / not yet valid', () => {
    it('rejects exp in the past beyond the tolerance and accepts it within', async () => {
      const now = nowSeconds()
      await expect(accessVerifier().verify(signToken(accessClaims({ exp: now - 30 }), key))).rejects.toBeInstanceOf(
        JwtExpiredError,
      )
      await expect(accessVerifier().verify(signToken(accessClaims({ exp: now - 2 }), key))).resolves.toBeDefined()
      const strict = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
        clockTolerance: 0,
      })
      await expect(strict.verify(signToken(accessClaims({ exp: now - 2 }), key))).rejects.toMatchObject({
        code: 'ERR_JWT_EXPIRED',
        claim: 'exp',
      })
    })

    it('rejects nbf in the future', async () => {
      const token = signToken(accessClaims({ nbf: nowSeconds() + 120 }), key)
      await expect(accessVerifier().verify(token)).rejects.toBeInstanceOf(JwtNotBeforeError)
    })

    it('bounds the clock tolerance to 60 seconds', () => {
      expect(() =>
        createCognitoVerifier({ userPoolId: POOL_ID, tokenUse: 'access', clientId: CLIENT_ID, clockTolerance: 3600 }),
      ).toThrow(OptionsValidationError)
    })
  })

  describe('9. iat in the future', () => {
    it('rejects iat beyond the tolerance, accepts small skew', async () => {
      const now = nowSeconds()
      await expect(accessVerifier().verify(signToken(accessClaims({ iat: now + 300 }), key))).rejects.toBeInstanceOf(
        JwtIssuedInFutureError,
      )
      await expect(accessVerifier().verify(signToken(accessClaims({ iat: now + 2 }), key))).resolves.toBeDefined()
    })
  })

  describe('10. missing exp', () => {
    it('requires exp (aws-jwt-verify and fast-jwt accept its absence)', async () => {
      const { exp: _exp, ...claims } = accessClaims()
      await expect(accessVerifier().verify(signToken(claims, key))).rejects.toMatchObject({
        code: 'ERR_JWT_CLAIM_MISSING',
        claim: 'exp',
      })
      const { iat: _iat, ...noIat } = accessClaims()
      await expect(accessVerifier().verify(signToken(noIat, key))).rejects.toMatchObject({ claim: 'iat' })
    })
  })

  describe('11. wrong issuer', () => {
    it('matches the issuer exactly', async () => {
      for (const iss of [
        'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool',
        `${ISSUER}/`,
        ISSUER.replace('https:', 'http:'),
        ISSUER.toUpperCase(),
        `${ISSUER}?x=1`,
        'https://cognito-idp.us-east-1.amazonaws.com/eu-west-1_TestPool1',
      ]) {
        await expect(accessVerifier().verify(signToken(accessClaims({ iss }), key))).rejects.toBeInstanceOf(
          JwtInvalidIssuerError,
        )
      }
      const { iss: _iss, ...noIss } = accessClaims()
      await expect(accessVerifier().verify(signToken(noIss, key))).rejects.toMatchObject({ claim: 'iss' })
    })
  })

  describe('12. wrong client', () => {
    it('checks client_id on access tokens and aud on ID tokens', async () => {
      await expect(
        accessVerifier().verify(signToken(accessClaims({ client_id: 'someoneelse' }), key)),
      ).rejects.toMatchObject({ code: 'ERR_JWT_CLIENT_ID_MISMATCH', claim: 'client_id' })
      await expect(idVerifier().verify(signToken(idClaims({ aud: 'someoneelse' }), key))).rejects.toBeInstanceOf(
        CognitoJwtInvalidClientIdError,
      )
    })

    it('refuses an ID token whose aud is an array (Cognito sends one string), and an azp naming another client', async () => {
      await expect(
        idVerifier().verify(signToken(idClaims({ aud: ['other', CLIENT_ID], azp: CLIENT_ID }), key)),
      ).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_INVALID', claim: 'aud' })
      await expect(idVerifier().verify(signToken(idClaims({ aud: [CLIENT_ID] }), key))).rejects.toMatchObject({
        claim: 'aud',
      })
      await expect(idVerifier().verify(signToken(idClaims({ azp: 'other' }), key))).rejects.toBeInstanceOf(
        CognitoJwtInvalidClientIdError,
      )
    })
  })

  describe('13. cross-JWT confusion', () => {
    it('refuses an ID token where access tokens are expected, and the reverse', async () => {
      await expect(accessVerifier().verify(signToken(idClaims({ client_id: CLIENT_ID }), key))).rejects.toBeInstanceOf(
        CognitoJwtInvalidTokenUseError,
      )
      await expect(idVerifier().verify(signToken(accessClaims({ aud: CLIENT_ID }), key))).rejects.toBeInstanceOf(
        CognitoJwtInvalidTokenUseError,
      )
    })

    it('requires token_use to be id or access even with tokenUse null', async () => {
      const either = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: null,
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
      })
      await expect(either.verify(signToken(accessClaims({ token_use: 'refresh' }), key))).rejects.toMatchObject({
        code: 'ERR_JWT_TOKEN_USE_MISMATCH',
      })
    })

    it('refuses other JWT types (logout tokens, DPoP proofs) by typ', async () => {
      for (const typ of ['logout+jwt', 'dpop+jwt', 'secevent+jwt', 'JWE']) {
        const token = signToken(accessClaims(), key, { kid: key.kid, alg: 'RS256', typ })
        await expect(accessVerifier().verify(token)).rejects.toMatchObject({ parameter: 'typ' })
      }
      for (const typ of ['JWT', 'at+jwt', 'application/at+jwt']) {
        const token = signToken(accessClaims(), key, { kid: key.kid, alg: 'RS256', typ })
        await expect(accessVerifier().verify(token)).resolves.toBeDefined()
      }
    })
  })

  describe('14. missing claims', () => {
    it('requires sub, token_use, client_id (access) and aud (ID)', async () => {
      const drop = (claims: Record<string, unknown>, name: string) => {
        const copy = { ...claims }
        delete copy[name]
        return copy
      }
      for (const name of ['sub', 'token_use', 'client_id']) {
        await expect(accessVerifier().verify(signToken(drop(accessClaims(), name), key))).rejects.toMatchObject({
          code: 'ERR_JWT_CLAIM_MISSING',
          claim: name,
        })
      }
      await expect(idVerifier().verify(signToken(drop(idClaims(), 'aud'), key))).rejects.toBeInstanceOf(
        JwtMissingClaimError,
      )
    })
  })

  describe('15. duplicate JSON member names', () => {
    it('rejects a payload that says token_use twice', async () => {
      const base = JSON.stringify(accessClaims({ token_use: 'id' }))
      const text = `${base.slice(0, -1)},"token_use":"access"}`
      const token = signSegments(encodeJson({ kid: key.kid, alg: 'RS256' }), b64url(text), key)
      await expect(accessVerifier().verify(token)).rejects.toMatchObject({
        code: 'ERR_JWT_MALFORMED',
        reason: 'duplicate-member',
        segment: 'payload',
      })
    })

    it('rejects duplicates in nested objects and in the header', async () => {
      const nested = JSON.stringify(accessClaims()).replace(/}$/, ',"address":{"formatted":"a","formatted":"b"}}')
      const token = signSegments(encodeJson({ kid: key.kid, alg: 'RS256' }), b64url(nested), key)
      await expect(accessVerifier().verify(token)).rejects.toMatchObject({ reason: 'duplicate-member' })
      const header = `{"kid":"${key.kid}","alg":"HS256","alg":"RS256"}`
      const headerDup = signSegments(b64url(header), encodeJson(accessClaims()), key)
      await expect(accessVerifier().verify(headerDup)).rejects.toMatchObject({
        reason: 'duplicate-member',
        segment: 'header',
      })
    })

    it('is not fooled by colons, quotes and escapes inside strings', async () => {
      const tricky = accessClaims({ note: 'a:b "c":d \\":e', 'x\\"y': ':' })
      await expect(accessVerifier().verify(signToken(tricky, key))).resolves.toMatchObject({ note: 'a:b "c":d \\":e' })
    })
  })

  describe('16. non-canonical base64url', () => {
    const header = encodeJson({ kid: key.kid, alg: 'RS256' })

    it('rejects non-zero spare bits in the signature (same signature bytes)', async () => {
      const token = signToken(accessClaims(), key)
      const [h, p, s] = token.split('.') as [string, string, string]
      await expect(accessVerifier().verify(`${h}.${p}.${withDirtyPadBits(s)}`)).rejects.toMatchObject({
        reason: 'base64url',
        segment: 'signature',
      })
    })

    it('rejects a signed payload spelled with dirty spare bits', async () => {
      let payload = encodeJson(accessClaims())
      while (payload.length % 4 === 0) payload = encodeJson(accessClaims({ pad: 'x'.repeat(payload.length % 7) }))
      const token = signSegments(header, withDirtyPadBits(payload), key)
      await expect(accessVerifier().verify(token)).rejects.toMatchObject({ reason: 'base64url', segment: 'payload' })
    })

    it('rejects "=" padding, the +/ alphabet and whitespace', async () => {
      const token = signToken(accessClaims(), key)
      const [h, p, s] = token.split('.') as [string, string, string]
      const standard = Buffer.from(s, 'base64url').toString('base64')
      for (const variant of [
        `${h}.${p}.${s}==`,
        `${h}.${p}.${standard}`,
        `${h}.${p}.${s.slice(0, 10)} ${s.slice(10)}`,
        `${h}.${p}.${s.slice(0, 10)}\n${s.slice(10)}`,
        `${h}=.${p}.${s}`,
        // A two-byte look-alike that a lenient decoder reads by its low byte.
        `${h}.${p}.${s.slice(0, -1)}${String.fromCharCode(0x100 + (s.charCodeAt(s.length - 1) as number))}`,
      ]) {
        if (variant === token) continue
        await expect(accessVerifier().verify(variant)).rejects.toMatchObject({ code: 'ERR_JWT_MALFORMED' })
      }
    })
  })

  describe('17. oversized token', () => {
    it('rejects a validly signed 5 MB token by length, before decoding anything', async () => {
      const big = signToken(accessClaims({ padding: 'x'.repeat(5 * 1024 * 1024) }), key)
      await expect(accessVerifier().verify(big)).rejects.toBeInstanceOf(JwtTooLargeError)
      // Not even base64url: still "too large", so nothing was decoded first.
      await expect(accessVerifier().verify('!'.repeat(20_000))).rejects.toMatchObject({
        code: 'ERR_JWT_TOO_LARGE',
        length: 20_000,
        maxLength: 16_384,
      })
    })

    it('honours a configured cap', async () => {
      const small = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(key),
        maxTokenLength: 512,
      })
      await expect(small.verify(signToken(accessClaims(), key))).rejects.toBeInstanceOf(JwtTooLargeError)
    })
  })

  describe('18. short RSA key in the JWKS', () => {
    it('refuses a 1024-bit key even for a correctly signed token', async () => {
      const weak = rsaKey('weak', 1024)
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: jwksOf(weak),
      })
      await expect(verifier.verify(signToken(accessClaims(), weak))).rejects.toMatchObject({
        code: 'ERR_JWK_INVALID',
        message: expect.stringContaining('1024 bits'),
      })
    })
  })

  describe('19. JWKS keys that are not RSA signature keys', () => {
    const cases: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
      ['use: enc', { use: 'enc' }],
      ['key_ops without verify', { key_ops: ['encrypt'] }],
      ['private member d', { d: 'AQAB' }],
      ['private members p/q', { p: 'AQAB', q: 'AQAB' }],
      ['kty oct', { kty: 'oct', k: 'c2VjcmV0' }],
      ['e = 3', { e: 'Aw' }],
      ['even e', { e: 'AQAC' }],
      ['n with a leading zero', { n: `AA${key.jwk.n as string}` }],
    ]
    for (const [label, change] of cases) {
      it(`refuses a key with ${label}`, async () => {
        const verifier = createCognitoVerifier({
          userPoolId: POOL_ID,
          tokenUse: 'access',
          clientId: CLIENT_ID,
          jwks: { keys: [{ ...key.jwk, ...change } as typeof key.jwk] },
        })
        await expect(verifier.verify(signToken(accessClaims(), key))).rejects.toBeInstanceOf(JwkValidationError)
      })
    }

    it('refuses an EC key under the token kid but keeps other kids usable', async () => {
      const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' })
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: { keys: [{ ...ec, kid: 'ec-1' } as never, key.jwk] },
      })
      await expect(
        verifier.verify(signToken(accessClaims(), key, { kid: 'ec-1', alg: 'RS256' })),
      ).rejects.toBeInstanceOf(JwkValidationError)
      await expect(verifier.verify(signToken(accessClaims(), key))).resolves.toBeDefined()
    })

    it('refuses a kid that appears twice in the JWKS', async () => {
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: { keys: [key.jwk, { ...attacker.jwk, kid: key.kid }] },
      })
      await expect(verifier.verify(signToken(accessClaims(), key))).rejects.toMatchObject({
        message: expect.stringContaining('more than one key'),
      })
    })
  })

  describe('20. JWKS fetch flooding with random kids', () => {
    it('fetches once, then refuses unknown kids during the cooldown without fetching', async () => {
      const server = await startServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(jwksOf(key)))
      })
      servers.push(server)
      const issuer = `${server.origin}/${POOL_ID}`
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        unsafeCustomIssuer: { issuer },
      })
      await expect(verifier.verify(signToken(accessClaims({ iss: issuer }), key))).resolves.toBeDefined()
      const floods = Array.from({ length: 200 }, (_, i) =>
        verifier.verify(signToken(accessClaims({ iss: issuer }), key, { kid: `random-${i}`, alg: 'RS256' })),
      )
      const results = await Promise.allSettled(floods)
      expect(results.every((r) => r.status === 'rejected' && r.reason instanceof WaitPeriodNotYetEndedJwkError)).toBe(
        true,
      )
      expect(server.requests).toHaveLength(1)
    })
  })

  describe('21. SSRF through the issuer, the token or redirects', () => {
    it('derives the JWKS URL from the pool id only; a token naming another issuer is refused unfetched', async () => {
      const evil = await startServer((_req, res) => res.end('{}'))
      servers.push(evil)
      const token = signToken(accessClaims({ iss: `${evil.origin}/${POOL_ID}` }), attacker)
      await expect(accessVerifier().verify(token)).rejects.toBeInstanceOf(JwtInvalidIssuerError)
      expect(evil.requests).toEqual([])
      expect(accessVerifier().issuers).toEqual([
        ISSUER,
        `https://issuer-cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`,
      ])
    })

    it('refuses pool ids that would change the URL, and http: issuers off loopback', () => {
      for (const userPoolId of ['eu-west-1_abc/../x', 'eu-west-1_abc?x', 'evil.com/eu-west-1_abc', 'eu-west-1_a#b']) {
        expect(() => createCognitoVerifier({ userPoolId, tokenUse: 'access', clientId: CLIENT_ID })).toThrow(
          OptionsValidationError,
        )
      }
      expect(() =>
        createCognitoVerifier({
          userPoolId: POOL_ID,
          tokenUse: 'access',
          clientId: CLIENT_ID,
          unsafeCustomIssuer: { issuer: 'http://169.254.169.254/latest' },
        }),
      ).toThrow(/loopback/)
    })

    it('does not follow redirects from the JWKS URL', async () => {
      const target = await startServer((_req, res) => res.end(JSON.stringify(jwksOf(key))))
      servers.push(target)
      const redirecting = await startServer((_req, res) => {
        res.writeHead(302, { location: `${target.origin}/jwks.json` })
        res.end()
      })
      servers.push(redirecting)
      const issuer = `${redirecting.origin}/${POOL_ID}`
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        unsafeCustomIssuer: { issuer },
      })
      await expect(verifier.verify(signToken(accessClaims({ iss: issuer }), key))).rejects.toMatchObject({
        code: 'ERR_JWKS_FETCH_FAILED',
        reason: 'redirect',
      })
      expect(target.requests).toEqual([])
    })
  })

  describe('22. key confusion across pools', () => {
    it('looks keys up by (issuer, kid): pool B does not accept a token signed with pool A’s key', async () => {
      const poolB = 'eu-west-1_OtherPool'
      const keyB = rsaKey('key-1-of-B')
      const verifier = createCognitoVerifier([
        { userPoolId: POOL_ID, tokenUse: 'access', clientId: CLIENT_ID, jwks: jwksOf(key) },
        { userPoolId: poolB, tokenUse: 'access', clientId: CLIENT_ID, jwks: { keys: [{ ...keyB.jwk, kid: key.kid }] } },
      ])
      const issuerB = `https://cognito-idp.eu-west-1.amazonaws.com/${poolB}`
      await expect(verifier.verify(signToken(accessClaims({ iss: issuerB }), key))).rejects.toBeInstanceOf(
        JwtInvalidSignatureError,
      )
      await expect(
        verifier.verify(signToken(accessClaims({ iss: issuerB }), keyB, { kid: key.kid, alg: 'RS256' })),
      ).resolves.toMatchObject({
        iss: issuerB,
      })
      await expect(verifier.verify(signToken(accessClaims(), key))).resolves.toMatchObject({ iss: ISSUER })
    })
  })

  describe('23. tampered payload / bad signature', () => {
    it('rejects a changed payload, a swapped signature and a truncated one', async () => {
      const token = signToken(accessClaims(), key)
      const other = signToken(accessClaims({ username: 'mallory' }), key)
      const [h, p, s] = token.split('.') as [string, string, string]
      const [, p2, s2] = other.split('.') as [string, string, string]
      await expect(accessVerifier().verify(`${h}.${p2}.${s}`)).rejects.toBeInstanceOf(JwtInvalidSignatureError)
      await expect(accessVerifier().verify(`${h}.${p}.${s2}`)).rejects.toBeInstanceOf(JwtInvalidSignatureError)
      await expect(accessVerifier().verify(`${h}.${p}.${s.slice(0, 340)}`)).rejects.toMatchObject({
        code: 'ERR_JWT_SIGNATURE_INVALID',
      })
    })
  })

  describe('24. claim type confusion', () => {
    const cases: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
      ['exp', { exp: String(nowSeconds() + 3600) }],
      ['iat', { iat: 'yesterday' }],
      ['nbf', { nbf: [1] }],
      ['sub', { sub: 42 }],
      ['client_id', { client_id: [CLIENT_ID] }],
      ['scope', { scope: ['openid'] }],
      ['cognito:groups', { 'cognito:groups': 'admins' }],
      ['aud', { aud: { client: CLIENT_ID } }],
      ['auth_time', { auth_time: 'now' }],
      ['username', { username: { name: 'alice' } }],
      ['exp', { exp: null }],
    ]
    for (const [claim, change] of cases) {
      it(`rejects ${claim} of the wrong type`, async () => {
        await expect(accessVerifier().verify(signToken(accessClaims(change), key))).rejects.toMatchObject({
          claim,
          code: expect.stringMatching(/^ERR_JWT_CLAIM_(INVALID|MISSING)$/),
        })
      })
    }

    it('rejects a payload that is an array, a string or null', async () => {
      for (const payload of [[accessClaims()], 'claims', null]) {
        const token = signSegments(encodeJson({ kid: key.kid, alg: 'RS256' }), encodeJson(payload), key)
        await expect(accessVerifier().verify(token)).rejects.toMatchObject({ reason: 'not-an-object' })
      }
    })

    it('rejects a payload with a __proto__ member', async () => {
      const text = JSON.stringify(accessClaims()).replace(/}$/, ',"__proto__":{"admin":true}}')
      const token = signSegments(encodeJson({ kid: key.kid, alg: 'RS256' }), b64url(text), key)
      await expect(accessVerifier().verify(token)).rejects.toMatchObject({ reason: 'forbidden-member' })
    })

    it('reports type errors with JwtInvalidClaimTypeError', async () => {
      await expect(accessVerifier().verify(signToken(accessClaims({ exp: 'soon' }), key))).rejects.toBeInstanceOf(
        JwtInvalidClaimTypeError,
      )
    })
  })

  describe('25. error oracles', () => {
    it('gives callers one answer for every verification failure; the reason only reaches the log hook', async () => {
      const verifier = accessVerifier()
      const failing = [
        signToken(accessClaims({ exp: nowSeconds() - 600 }), key),
        signToken(accessClaims({ client_id: 'other' }), key),
        signToken(accessClaims(), attacker, { kid: key.kid, alg: 'RS256' }),
        signToken(accessClaims(), key, { kid: 'nope', alg: 'RS256' }),
        `${encodeJson({ kid: key.kid, alg: 'none' })}.${encodeJson(accessClaims())}.`,
      ]
      const answers = new Set<string>()
      const logged: string[] = []
      for (const token of failing) {
        const result = await authenticateRequest(verifier, `Bearer ${token}`, {
          onRejected: (reason) => logged.push(String((reason as Error & { code?: string }).code)),
        })
        if (!result.ok) answers.add(JSON.stringify([result.status, result.headers, result.body]))
      }
      expect(answers.size).toBe(1)
      expect(new Set(logged).size).toBe(failing.length)
    })
  })

  describe('malformed structure (precondition of every class)', () => {
    it('rejects non-strings, wrong segment counts and non-JSON segments', async () => {
      const v = accessVerifier()
      await expect(v.verify(42 as never)).rejects.toMatchObject({ reason: 'not-a-string' })
      for (const token of ['', 'a', 'a.b', 'a.b.c.d', '..', `${encodeJson({ kid: key.kid, alg: 'RS256' })}..x`]) {
        await expect(v.verify(token)).rejects.toBeInstanceOf(JwtParseError)
      }
      const notJson = signSegments(b64url('{not json'), encodeJson(accessClaims()), key)
      await expect(v.verify(notJson)).rejects.toMatchObject({ reason: 'json', segment: 'header' })
      const badUtf8 = signSegments(
        encodeJson({ kid: key.kid, alg: 'RS256' }),
        Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url'),
        key,
      )
      await expect(v.verify(badUtf8)).rejects.toMatchObject({ reason: 'utf8', segment: 'payload' })
    })
  })
})
