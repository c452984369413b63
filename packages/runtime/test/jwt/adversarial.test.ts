/**
 * Adversarial token tests: for every class of the JWT security checklist (runtime catalogue §6),
 * variants the checklist tests do not try, dressed up in as many ways as the format allows. Every
 * token is built in the test; most carry a VALID RS256 signature by the pool's own key, so the rule
 * under test is the only thing standing between the attack and acceptance. Each variant must be
 * refused by both implementations with the right error class and code, in bounded time, and never
 * with an untyped error.
 */
import { createHmac, sign } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
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
  JwtUnsupportedHeaderError,
  JwtWithoutValidKidError,
  KidNotFoundInJwksError,
} from '../../src/errors.js'
import { expectAccepted, expectRefused } from '../helpers/refusal.js'
import {
  accessClaims,
  b64url,
  CLIENT_ID,
  encodeJson,
  ISSUER,
  idClaims,
  implementations,
  jwksOf,
  POOL_ID,
  rsaKey,
  signSegments,
  signToken,
  UPDATED_ISSUER,
  withDirtyPadBits,
} from '../helpers/tokens.js'

const key = rsaKey('key-1')
const attacker = rsaKey('attacker')
const HEADER = { kid: key.kid, alg: 'RS256' }

/** A fixed clock (a whole second) so that tolerance boundaries are exact. */
const NOW = 1_760_000_000
/** Claims valid at {@link NOW}. */
const access = (overrides: Record<string, unknown> = {}) =>
  accessClaims({ iat: NOW - 60, auth_time: NOW - 60, exp: NOW + 3600, ...overrides })
const id = (overrides: Record<string, unknown> = {}) =>
  idClaims({ iat: NOW - 60, auth_time: NOW - 60, exp: NOW + 3600, ...overrides })

/** Signs exact header and payload JSON texts with the pool key. */
const signTexts = (headerText: string, payloadText: string, by = key) =>
  signSegments(b64url(headerText), b64url(payloadText), by)
/** Signs `payload` (any JSON value) under the standard header. */
const signJson = (payload: unknown, header: unknown = HEADER) =>
  signSegments(encodeJson(header), encodeJson(payload), key)
/** A signature segment of `bytes` on `header.payload` of `token`. */
const withSignature = (token: string, bytes: Buffer) =>
  `${token.slice(0, token.lastIndexOf('.'))}.${bytes.toString('base64url')}`
const signatureOf = (token: string) => Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
/** Removes claims from a claim set. */
const without = (claims: Record<string, unknown>, ...names: string[]) => {
  const copy = { ...claims }
  for (const name of names) delete copy[name]
  return copy
}

describe.each(implementations)('adversarial tokens (%s)', (_name, createCognitoVerifier) => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW * 1000)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const verifierOf = (options: Record<string, unknown> = {}) =>
    createCognitoVerifier({
      userPoolId: POOL_ID,
      tokenUse: 'access',
      clientId: CLIENT_ID,
      jwks: jwksOf(key),
      ...options,
    } as never)
  const accessVerifier = () => verifierOf()
  const idVerifier = () => verifierOf({ tokenUse: 'id' })

  it('accepts the untouched tokens the attacks start from (positive control)', async () => {
    await expectAccepted('access', accessVerifier().verify(signToken(access(), key)))
    await expectAccepted('id', idVerifier().verify(signToken(id(), key)))
  })

  describe('1. alg none and its disguises', () => {
    const algs: ReadonlyArray<readonly [string, unknown]> = [
      ['none', 'none'],
      ['None', 'None'],
      ['NONE', 'NONE'],
      ['nOnE', 'nOnE'],
      ['empty string', ''],
      ['null', null],
      ['zero', 0],
      ['false', false],
      ['an object', {}],
      ['an array holding RS256', ['RS256']],
      ['trailing space', 'RS256 '],
      ['leading space', ' RS256'],
      ['trailing NUL', 'RS256\u0000'],
      ['trailing newline', 'RS256\n'],
      ['lower case', 'rs256'],
      ['mixed case', 'Rs256'],
      ['zero-width space', 'RS\u200b256'],
      ['full-width letters', '\uff32\uff33256'],
      ['Cyrillic look-alike', '\u0420S256'],
    ]
    for (const [label, alg] of algs) {
      it(`refuses alg ${label}, validly signed or unsigned`, async () => {
        const header = { kid: key.kid, alg }
        await expectRefused(
          `signed, alg ${label}`,
          accessVerifier().verify(signJson(access(), header)),
          JwtInvalidSignatureAlgorithmError,
          { code: 'ERR_JWT_ALG_NOT_ALLOWED', alg },
        )
        const unsigned = `${encodeJson(header)}.${encodeJson(access())}.`
        await expectRefused(
          `unsigned, alg ${label}`,
          accessVerifier().verify(unsigned),
          JwtInvalidSignatureAlgorithmError,
          {
            code: 'ERR_JWT_ALG_NOT_ALLOWED',
          },
        )
      })
    }

    it('refuses a header without alg, an alg spelled with an escape, and RS256 with no signature', async () => {
      await expectRefused(
        'no alg',
        accessVerifier().verify(signJson(access(), { kid: key.kid })),
        JwtInvalidSignatureAlgorithmError,
        {
          code: 'ERR_JWT_ALG_NOT_ALLOWED',
        },
      )
      const escaped = signTexts(`{"kid":"${key.kid}","alg":"n\\u006fne"}`, JSON.stringify(access()))
      await expectRefused('alg "n\\u006fne"', accessVerifier().verify(escaped), JwtInvalidSignatureAlgorithmError, {
        alg: 'none',
      })
      const body = `${encodeJson(HEADER)}.${encodeJson(access())}`
      await expectRefused('RS256, empty signature', accessVerifier().verify(`${body}.`), JwtParseError, {
        code: 'ERR_JWT_MALFORMED',
      })
      await expectRefused('RS256, two segments', accessVerifier().verify(body), JwtParseError, { reason: 'segments' })
      await expectRefused('RS256, signature "AA"', accessVerifier().verify(`${body}.AA`), JwtInvalidSignatureError, {
        code: 'ERR_JWT_SIGNATURE_INVALID',
      })
    })
  })

  describe('2. RS256 → HS256 confusion, keyed with every form of the public key', () => {
    const spkiPem = key.publicKey.export({ format: 'pem', type: 'spki' }) as string
    const pkcs1Pem = key.publicKey.export({ format: 'pem', type: 'pkcs1' }) as string
    const secrets: ReadonlyArray<readonly [string, string | Buffer]> = [
      ['SPKI PEM', spkiPem],
      ['SPKI PEM without the final newline', spkiPem.trimEnd()],
      ['PKCS#1 PEM', pkcs1Pem],
      ['SPKI DER', key.publicKey.export({ format: 'der', type: 'spki' })],
      ['PKCS#1 DER', key.publicKey.export({ format: 'der', type: 'pkcs1' })],
      ['JWK JSON', JSON.stringify(key.jwk)],
      ['modulus n (base64url text)', key.jwk.n as string],
      ['modulus n (bytes)', Buffer.from(key.jwk.n as string, 'base64url')],
      ['empty key', ''],
    ]
    for (const alg of ['HS256', 'HS384', 'HS512', 'hs256']) {
      it(`refuses ${alg} whatever the HMAC key`, async () => {
        for (const [label, secret] of secrets) {
          const input = `${encodeJson({ kid: key.kid, alg })}.${encodeJson(access())}`
          const mac = createHmac(`sha${alg.slice(2)}`, secret)
            .update(input)
            .digest('base64url')
          await expectRefused(
            `${alg} with ${label}`,
            accessVerifier().verify(`${input}.${mac}`),
            JwtInvalidSignatureAlgorithmError,
            {
              code: 'ERR_JWT_ALG_NOT_ALLOWED',
              alg,
            },
          )
        }
      })
    }

    it('refuses an HMAC signature under an RS256 header (no key-shape fallback)', async () => {
      for (const [label, secret] of secrets) {
        const input = `${encodeJson(HEADER)}.${encodeJson(access())}`
        const mac = createHmac('sha256', secret).update(input).digest('base64url')
        await expectRefused(
          `RS256 header, HMAC by ${label}`,
          accessVerifier().verify(`${input}.${mac}`),
          JwtInvalidSignatureError,
          {
            code: 'ERR_JWT_SIGNATURE_INVALID',
          },
        )
      }
    })
  })

  describe('3. algorithm substitution within the RSA family', () => {
    it('refuses valid RS384, RS512 and PS256/384/512 signatures by the pool key', async () => {
      for (const [alg, hash, padding] of [
        ['RS384', 'sha384', 1],
        ['RS512', 'sha512', 1],
        ['PS256', 'sha256', 6],
        ['PS384', 'sha384', 6],
        ['PS512', 'sha512', 6],
      ] as const) {
        const input = `${encodeJson({ kid: key.kid, alg })}.${encodeJson(access())}`
        const signature = sign(hash, Buffer.from(input), { key: key.privateKey, padding })
        await expectRefused(
          alg,
          accessVerifier().verify(`${input}.${signature.toString('base64url')}`),
          JwtInvalidSignatureAlgorithmError,
          {
            code: 'ERR_JWT_ALG_NOT_ALLOWED',
            alg,
          },
        )
      }
    })

    it('refuses RS512 and PSS signatures presented under an RS256 header', async () => {
      const input = `${encodeJson(HEADER)}.${encodeJson(access())}`
      for (const [label, options] of [
        ['RSASSA-PKCS1-v1_5 with SHA-512', { hash: 'sha512', padding: 1 }],
        ['RSASSA-PSS with SHA-256', { hash: 'sha256', padding: 6 }],
        ['RSASSA-PKCS1-v1_5 with SHA-1', { hash: 'sha1', padding: 1 }],
      ] as const) {
        const signature = sign(options.hash, Buffer.from(input), { key: key.privateKey, padding: options.padding })
        await expectRefused(
          label,
          accessVerifier().verify(`${input}.${signature.toString('base64url')}`),
          JwtInvalidSignatureError,
          {
            code: 'ERR_JWT_SIGNATURE_INVALID',
          },
        )
      }
    })

    it('refuses ES256, ES384, EdDSA, ES256K and unknown algorithms', async () => {
      for (const alg of ['ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519', 'ES256K', 'RSA-OAEP', 'dir', 'A256GCM', 'X']) {
        await expectRefused(
          alg,
          accessVerifier().verify(signJson(access(), { kid: key.kid, alg })),
          JwtInvalidSignatureAlgorithmError,
          {
            code: 'ERR_JWT_ALG_NOT_ALLOWED',
          },
        )
      }
    })
  })

  describe('4. kid injection', () => {
    it('refuses kids that are not non-empty strings', async () => {
      for (const kid of [123, 0, -1, 1.5, true, null, {}, { $ne: null }, [], [key.kid], '']) {
        await expectRefused(
          `kid ${JSON.stringify(kid)}`,
          accessVerifier().verify(signJson(access(), { alg: 'RS256', kid })),
          JwtWithoutValidKidError,
          {
            code: 'ERR_JWT_KID_MISSING',
          },
        )
      }
      await expectRefused(
        'no kid',
        accessVerifier().verify(signJson(access(), { alg: 'RS256' })),
        JwtWithoutValidKidError,
        {
          code: 'ERR_JWT_KID_MISSING',
        },
      )
      await expectRefused(
        'kid of 1025 characters',
        accessVerifier().verify(signJson(access(), { alg: 'RS256', kid: 'k'.repeat(1025) })),
        JwtWithoutValidKidError,
        {
          code: 'ERR_JWT_KID_MISSING',
        },
      )
    })

    it('treats every string kid as an opaque map key: look-alikes, prototype names and paths only miss', async () => {
      const kids = [
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'hasOwnProperty',
        'valueOf',
        '../key-1',
        './key-1',
        'key-1/../key-1',
        '/etc/passwd',
        'file:///dev/random',
        'http://127.0.0.1/jwks.json',
        'key-1 ',
        ' key-1',
        'key-1\u0000',
        'key-1\n',
        'KEY-1',
        'key\u20101',
        'k\u0435y-1',
        "key-1' OR '1'='1",
        '{"$gt":""}',
        'k'.repeat(1024),
      ]
      for (const kid of kids) {
        await expectRefused(
          `kid ${JSON.stringify(kid.slice(0, 40))}`,
          accessVerifier().verify(signJson(access(), { alg: 'RS256', kid })),
          KidNotFoundInJwksError,
          {
            code: 'ERR_JWKS_NO_MATCHING_KEY',
            kid,
          },
        )
      }
    })

    it('still finds a published key whose kid happens to be "__proto__" (no object-key pitfalls)', async () => {
      const proto = rsaKey('__proto__')
      const verifier = verifierOf({ jwks: jwksOf(key, proto) })
      await expectAccepted('kid __proto__', verifier.verify(signToken(access(), proto)))
      await expectAccepted('kid key-1', verifier.verify(signToken(access(), key)))
      await expectRefused(
        'kid constructor',
        verifier.verify(signJson(access(), { alg: 'RS256', kid: 'constructor' })),
        KidNotFoundInJwksError,
        {
          code: 'ERR_JWKS_NO_MATCHING_KEY',
        },
      )
    })
  })

  describe('5–6. key-bearing headers, whatever their value', () => {
    const values: ReadonlyArray<readonly [string, unknown]> = [
      ['null', null],
      ['an empty string', ''],
      ['an empty array', []],
      ['an empty object', {}],
      ['false', false],
    ]
    for (const parameter of ['jku', 'x5u', 'jwk', 'x5c', 'x5t', 'x5t#S256']) {
      it(`refuses "${parameter}" present at all`, async () => {
        const realistic: unknown =
          parameter === 'jwk'
            ? attacker.jwk
            : parameter === 'x5c'
              ? ['MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA']
              : parameter.startsWith('x5t')
                ? 'dGh1bWJwcmludA'
                : 'https://attacker.example/jwks.json'
        for (const [label, value] of [...values, ['a realistic value', realistic] as const]) {
          const token = signJson(access(), { ...HEADER, [parameter]: value })
          await expectRefused(`${parameter}: ${label}`, accessVerifier().verify(token), JwtUnsupportedHeaderError, {
            code: 'ERR_JWT_HEADER_UNSUPPORTED',
            parameter,
          })
        }
      })
    }

    it('refuses a header parameter name spelled with JSON escapes', async () => {
      const token = signTexts(
        `{"kid":"${key.kid}","alg":"RS256","\\u006aku":"https://attacker.example/"}`,
        JSON.stringify(access()),
      )
      await expectRefused('"\\u006aku"', accessVerifier().verify(token), JwtUnsupportedHeaderError, {
        parameter: 'jku',
      })
    })

    it('refuses an attacker-signed token that embeds its own key, under the pool kid or its own', async () => {
      for (const kid of [key.kid, attacker.kid]) {
        const token = signToken(access(), attacker, { kid, alg: 'RS256', jwk: attacker.jwk })
        await expectRefused(`embedded jwk, kid ${kid}`, accessVerifier().verify(token), JwtUnsupportedHeaderError, {
          parameter: 'jwk',
        })
      }
      await expectRefused(
        'attacker key, pool kid, no jwk',
        accessVerifier().verify(signToken(access(), attacker, HEADER)),
        JwtInvalidSignatureError,
        {
          code: 'ERR_JWT_SIGNATURE_INVALID',
        },
      )
    })
  })

  describe('7. crit and processing-changing headers', () => {
    it('refuses crit in every shape, even naming parameters we understand', async () => {
      for (const crit of [[], ['exp'], ['alg'], ['kid'], ['b64'], [''], 'exp', '', null, 0, {}, [['exp']]]) {
        const token = signJson(access(), { ...HEADER, crit, exp: NOW + 60, b64: true })
        await expectRefused(`crit ${JSON.stringify(crit)}`, accessVerifier().verify(token), JwtUnsupportedHeaderError, {
          code: 'ERR_JWT_HEADER_UNSUPPORTED',
          parameter: 'crit',
        })
      }
    })

    it('refuses b64 (true or false), zip, enc and cty, including cty: JWT over a nested token', async () => {
      for (const [parameter, value] of [
        ['b64', false],
        ['b64', true],
        ['b64', 'false'],
        ['zip', 'DEF'],
        ['enc', 'A128CBC-HS256'],
        ['cty', 'JWT'],
        ['cty', 'jwt'],
        ['cty', 'json'],
        ['cty', ''],
      ] as const) {
        await expectRefused(
          `${parameter}: ${JSON.stringify(value)}`,
          accessVerifier().verify(signJson(access(), { ...HEADER, [parameter]: value })),
          JwtUnsupportedHeaderError,
          {
            code: 'ERR_JWT_HEADER_UNSUPPORTED',
            parameter,
          },
        )
      }
      // A validly signed outer token whose payload is a validly signed inner token.
      const inner = signToken(access(), key)
      const nested = signSegments(encodeJson({ ...HEADER, cty: 'JWT' }), b64url(inner), key)
      await expectRefused('nested JWT', accessVerifier().verify(nested), JwtUnsupportedHeaderError, {
        parameter: 'cty',
      })
      const nestedNoCty = signSegments(encodeJson(HEADER), b64url(inner), key)
      await expectRefused('nested JWT without cty', accessVerifier().verify(nestedNoCty), JwtParseError, {
        code: 'ERR_JWT_MALFORMED',
      })
    })

    it('refuses an unencoded (b64: false) payload whatever the crit', async () => {
      const header = encodeJson({ ...HEADER, b64: false, crit: ['b64'] })
      const payload = JSON.stringify(access())
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key.privateKey).toString('base64url')
      await expectRefused(
        'RFC 7797 token',
        accessVerifier().verify(`${header}.${payload}.${signature}`),
        JwtParseError,
        {
          code: 'ERR_JWT_MALFORMED',
        },
      )
    })
  })

  describe('8. exp and nbf at and beyond the tolerance', () => {
    it('applies the tolerance exactly at its boundary (default 5 s)', async () => {
      const v = accessVerifier()
      await expectRefused('exp = now - 5', v.verify(signToken(access({ exp: NOW - 5 }), key)), JwtExpiredError, {
        code: 'ERR_JWT_EXPIRED',
      })
      await expectAccepted('exp = now - 4', v.verify(signToken(access({ exp: NOW - 4 }), key)))
      await expectAccepted('nbf = now + 5', v.verify(signToken(access({ nbf: NOW + 5 }), key)))
      await expectRefused('nbf = now + 6', v.verify(signToken(access({ nbf: NOW + 6 }), key)), JwtNotBeforeError, {
        code: 'ERR_JWT_NOT_YET_VALID',
      })
      vi.setSystemTime(NOW * 1000 + 500)
      await expectRefused(
        'exp = now - 4.5 at now + 0.5 s',
        v.verify(signToken(access({ exp: NOW - 4.5 }), key)),
        JwtExpiredError,
        {
          code: 'ERR_JWT_EXPIRED',
        },
      )
      await expectAccepted('exp = now - 4 at now + 0.5 s', v.verify(signToken(access({ exp: NOW - 4 }), key)))
    })

    it('with clockTolerance 0, a token expires at its exp second', async () => {
      const v = verifierOf({ clockTolerance: 0 })
      await expectRefused('exp = now', v.verify(signToken(access({ exp: NOW }), key)), JwtExpiredError, {
        code: 'ERR_JWT_EXPIRED',
      })
      await expectAccepted('exp = now + 1', v.verify(signToken(access({ exp: NOW + 1 }), key)))
      await expectRefused('nbf = now + 1', v.verify(signToken(access({ nbf: NOW + 1 }), key)), JwtNotBeforeError, {
        code: 'ERR_JWT_NOT_YET_VALID',
      })
    })

    it('refuses extreme times without crashing', async () => {
      const v = accessVerifier()
      for (const exp of [0, -0, -1, -1e20, Number.MIN_SAFE_INTEGER, -1.7976931348623157e308, 5e-324]) {
        await expectRefused(`exp ${exp}`, v.verify(signToken(access({ exp }), key)), JwtExpiredError, {
          code: 'ERR_JWT_EXPIRED',
        })
      }
      for (const nbf of [NOW + 3600, 1e20, Number.MAX_SAFE_INTEGER, 1.7976931348623157e308]) {
        await expectRefused(`nbf ${nbf}`, v.verify(signToken(access({ nbf }), key)), JwtNotBeforeError, {
          code: 'ERR_JWT_NOT_YET_VALID',
        })
      }
    })

    it('refuses exp and nbf of every other JSON type, including 1e400 (Infinity) and -1e400', async () => {
      const v = accessVerifier()
      for (const claim of ['exp', 'nbf']) {
        for (const literal of [
          '"9999999999"',
          '"1e10"',
          '1e400',
          '-1e400',
          'true',
          'false',
          'null',
          '[9999999999]',
          '{}',
          '"NaN"',
          '"Infinity"',
        ]) {
          const text = JSON.stringify(without(access(), claim)).replace(/}$/, `,"${claim}":${literal}}`)
          await expectRefused(
            `${claim}: ${literal}`,
            v.verify(signTexts(JSON.stringify(HEADER), text)),
            JwtInvalidClaimTypeError,
            {
              code: 'ERR_JWT_CLAIM_INVALID',
              claim,
            },
          )
        }
      }
    })

    it('accepts fractional and exponent-notation times that are valid numbers', async () => {
      const text = JSON.stringify(without(access(), 'exp', 'iat')).replace(/}$/, `,"exp":${NOW + 60}.25,"iat":1.76e9}`)
      await expectAccepted(
        'exp with a fraction, iat in exponent notation',
        accessVerifier().verify(signTexts(JSON.stringify(HEADER), text)),
      )
    })
  })

  describe('9. iat in the future', () => {
    it('applies the tolerance exactly at its boundary and refuses far-future iats without crashing', async () => {
      const v = accessVerifier()
      await expectAccepted('iat = now + 5', v.verify(signToken(access({ iat: NOW + 5 }), key)))
      await expectRefused('iat = now + 6', v.verify(signToken(access({ iat: NOW + 6 }), key)), JwtIssuedInFutureError, {
        code: 'ERR_JWT_ISSUED_IN_FUTURE',
      })
      for (const iat of [NOW + 86_400, 1e13, 1e20, Number.MAX_SAFE_INTEGER, 1.7976931348623157e308]) {
        await expectRefused(
          `iat ${iat}`,
          v.verify(signToken(access({ iat, exp: Number.MAX_VALUE }), key)),
          JwtIssuedInFutureError,
          {
            code: 'ERR_JWT_ISSUED_IN_FUTURE',
            claim: 'iat',
          },
        )
      }
    })

    it('requires iat, as a finite number', async () => {
      await expectRefused(
        'no iat',
        accessVerifier().verify(signToken(without(access(), 'iat'), key)),
        JwtMissingClaimError,
        {
          code: 'ERR_JWT_CLAIM_MISSING',
          claim: 'iat',
        },
      )
      for (const literal of ['"0"', '1e400', 'null', '[]', 'true']) {
        const text = JSON.stringify(without(access(), 'iat')).replace(/}$/, `,"iat":${literal}}`)
        await expectRefused(
          `iat: ${literal}`,
          accessVerifier().verify(signTexts(JSON.stringify(HEADER), text)),
          JwtInvalidClaimTypeError,
          {
            code: 'ERR_JWT_CLAIM_INVALID',
            claim: 'iat',
          },
        )
      }
    })
  })

  describe('10. missing exp', () => {
    it('requires exp in the payload; an exp in the header or nested does not count', async () => {
      const claims = without(access(), 'exp')
      await expectRefused('no exp', accessVerifier().verify(signToken(claims, key)), JwtMissingClaimError, {
        code: 'ERR_JWT_CLAIM_MISSING',
        claim: 'exp',
      })
      await expectRefused(
        'exp in the header',
        accessVerifier().verify(signJson(claims, { ...HEADER, exp: NOW + 60 })),
        JwtMissingClaimError,
        {
          claim: 'exp',
        },
      )
      await expectRefused(
        'exp nested',
        accessVerifier().verify(signToken({ ...claims, claims: { exp: NOW + 60 } }, key)),
        JwtMissingClaimError,
        {
          claim: 'exp',
        },
      )
    })
  })

  describe('11. issuer look-alikes', () => {
    const issuers = [
      `${ISSUER}/`,
      `${ISSUER}//`,
      `${ISSUER} `,
      ` ${ISSUER}`,
      `${ISSUER}\u0000`,
      `${ISSUER}\n`,
      `${ISSUER}#`,
      `${ISSUER}?`,
      `${ISSUER}/.well-known/jwks.json`,
      ISSUER.toUpperCase(),
      ISSUER.replace('https://', 'HTTPS://'),
      ISSUER.replace('https:', 'http:'),
      ISSUER.replace('amazonaws.com', 'amazonaws.com:443'),
      ISSUER.replace('amazonaws.com', 'amazonaws.com.'),
      ISSUER.replace('amazonaws', 'amaz\u043enaws'),
      ISSUER.replace('cognito', 'c\u043egnito'),
      ISSUER.replace('eu-west-1.', 'eu\u2010west-1.'),
      ISSUER.replace('amazonaws.com', '\uff41mazonaws.com'),
      ISSUER.replace('https://cognito-idp.', 'https://cognito-idp.eu-west-1.amazonaws.com@'),
      ISSUER.replace(POOL_ID, POOL_ID.toLowerCase()),
      ISSUER.replace(POOL_ID, `${POOL_ID}x`),
      ISSUER.replace(POOL_ID, 'eu-west-1_TestPool2'),
      ISSUER.replace('eu-west-1.', 'us-east-1.'),
      ISSUER.replace(/eu-west-1/g, 'us-east-1'),
      ISSUER.replace('amazonaws.com', 'amazonaws.com.cn'),
      `https://cognito-idp-fips.eu-west-1.amazonaws.com/${POOL_ID}`,
      `https://cognito-idp.amazonaws.com/${POOL_ID}`,
      `https://attacker.example/${POOL_ID}`,
      `https://attacker.example/${ISSUER}`,
      ISSUER.replace(`/${POOL_ID}`, `/%65u-west-1_TestPool1`),
      '',
    ]
    it('matches iss exactly; every look-alike is the wrong issuer', async () => {
      for (const iss of issuers) {
        await expectRefused(
          `iss ${JSON.stringify(iss)}`,
          accessVerifier().verify(signToken(access({ iss }), key)),
          JwtInvalidIssuerError,
          {
            code: 'ERR_JWT_ISSUER_MISMATCH',
            actual: iss,
          },
        )
      }
    })

    it('refuses iss of the wrong type, and a missing one', async () => {
      for (const iss of [null, 1, true, [ISSUER], { href: ISSUER }]) {
        await expectRefused(
          `iss ${JSON.stringify(iss)}`,
          accessVerifier().verify(signToken(access({ iss }), key)),
          JwtInvalidClaimTypeError,
          {
            code: 'ERR_JWT_CLAIM_INVALID',
            claim: 'iss',
          },
        )
      }
      await expectRefused(
        'no iss',
        accessVerifier().verify(signToken(without(access(), 'iss'), key)),
        JwtMissingClaimError,
        {
          code: 'ERR_JWT_CLAIM_MISSING',
          claim: 'iss',
        },
      )
    })

    it('refuses the other issuer format when only one is configured', async () => {
      await expectRefused(
        'updated issuer, original only',
        verifierOf({ issuerFormat: 'original' }).verify(signToken(access({ iss: UPDATED_ISSUER }), key)),
        JwtInvalidIssuerError,
        {
          code: 'ERR_JWT_ISSUER_MISMATCH',
        },
      )
      await expectRefused(
        'original issuer, updated only',
        verifierOf({ issuerFormat: 'updated' }).verify(signToken(access({ iss: ISSUER }), key)),
        JwtInvalidIssuerError,
        {
          code: 'ERR_JWT_ISSUER_MISMATCH',
        },
      )
      await expectAccepted('updated issuer, both', verifierOf().verify(signToken(access({ iss: UPDATED_ISSUER }), key)))
    })
  })

  describe('12. client_id / aud confusion', () => {
    it('refuses an ID token that names its client in client_id instead of aud', async () => {
      await expectRefused(
        'id token, client_id only',
        idVerifier().verify(signToken({ ...without(id(), 'aud'), client_id: CLIENT_ID }, key)),
        JwtMissingClaimError,
        {
          code: 'ERR_JWT_CLAIM_MISSING',
          claim: 'aud',
        },
      )
      await expectRefused(
        'id token, aud other + client_id ours',
        idVerifier().verify(signToken(id({ aud: 'other', client_id: CLIENT_ID }), key)),
        CognitoJwtInvalidClientIdError,
        {
          code: 'ERR_JWT_CLIENT_ID_MISMATCH',
          claim: 'aud',
        },
      )
    })

    it('refuses an access token that names its client in aud instead of client_id', async () => {
      await expectRefused(
        'access token, aud only',
        accessVerifier().verify(signToken({ ...without(access(), 'client_id'), aud: CLIENT_ID }, key)),
        JwtMissingClaimError,
        {
          code: 'ERR_JWT_CLAIM_MISSING',
          claim: 'client_id',
        },
      )
      await expectRefused(
        'access token, client_id other + aud ours',
        accessVerifier().verify(signToken(access({ client_id: 'other', aud: CLIENT_ID }), key)),
        CognitoJwtInvalidClientIdError,
        {
          code: 'ERR_JWT_CLIENT_ID_MISMATCH',
          claim: 'client_id',
        },
      )
    })

    it('compares client ids exactly', async () => {
      for (const client of [
        CLIENT_ID.toUpperCase(),
        `${CLIENT_ID} `,
        ` ${CLIENT_ID}`,
        `${CLIENT_ID}\u0000`,
        CLIENT_ID.slice(0, -1),
        `${CLIENT_ID}x`,
      ]) {
        await expectRefused(
          `client_id ${JSON.stringify(client)}`,
          accessVerifier().verify(signToken(access({ client_id: client }), key)),
          CognitoJwtInvalidClientIdError,
          {
            code: 'ERR_JWT_CLIENT_ID_MISMATCH',
          },
        )
        await expectRefused(
          `aud ${JSON.stringify(client)}`,
          idVerifier().verify(signToken(id({ aud: client }), key)),
          CognitoJwtInvalidClientIdError,
          {
            code: 'ERR_JWT_CLIENT_ID_MISMATCH',
          },
        )
      }
      // An empty client id is no client id at all: a type error, whatever the allow-list.
      await expectRefused(
        'client_id ""',
        accessVerifier().verify(signToken(access({ client_id: '' }), key)),
        JwtInvalidClaimTypeError,
        { code: 'ERR_JWT_CLAIM_INVALID', claim: 'client_id' },
      )
      await expectRefused('aud ""', idVerifier().verify(signToken(id({ aud: '' }), key)), JwtInvalidClaimTypeError, {
        code: 'ERR_JWT_CLAIM_INVALID',
        claim: 'aud',
      })
    })

    it('requires an ID token aud to be one string (Cognito never sends an array); azp must name that client', async () => {
      for (const aud of [[CLIENT_ID], [CLIENT_ID, 'other'], ['other', CLIENT_ID], [CLIENT_ID, CLIENT_ID]]) {
        for (const azp of [undefined, CLIENT_ID]) {
          await expectRefused(
            `aud ${JSON.stringify(aud)}, azp ${String(azp)}`,
            idVerifier().verify(signToken(id(azp === undefined ? { aud } : { aud, azp }), key)),
            JwtInvalidClaimTypeError,
            { code: 'ERR_JWT_CLAIM_INVALID', claim: 'aud' },
          )
        }
      }
      await expectAccepted('aud ours, azp ours', idVerifier().verify(signToken(id({ azp: CLIENT_ID }), key)))
      await expectRefused(
        'aud ours, azp another client',
        idVerifier().verify(signToken(id({ azp: 'other' }), key)),
        CognitoJwtInvalidClientIdError,
        {
          code: 'ERR_JWT_CLIENT_ID_MISMATCH',
          claim: 'azp',
        },
      )
      for (const aud of [[], [1], [null], null, 1, {}, [[CLIENT_ID]], true]) {
        await expectRefused(
          `aud ${JSON.stringify(aud)}`,
          idVerifier().verify(signToken(id({ aud }), key)),
          JwtInvalidClaimTypeError,
          {
            code: 'ERR_JWT_CLAIM_INVALID',
            claim: 'aud',
          },
        )
      }
      for (const clientId of [[CLIENT_ID], null, 1, { id: CLIENT_ID }]) {
        await expectRefused(
          `client_id ${JSON.stringify(clientId)}`,
          accessVerifier().verify(signToken(access({ client_id: clientId }), key)),
          JwtInvalidClaimTypeError,
          {
            code: 'ERR_JWT_CLAIM_INVALID',
            claim: 'client_id',
          },
        )
      }
    })
  })

  describe('13. token_use and typ confusion', () => {
    it('refuses every spelling of token_use but the configured one', async () => {
      for (const tokenUse of [
        'id',
        'ID',
        'Access',
        'ACCESS',
        'access ',
        ' access',
        'access\u0000',
        'acce\u0455s',
        'refresh',
        '',
        null,
        1,
        true,
        ['access'],
        { use: 'access' },
      ]) {
        await expectRefused(
          `token_use ${JSON.stringify(tokenUse)}`,
          accessVerifier().verify(signToken(access({ token_use: tokenUse }), key)),
          CognitoJwtInvalidTokenUseError,
          {
            code: 'ERR_JWT_TOKEN_USE_MISMATCH',
          },
        )
      }
    })

    it('refuses a complete ID token as an access token and a complete access token as an ID token', async () => {
      const both = { ...id(), ...access(), token_use: 'id' }
      await expectRefused(
        'id token carrying every access claim',
        accessVerifier().verify(signToken(both, key)),
        CognitoJwtInvalidTokenUseError,
        {
          code: 'ERR_JWT_TOKEN_USE_MISMATCH',
        },
      )
      const both2 = { ...access(), ...id(), token_use: 'access' }
      await expectRefused(
        'access token carrying every id claim',
        idVerifier().verify(signToken(both2, key)),
        CognitoJwtInvalidTokenUseError,
        {
          code: 'ERR_JWT_TOKEN_USE_MISMATCH',
        },
      )
    })

    it('refuses an ID token whose header says it is an access token (typ at+jwt)', async () => {
      for (const typ of ['at+jwt', 'application/at+jwt', 'AT+JWT']) {
        await expectRefused(
          `id token, typ ${typ}`,
          verifierOf({ tokenUse: null }).verify(signJson(id(), { ...HEADER, typ })),
          JwtUnsupportedHeaderError,
          {
            code: 'ERR_JWT_HEADER_UNSUPPORTED',
            parameter: 'typ',
          },
        )
      }
      await expectAccepted(
        'access token, typ at+jwt',
        accessVerifier().verify(signJson(access(), { ...HEADER, typ: 'at+jwt' })),
      )
      await expectAccepted('id token, typ JWT', idVerifier().verify(signJson(id(), { ...HEADER, typ: 'JWT' })))
    })

    it('refuses other token types and malformed typ values', async () => {
      for (const typ of [
        'JWS',
        'JOSE',
        'JOSE+JSON',
        'JWE',
        'jwt ',
        ' jwt',
        'jwt\u0000',
        '',
        'id_token+jwt',
        'logout+jwt',
        'secevent+jwt',
        'dpop+jwt',
        'token-introspection+jwt',
        'application/jwt; charset=utf-8',
        'at+jwt+jwt',
        null,
        1,
        ['JWT'],
        {},
      ]) {
        await expectRefused(
          `typ ${JSON.stringify(typ)}`,
          accessVerifier().verify(signJson(access(), { ...HEADER, typ })),
          JwtUnsupportedHeaderError,
          {
            code: 'ERR_JWT_HEADER_UNSUPPORTED',
            parameter: 'typ',
          },
        )
      }
    })
  })

  describe('14. missing claims', () => {
    it('requires sub, token_use, iss, exp, iat and the client claim of each token type', async () => {
      for (const claim of ['sub', 'token_use', 'client_id', 'iss', 'exp', 'iat']) {
        await expectRefused(
          `access without ${claim}`,
          accessVerifier().verify(signToken(without(access(), claim), key)),
          JwtMissingClaimError,
          {
            code: 'ERR_JWT_CLAIM_MISSING',
            claim,
          },
        )
      }
      for (const claim of ['sub', 'token_use', 'aud']) {
        await expectRefused(
          `id without ${claim}`,
          idVerifier().verify(signToken(without(id(), claim), key)),
          JwtMissingClaimError,
          {
            code: 'ERR_JWT_CLAIM_MISSING',
            claim,
          },
        )
      }
      await expectRefused('empty payload', accessVerifier().verify(signJson({})), JwtMissingClaimError, {
        code: 'ERR_JWT_CLAIM_MISSING',
      })
      await expectRefused(
        'sub ""',
        accessVerifier().verify(signToken(access({ sub: '' }), key)),
        JwtInvalidClaimTypeError,
        {
          claim: 'sub',
        },
      )
    })
  })

  describe('15. JSON the parser might read differently', () => {
    const header = JSON.stringify(HEADER)
    const payload = JSON.stringify(access())
    const tokenOf = (h: string, p: string) => signTexts(h, p)
    const refusedAs = async (label: string, token: string, fields: Record<string, unknown>) =>
      expectRefused(label, accessVerifier().verify(token), JwtParseError, { code: 'ERR_JWT_MALFORMED', ...fields })

    it('refuses repeated member names at every level and however they are spelled', async () => {
      const cases: ReadonlyArray<readonly [string, string, string]> = [
        ['top level', header, payload.replace(/}$/, ',"token_use":"id"}')],
        ['escaped repeat', header, payload.replace(/}$/, ',"token\\u005fuse":"access"}')],
        ['nested object', header, payload.replace(/}$/, ',"address":{"formatted":"a","formatted":"b"}}')],
        ['object inside an array', header, payload.replace(/}$/, ',"identities":[{"userId":"a","userId":"b"}]}')],
        ['deeply nested', header, payload.replace(/}$/, ',"a":{"b":[{"c":{"d":1,"d":2}}]}}')],
        ['repeated sub', header, payload.replace(/}$/, `,"sub":"attacker"}`)],
        ['header kid repeated', `{"kid":"${attacker.kid}","alg":"RS256","kid":"${key.kid}"}`, payload],
        ['header alg repeated', `{"kid":"${key.kid}","alg":"none","alg":"RS256"}`, payload],
      ]
      for (const [label, h, p] of cases) await refusedAs(label, tokenOf(h, p), { reason: 'duplicate-member' })
    })

    it('refuses prototype-polluting member names at any depth, in header and payload', async () => {
      for (const name of ['__proto__', 'constructor', 'prototype', '\\u005f_proto__']) {
        const member = `"${name}":{"isAdmin":true}`
        for (const [label, h, p] of [
          ['payload, top level', header, payload.replace(/}$/, `,${member}}`)],
          ['payload, nested', header, payload.replace(/}$/, `,"address":{${member}}}`)],
          ['payload, inside an array', header, payload.replace(/}$/, `,"identities":[{${member}}]}`)],
          ['header', header.replace(/}$/, `,${member}}`), payload],
        ] as const) {
          await refusedAs(`${name} in ${label}`, tokenOf(h, p), { reason: 'forbidden-member' })
        }
      }
    })

    it('refuses a byte-order mark, trailing data and non-JSON literals', async () => {
      const cases: ReadonlyArray<readonly [string, string, string, string]> = [
        ['BOM before the payload', header, `\ufeff${payload}`, 'payload'],
        ['BOM before the header', `\ufeff${header}`, payload, 'header'],
        ['BOM after the payload', header, `${payload}\ufeff`, 'payload'],
        ['two objects', header, `${payload}{}`, 'payload'],
        ['trailing garbage', header, `${payload}x`, 'payload'],
        ['NaN literal', header, payload.replace(/}$/, ',"n":NaN}'), 'payload'],
        ['Infinity literal', header, payload.replace(/}$/, ',"n":Infinity}'), 'payload'],
        ['single quotes', header, payload.replace('"sub"', "'sub'"), 'payload'],
        ['a comment', header, payload.replace(/}$/, '/* x */}'), 'payload'],
        ['a trailing comma', header, payload.replace(/}$/, ',}'), 'payload'],
        ['hex number', header, payload.replace(/}$/, ',"n":0x10}'), 'payload'],
        ['unescaped control character', header, payload.replace(/}$/, ',"n":"a\u0001b"}'), 'payload'],
        ['empty payload', header, '', 'payload'],
        ['empty header', '', payload, 'header'],
      ]
      for (const [label, h, p, segment] of cases) await refusedAs(label, tokenOf(h, p), { reason: 'json', segment })
    })

    it('refuses payloads and headers that are not objects', async () => {
      for (const value of ['[]', '[{}]', '"claims"', '42', 'true', 'null']) {
        await refusedAs(`payload ${value}`, tokenOf(header, value), { reason: 'not-an-object', segment: 'payload' })
        await refusedAs(`header ${value}`, tokenOf(value, payload), { reason: 'not-an-object', segment: 'header' })
      }
    })

    it('refuses invalid UTF-8: overlong forms, lone surrogates, truncated sequences', async () => {
      const h = b64url(header)
      const p = Buffer.from(payload)
      for (const [label, bytes] of [
        [
          'overlong "/"',
          Buffer.concat([p.subarray(0, -1), Buffer.from([0x2c, 0x22, 0x78, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d])]),
        ],
        [
          'CESU-8 surrogate',
          Buffer.concat([
            p.subarray(0, -1),
            Buffer.from([0x2c, 0x22, 0x78, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
          ]),
        ],
        [
          'truncated sequence',
          Buffer.concat([p.subarray(0, -1), Buffer.from([0x2c, 0x22, 0x78, 0x22, 0x3a, 0x22, 0xe2, 0x82, 0x22, 0x7d])]),
        ],
        [
          'Latin-1 byte',
          Buffer.concat([p.subarray(0, -1), Buffer.from([0x2c, 0x22, 0x78, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d])]),
        ],
      ] as const) {
        await refusedAs(label, signSegments(h, bytes.toString('base64url'), key), {
          reason: 'utf8',
          segment: 'payload',
        })
      }
    })

    it('refuses payloads nested deeper than any token needs, without exhausting the stack', async () => {
      for (const depth of [64, 5000]) {
        const deep = payload.replace(/}$/, `,"deep":${'['.repeat(depth)}${']'.repeat(depth)}}`)
        await refusedAs(`depth ${depth}`, tokenOf(header, deep), { reason: 'nesting', segment: 'payload' })
        const deepObject = payload.replace(/}$/, `,"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`)
        await expectRefused(
          `object depth ${depth}`,
          verifierOf({ maxTokenLength: 1_048_576 }).verify(tokenOf(header, deepObject)),
          JwtParseError,
          {
            reason: 'nesting',
          },
        )
      }
      const huge = payload.replace(/}$/, `,"deep":${'['.repeat(300_000)}${']'.repeat(300_000)}}`)
      await expectRefused(
        'depth 300000',
        verifierOf({ maxTokenLength: 1_048_576 }).verify(tokenOf(header, huge)),
        JwtParseError,
        {
          reason: 'nesting',
        },
      )
      const normal = payload.replace(
        /}$/,
        ',"identities":[{"userId":"1","providerName":"Google","primary":"true"}],"address":{"formatted":"x"}}',
      )
      await expectAccepted('identities and address', accessVerifier().verify(tokenOf(header, normal)))
    })

    it('accepts insignificant whitespace inside the signed JSON (the bytes are what is signed)', async () => {
      const spaced = ` {\n "kid" : "${key.kid}" ,\t"alg":"RS256" } `
      await expectAccepted('whitespace in the header', accessVerifier().verify(tokenOf(spaced, payload)))
    })
  })

  describe('16. non-canonical base64url', () => {
    /** A valid token whose three segments each contain "-" or "_" and need spare bits. */
    function awkwardToken(): string {
      for (let i = 0; ; i++) {
        const token = signToken(access({ jti: `awkward-${i}`, pad: `${'x'.repeat(i % 3)}???~~~>>>` }), key)
        const [h, p, s] = token.split('.') as [string, string, string]
        if (/[-_]/.test(p) && /[-_]/.test(s) && p.length % 4 !== 0 && s.length % 4 !== 0 && h.length % 4 !== 0)
          return token
      }
    }
    const token = awkwardToken()
    const [h, p, s] = token.split('.') as [string, string, string]
    const toStandard = (segment: string) => segment.replace(/-/g, '+').replace(/_/g, '/')
    const variants: ReadonlyArray<readonly [string, string]> = [
      ['"=" padding on the signature', `${h}.${p}.${s}${'='.repeat((4 - (s.length % 4)) % 4)}`],
      ['"=" padding on the payload', `${h}.${p}${'='.repeat((4 - (p.length % 4)) % 4)}.${s}`],
      ['"=" padding on the header', `${h}${'='.repeat((4 - (h.length % 4)) % 4)}.${p}.${s}`],
      ['a lone "=" inside the payload', `${h}.${p.slice(0, 8)}=${p.slice(8)}.${s}`],
      ['"+" and "/" in the signature', `${h}.${p}.${toStandard(s)}`],
      ['"+" and "/" in the payload', `${h}.${toStandard(p)}.${s}`],
      ['spare bits in the header', `${withDirtyPadBits(h)}.${p}.${s}`],
      ['spare bits in the payload', `${h}.${withDirtyPadBits(p)}.${s}`],
      ['spare bits in the signature', `${h}.${p}.${withDirtyPadBits(s)}`],
      ['a space inside', `${h}.${p.slice(0, 10)} ${p.slice(10)}.${s}`],
      ['a tab inside', `${h}.${p}.${s.slice(0, 10)}\t${s.slice(10)}`],
      ['a line break inside', `${h}.${p.slice(0, 64)}\n${p.slice(64)}.${s}`],
      ['CRLF inside', `${h}.${p}.${s.slice(0, 64)}\r\n${s.slice(64)}`],
      ['a leading space', ` ${token}`],
      ['a trailing newline', `${token}\n`],
      ['a trailing NUL', `${token}\u0000`],
      ['a "Bearer " prefix', `Bearer ${token}`],
      ['quotes around it', `"${token}"`],
      ['percent-encoded characters', `${h}.${p}.${s.replace(/[-_]/, (c) => (c === '-' ? '%2D' : '%5F'))}`],
      ['a full-width letter', `${h}.${p.replace(/[A-Z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}.${s}`],
      ['a Cyrillic look-alike', `${h}.${p.replace('A', '\u0410')}.${s}`],
      [
        'a character read by its low byte',
        `${h}.${p}.${s.slice(0, -1)}${String.fromCharCode(0x100 + (s.charCodeAt(s.length - 1) as number))}`,
      ],
      ['a lone surrogate', `${h}.${p}\ud800.${s}`],
      ['extra characters (length 4n+1)', `${h}.${p}${'A'.repeat((1 - (p.length % 4) + 4) % 4)}.${s}`],
      ['a dropped character', `${h}.${p}.${s.slice(0, -1)}`],
      ['a doubled dot', `${h}..${p}.${s}`],
      ['four segments', `${token}.${s}`],
      ['five segments (JWE shape)', `${h}.${p}.${s}.${s}.${s}`],
      ['a trailing dot', `${token}.`],
      ['a leading dot', `.${token}`],
      ['only dots', '....'],
      ['an empty string', ''],
    ]
    for (const [label, variant] of variants) {
      it(`refuses ${label}`, async () => {
        expect(variant).not.toBe(token)
        await expectRefused(label, accessVerifier().verify(variant), JwtParseError, { code: 'ERR_JWT_MALFORMED' })
      })
    }

    it('accepts the canonical spelling itself (positive control)', async () => {
      await expectAccepted('canonical', accessVerifier().verify(token))
    })
  })

  describe('17. size', () => {
    it('accepts a token exactly at the cap and refuses one character more', async () => {
      const token = signToken(access({ padding: 'p'.repeat(900) }), key)
      await expectAccepted('at the cap', verifierOf({ maxTokenLength: token.length }).verify(token))
      await expectRefused(
        'one over the cap',
        verifierOf({ maxTokenLength: token.length - 1 }).verify(token),
        JwtTooLargeError,
        {
          code: 'ERR_JWT_TOO_LARGE',
          length: token.length,
          maxLength: token.length - 1,
        },
      )
    })

    it('refuses by length alone: just over 16 KiB, 5 MB of junk, a validly signed 5 MB token', async () => {
      let padding = 11_000
      let justOver = signToken(access({ padding: 'p'.repeat(padding) }), key)
      while (justOver.length <= 16_384) {
        padding += Math.max(1, Math.floor(((16_385 - justOver.length) * 3) / 4))
        justOver = signToken(access({ padding: 'p'.repeat(padding) }), key)
      }
      expect(justOver.length).toBeLessThan(16_390)
      await expectRefused('just over 16 KiB', accessVerifier().verify(justOver), JwtTooLargeError, {
        code: 'ERR_JWT_TOO_LARGE',
      })
      await expectRefused('5 MB of dots', accessVerifier().verify('.'.repeat(5 * 1024 * 1024)), JwtTooLargeError, {
        code: 'ERR_JWT_TOO_LARGE',
      })
      const big = signToken(access({ padding: 'x'.repeat(5 * 1024 * 1024) }), key)
      await expectRefused('signed 5 MB', accessVerifier().verify(big), JwtTooLargeError, {
        length: big.length,
        maxLength: 16_384,
      })
      const wide = `${'\u{1F600}'.repeat(8192)}.${'a'.repeat(10)}.b`
      await expectRefused('astral characters over the cap', accessVerifier().verify(wide), JwtTooLargeError, {
        code: 'ERR_JWT_TOO_LARGE',
      })
    })

    it('refuses non-string tokens without touching them', async () => {
      const token = signToken(access(), key)
      const poisoned = {
        toString: () => token,
        get length() {
          throw new Error('touched')
        },
      }
      for (const value of [
        undefined,
        null,
        42,
        true,
        {},
        [token],
        Buffer.from(token),
        new String(token),
        poisoned,
        Symbol('t'),
      ]) {
        await expectRefused(`a ${typeof value}`, accessVerifier().verify(value as never), JwtParseError, {
          code: 'ERR_JWT_MALFORMED',
          reason: 'not-a-string',
        })
      }
    })
  })

  describe('22. tokens of another pool', () => {
    const poolB = 'eu-west-1_OtherPool'
    const issuerB = `https://cognito-idp.eu-west-1.amazonaws.com/${poolB}`
    const keyB = rsaKey('key-b')
    /** Pool B publishes its own key under the SAME kid as pool A. */
    const keyBSameKid = { ...keyB, kid: key.kid, jwk: { ...keyB.jwk, kid: key.kid } }

    it('a verifier of pool B refuses a token valid for pool A, even with the same kid', async () => {
      const verifierB = createCognitoVerifier({
        userPoolId: poolB,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: { keys: [keyBSameKid.jwk] },
      })
      await expectRefused('pool A token at pool B', verifierB.verify(signToken(access(), key)), JwtInvalidIssuerError, {
        code: 'ERR_JWT_ISSUER_MISMATCH',
      })
      await expectRefused(
        'pool A key, pool B iss',
        verifierB.verify(signToken(access({ iss: issuerB }), key)),
        JwtInvalidSignatureError,
        {
          code: 'ERR_JWT_SIGNATURE_INVALID',
        },
      )
      await expectAccepted('pool B token at pool B', verifierB.verify(signToken(access({ iss: issuerB }), keyBSameKid)))
    })

    it('a multi-pool verifier looks keys up by (issuer, kid)', async () => {
      const verifier = createCognitoVerifier([
        { userPoolId: POOL_ID, tokenUse: 'access', clientId: CLIENT_ID, jwks: jwksOf(key) },
        { userPoolId: poolB, tokenUse: 'access', clientId: 'client-of-b', jwks: jwksOf(keyB) },
      ])
      await expectRefused(
        'iss A, kid of B, signed by B',
        verifier.verify(signToken(access(), keyB)),
        KidNotFoundInJwksError,
        {
          code: 'ERR_JWKS_NO_MATCHING_KEY',
          issuer: ISSUER,
          kid: keyB.kid,
        },
      )
      await expectRefused(
        'iss B, kid of A, signed by A',
        verifier.verify(signToken(access({ iss: issuerB, client_id: 'client-of-b' }), key)),
        KidNotFoundInJwksError,
        {
          issuer: issuerB,
          kid: key.kid,
        },
      )
      await expectRefused(
        'iss B, client of A',
        verifier.verify(signToken(access({ iss: issuerB }), keyB)),
        CognitoJwtInvalidClientIdError,
        {
          code: 'ERR_JWT_CLIENT_ID_MISMATCH',
        },
      )
      await expectAccepted(
        'iss B, kid of B, client of B',
        verifier.verify(signToken(access({ iss: issuerB, client_id: 'client-of-b' }), keyB)),
      )
    })
  })

  describe('23. signatures', () => {
    const token = signToken(access(), key)
    const good = signatureOf(token)

    it('refuses signatures of the wrong length or out of range', async () => {
      const cases: ReadonlyArray<readonly [string, Buffer]> = [
        ['one byte', Buffer.from([1])],
        ['one byte short', good.subarray(1)],
        ['last byte dropped', good.subarray(0, -1)],
        ['a leading zero byte added', Buffer.concat([Buffer.from([0]), good])],
        ['a trailing byte added', Buffer.concat([good, Buffer.from([0])])],
        ['doubled', Buffer.concat([good, good])],
        ['all zero', Buffer.alloc(256)],
        ['all 0xff (larger than the modulus)', Buffer.alloc(256, 0xff)],
        ['the modulus itself', Buffer.from(key.jwk.n as string, 'base64url')],
        ['512 bytes', Buffer.alloc(512, 7)],
        ['a bit flipped', Buffer.from(good.map((b, i) => (i === 100 ? b ^ 1 : b)))],
      ]
      for (const [label, bytes] of cases) {
        await expectRefused(label, accessVerifier().verify(withSignature(token, bytes)), JwtInvalidSignatureError, {
          code: 'ERR_JWT_SIGNATURE_INVALID',
        })
      }
    })

    it('refuses a valid signature moved onto another header or payload', async () => {
      const withTyp = signJson(access(), { ...HEADER, typ: 'JWT' })
      const [h2] = withTyp.split('.') as [string]
      const [, p, s] = token.split('.') as [string, string, string]
      await expectRefused(
        'signature over {kid,alg} on {kid,alg,typ}',
        accessVerifier().verify(`${h2}.${p}.${s}`),
        JwtInvalidSignatureError,
        {
          code: 'ERR_JWT_SIGNATURE_INVALID',
        },
      )
      const reordered = b64url(`{"alg":"RS256","kid":"${key.kid}"}`)
      await expectRefused(
        'same header, members reordered',
        accessVerifier().verify(`${reordered}.${p}.${s}`),
        JwtInvalidSignatureError,
        {
          code: 'ERR_JWT_SIGNATURE_INVALID',
        },
      )
      const other = signToken(access({ username: 'mallory' }), key)
      await expectRefused(
        'signature of another token',
        accessVerifier().verify(withSignature(token, signatureOf(other))),
        JwtInvalidSignatureError,
        {
          code: 'ERR_JWT_SIGNATURE_INVALID',
        },
      )
      const spaced = b64url(`${JSON.stringify(access())} `)
      await expectRefused(
        'payload with a trailing space',
        accessVerifier().verify(`${token.split('.')[0]}.${spaced}.${s}`),
        JwtInvalidSignatureError,
        {
          code: 'ERR_JWT_SIGNATURE_INVALID',
        },
      )
    })

    it('does not accept a token after it first refused its tampered twin (no memo confusion)', async () => {
      const v = accessVerifier()
      await expectAccepted('original', v.verify(token))
      const [h, p] = token.split('.') as [string, string]
      const forged = `${h}.${p}.${Buffer.alloc(256, 3).toString('base64url')}`
      await expectRefused('same header and payload, forged signature', v.verify(forged), JwtInvalidSignatureError, {
        code: 'ERR_JWT_SIGNATURE_INVALID',
      })
      // Same last characters as the original (the memo key), different signature bytes.
      const twin = withSignature(token, Buffer.concat([Buffer.alloc(200, 9), good.subarray(200)]))
      expect(twin.slice(-5)).toBe(token.slice(-5))
      await expectRefused('memo-key twin', v.verify(twin), JwtInvalidSignatureError, {
        code: 'ERR_JWT_SIGNATURE_INVALID',
      })
      await expectAccepted('original again', v.verify(token))
    })
  })

  describe('24. claim types', () => {
    const cases: ReadonlyArray<readonly ['access' | 'id', string, unknown]> = [
      ['access', 'cognito:groups', 'admins'],
      ['access', 'cognito:groups', ['admins', 1]],
      ['access', 'cognito:groups', { 0: 'admins' }],
      ['access', 'scope', ['openid']],
      ['access', 'scope', 1],
      ['access', 'auth_time', '1760000000'],
      ['access', 'version', '2'],
      ['access', 'username', 1],
      ['access', 'jti', {}],
      ['access', 'event_id', []],
      ['access', 'origin_jti', 7],
      ['access', 'aud', { client: CLIENT_ID }],
      ['access', 'sub', ['a']],
      ['id', 'cognito:username', 7],
      ['id', 'nonce', 7],
      ['id', 'cognito:groups', null],
      ['id', 'azp', 7],
    ]
    for (const [kind, claim, value] of cases) {
      it(`refuses ${kind} token ${claim}: ${JSON.stringify(value)}`, async () => {
        const token = signToken(kind === 'access' ? access({ [claim]: value }) : id({ [claim]: value }), key)
        await expectRefused(
          claim,
          (kind === 'access' ? accessVerifier() : idVerifier()).verify(token),
          JwtInvalidClaimTypeError,
          {
            code: 'ERR_JWT_CLAIM_INVALID',
            claim,
          },
        )
      })
    }
  })

  describe('the verified-token cache under attack', () => {
    const cached = () => verifierOf({ cache: { maxAgeSeconds: 3600 } })

    it('never serves a cached token past its exp, nor a cached verdict for a variant spelling', async () => {
      const v = cached()
      const token = signToken(access({ exp: NOW + 30 }), key)
      await expectAccepted('fresh', v.verify(token))
      await expectAccepted('cached', v.verify(token))
      vi.setSystemTime((NOW + 35) * 1000)
      await expectRefused('after exp and the tolerance', v.verify(token), JwtExpiredError, { code: 'ERR_JWT_EXPIRED' })
      const [h, p, sig] = token.split('.') as [string, string, string]
      for (const variant of [`${h}.${p}.${withDirtyPadBits(sig)}`, `${token} `, `${h}.${p}.${sig}=`]) {
        await expectRefused('variant of a cached token', v.verify(variant), JwtParseError, {
          code: 'ERR_JWT_MALFORMED',
        })
      }
    })

    it('never caches a refusal: a token refused for a future iat is accepted once its time comes', async () => {
      const v = cached()
      const token = signToken(access({ iat: NOW + 60 }), key)
      await expectRefused('iat in the future', v.verify(token), JwtIssuedInFutureError, {
        code: 'ERR_JWT_ISSUED_IN_FUTURE',
      })
      vi.setSystemTime((NOW + 60) * 1000)
      await expectAccepted('iat now', v.verify(token))
    })

    it('refuses a forged token that shares its header, payload and signature tail with a cached one', async () => {
      const v = cached()
      const token = signToken(access(), key)
      await expectAccepted('cached', v.verify(token))
      const good = signatureOf(token)
      const forged = withSignature(token, Buffer.concat([Buffer.alloc(128, 1), good.subarray(128)]))
      await expectRefused('forged', v.verify(forged), JwtInvalidSignatureError, { code: 'ERR_JWT_SIGNATURE_INVALID' })
    })
  })

  describe('robustness: many attacks at once', () => {
    it('keeps verifying the real token while attack tokens are refused in parallel', async () => {
      const v = accessVerifier()
      const token = signToken(access(), key)
      const attacks = [
        signJson(access(), { kid: key.kid, alg: 'none' }),
        signJson(access(), { ...HEADER, jku: 'https://attacker.example' }),
        signToken(access(), attacker, HEADER),
        `${token}.`,
        signToken(access({ exp: NOW - 600 }), key),
        'x'.repeat(20_000),
      ]
      const results = await Promise.allSettled(
        Array.from({ length: 300 }, (_, i) => v.verify(i % 7 === 0 ? token : (attacks[i % attacks.length] as string))),
      )
      results.forEach((result, i) => {
        expect(result.status, `call ${i}`).toBe(i % 7 === 0 ? 'fulfilled' : 'rejected')
      })
    })
  })
})

describe('consistency across implementations', () => {
  it('both implementations refuse the same variants with the same codes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW * 1000)
    try {
      const header = JSON.stringify(HEADER)
      const payload = JSON.stringify(access())
      const variants = [
        signTexts(`\ufeff${header}`, payload),
        signTexts(header, `\ufeff${payload}`),
        signTexts(header, `${payload}\u2028`),
        signTexts(header, payload.replace(/}$/, ',"s":"\\ud800"}')),
        signTexts(header, payload.replace(/}$/, ',"n":1e999}')),
        signTexts(header, payload.replace(/}$/, ',"exp":-0}').replace(/"exp":\d+,/, '')),
        signToken(access({ iat: 1e300, exp: Number.MAX_VALUE }), key),
      ]
      const codes = await Promise.all(
        implementations.map(async ([, create]) => {
          const verifier = create({ userPoolId: POOL_ID, tokenUse: 'access', clientId: CLIENT_ID, jwks: jwksOf(key) })
          return Promise.all(
            variants.map((v) =>
              verifier.verify(v).then(
                () => 'accepted',
                (e: { code?: string; name?: string }) => e.code ?? e.name,
              ),
            ),
          )
        }),
      )
      expect(codes[0]).toEqual(codes[1])
    } finally {
      vi.useRealTimers()
    }
  })
})
