/**
 * Held-out-style attacks: the cases other verifiers' suites and JWT attack write-ups try (aws-jwt-verify,
 * jose, fast-jwt, the jsonwebtoken advisories CVE-2022-23529/23539/23540/23541, jwt_tool's attack list,
 * the "JWT attack playbook", RFC 8725, RFC 7515/7519 edge cases), rewritten here as an outside tester
 * would write them: through `createCognitoVerifier` only, with a JWKS given up front and, where the
 * path matters, fetched from a server on 127.0.0.1. Most tokens carry a VALID RS256 signature by the
 * pool's own key, so the rule under test is the only thing between the attack and acceptance. Every
 * refusal must be a typed `JwtVerificationError` with its stable `code`, in bounded time.
 */
import { createHmac, generateKeyPairSync, sign } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidGroupError,
  CognitoJwtInvalidTokenUseError,
  JwksFetchError,
  JwksValidationError,
  JwkValidationError,
  JwtExpiredError,
  JwtInvalidClaimTypeError,
  JwtInvalidIssuerError,
  JwtInvalidScopeError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtIssuedInFutureError,
  JwtMissingClaimError,
  JwtNotBeforeError,
  JwtParseError,
  JwtTooLargeError,
  JwtUnsupportedHeaderError,
  JwtVerificationError,
  JwtWithoutValidKidError,
  KidNotFoundInJwksError,
  OptionsValidationError,
  WaitPeriodNotYetEndedJwkError,
} from '../../src/errors.js'
import type { FetchLike } from '../../src/jwt/verifier-options.js'
import { startServer, type TestServer } from '../helpers/http-server.js'
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
  type TestKey,
  UPDATED_ISSUER,
} from '../helpers/tokens.js'

type ErrorClass = abstract new (...args: never[]) => Error

const key = rsaKey('key-1')
const attacker = rsaKey('attacker')
const HEADER = { kid: key.kid, alg: 'RS256' }

/** A fixed clock (a whole second) so that tolerance boundaries are exact. */
const NOW = 1_760_000_000
const access = (overrides: Record<string, unknown> = {}) =>
  accessClaims({ iat: NOW - 60, auth_time: NOW - 60, exp: NOW + 3600, ...overrides })
const id = (overrides: Record<string, unknown> = {}) =>
  idClaims({ iat: NOW - 60, auth_time: NOW - 60, exp: NOW + 3600, ...overrides })
const without = (claims: Record<string, unknown>, ...names: string[]) => {
  const copy = { ...claims }
  for (const name of names) delete copy[name]
  return copy
}

/** Signs exact header and payload texts (or bytes) with `by` (the pool key by default). */
const signRaw = (header: string | Buffer, payload: string | Buffer, by: TestKey = key) =>
  signSegments(b64url(header), b64url(payload), by)
/** Signs `payload` (any JSON value) under `header` (any JSON value). */
const signJson = (payload: unknown, header: unknown = HEADER, by: TestKey = key) =>
  signSegments(encodeJson(header), encodeJson(payload), by)
const segmentsOf = (token: string) => token.split('.') as [string, string, string]
const signatureBytes = (token: string) => Buffer.from(segmentsOf(token)[2], 'base64url')
const withSignature = (token: string, bytes: Buffer) => {
  const [h, p] = segmentsOf(token)
  return `${h}.${p}.${bytes.toString('base64url')}`
}

/** Fields of a claim-type refusal. */
const typeError = (claim: string) => ({ code: 'ERR_JWT_CLAIM_INVALID', claim })

/** A refusal case: a label, the token (or anything passed to verify), the error class and fields. */
type Case = readonly [label: string, token: unknown, type: ErrorClass, fields: Record<string, unknown>]

describe.each(implementations)('held-out-style attacks (%s)', (_name, createCognitoVerifier) => {
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
  const accessVerifier = verifierOf()
  const idVerifier = verifierOf({ tokenUse: 'id' })
  const anyVerifier = verifierOf({ tokenUse: null })

  async function refuseAll(cases: readonly Case[], verifier = accessVerifier): Promise<void> {
    for (const [label, token, type, fields] of cases) {
      await expectRefused(label, verifier.verify(token as string), type, fields)
    }
  }

  const GOOD_ACCESS = signToken(access(), key)
  const GOOD_ID = signToken(id(), key)

  it('accepts the untouched tokens the attacks start from (positive control)', async () => {
    await expectAccepted('access', accessVerifier.verify(GOOD_ACCESS))
    await expectAccepted('id', idVerifier.verify(GOOD_ID))
    await expectAccepted('either: access', anyVerifier.verify(GOOD_ACCESS))
    await expectAccepted('either: id', anyVerifier.verify(GOOD_ID))
  })

  describe('A. compact serialization: segments, separators, whitespace, wrappers', () => {
    const malformed = (reason: string) => ({ code: 'ERR_JWT_MALFORMED', reason })
    const [h, p, s] = segmentsOf(GOOD_ACCESS)

    it('refuses every segment count but three, and empty segments', async () => {
      const jweHeader = encodeJson({ alg: 'RSA-OAEP', enc: 'A256GCM', kid: key.kid })
      await refuseAll([
        ['one segment', h, JwtParseError, malformed('segments')],
        ['two segments (no signature part)', `${h}.${p}`, JwtParseError, malformed('segments')],
        ['four segments (trailing dot)', `${GOOD_ACCESS}.`, JwtParseError, malformed('segments')],
        ['four segments (extra part)', `${GOOD_ACCESS}.${s}`, JwtParseError, malformed('segments')],
        ['leading dot', `.${GOOD_ACCESS}`, JwtParseError, malformed('segments')],
        ['doubled dot', `${h}..${p}.${s}`, JwtParseError, malformed('segments')],
        [
          'five segments (JWE)',
          `${jweHeader}.${s}.${b64url('iv')}.${p}.${b64url('tag')}`,
          JwtParseError,
          malformed('segments'),
        ],
        ['only dots', '..', JwtParseError, {}],
        ['three dots', '...', JwtParseError, malformed('segments')],
        ['empty string', '', JwtParseError, malformed('segments')],
        ['empty header', `.${p}.${s}`, JwtParseError, {}],
        ['empty payload', `${h}..${s}`, JwtParseError, {}],
        ['empty signature', `${h}.${p}.`, JwtParseError, { segment: 'signature' }],
        ['a JWS JSON serialization', JSON.stringify({ protected: h, payload: p, signature: s }), JwtParseError, {}],
      ])
    })

    it('refuses whitespace, line breaks and invisible characters around or inside the token', async () => {
      const cases: Case[] = []
      const insertions: ReadonlyArray<readonly [string, string]> = [
        ['space', ' '],
        ['tab', '\t'],
        ['newline', '\n'],
        ['CRLF', '\r\n'],
        ['NUL', '\u0000'],
        ['zero-width space', '\u200b'],
        ['byte-order mark', '\ufeff'],
        ['no-break space', '\u00a0'],
        ['line separator', '\u2028'],
      ]
      for (const [name, ws] of insertions) {
        cases.push([`${name} before`, ws + GOOD_ACCESS, JwtParseError, { code: 'ERR_JWT_MALFORMED' }])
        cases.push([`${name} after`, GOOD_ACCESS + ws, JwtParseError, { code: 'ERR_JWT_MALFORMED' }])
        cases.push([`${name} in the header`, `${h.slice(0, 5)}${ws}${h.slice(5)}.${p}.${s}`, JwtParseError, {}])
        cases.push([`${name} in the payload`, `${h}.${p.slice(0, 9)}${ws}${p.slice(9)}.${s}`, JwtParseError, {}])
        cases.push([`${name} in the signature`, `${h}.${p}.${s.slice(0, 40)}${ws}${s.slice(40)}`, JwtParseError, {}])
        cases.push([`${name} after a dot`, `${h}.${ws}${p}.${s}`, JwtParseError, {}])
      }
      await refuseAll(cases)
    })

    it('refuses a token still wrapped in what carried it', async () => {
      await refuseAll([
        ['Bearer prefix', `Bearer ${GOOD_ACCESS}`, JwtParseError, { code: 'ERR_JWT_MALFORMED' }],
        ['bearer prefix', `bearer ${GOOD_ACCESS}`, JwtParseError, { code: 'ERR_JWT_MALFORMED' }],
        ['JWT prefix', `JWT ${GOOD_ACCESS}`, JwtParseError, { code: 'ERR_JWT_MALFORMED' }],
        ['double quotes', `"${GOOD_ACCESS}"`, JwtParseError, { code: 'ERR_JWT_MALFORMED' }],
        ['single quotes', `'${GOOD_ACCESS}'`, JwtParseError, { code: 'ERR_JWT_MALFORMED' }],
        ['URL-encoded dots', GOOD_ACCESS.replaceAll('.', '%2E'), JwtParseError, { code: 'ERR_JWT_MALFORMED' }],
        ['full-width dots', GOOD_ACCESS.replaceAll('.', '\uff0e'), JwtParseError, { code: 'ERR_JWT_MALFORMED' }],
        ['ideographic dots', GOOD_ACCESS.replaceAll('.', '\u3002'), JwtParseError, { code: 'ERR_JWT_MALFORMED' }],
        ['a query string', `access_token=${GOOD_ACCESS}`, JwtParseError, { code: 'ERR_JWT_MALFORMED' }],
      ])
    })

    it('refuses values that are not strings, whatever they stringify to', async () => {
      const stringy = { toString: () => GOOD_ACCESS }
      await refuseAll([
        ['a Buffer of the token', Buffer.from(GOOD_ACCESS), JwtParseError, malformed('not-a-string')],
        ['a String object', new String(GOOD_ACCESS), JwtParseError, malformed('not-a-string')],
        ['an object with toString', stringy, JwtParseError, malformed('not-a-string')],
        ['an array of the token', [GOOD_ACCESS], JwtParseError, malformed('not-a-string')],
        ['the segments as an array', segmentsOf(GOOD_ACCESS), JwtParseError, malformed('not-a-string')],
        ['null', null, JwtParseError, malformed('not-a-string')],
        ['undefined', undefined, JwtParseError, malformed('not-a-string')],
        ['a number', 42, JwtParseError, malformed('not-a-string')],
        ['a symbol', Symbol('jwt'), JwtParseError, malformed('not-a-string')],
      ])
    })

    it('refuses base64 padding, the +/ alphabet and base64 of another spelling, even validly signed', async () => {
      // Claims chosen so that their base64url spelling holds '-' and '_' (standard base64 '+' and '/').
      const claims = access({ note: '>>>???~~~\u00ff\u00fe' })
      const payloadJson = JSON.stringify(claims)
      const headerJson = JSON.stringify(HEADER)
      const std = (text: string) => Buffer.from(text).toString('base64')
      expect(std(payloadJson)).toMatch(/[+/]/)
      const unpadded = (text: string) => std(text).replace(/=+$/, '')
      /** The text (with trailing spaces added until its encoding needs padding), padded. */
      const padded = (text: string) => {
        for (let extra = ''; ; extra += ' ') {
          const t = b64url(text + extra)
          if (t.length % 4 !== 0) return t + '='.repeat(4 - (t.length % 4))
        }
      }
      expect(padded(payloadJson)).toMatch(/=$/)
      expect(padded(headerJson)).toMatch(/=$/)
      expect(signatureBytes(GOOD_ACCESS).toString('base64')).not.toBe(s)
      await refuseAll([
        [
          'payload in standard base64',
          signSegments(b64url(headerJson), unpadded(payloadJson), key),
          JwtParseError,
          malformed('base64url'),
        ],
        [
          'payload with = padding',
          signSegments(b64url(headerJson), padded(payloadJson), key),
          JwtParseError,
          malformed('base64url'),
        ],
        [
          'header with = padding',
          signSegments(padded(headerJson), b64url(payloadJson), key),
          JwtParseError,
          malformed('base64url'),
        ],
        [
          'signature with = padding',
          `${GOOD_ACCESS}${'='.repeat((4 - (s.length % 4)) % 4) || '=='}`,
          JwtParseError,
          malformed('base64url'),
        ],
        [
          'signature in standard base64',
          `${h}.${p}.${signatureBytes(GOOD_ACCESS).toString('base64').replace(/=+$/, '')}`,
          JwtParseError,
          {},
        ],
        [
          'payload percent-encoded',
          `${h}.${encodeURIComponent(Buffer.from(payloadJson).toString('base64'))}.${s}`,
          JwtParseError,
          {},
        ],
      ])
    })

    it('refuses headers and payloads that are not UTF-8 JSON objects, even validly signed', async () => {
      const json = JSON.stringify(access())
      const bytes = (...parts: Array<string | number[]>) =>
        Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))))
      await refuseAll([
        [
          'payload with a lone 0xff byte in a string',
          signRaw(JSON.stringify(HEADER), bytes(json.slice(0, -1), ',"x":"', [0xff], '"}')),
          JwtParseError,
          malformed('utf8'),
        ],
        [
          'payload in Latin-1',
          signRaw(JSON.stringify(HEADER), bytes(json.slice(0, -1), ',"x":"caf', [0xe9], '"}')),
          JwtParseError,
          malformed('utf8'),
        ],
        [
          'payload with an overlong "/"',
          signRaw(JSON.stringify(HEADER), bytes(json.slice(0, -1), ',"x":"', [0xc0, 0xaf], '"}')),
          JwtParseError,
          malformed('utf8'),
        ],
        [
          'payload with an encoded surrogate',
          signRaw(JSON.stringify(HEADER), bytes(json.slice(0, -1), ',"x":"', [0xed, 0xa0, 0x80], '"}')),
          JwtParseError,
          malformed('utf8'),
        ],
        ['payload in UTF-16LE', signRaw(JSON.stringify(HEADER), Buffer.from(json, 'utf16le')), JwtParseError, {}],
        [
          'payload after a UTF-8 BOM',
          signRaw(JSON.stringify(HEADER), bytes([0xef, 0xbb, 0xbf], json)),
          JwtParseError,
          {},
        ],
        [
          'header after a UTF-8 BOM',
          signRaw(bytes([0xef, 0xbb, 0xbf], JSON.stringify(HEADER)), json),
          JwtParseError,
          {},
        ],
        [
          'header with a 0xff byte',
          signRaw(bytes('{"kid":"key-1","alg":"RS256","x":"', [0xff], '"}'), json),
          JwtParseError,
          malformed('utf8'),
        ],
        [
          'payload with trailing garbage',
          signRaw(JSON.stringify(HEADER), `${json}x`),
          JwtParseError,
          malformed('json'),
        ],
        ['payload with two objects', signRaw(JSON.stringify(HEADER), `${json}{}`), JwtParseError, malformed('json')],
        [
          'payload with a trailing comma',
          signRaw(JSON.stringify(HEADER), `${json.slice(0, -1)},}`),
          JwtParseError,
          malformed('json'),
        ],
        ['payload with a comment', signRaw(JSON.stringify(HEADER), `/*x*/${json}`), JwtParseError, malformed('json')],
        [
          'payload with single quotes',
          signRaw(JSON.stringify(HEADER), json.replaceAll('"', "'")),
          JwtParseError,
          malformed('json'),
        ],
        [
          'payload with NaN',
          signRaw(JSON.stringify(HEADER), `${json.slice(0, -1)},"exp2":NaN}`),
          JwtParseError,
          malformed('json'),
        ],
        [
          'payload with Infinity',
          signRaw(JSON.stringify(HEADER), json.replace(/"exp":\d+/, '"exp":Infinity')),
          JwtParseError,
          malformed('json'),
        ],
        [
          'payload with a raw control character',
          signRaw(JSON.stringify(HEADER), `${json.slice(0, -1)},"x":"a\u0001b"}`),
          JwtParseError,
          malformed('json'),
        ],
        ['payload as a JSON string', signJson(json), JwtParseError, malformed('not-an-object')],
        ['payload as an array of claims', signJson([access()]), JwtParseError, malformed('not-an-object')],
        ['payload null', signJson(null), JwtParseError, malformed('not-an-object')],
        ['payload true', signJson(true), JwtParseError, malformed('not-an-object')],
        ['payload a number', signJson(NOW), JwtParseError, malformed('not-an-object')],
        ['header as an array', signJson(access(), [HEADER]), JwtParseError, malformed('not-an-object')],
        ['header as a string', signJson(access(), 'RS256'), JwtParseError, malformed('not-an-object')],
        ['header null', signJson(access(), null), JwtParseError, malformed('not-an-object')],
      ])
    })
  })

  describe('B. duplicate and prototype member names (JSON parser differentials)', () => {
    const headerText = JSON.stringify(HEADER)

    it('refuses a repeated header member in both orders', async () => {
      const json = JSON.stringify(access())
      await refuseAll([
        [
          'alg none then RS256',
          signRaw('{"alg":"none","alg":"RS256","kid":"key-1"}', json),
          JwtParseError,
          { reason: 'duplicate-member' },
        ],
        ['alg RS256 then none', signRaw('{"alg":"RS256","alg":"none","kid":"key-1"}', json), JwtParseError, {}],
        [
          'alg RS256 twice',
          signRaw('{"alg":"RS256","alg":"RS256","kid":"key-1"}', json),
          JwtParseError,
          { reason: 'duplicate-member' },
        ],
        [
          'kid other then ours',
          signRaw('{"alg":"RS256","kid":"other","kid":"key-1"}', json),
          JwtParseError,
          { reason: 'duplicate-member' },
        ],
        [
          'kid ours then other',
          signRaw('{"alg":"RS256","kid":"key-1","kid":"other"}', json),
          JwtParseError,
          { reason: 'duplicate-member' },
        ],
        [
          'kid spelled with an escape',
          signRaw('{"alg":"RS256","kid":"x","\\u006bid":"key-1"}', json),
          JwtParseError,
          { reason: 'duplicate-member' },
        ],
      ])
    })

    it('refuses a repeated payload claim in both orders, whichever copy is the harmful one', async () => {
      const base = JSON.stringify(access()).slice(1, -1)
      const twice = (name: string, first: unknown, second: unknown) =>
        signRaw(
          headerText,
          `{${base},${JSON.stringify(name)}:${JSON.stringify(first)},${JSON.stringify(name)}:${JSON.stringify(second)}}`,
        )
      const cases: Case[] = []
      for (const [name, good, bad] of [
        ['token_use', 'access', 'id'],
        ['client_id', CLIENT_ID, 'other-client'],
        ['iss', ISSUER, 'https://evil.example'],
        ['exp', NOW + 3600, NOW - 3600],
        ['sub', 'alice', 'admin'],
        ['scope', 'openid', 'admin'],
        ['cognito:groups', ['users'], ['admins']],
      ] as const) {
        cases.push([`${name}: good then bad`, twice(name, good, bad), JwtParseError, { reason: 'duplicate-member' }])
        cases.push([`${name}: bad then good`, twice(name, bad, good), JwtParseError, { reason: 'duplicate-member' }])
        cases.push([`${name}: good twice`, twice(name, good, good), JwtParseError, { reason: 'duplicate-member' }])
      }
      // The base claims already hold each name once; a third copy in a nested object is fine only there.
      cases.push([
        'a repeated member inside a nested object',
        signRaw(headerText, `{${base},"address":{"formatted":"a","formatted":"b"}}`),
        JwtParseError,
        { reason: 'duplicate-member' },
      ])
      cases.push([
        'a repeated member spelled with escapes',
        signRaw(headerText, `{${base},"t\\u006fken_use":"id"}`),
        JwtParseError,
        { reason: 'duplicate-member' },
      ])
      await refuseAll(cases)
    })

    it('refuses __proto__, constructor and prototype members in the header and the payload, at any depth', async () => {
      const base = JSON.stringify(access()).slice(1, -1)
      const cases: Case[] = []
      for (const name of ['__proto__', 'constructor', 'prototype', '\\u005f_proto__']) {
        cases.push([
          `payload ${name}`,
          signRaw(headerText, `{${base},"${name}":{"token_use":"id","isAdmin":true}}`),
          JwtParseError,
          { reason: 'forbidden-member' },
        ])
        cases.push([
          `nested payload ${name}`,
          signRaw(headerText, `{${base},"address":{"${name}":{"polluted":true}}}`),
          JwtParseError,
          { reason: 'forbidden-member' },
        ])
        cases.push([
          `payload ${name} in an array`,
          signRaw(headerText, `{${base},"identities":[{"${name}":{"polluted":true}}]}`),
          JwtParseError,
          { reason: 'forbidden-member' },
        ])
        cases.push([
          `header ${name}`,
          signRaw(`{"alg":"RS256","kid":"key-1","${name}":{"alg":"none"}}`, JSON.stringify(access())),
          JwtParseError,
          { reason: 'forbidden-member', segment: 'header' },
        ])
      }
      await refuseAll(cases)
      // Nothing leaked onto Object.prototype along the way.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    })
  })

  describe('C. alg: none, case and spacing variants, symmetric and other families', () => {
    it('refuses every alg but exactly RS256, under a valid RS256 signature by the pool key', async () => {
      const algs: unknown[] = [
        'none',
        'None',
        'NONE',
        'nOnE',
        ' none',
        'none ',
        'RS256 ',
        ' RS256',
        'rs256',
        'Rs256',
        'rS256',
        'RS256\u0000',
        'RS256\n',
        'RS 256',
        'RS-256',
        'RSA256',
        'RS2560',
        'RS25',
        'R\u0405256',
        'HS256',
        'HS384',
        'HS512',
        'PS256',
        'PS384',
        'PS512',
        'RS384',
        'RS512',
        'RS1',
        'ES256',
        'ES384',
        'ES512',
        'ES256K',
        'EdDSA',
        'Ed25519',
        'RSA-OAEP',
        'RSA-OAEP-256',
        'RSA1_5',
        'dir',
        'A128KW',
        'A256GCMKW',
        'PBES2-HS256+A128KW',
        '',
        null,
        256,
        true,
        false,
        ['RS256'],
        { RS256: true },
        {},
      ]
      const cases: Case[] = algs.map((alg) => [
        `alg ${JSON.stringify(alg)}`,
        signJson(access(), { kid: key.kid, alg }),
        JwtInvalidSignatureAlgorithmError,
        { code: 'ERR_JWT_ALG_NOT_ALLOWED', alg },
      ])
      cases.push([
        'no alg',
        signJson(access(), { kid: key.kid }),
        JwtInvalidSignatureAlgorithmError,
        { code: 'ERR_JWT_ALG_NOT_ALLOWED' },
      ])
      await refuseAll(cases)
    })

    it('refuses unsecured tokens in every shape (CVE-2015-9235, CVE-2022-23540)', async () => {
      const cases: Case[] = []
      for (const alg of ['none', 'None', 'NONE']) {
        const h = encodeJson({ alg, kid: key.kid })
        const p = encodeJson(access())
        cases.push([`${alg}, empty signature`, `${h}.${p}.`, JwtInvalidSignatureAlgorithmError, {}])
        cases.push([`${alg}, no signature part`, `${h}.${p}`, JwtParseError, { reason: 'segments' }])
        cases.push([
          `${alg}, signature kept from a real token`,
          `${h}.${p}.${segmentsOf(GOOD_ACCESS)[2]}`,
          JwtInvalidSignatureAlgorithmError,
          {},
        ])
      }
      const rs = encodeJson(HEADER)
      cases.push(['RS256, empty signature', `${rs}.${encodeJson(access())}.`, JwtParseError, { segment: 'signature' }])
      cases.push([
        'RS256, signature "AA"',
        `${rs}.${encodeJson(access())}.AA`,
        JwtInvalidSignatureError,
        { code: 'ERR_JWT_SIGNATURE_INVALID' },
      ])
      await refuseAll(cases)
    })

    it('refuses HMAC keyed with the public key in every form (RS→HS confusion, CVE-2022-23541)', async () => {
      const spki = key.publicKey.export({ format: 'pem', type: 'spki' }) as string
      const pkcs1 = key.publicKey.export({ format: 'pem', type: 'pkcs1' }) as string
      const der = key.publicKey.export({ format: 'der', type: 'spki' })
      const secrets: ReadonlyArray<readonly [string, string | Buffer]> = [
        ['SPKI PEM', spki],
        ['SPKI PEM without the final newline', spki.trimEnd()],
        ['PKCS#1 PEM', pkcs1],
        ['SPKI DER', der],
        ['JWK JSON', JSON.stringify(key.jwk)],
        ['modulus n (text)', key.jwk.n as string],
        ['modulus n (bytes)', Buffer.from(key.jwk.n as string, 'base64url')],
        ['empty secret', ''],
        ['kid as secret', key.kid],
      ]
      const cases: Case[] = []
      for (const alg of ['HS256', 'HS384', 'HS512']) {
        const digest = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg] as string
        for (const [label, secret] of secrets) {
          const input = `${encodeJson({ kid: key.kid, alg })}.${encodeJson(access())}`
          const token = `${input}.${createHmac(digest, secret).update(input).digest('base64url')}`
          cases.push([`${alg} keyed with the ${label}`, token, JwtInvalidSignatureAlgorithmError, { alg }])
          // The same HMAC under an RS256 header: no fallback to the key's "other" algorithm.
          const rsInput = `${encodeJson(HEADER)}.${encodeJson(access())}`
          const rsToken = `${rsInput}.${createHmac(digest, secret).update(rsInput).digest('base64url')}`
          cases.push([`${alg} MAC (${label}) under an RS256 header`, rsToken, JwtInvalidSignatureError, {}])
        }
      }
      await refuseAll(cases)
    })

    it('refuses valid signatures of other algorithms by the very same RSA key, under their own header or RS256', async () => {
      const cases: Case[] = []
      const variants: ReadonlyArray<readonly [string, string, number | undefined]> = [
        ['RS384', 'sha384', undefined],
        ['RS512', 'sha512', undefined],
        ['RS1', 'sha1', undefined],
        ['PS256', 'sha256', 6],
        ['PS384', 'sha384', 6],
        ['PS512', 'sha512', 6],
      ]
      for (const [alg, digest, padding] of variants) {
        for (const headerAlg of [alg, 'RS256']) {
          const input = `${encodeJson({ kid: key.kid, alg: headerAlg })}.${encodeJson(access())}`
          const signature = sign(digest, Buffer.from(input), {
            key: key.privateKey,
            ...(padding === undefined ? {} : { padding, saltLength: 32 }),
          })
          cases.push([
            `${alg} signature under alg ${headerAlg}`,
            `${input}.${signature.toString('base64url')}`,
            headerAlg === 'RS256' ? JwtInvalidSignatureError : JwtInvalidSignatureAlgorithmError,
            {},
          ])
        }
      }
      const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      const esInput = `${encodeJson({ kid: key.kid, alg: 'ES256' })}.${encodeJson(access())}`
      const es = sign('sha256', Buffer.from(esInput), { key: ec.privateKey, dsaEncoding: 'ieee-p1363' })
      cases.push([
        'ES256 by an attacker key',
        `${esInput}.${es.toString('base64url')}`,
        JwtInvalidSignatureAlgorithmError,
        {},
      ])
      // "Psychic signatures" (CVE-2022-21449): an ECDSA signature r = s = 0, under ES256 or RS256.
      cases.push([
        'ES256 with r = s = 0',
        `${esInput}.${Buffer.alloc(64).toString('base64url')}`,
        JwtInvalidSignatureAlgorithmError,
        {},
      ])
      cases.push([
        'r = s = 0 under RS256',
        `${encodeJson(HEADER)}.${encodeJson(access())}.${Buffer.alloc(64).toString('base64url')}`,
        JwtInvalidSignatureError,
        {},
      ])
      await refuseAll(cases)
    })
  })

  describe('D. header parameters that change keys, processing or type', () => {
    const attackerJwk = attacker.jwk as Record<string, unknown>
    const parameters: ReadonlyArray<readonly [string, unknown]> = [
      ['jwk', attackerJwk],
      ['jwk', { ...(key.jwk as Record<string, unknown>) }],
      ['jku', 'https://evil.example/jwks.json'],
      ['jku', `${ISSUER}/.well-known/jwks.json`],
      ['x5u', 'https://evil.example/cert.pem'],
      ['x5c', ['MIIB']],
      ['x5t', 'abc'],
      ['x5t#S256', 'abc'],
      ['crit', ['exp']],
      ['crit', ['b64']],
      ['crit', []],
      ['crit', 'kid'],
      ['b64', false],
      ['b64', true],
      ['cty', 'JWT'],
      ['cty', 'jwt'],
      ['cty', 'application/json'],
      ['zip', 'DEF'],
      ['enc', 'A256GCM'],
      ['jwk', null],
      ['jku', null],
    ]

    it('refuses each of them whatever its value, on a token the pool key signed', async () => {
      await refuseAll(
        parameters.map(
          ([name, value]): Case => [
            `${name}: ${JSON.stringify(value).slice(0, 40)}`,
            signJson(access(), { ...HEADER, [name]: value }),
            JwtUnsupportedHeaderError,
            { code: 'ERR_JWT_HEADER_UNSUPPORTED', parameter: name },
          ],
        ),
      )
    })

    it('refuses an attacker-signed token that brings its own key (jwk, jku, x5c), with either kid', async () => {
      const server = await startServer((_req, res) => res.end(JSON.stringify(jwksOf(attacker))))
      try {
        const cases: Case[] = []
        for (const kid of [attacker.kid, key.kid]) {
          cases.push([
            `embedded jwk, kid ${kid}`,
            signJson(access(), { alg: 'RS256', kid, jwk: attacker.jwk }, attacker),
            JwtUnsupportedHeaderError,
            { parameter: 'jwk' },
          ])
          cases.push([
            `jku to a live server, kid ${kid}`,
            signJson(access(), { alg: 'RS256', kid, jku: `${server.origin}/jwks.json` }, attacker),
            JwtUnsupportedHeaderError,
            { parameter: 'jku' },
          ])
          cases.push([
            `x5u to a live server, kid ${kid}`,
            signJson(access(), { alg: 'RS256', kid, x5u: `${server.origin}/c.pem` }, attacker),
            JwtUnsupportedHeaderError,
            { parameter: 'x5u' },
          ])
        }
        await refuseAll(cases)
        expect(server.requests).toEqual([])
      } finally {
        await server.close()
      }
    })

    it('refuses a nested JWT (cty: JWT) whose inner token is valid', async () => {
      await refuseAll([
        [
          'cty JWT around a valid token',
          signRaw(JSON.stringify({ ...HEADER, cty: 'JWT' }), GOOD_ACCESS),
          JwtUnsupportedHeaderError,
          { parameter: 'cty' },
        ],
        [
          'no cty, a valid token as the payload',
          signRaw(JSON.stringify(HEADER), GOOD_ACCESS),
          JwtParseError,
          { reason: 'json' },
        ],
        ['no cty, a valid token as a JSON string', signJson(GOOD_ACCESS), JwtParseError, { reason: 'not-an-object' }],
      ])
    })

    it('accepts typ JWT in any case and at+jwt for access tokens, and refuses every other typ', async () => {
      for (const typ of ['JWT', 'jwt', 'application/jwt', 'at+jwt', 'application/at+JWT']) {
        await expectAccepted(`typ ${typ}`, accessVerifier.verify(signJson(access(), { ...HEADER, typ })))
      }
      const typs: unknown[] = [
        '',
        ' JWT',
        'JWT ',
        'JWT\u0000',
        'JWS',
        'JOSE',
        'JOSE+JSON',
        'jwt+json',
        'JWE',
        'id_token+jwt',
        'dpop+jwt',
        'logout+jwt',
        'secevent+jwt',
        'token-introspection+jwt',
        'application/json',
        'text/plain',
        'at+jwt; charset=utf-8',
        'application/at+jwt+jwt',
        null,
        1,
        true,
        ['JWT'],
        { JWT: true },
      ]
      await refuseAll(
        typs.map(
          (typ): Case => [
            `typ ${JSON.stringify(typ)}`,
            signJson(access(), { ...HEADER, typ }),
            JwtUnsupportedHeaderError,
            { code: 'ERR_JWT_HEADER_UNSUPPORTED', parameter: 'typ' },
          ],
        ),
      )
      await refuseAll(
        [
          [
            'ID token under typ at+jwt',
            signJson(id(), { ...HEADER, typ: 'at+jwt' }),
            JwtUnsupportedHeaderError,
            { parameter: 'typ' },
          ],
          [
            'ID token under typ application/at+jwt',
            signJson(id(), { ...HEADER, typ: 'application/at+jwt' }),
            JwtUnsupportedHeaderError,
            { parameter: 'typ' },
          ],
        ],
        idVerifier,
      )
    })
  })

  describe('E. kid injection and key selection', () => {
    it('treats kid as an opaque map key: traversal, SQL, commands, look-alikes and prototype names only miss', async () => {
      const kids = [
        '../../../../../../dev/null',
        '/dev/null',
        '..\\..\\windows\\win.ini',
        'file:///etc/passwd',
        "' OR '1'='1",
        "key-1' --",
        "x' UNION SELECT 'secret' --",
        '$(sleep 10)',
        '`id`',
        '| cat /etc/passwd',
        '{"$ne":null}',
        '*',
        '.*',
        'key-1\u0000',
        'KEY-1',
        'key-1 ',
        ' key-1',
        'key\u20111',
        'key-\u0661',
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'keys',
        'https://evil.example/jwks.json',
        'k'.repeat(1024),
      ]
      await refuseAll(
        kids.map(
          (kid): Case => [
            `kid ${JSON.stringify(kid).slice(0, 40)}`,
            signJson(access(), { alg: 'RS256', kid }),
            KidNotFoundInJwksError,
            { code: 'ERR_JWKS_NO_MATCHING_KEY', kid },
          ],
        ),
      )
    })

    it('refuses kids that are not non-empty strings of at most 1024 characters, and a missing kid even when the JWKS has one key', async () => {
      const kids: unknown[] = ['', 'k'.repeat(1025), 'k'.repeat(100_00), 1, 0, null, true, [key.kid], { kid: key.kid }]
      const cases: Case[] = kids.map((kid) => [
        `kid ${JSON.stringify(kid).slice(0, 30)}`,
        signJson(access(), { alg: 'RS256', kid }),
        JwtWithoutValidKidError,
        { code: 'ERR_JWT_KID_MISSING' },
      ])
      cases.push([
        'no kid, one key in the JWKS',
        signJson(access(), { alg: 'RS256' }),
        JwtWithoutValidKidError,
        { code: 'ERR_JWT_KID_MISSING' },
      ])
      await refuseAll(cases)
      // Also when the only published key has no kid either.
      const kidless = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwks: { keys: [{ ...(key.jwk as Record<string, unknown>), kid: undefined } as never] },
      })
      await expectRefused(
        'no kid anywhere',
        kidless.verify(signJson(access(), { alg: 'RS256' })),
        JwtWithoutValidKidError,
        {},
      )
    })

    it('refuses a token signed by another key under the pool kid, and the pool key under another kid', async () => {
      const two = verifierOf({ jwks: jwksOf(key, rsaKey('key-2')) })
      await refuseAll(
        [
          ['attacker key, pool kid', signJson(access(), HEADER, attacker), JwtInvalidSignatureError, {}],
          [
            'pool key, the other pool kid',
            signJson(access(), { alg: 'RS256', kid: 'key-2' }),
            JwtInvalidSignatureError,
            {},
          ],
          ['key-2 signed, key-1 named', signJson(access(), HEADER, rsaKey('key-2')), JwtInvalidSignatureError, {}],
        ],
        two,
      )
      await expectAccepted(
        'key-2 under key-2',
        two.verify(signJson(access(), { alg: 'RS256', kid: 'key-2' }, rsaKey('key-2'))),
      )
    })
  })

  describe('F. signature bytes', () => {
    const good = signatureBytes(GOOD_ACCESS)
    const n = Buffer.from(key.jwk.n as string, 'base64url')

    it('refuses signatures of the wrong length or value, and signatures lifted from other tokens', async () => {
      const other = signToken(access({ sub: 'mallory' }), key)
      const cases: Case[] = [
        ['one byte short', withSignature(GOOD_ACCESS, good.subarray(1)), JwtInvalidSignatureError, {}],
        ['truncated to half', withSignature(GOOD_ACCESS, good.subarray(0, 128)), JwtInvalidSignatureError, {}],
        [
          'one extra zero byte in front',
          withSignature(GOOD_ACCESS, Buffer.concat([Buffer.from([0]), good])),
          JwtInvalidSignatureError,
          {},
        ],
        [
          'one extra byte at the end',
          withSignature(GOOD_ACCESS, Buffer.concat([good, Buffer.from([0])])),
          JwtInvalidSignatureError,
          {},
        ],
        ['doubled', withSignature(GOOD_ACCESS, Buffer.concat([good, good])), JwtInvalidSignatureError, {}],
        ['all zero bytes', withSignature(GOOD_ACCESS, Buffer.alloc(256)), JwtInvalidSignatureError, {}],
        [
          'one',
          withSignature(GOOD_ACCESS, Buffer.concat([Buffer.alloc(255), Buffer.from([1])])),
          JwtInvalidSignatureError,
          {},
        ],
        ['all 0xff bytes', withSignature(GOOD_ACCESS, Buffer.alloc(256, 0xff)), JwtInvalidSignatureError, {}],
        ['the modulus itself', withSignature(GOOD_ACCESS, n), JwtInvalidSignatureError, {}],
        [
          'the signature plus the modulus',
          withSignature(GOOD_ACCESS, addBigEndian(good, n)),
          JwtInvalidSignatureError,
          {},
        ],
        ['a single zero byte', withSignature(GOOD_ACCESS, Buffer.alloc(1)), JwtInvalidSignatureError, {}],
        ['one bit flipped', withSignature(GOOD_ACCESS, flipBit(good, 1000)), JwtInvalidSignatureError, {}],
        ['the last bit flipped', withSignature(GOOD_ACCESS, flipBit(good, 2047)), JwtInvalidSignatureError, {}],
        [
          'the signature of another token',
          withSignature(GOOD_ACCESS, signatureBytes(other)),
          JwtInvalidSignatureError,
          {},
        ],
        [
          'the signature over the header alone',
          withSignature(GOOD_ACCESS, sign('sha256', Buffer.from(segmentsOf(GOOD_ACCESS)[0]), key.privateKey)),
          JwtInvalidSignatureError,
          {},
        ],
        [
          'the signature over the payload alone',
          withSignature(GOOD_ACCESS, sign('sha256', Buffer.from(segmentsOf(GOOD_ACCESS)[1]), key.privateKey)),
          JwtInvalidSignatureError,
          {},
        ],
        [
          'the signature over the decoded JSON',
          withSignature(
            GOOD_ACCESS,
            sign('sha256', Buffer.from(`${JSON.stringify(HEADER)}.${JSON.stringify(access())}`), key.privateKey),
          ),
          JwtInvalidSignatureError,
          {},
        ],
        ['one character cut from the signature', GOOD_ACCESS.slice(0, -1), JwtParseError, {}],
        ['a character added to the signature', `${GOOD_ACCESS}A`, JwtInvalidSignatureError, {}],
        ['three characters added to the signature', `${GOOD_ACCESS}AAA`, JwtParseError, {}],
        [
          'a changed signature character',
          `${GOOD_ACCESS.slice(0, -10)}${GOOD_ACCESS.at(-10) === 'A' ? 'B' : 'A'}${GOOD_ACCESS.slice(-9)}`,
          JwtInvalidSignatureError,
          {},
        ],
      ]
      await refuseAll(cases)
      // The untouched token still verifies afterwards (no state poisoned by the attempts).
      await expectAccepted('untouched', accessVerifier.verify(GOOD_ACCESS))
    })

    it('refuses a tampered payload under the original signature, one claim at a time', async () => {
      const [h, , s] = segmentsOf(GOOD_ACCESS)
      const cases: Case[] = []
      for (const [name, value] of [
        ['sub', 'admin'],
        ['client_id', 'other-client'],
        ['exp', NOW + 999_999],
        ['scope', 'admin'],
        ['cognito:groups', ['admins', 'superusers']],
        ['username', 'root'],
      ] as const) {
        cases.push([
          `${name} changed`,
          `${h}.${encodeJson(access({ [name]: value }))}.${s}`,
          JwtInvalidSignatureError,
          {},
        ])
      }
      cases.push([
        'header changed (typ added)',
        `${encodeJson({ ...HEADER, typ: 'JWT' })}.${segmentsOf(GOOD_ACCESS)[1]}.${s}`,
        JwtInvalidSignatureError,
        {},
      ])
      cases.push([
        'header re-encoded with other spacing',
        `${b64url(JSON.stringify(HEADER, null, 1))}.${segmentsOf(GOOD_ACCESS)[1]}.${s}`,
        JwtInvalidSignatureError,
        {},
      ])
      await refuseAll(cases)
    })
  })

  describe('G. claims of the wrong JSON type', () => {
    it('refuses exp, iat, nbf and auth_time of every non-number type, and non-finite numbers', async () => {
      const values: unknown[] = [`${NOW + 3600}`, '', 'never', true, false, null, [], [NOW + 3600], {}, { $date: NOW }]
      const cases: Case[] = []
      for (const claim of ['exp', 'iat', 'nbf', 'auth_time']) {
        for (const value of values) {
          cases.push([
            `${claim} ${JSON.stringify(value)}`,
            signJson(access({ [claim]: value })),
            JwtInvalidClaimTypeError,
            typeError(claim),
          ])
        }
        // 1e400 parses to Infinity; -1e400 to -Infinity.
        for (const text of ['1e400', '-1e400']) {
          const json = JSON.stringify(access({ [claim]: 0 })).replace(`"${claim}":0`, `"${claim}":${text}`)
          cases.push([
            `${claim} ${text}`,
            signRaw(JSON.stringify(HEADER), json),
            JwtInvalidClaimTypeError,
            typeError(claim),
          ])
        }
      }
      await refuseAll(cases)
    })

    it('refuses numbers that make no sense as times: exp huge, negative, zero; iat negative', async () => {
      await refuseAll([
        ['exp 1e20 (never expires)', signJson(access({ exp: 1e20 })), JwtInvalidClaimTypeError, typeError('exp')],
        [
          'exp 2^53 + 1',
          signRaw(
            JSON.stringify(HEADER),
            JSON.stringify(access({ exp: 0 })).replace('"exp":0', '"exp":9007199254740993'),
          ),
          JwtInvalidClaimTypeError,
          typeError('exp'),
        ],
        [
          'exp 1.7976931348623157e308',
          signJson(access({ exp: Number.MAX_VALUE })),
          JwtInvalidClaimTypeError,
          typeError('exp'),
        ],
        [
          'exp in milliseconds',
          signJson(access({ exp: (NOW + 3600) * 1000 })),
          JwtInvalidClaimTypeError,
          typeError('exp'),
        ],
        ['exp negative', signJson(access({ exp: -1 })), JwtExpiredError, { code: 'ERR_JWT_EXPIRED' }],
        ['exp zero', signJson(access({ exp: 0 })), JwtExpiredError, { code: 'ERR_JWT_EXPIRED' }],
        [
          'exp -0',
          signRaw(JSON.stringify(HEADER), JSON.stringify(access({ exp: 0 })).replace('"exp":0', '"exp":-0')),
          JwtExpiredError,
          {},
        ],
        [
          'iat negative, exp valid (lifetime of decades)',
          signJson(access({ iat: -1, auth_time: -1 })),
          JwtInvalidClaimTypeError,
          typeError('exp'),
        ],
        ['iat zero', signJson(access({ iat: 0, auth_time: 0 })), JwtInvalidClaimTypeError, typeError('exp')],
        [
          'iat in milliseconds',
          signJson(access({ iat: (NOW - 60) * 1000 })),
          JwtIssuedInFutureError,
          { code: 'ERR_JWT_ISSUED_IN_FUTURE' },
        ],
      ])
    })

    it('refuses the client claims of the wrong shape: aud array or object in ID tokens, client_id array', async () => {
      await refuseAll(
        [
          ['aud [client]', signJson(id({ aud: [CLIENT_ID] })), JwtInvalidClaimTypeError, typeError('aud')],
          [
            'aud [client, other]',
            signJson(id({ aud: [CLIENT_ID, 'other'] })),
            JwtInvalidClaimTypeError,
            typeError('aud'),
          ],
          [
            'aud [other, client] with azp client',
            signJson(id({ aud: ['other', CLIENT_ID], azp: CLIENT_ID })),
            JwtInvalidClaimTypeError,
            typeError('aud'),
          ],
          ['aud []', signJson(id({ aud: [] })), JwtInvalidClaimTypeError, typeError('aud')],
          ['aud {}', signJson(id({ aud: { [CLIENT_ID]: true } })), JwtInvalidClaimTypeError, typeError('aud')],
          ['aud number', signJson(id({ aud: 1 })), JwtInvalidClaimTypeError, typeError('aud')],
          ['aud null', signJson(id({ aud: null })), JwtInvalidClaimTypeError, typeError('aud')],
          ['aud ""', signJson(id({ aud: '' })), JwtInvalidClaimTypeError, typeError('aud')],
          ['azp number', signJson(id({ azp: 7 })), JwtInvalidClaimTypeError, typeError('azp')],
          ['azp [client]', signJson(id({ azp: [CLIENT_ID] })), JwtInvalidClaimTypeError, typeError('azp')],
        ],
        idVerifier,
      )
      await refuseAll([
        [
          'client_id [client]',
          signJson(access({ client_id: [CLIENT_ID] })),
          JwtInvalidClaimTypeError,
          typeError('client_id'),
        ],
        [
          'client_id {}',
          signJson(access({ client_id: { id: CLIENT_ID } })),
          JwtInvalidClaimTypeError,
          typeError('client_id'),
        ],
        ['client_id number', signJson(access({ client_id: 1 })), JwtInvalidClaimTypeError, typeError('client_id')],
        ['client_id null', signJson(access({ client_id: null })), JwtInvalidClaimTypeError, typeError('client_id')],
        ['client_id ""', signJson(access({ client_id: '' })), JwtInvalidClaimTypeError, typeError('client_id')],
        [
          'aud object on an access token',
          signJson(access({ aud: { x: 1 } })),
          JwtInvalidClaimTypeError,
          typeError('aud'),
        ],
      ])
      // With any client allowed, an empty or missing client id is still refused.
      const anyClient = verifierOf({ clientId: null })
      await refuseAll(
        [
          [
            'client_id "" with clientId null',
            signJson(access({ client_id: '' })),
            JwtInvalidClaimTypeError,
            typeError('client_id'),
          ],
          [
            'no client_id with clientId null',
            signJson(without(access(), 'client_id')),
            JwtMissingClaimError,
            { claim: 'client_id' },
          ],
        ],
        anyClient,
      )
    })

    it('refuses token_use in any other case, spacing or type, for each configured use', async () => {
      const uses: unknown[] = [
        'ACCESS',
        'Access',
        ' access',
        'access ',
        'access\n',
        'access\u0000',
        'acces',
        'accessToken',
        'access_token',
        'refresh',
        'ID',
        'Id',
        'id ',
        'id_token',
        '',
        null,
        1,
        true,
        ['access'],
        { access: true },
      ]
      const cases: Case[] = uses.map((use) => [
        `token_use ${JSON.stringify(use)}`,
        signJson(access({ token_use: use })),
        CognitoJwtInvalidTokenUseError,
        { code: 'ERR_JWT_TOKEN_USE_MISMATCH' },
      ])
      await refuseAll(cases, anyVerifier)
      await refuseAll(
        uses.map(
          (use): Case => [
            `id verifier, token_use ${JSON.stringify(use)}`,
            signJson(id({ token_use: use })),
            CognitoJwtInvalidTokenUseError,
            {},
          ],
        ),
        idVerifier,
      )
    })

    it('refuses groups, scope and the Cognito string claims of the wrong type', async () => {
      const groupsVerifier = verifierOf({ groups: 'admins' })
      await refuseAll(
        [
          [
            'cognito:groups "admins"',
            signJson(access({ 'cognito:groups': 'admins' })),
            JwtInvalidClaimTypeError,
            typeError('cognito:groups'),
          ],
          [
            'cognito:groups "admins users"',
            signJson(access({ 'cognito:groups': 'admins users' })),
            JwtInvalidClaimTypeError,
            typeError('cognito:groups'),
          ],
          [
            'cognito:groups [["admins"]]',
            signJson(access({ 'cognito:groups': [['admins']] })),
            JwtInvalidClaimTypeError,
            typeError('cognito:groups'),
          ],
          [
            'cognito:groups [1]',
            signJson(access({ 'cognito:groups': [1] })),
            JwtInvalidClaimTypeError,
            typeError('cognito:groups'),
          ],
          [
            'cognito:groups {admins:true}',
            signJson(access({ 'cognito:groups': { admins: true } })),
            JwtInvalidClaimTypeError,
            typeError('cognito:groups'),
          ],
          [
            'cognito:groups null',
            signJson(access({ 'cognito:groups': null })),
            JwtInvalidClaimTypeError,
            typeError('cognito:groups'),
          ],
          [
            'cognito:groups ["Admins"]',
            signJson(access({ 'cognito:groups': ['Admins'] })),
            CognitoJwtInvalidGroupError,
            { code: 'ERR_JWT_GROUP_MISMATCH' },
          ],
          [
            'cognito:groups ["admins "]',
            signJson(access({ 'cognito:groups': ['admins '] })),
            CognitoJwtInvalidGroupError,
            {},
          ],
          ['no cognito:groups', signJson(without(access(), 'cognito:groups')), CognitoJwtInvalidGroupError, {}],
          [
            'cognito:groups in the header',
            signJson(without(access(), 'cognito:groups'), { ...HEADER, 'cognito:groups': ['admins'] }),
            CognitoJwtInvalidGroupError,
            {},
          ],
        ],
        groupsVerifier,
      )
      const scopeVerifier = verifierOf({ scope: 'orders/read' })
      await refuseAll(
        [
          [
            'scope ["orders/read"]',
            signJson(access({ scope: ['orders/read'] })),
            JwtInvalidClaimTypeError,
            typeError('scope'),
          ],
          [
            'scope {"orders/read":true}',
            signJson(access({ scope: { 'orders/read': true } })),
            JwtInvalidClaimTypeError,
            typeError('scope'),
          ],
          ['scope null', signJson(access({ scope: null })), JwtInvalidClaimTypeError, typeError('scope')],
          ['scope 1', signJson(access({ scope: 1 })), JwtInvalidClaimTypeError, typeError('scope')],
          [
            'scope "orders/read,openid"',
            signJson(access({ scope: 'orders/read,openid' })),
            JwtInvalidScopeError,
            { code: 'ERR_JWT_SCOPE_MISMATCH' },
          ],
          ['scope "orders/read/x"', signJson(access({ scope: 'orders/read/x' })), JwtInvalidScopeError, {}],
          ['scope "orders/readonly"', signJson(access({ scope: 'orders/readonly' })), JwtInvalidScopeError, {}],
          ['scope "ORDERS/READ"', signJson(access({ scope: 'ORDERS/READ' })), JwtInvalidScopeError, {}],
          [
            'scope "orders/read" after a tab',
            signJson(access({ scope: 'openid\torders/read' })),
            JwtInvalidScopeError,
            {},
          ],
          ['scope "orders/*"', signJson(access({ scope: 'orders/*' })), JwtInvalidScopeError, {}],
          ['scopes in "scp"', signJson(access({ scope: 'openid', scp: ['orders/read'] })), JwtInvalidScopeError, {}],
        ],
        scopeVerifier,
      )
      const cases: Case[] = []
      for (const claim of ['jti', 'origin_jti', 'event_id', 'username', 'device_key']) {
        for (const value of [1, null, true, [], ['x'], {}]) {
          cases.push([
            `${claim} ${JSON.stringify(value)}`,
            signJson(access({ [claim]: value })),
            JwtInvalidClaimTypeError,
            typeError(claim),
          ])
        }
      }
      for (const value of [1, null, '', [], ['alice'], {}]) {
        cases.push([
          `sub ${JSON.stringify(value)}`,
          signJson(access({ sub: value })),
          JwtInvalidClaimTypeError,
          typeError('sub'),
        ])
      }
      for (const value of ['2', null, true, [2], {}]) {
        cases.push([
          `version ${JSON.stringify(value)}`,
          signJson(access({ version: value })),
          JwtInvalidClaimTypeError,
          typeError('version'),
        ])
      }
      for (const value of [1, [], {}]) {
        cases.push([
          `iss ${JSON.stringify(value)}`,
          signJson(access({ iss: value })),
          JwtInvalidClaimTypeError,
          typeError('iss'),
        ])
      }
      cases.push([`iss [issuer]`, signJson(access({ iss: [ISSUER] })), JwtInvalidClaimTypeError, typeError('iss')])
      cases.push(['iss null', signJson(access({ iss: null })), JwtInvalidClaimTypeError, typeError('iss')])
      await refuseAll(cases)
      await refuseAll(
        [
          [
            'cognito:username 1',
            signJson(id({ 'cognito:username': 1 })),
            JwtInvalidClaimTypeError,
            typeError('cognito:username'),
          ],
          [
            'cognito:username ["alice"]',
            signJson(id({ 'cognito:username': ['alice'] })),
            JwtInvalidClaimTypeError,
            typeError('cognito:username'),
          ],
          ['nonce 1', signJson(id({ nonce: 1 })), JwtInvalidClaimTypeError, typeError('nonce')],
          ['nonce {}', signJson(id({ nonce: {} })), JwtInvalidClaimTypeError, typeError('nonce')],
          [
            'cognito:roles "arn"',
            signJson(id({ 'cognito:roles': 'arn:aws:iam::1:role/admin' })),
            JwtInvalidClaimTypeError,
            typeError('cognito:roles'),
          ],
          [
            'cognito:roles [1]',
            signJson(id({ 'cognito:roles': [1] })),
            JwtInvalidClaimTypeError,
            typeError('cognito:roles'),
          ],
          [
            'cognito:preferred_role []',
            signJson(id({ 'cognito:preferred_role': ['arn'] })),
            JwtInvalidClaimTypeError,
            typeError('cognito:preferred_role'),
          ],
          ['at_hash 1', signJson(id({ at_hash: 1 })), JwtInvalidClaimTypeError, typeError('at_hash')],
        ],
        idVerifier,
      )
    })
  })

  describe('H. times: replay, skew, lifetime, order', () => {
    it('refuses a replay after exp beyond the tolerance and accepts it within, also from the cache', async () => {
      const token = signJson(access({ exp: NOW + 10 }))
      const cached = verifierOf({ cache: true })
      await expectAccepted('fresh', cached.verify(token))
      await expectAccepted('fresh, cached', cached.verify(token))
      vi.setSystemTime((NOW + 14) * 1000)
      await expectAccepted('4 s after exp (tolerance 5 s)', cached.verify(token))
      await expectAccepted('4 s after exp, uncached', accessVerifier.verify(token))
      vi.setSystemTime((NOW + 15) * 1000)
      await expectRefused('5 s after exp, cached verifier', cached.verify(token), JwtExpiredError, {
        code: 'ERR_JWT_EXPIRED',
      })
      await expectRefused('5 s after exp', accessVerifier.verify(token), JwtExpiredError, { code: 'ERR_JWT_EXPIRED' })
      vi.setSystemTime((NOW + 86_400 * 365) * 1000)
      await expectRefused('a year later', cached.verify(token), JwtExpiredError, {})
      const strict = verifierOf({ clockTolerance: 0 })
      vi.setSystemTime((NOW + 10) * 1000)
      await expectRefused('at exp with tolerance 0', strict.verify(token), JwtExpiredError, {})
    })

    it('refuses nbf and iat in the future beyond the tolerance, at the exact boundary', async () => {
      await expectAccepted('nbf now + 5', accessVerifier.verify(signJson(access({ nbf: NOW + 5 }))))
      await expectAccepted('iat now + 5', accessVerifier.verify(signJson(access({ iat: NOW + 5, auth_time: NOW }))))
      await refuseAll([
        ['nbf now + 6', signJson(access({ nbf: NOW + 6 })), JwtNotBeforeError, { code: 'ERR_JWT_NOT_YET_VALID' }],
        ['nbf in a year', signJson(access({ nbf: NOW + 31_536_000 })), JwtNotBeforeError, {}],
        ['nbf 1e20', signJson(access({ nbf: 1e20 })), JwtNotBeforeError, {}],
        [
          'iat now + 6',
          signJson(access({ iat: NOW + 6, auth_time: NOW })),
          JwtIssuedInFutureError,
          { code: 'ERR_JWT_ISSUED_IN_FUTURE' },
        ],
        [
          'iat in a year, exp after it',
          signJson(access({ iat: NOW + 31_536_000, exp: NOW + 31_536_000 + 3600 })),
          JwtIssuedInFutureError,
          {},
        ],
      ])
    })

    it('refuses tokens that claim to live longer than Cognito lets a token live, or end before they begin', async () => {
      await expectAccepted(
        'exactly one day',
        accessVerifier.verify(signJson(access({ iat: NOW - 60, exp: NOW - 60 + 86_400 }))),
      )
      await refuseAll([
        [
          'one day and a second',
          signJson(access({ iat: NOW - 60, exp: NOW - 60 + 86_401 })),
          JwtInvalidClaimTypeError,
          typeError('exp'),
        ],
        ['ten years', signJson(access({ exp: NOW + 315_360_000 })), JwtInvalidClaimTypeError, typeError('exp')],
        [
          'issued two days ago, still valid',
          signJson(access({ iat: NOW - 172_800, auth_time: NOW - 172_800 })),
          JwtInvalidClaimTypeError,
          typeError('exp'),
        ],
        [
          'exp equal to iat',
          signJson(access({ iat: NOW - 1, exp: NOW - 1 + 0 })),
          JwtInvalidClaimTypeError,
          typeError('exp'),
        ],
        [
          'exp before iat (within the tolerance)',
          signJson(access({ iat: NOW + 4, auth_time: NOW, exp: NOW + 2 })),
          JwtInvalidClaimTypeError,
          typeError('exp'),
        ],
      ])
      // Refused before anything else looks at it: also with clockTolerance 60 and for ID tokens.
      await expectRefused(
        'ID token living two days',
        idVerifier.verify(signJson(id({ exp: NOW + 172_800 }))),
        JwtInvalidClaimTypeError,
        typeError('exp'),
      )
      // An emulator with longer tokens can say so.
      const relaxed = verifierOf({ maxTokenLifetime: 7 * 86_400 })
      await expectAccepted(
        'a week with maxTokenLifetime one week',
        relaxed.verify(signJson(access({ exp: NOW - 60 + 7 * 86_400 }))),
      )
      for (const maxTokenLifetime of [0, 59, -1, 1.5, Number.NaN, '86400', 31_536_001]) {
        expect(() => verifierOf({ maxTokenLifetime }), String(maxTokenLifetime)).toThrow(OptionsValidationError)
      }
    })

    it('refuses auth_time after iat or in the future; accepts it far in the past (refreshed tokens) or absent (machine tokens)', async () => {
      await expectAccepted(
        'auth_time a month ago',
        accessVerifier.verify(signJson(access({ auth_time: NOW - 2_592_000 }))),
      )
      await expectAccepted('auth_time equal to iat', accessVerifier.verify(signJson(access({ auth_time: NOW - 60 }))))
      await expectAccepted('no auth_time', accessVerifier.verify(signJson(without(access(), 'auth_time'))))
      await refuseAll([
        [
          'auth_time a second after iat',
          signJson(access({ auth_time: NOW - 59 })),
          JwtInvalidClaimTypeError,
          typeError('auth_time'),
        ],
        [
          'auth_time in the future',
          signJson(access({ auth_time: NOW + 3600 })),
          JwtInvalidClaimTypeError,
          typeError('auth_time'),
        ],
        ['auth_time 1e20', signJson(access({ auth_time: 1e20 })), JwtInvalidClaimTypeError, typeError('auth_time')],
      ])
    })

    it('requires exp and iat in the payload itself, not in the header', async () => {
      await refuseAll([
        [
          'no exp',
          signJson(without(access(), 'exp')),
          JwtMissingClaimError,
          { code: 'ERR_JWT_CLAIM_MISSING', claim: 'exp' },
        ],
        [
          'exp only in the header',
          signJson(without(access(), 'exp'), { ...HEADER, exp: NOW + 3600 }),
          JwtMissingClaimError,
          { claim: 'exp' },
        ],
        [
          'exp only nested',
          signJson({ ...without(access(), 'exp'), address: { exp: NOW + 3600 } }),
          JwtMissingClaimError,
          { claim: 'exp' },
        ],
        ['no iat', signJson(without(access(), 'iat')), JwtMissingClaimError, { claim: 'iat' }],
        ['no sub', signJson(without(access(), 'sub')), JwtMissingClaimError, { claim: 'sub' }],
        ['no token_use', signJson(without(access(), 'token_use')), JwtMissingClaimError, { claim: 'token_use' }],
        ['no iss', signJson(without(access(), 'iss')), JwtMissingClaimError, { claim: 'iss' }],
      ])
    })
  })

  describe('I. issuer look-alikes', () => {
    it('refuses every issuer that is not exactly a configured one', async () => {
      const host = 'cognito-idp.eu-west-1.amazonaws.com'
      const issuers = [
        `${ISSUER}/`,
        `${ISSUER}//`,
        `${ISSUER}/.well-known/jwks.json`,
        `${ISSUER}/x`,
        `${ISSUER}?x=1`,
        `${ISSUER}#x`,
        `${ISSUER} `,
        ` ${ISSUER}`,
        `${ISSUER}\u0000`,
        `${ISSUER}\n`,
        `http://${host}/${POOL_ID}`,
        `HTTPS://${host}/${POOL_ID}`,
        `https://${host.toUpperCase()}/${POOL_ID}`,
        `https://${host}:443/${POOL_ID}`,
        `https://${host}:8443/${POOL_ID}`,
        `https://${host}./${POOL_ID}`,
        `https://${host}.evil.example/${POOL_ID}`,
        `https://evil.example/${host}/${POOL_ID}`,
        `https://${host}@evil.example/${POOL_ID}`,
        `https://evil.example@${host}/${POOL_ID}`,
        `https://${host.replace('amazonaws', 'amaz\u043enaws')}/${POOL_ID}`,
        `https://${host.replace('cognito', 'c\u043egnito')}/${POOL_ID}`,
        `https://${host}/${POOL_ID.toLowerCase()}`,
        `https://${host}/${POOL_ID.toUpperCase()}`,
        `https://${host}/${POOL_ID.replace('_', '%5F')}`,
        `https://${host}/${POOL_ID.replace('_', '_\u200b')}`,
        `https://${host}/./${POOL_ID}`,
        `https://${host}/x/../${POOL_ID}`,
        `https://cognito-idp.us-east-1.amazonaws.com/${POOL_ID}`,
        `https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool`,
        `https://cognito-idp.eu-west-1.amazonaws.com/us-east-1_TestPool1`,
        `https://cognito-idp-fips.eu-west-1.amazonaws.com/${POOL_ID}`,
        `https://cognito-idp.eu-west-1.amazonaws.com.cn/${POOL_ID}`,
        `https://cognito-identity.eu-west-1.amazonaws.com/${POOL_ID}`,
        `https://issuer-cognito-idp.us-east-1.amazonaws.com/${POOL_ID}`,
        `https://${host}`,
        `${host}/${POOL_ID}`,
        POOL_ID,
        '',
        'https://evil.example',
      ]
      await refuseAll(
        issuers.map(
          (iss): Case => [
            `iss ${JSON.stringify(iss)}`,
            signJson(access({ iss })),
            JwtInvalidIssuerError,
            { code: 'ERR_JWT_ISSUER_MISMATCH' },
          ],
        ),
      )
      await expectAccepted('updated format', accessVerifier.verify(signJson(access({ iss: UPDATED_ISSUER }))))
      await expectRefused(
        'updated format when only the original is configured',
        verifierOf({ issuerFormat: 'original' }).verify(signJson(access({ iss: UPDATED_ISSUER }))),
        JwtInvalidIssuerError,
        {},
      )
      await expectRefused(
        'original format when only the updated is configured',
        verifierOf({ issuerFormat: 'updated' }).verify(signJson(access({ iss: ISSUER }))),
        JwtInvalidIssuerError,
        {},
      )
    })

    it('refuses pool ids that are not exactly a pool id when the verifier is created', () => {
      for (const userPoolId of [
        'eu-west-1_TestPool1/',
        'eu-west-1_TestPool1 ',
        ' eu-west-1_TestPool1',
        'EU-WEST-1_TestPool1',
        'eu-west-1-TestPool1',
        'eu-west-1__TestPool1',
        'eu-west-1_Test-Pool1',
        'eu-west-1_Test.Pool1',
        'eu-west-1_TestPool1%2F..',
        'eu-west-1_TestPool1@evil.example',
        'eu-west-1.evil.example_x',
        'eu-west_TestPool1',
        'xx-west-1_TestPool1\u0000',
        '',
      ]) {
        expect(() => verifierOf({ userPoolId }), JSON.stringify(userPoolId)).toThrow(OptionsValidationError)
      }
      for (const userPoolId of ['us-iso-east-1_TestPool1', 'us-isob-east-1_TestPool1', 'eu-isoe-west-1_TestPool1']) {
        expect(() => verifierOf({ userPoolId }), userPoolId).toThrow(/isolated \(ISO\) partition/)
      }
      expect(() => verifierOf({ userPoolId: 'cn-north-1_TestPool1' })).toThrow(/China/)
      expect(verifierOf({ userPoolId: 'us-gov-west-1_TestPool1' }).issuers).toEqual([
        'https://cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_TestPool1',
        'https://issuer-cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_TestPool1',
      ])
    })
  })

  describe('J. tokens of another pool, client or type', () => {
    const poolB = 'eu-west-1_OtherPool'
    const issuerB = `https://cognito-idp.eu-west-1.amazonaws.com/${poolB}`
    const keyB = rsaKey('key-1-of-B')
    // Pool B publishes its key under the same kid as pool A.
    const sharedKidB: TestKey = { ...keyB, kid: key.kid, jwk: { ...keyB.jwk, kid: key.kid } }

    it('refuses a token of another pool whose JWKS shares a kid, in single- and multi-pool verifiers', async () => {
      const multi = createCognitoVerifier(
        [
          { userPoolId: POOL_ID, tokenUse: 'access', clientId: CLIENT_ID, jwks: jwksOf(key) },
          { userPoolId: poolB, tokenUse: 'access', clientId: CLIENT_ID, jwks: jwksOf(sharedKidB) },
        ],
        {},
      )
      const tokenOfB = signJson(access({ iss: issuerB }), HEADER, sharedKidB)
      await expectAccepted('B token in the multi-pool verifier', multi.verify(tokenOfB))
      await expectRefused('B token in A verifier', accessVerifier.verify(tokenOfB), JwtInvalidIssuerError, {})
      await refuseAll(
        [
          ['B key, A issuer', signJson(access(), HEADER, sharedKidB), JwtInvalidSignatureError, {}],
          ['A key, B issuer', signJson(access({ iss: issuerB }), HEADER, key), JwtInvalidSignatureError, {}],
        ],
        multi,
      )
    })

    it('refuses a token of another client, and each token type where the other is expected', async () => {
      await refuseAll([
        [
          'other client',
          signJson(access({ client_id: 'otherclient123' })),
          CognitoJwtInvalidClientIdError,
          { code: 'ERR_JWT_CLIENT_ID_MISMATCH' },
        ],
        ['ID token', GOOD_ID, CognitoJwtInvalidTokenUseError, { code: 'ERR_JWT_TOKEN_USE_MISMATCH' }],
        [
          'ID token relabelled access (no client_id)',
          signJson(id({ token_use: 'access' })),
          JwtMissingClaimError,
          { claim: 'client_id' },
        ],
        [
          'access token with aud = client only',
          signJson(without(access({ aud: CLIENT_ID }), 'client_id')),
          JwtMissingClaimError,
          { claim: 'client_id' },
        ],
      ])
      await refuseAll(
        [
          ['access token', GOOD_ACCESS, CognitoJwtInvalidTokenUseError, {}],
          [
            'access token relabelled id (no aud)',
            signJson(access({ token_use: 'id' })),
            JwtMissingClaimError,
            { claim: 'aud' },
          ],
          [
            'ID token with client_id only',
            signJson(without(id({ client_id: CLIENT_ID }), 'aud')),
            JwtMissingClaimError,
            { claim: 'aud' },
          ],
          [
            'ID token of another client',
            signJson(id({ aud: 'otherclient123' })),
            CognitoJwtInvalidClientIdError,
            { claim: 'aud' },
          ],
          [
            'ID token with azp of another client',
            signJson(id({ azp: 'otherclient123' })),
            CognitoJwtInvalidClientIdError,
            { claim: 'azp' },
          ],
        ],
        idVerifier,
      )
      // An access token that also carries aud (resource binding) is still an access token.
      await expectAccepted(
        'access token with aud (resource binding)',
        accessVerifier.verify(signJson(access({ aud: 'https://api.example' }))),
      )
    })
  })

  describe('K. keys a JWKS must not contribute', () => {
    const weak = (bits: number) => rsaKey(`weak-${bits}`, bits)
    const fixed = (jwk: Record<string, unknown>) => verifierOf({ jwks: { keys: [jwk] } })

    it('refuses short moduli, small or even exponents, the wrong alg, use or key_ops, and private members', async () => {
      const jwk = key.jwk as Record<string, unknown>
      const cases: ReadonlyArray<readonly [string, Record<string, unknown>, TestKey]> = [
        ['1024-bit modulus', weak(1024).jwk as Record<string, unknown>, weak(1024)],
        ['1536-bit modulus', weak(1536).jwk as Record<string, unknown>, weak(1536)],
        ['alg RS512', { ...jwk, alg: 'RS512' }, key],
        ['alg PS256', { ...jwk, alg: 'PS256' }, key],
        ['alg HS256', { ...jwk, alg: 'HS256' }, key],
        ['use enc', { ...jwk, use: 'enc' }, key],
        ['key_ops ["encrypt"]', { ...jwk, key_ops: ['encrypt'] }, key],
        ['key_ops ["sign"]', { ...jwk, key_ops: ['sign'] }, key],
        ['e = 3', { ...jwk, e: 'Aw' }, key],
        ['e = 1', { ...jwk, e: 'AQ' }, key],
        [
          'private exponent d',
          { ...(key.privateKey.export({ format: 'jwk' }) as Record<string, unknown>), kid: key.kid },
          key,
        ],
        ['kty oct', { kty: 'oct', kid: key.kid, k: b64url(key.jwk.n as string) }, key],
      ]
      for (const [label, published, signer] of cases) {
        const token = signJson(access(), { alg: 'RS256', kid: published.kid ?? signer.kid }, signer)
        await expectRefused(label, fixed(published).verify(token), JwkValidationError, { code: 'ERR_JWK_INVALID' })
      }
      // 2048 bits with e = 65537 is the floor and passes.
      await expectAccepted('2048-bit key', fixed(jwk).verify(GOOD_ACCESS))
    })

    it('refuses JWKS documents that are not JWKS when given up front', () => {
      for (const jwks of [
        null,
        [],
        {},
        { keys: {} },
        { keys: 'x' },
        { keys: [null] },
        { keys: [1] },
        { keys: [{}] },
        { keys: [{ kty: 1 }] },
        { keys: Array.from({ length: 101 }, () => key.jwk) },
      ]) {
        expect(() => verifierOf({ jwks }), JSON.stringify(jwks).slice(0, 40)).toThrow(OptionsValidationError)
      }
    })
  })

  describe('L. size and shape', () => {
    it('refuses oversized tokens by length before decoding, and deep or wide payloads without crashing', async () => {
      const big = signJson(access({ blob: 'x'.repeat(20_000) }))
      await expectRefused('20 KB token', accessVerifier.verify(big), JwtTooLargeError, { code: 'ERR_JWT_TOO_LARGE' })
      await expectRefused('5 MB of dots', accessVerifier.verify('.'.repeat(5_000_000)), JwtTooLargeError, {})
      const roomy = verifierOf({ maxTokenLength: 1_048_576 })
      const deep = `${JSON.stringify(access()).slice(0, -1)},"deep":${'['.repeat(100_000)}"x"${']'.repeat(100_000)}}`
      await expectRefused(
        '100,000 levels of arrays',
        roomy.verify(signRaw(JSON.stringify(HEADER), deep)),
        JwtParseError,
        { reason: 'nesting' },
      )
      let deepObject: unknown = 1
      for (let i = 0; i < 40; i++) deepObject = { a: deepObject }
      await expectRefused(
        '40 levels of objects',
        accessVerifier.verify(signJson(access({ deep: deepObject }))),
        JwtParseError,
        { reason: 'nesting' },
      )
      const wide: Record<string, unknown> = access()
      for (let i = 0; i < 20_000; i++) wide[`c${i}`] = i
      await expectAccepted('20,000 claims within the configured cap', roomy.verify(signJson(wide)))
      const many = signRaw(JSON.stringify(HEADER), `{${'"a":1,'.repeat(30_000)}${JSON.stringify(access()).slice(1)}`)
      await expectRefused('30,000 repeated members', roomy.verify(many), JwtParseError, { reason: 'duplicate-member' })
    })
  })

  describe('O. Object.prototype polluted elsewhere in the process', () => {
    /** Runs `f` with `fields` set on Object.prototype, removing them afterwards whatever happens. */
    async function polluted(fields: Record<string, unknown>, f: () => Promise<void>): Promise<void> {
      const proto = Object.prototype as Record<string, unknown>
      for (const [name, value] of Object.entries(fields)) {
        Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false })
      }
      try {
        await f()
      } finally {
        for (const name of Object.keys(fields)) delete proto[name]
      }
    }
    const attackerToken = signJson(access(), HEADER, attacker)

    it('never takes jwks, unsafeCustomIssuer or jwksUri from the prototype', async () => {
      const requested: string[] = []
      const fetch: FetchLike = async (url) => {
        requested.push(url)
        return { status: 500, headers: { get: () => null }, body: null }
      }
      await polluted(
        {
          jwks: jwksOf(attacker),
          unsafeCustomIssuer: { issuer: 'https://evil.example/pool', jwksUri: 'https://evil.example/jwks.json' },
          jwksUri: 'https://evil.example/jwks.json',
          clockTolerance: 3600,
          maxTokenLifetime: 31_536_000,
        },
        async () => {
          const verifier = createCognitoVerifier({
            userPoolId: POOL_ID,
            tokenUse: 'access',
            clientId: CLIENT_ID,
            jwksFetch: { fetch },
          })
          expect(verifier.issuers).toEqual([ISSUER, UPDATED_ISSUER])
          await expectRefused('attacker key', verifier.verify(attackerToken), JwksFetchError, { reason: 'status' })
          expect(requested).toEqual([`${ISSUER}/.well-known/jwks.json`])
          await expectRefused(
            'evil issuer',
            verifier.verify(signJson(access({ iss: 'https://evil.example/pool' }), HEADER, attacker)),
            JwtInvalidIssuerError,
            {},
          )
          // Neither the tolerance nor the lifetime cap came from the prototype.
          await expectRefused(
            'ten years',
            accessVerifier.verify(signJson(access({ exp: NOW + 315_360_000 }))),
            JwtInvalidClaimTypeError,
            {},
          )
          await expectRefused(
            'expired a minute ago',
            verifierOf().verify(signJson(access({ exp: NOW - 60 }))),
            JwtExpiredError,
            {},
          )
        },
      )
    })

    it('never lets a token borrow a claim or a header member it lacks from the prototype', async () => {
      const groupsAndScope = verifierOf({ groups: 'admins', scope: 'orders/read' })
      const cases: ReadonlyArray<
        readonly [string, unknown, ErrorClass, Record<string, unknown>, Record<string, unknown>]
      > = [
        ['exp', NOW + 3600, JwtMissingClaimError, { claim: 'exp' }, without(access(), 'exp')],
        ['iat', NOW - 60, JwtMissingClaimError, { claim: 'iat' }, without(access(), 'iat')],
        ['sub', 'admin', JwtMissingClaimError, { claim: 'sub' }, without(access(), 'sub')],
        ['token_use', 'access', JwtMissingClaimError, { claim: 'token_use' }, without(access(), 'token_use')],
        ['client_id', CLIENT_ID, JwtMissingClaimError, { claim: 'client_id' }, without(access(), 'client_id')],
        ['iss', ISSUER, JwtMissingClaimError, { claim: 'iss' }, without(access(), 'iss')],
        ['cognito:groups', ['admins'], CognitoJwtInvalidGroupError, {}, without(access(), 'cognito:groups')],
        ['scope', 'orders/read', JwtInvalidScopeError, {}, without(access(), 'scope')],
      ]
      for (const [name, value, type, fields, claims] of cases) {
        const token = signJson(claims)
        await polluted({ [name]: value }, async () => {
          await expectRefused(`${name} inherited`, groupsAndScope.verify(token), type, fields)
        })
      }
      // Header members: a header without alg or kid does not borrow them either.
      const noAlg = signJson(access(), { kid: key.kid })
      const noKid = signJson(access(), { alg: 'RS256' })
      await polluted({ alg: 'RS256', kid: key.kid }, async () => {
        await expectRefused('alg inherited', accessVerifier.verify(noAlg), JwtInvalidSignatureAlgorithmError, {})
        await expectRefused('kid inherited', accessVerifier.verify(noKid), JwtWithoutValidKidError, {})
      })
    })

    it('never takes a JWKS keys array or a key member from the prototype', async () => {
      await polluted({ keys: [attacker.jwk] }, async () => {
        expect(() => verifierOf({ jwks: {} })).toThrow(OptionsValidationError)
      })
      const bare = { kty: 'RSA', kid: key.kid, alg: 'RS256', use: 'sig' }
      const verifier = verifierOf({ jwks: { keys: [bare] } })
      await polluted({ n: attacker.jwk.n, e: attacker.jwk.e }, async () => {
        await expectRefused('n and e inherited', verifier.verify(attackerToken), JwkValidationError, {})
        await expectRefused(
          'n and e inherited, fresh verifier',
          verifierOf({ jwks: { keys: [bare] } }).verify(attackerToken),
          JwkValidationError,
          {},
        )
      })
      const kidlessJwk = { ...(attacker.jwk as Record<string, unknown>) }
      delete kidlessJwk.kid
      await polluted({ kid: key.kid }, async () => {
        const kidless = verifierOf({ jwks: { keys: [kidlessJwk] } })
        await expectRefused('kid inherited', kidless.verify(attackerToken), KidNotFoundInJwksError, {})
      })
    })
  })

  describe('N. random mutations of a valid token (seeded)', () => {
    it('refuses every mutated spelling with a typed error, in both token kinds and with the cache on', async () => {
      const cached = verifierOf({ tokenUse: null, cache: true })
      await expectAccepted('original access', cached.verify(GOOD_ACCESS))
      await expectAccepted('original id', cached.verify(GOOD_ID))
      const random = seeded(0x5eed)
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ '
      let tried = 0
      for (const original of [GOOD_ACCESS, GOOD_ID]) {
        for (let i = 0; i < 400; i++) {
          const at = Math.floor(random() * original.length)
          const c = alphabet[Math.floor(random() * alphabet.length)] as string
          const kind = Math.floor(random() * 4)
          const mutated =
            kind === 0
              ? original.slice(0, at) + c + original.slice(at + 1)
              : kind === 1
                ? original.slice(0, at) + c + original.slice(at)
                : kind === 2
                  ? original.slice(0, at) + original.slice(at + 1)
                  : original.slice(0, at) +
                    original.slice(at + 1, at + 2) +
                    original.slice(at, at + 1) +
                    original.slice(at + 2)
          if (mutated === original) continue
          tried++
          await expectRefused(`mutation ${kind} at ${at} (${c})`, cached.verify(mutated), JwtVerificationError, {})
        }
      }
      expect(tried).toBeGreaterThan(700)
      // And the originals still pass afterwards.
      await expectAccepted('original access again', cached.verify(GOOD_ACCESS))
      await expectAccepted('original id again', cached.verify(GOOD_ID))
    })
  })

  describe('M. the fetching path', () => {
    const servers: TestServer[] = []
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((s) => s.close()))
    })

    /** A verifier for the real pool issuer whose fetch is rewritten to a local server. */
    async function fetchingVerifier(
      handler: (req: IncomingMessage, res: ServerResponse) => void,
      options: Record<string, unknown> = {},
    ) {
      const server = await startServer(handler)
      servers.push(server)
      const urls: string[] = []
      const fetch: FetchLike = (url, init) => {
        urls.push(url)
        return globalThis.fetch(url.replace(/^https:\/\/[^/]+/, server.origin), init) as never
      }
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        issuerFormat: 'original',
        jwksFetch: { fetch, timeoutMs: 500, cooldownMs: 60_000 },
        ...options,
      } as never)
      return { verifier, server, urls }
    }
    const send =
      (status: number, body: string | Buffer, headers: Record<string, string> = {}) =>
      (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers })
        res.end(body)
      }

    it('fetches only the JWKS URL derived from the pool id, whatever the token says', async () => {
      const { verifier, urls } = await fetchingVerifier(send(200, JSON.stringify(jwksOf(key))))
      await expectAccepted('valid', verifier.verify(GOOD_ACCESS))
      await expectRefused(
        'jku',
        verifier.verify(signJson(access(), { ...HEADER, kid: 'new', jku: 'https://evil.example/j' })),
        JwtUnsupportedHeaderError,
        {},
      )
      await expectRefused(
        'kid with a path',
        verifier.verify(signJson(access(), { alg: 'RS256', kid: '../../evil' })),
        WaitPeriodNotYetEndedJwkError,
        {},
      )
      expect(urls).toEqual([`${ISSUER}/.well-known/jwks.json`])
    })

    it('refuses JWKS answers that are not JSON, too big, too slow, redirects or errors, with typed errors', async () => {
      const answers: ReadonlyArray<
        readonly [string, (req: IncomingMessage, res: ServerResponse) => void, ErrorClass, Record<string, unknown>]
      > = [
        [
          'HTML',
          send(200, '<html>sign in</html>', { 'content-type': 'text/html' }),
          JwksFetchError,
          { reason: 'not-json' },
        ],
        ['empty body', send(200, ''), JwksFetchError, { reason: 'not-json' }],
        ['Latin-1 bytes', send(200, Buffer.from([0x7b, 0xff, 0x7d])), JwksFetchError, { reason: 'not-json' }],
        ['a JSON array', send(200, JSON.stringify([key.jwk])), JwksValidationError, { code: 'ERR_JWKS_INVALID' }],
        ['keys not an array', send(200, JSON.stringify({ keys: key.jwk })), JwksValidationError, {}],
        [
          '1 MB of JSON',
          send(200, JSON.stringify({ keys: [], pad: 'x'.repeat(1_000_000) })),
          JwksFetchError,
          { reason: 'too-large' },
        ],
        [
          '1 MB without content-length',
          (_req, res) => {
            res.writeHead(200, { 'transfer-encoding': 'chunked' })
            for (let i = 0; i < 100; i++) res.write('x'.repeat(10_000))
            res.end()
          },
          JwksFetchError,
          { reason: 'too-large' },
        ],
        [
          'a gzip bomb (10 KB on the wire, 10 MB unpacked)',
          send(200, gzipSync(Buffer.alloc(10_000_000, 0x20)), { 'content-encoding': 'gzip' }),
          JwksFetchError,
          { reason: 'too-large' },
        ],
        [
          '302 to an attacker JWKS',
          send(302, '', { location: 'https://evil.example/jwks.json' }),
          JwksFetchError,
          { reason: 'redirect' },
        ],
        [
          '301',
          send(301, JSON.stringify(jwksOf(key)), { location: '/elsewhere' }),
          JwksFetchError,
          { reason: 'redirect' },
        ],
        ['307', send(307, '', { location: '/elsewhere' }), JwksFetchError, { reason: 'redirect' }],
        ['500', send(500, '{"message":"Internal"}'), JwksFetchError, { reason: 'status', status: 500 }],
        ['404 with a valid JWKS body', send(404, JSON.stringify(jwksOf(key))), JwksFetchError, { reason: 'status' }],
        ['204', send(204, ''), JwksFetchError, { reason: 'status' }],
        ['no answer', () => undefined, JwksFetchError, { reason: 'timeout' }],
        [
          'headers, then silence',
          (_req, res) => {
            res.writeHead(200)
            res.write('{"keys":[')
          },
          JwksFetchError,
          { reason: 'timeout' },
        ],
        ['connection dropped', (req) => req.socket.destroy(), JwksFetchError, { reason: 'network' }],
      ]
      for (const [label, handler, type, fields] of answers) {
        const { verifier } = await fetchingVerifier(handler)
        await expectRefused(label, verifier.verify(GOOD_ACCESS), type, { ...fields })
        // Then the cooldown holds: no second request however often it is asked.
        await expectRefused(`${label}, again`, verifier.verify(GOOD_ACCESS), WaitPeriodNotYetEndedJwkError, {
          code: 'ERR_JWKS_COOLDOWN',
        })
      }
    })

    it('refuses the answer of a custom fetch that followed a redirect despite redirect: manual', async () => {
      // The attacker publishes its key under the pool's kid.
      const evil = await startServer((_req, res) =>
        res.end(JSON.stringify({ keys: [{ ...attacker.jwk, kid: key.kid }] })),
      )
      servers.push(evil)
      const target = await startServer((_req, res) => {
        res.writeHead(302, { location: `${evil.origin}/jwks.json` })
        res.end()
      })
      servers.push(target)
      const following: FetchLike = (url, init) =>
        globalThis.fetch(url.replace(/^https:\/\/[^/]+/, target.origin), { ...init, redirect: 'follow' }) as never
      const verifier = createCognitoVerifier({
        userPoolId: POOL_ID,
        tokenUse: 'access',
        clientId: CLIENT_ID,
        jwksFetch: { fetch: following, timeoutMs: 1000 },
      })
      await expectRefused('followed redirect', verifier.verify(signJson(access(), HEADER, attacker)), JwksFetchError, {
        reason: 'redirect',
      })
      expect(evil.requests).toHaveLength(1)
    })

    it('refuses fetched keys that may not verify, and keeps a good key working next to a bad one', async () => {
      const bad = { ...(attacker.jwk as Record<string, unknown>), kid: 'bad', e: 'Aw' }
      const { verifier } = await fetchingVerifier(send(200, JSON.stringify({ keys: [key.jwk, bad] })))
      await expectAccepted('good key', verifier.verify(GOOD_ACCESS))
      await expectRefused(
        'bad key',
        verifier.verify(signJson(access(), { alg: 'RS256', kid: 'bad' }, attacker)),
        JwkValidationError,
        {},
      )
      await expectAccepted('good key again', verifier.verify(GOOD_ACCESS))
    })

    it('one fetch for a burst of tokens with a new kid; known keys keep working while the endpoint fails', async () => {
      let healthy = true
      let requests = 0
      const { verifier } = await fetchingVerifier((_req, res) => {
        requests++
        if (!healthy) {
          res.writeHead(503)
          res.end()
          return
        }
        res.writeHead(200, { 'content-type': 'application/json' })
        setTimeout(() => res.end(JSON.stringify(jwksOf(key))), 50)
      })
      const results = await Promise.allSettled(Array.from({ length: 300 }, () => verifier.verify(GOOD_ACCESS)))
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true)
      expect(requests).toBe(1)
      healthy = false
      await expectAccepted('known key, endpoint down', verifier.verify(signJson(access({ jti: 'other' }))))
      await expectRefused(
        'unknown kid during the cooldown',
        verifier.verify(signJson(access(), { alg: 'RS256', kid: 'rotated' })),
        WaitPeriodNotYetEndedJwkError,
        {},
      )
      expect(requests).toBe(1)
    })
  })
})

/** `a + b` for big-endian unsigned integers, as many bytes as the longer one (carry dropped). */
function addBigEndian(a: Buffer, b: Buffer): Buffer {
  const length = Math.max(a.length, b.length)
  const out = Buffer.alloc(length)
  let carry = 0
  for (let i = 1; i <= length; i++) {
    const sum = (a[a.length - i] ?? 0) + (b[b.length - i] ?? 0) + carry
    out[length - i] = sum & 0xff
    carry = sum >> 8
  }
  return out
}

function flipBit(bytes: Buffer, bit: number): Buffer {
  const out = Buffer.from(bytes)
  out[bit >> 3] = (out[bit >> 3] as number) ^ (0x80 >> (bit & 7))
  return out
}

/** A small deterministic PRNG (mulberry32), so a failing mutation can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
