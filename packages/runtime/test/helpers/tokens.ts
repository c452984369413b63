/** Keys and tokens signed in the tests (node:crypto), plus the two verifier implementations. */
import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto'
import type { CreateCognitoVerifier } from '../../src/jwt/cognito-verifier.js'
import { createCognitoVerifier as createWebVerifier } from '../../src/jwt/index.js'
import { createCognitoVerifier as createNodeVerifier } from '../../src/jwt/index.node.js'
import type { Jwk } from '../../src/jwt/jwks-document.js'

/** Both implementations, for `describe.each`. */
export const implementations: ReadonlyArray<readonly [string, CreateCognitoVerifier]> = [
  ['node:crypto', createNodeVerifier],
  ['WebCrypto', createWebVerifier],
]

export const POOL_ID = 'eu-west-1_TestPool1'
export const ISSUER = `https://cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`
export const UPDATED_ISSUER = `https://issuer-cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`
export const CLIENT_ID = 'client1example23456789'

export interface TestKey {
  readonly kid: string
  readonly privateKey: KeyObject
  readonly publicKey: KeyObject
  /** The public JWK as Cognito publishes it. */
  readonly jwk: Jwk
}

const keyCache = new Map<string, TestKey>()

/** An RSA key pair (cached per kid and size: key generation is slow). */
export function rsaKey(kid: string, bits = 2048): TestKey {
  const cacheKey = `${kid}/${bits}`
  const cached = keyCache.get(cacheKey)
  if (cached) return cached
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits })
  const jwk = {
    ...(publicKey.export({ format: 'jwk' }) as Record<string, string>),
    kid,
    alg: 'RS256',
    use: 'sig',
  } as Jwk
  const key = { kid, privateKey, publicKey, jwk }
  keyCache.set(cacheKey, key)
  return key
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000)

/** Claims of a valid access token. */
export function accessClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = nowSeconds()
  return {
    sub: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    'cognito:groups': ['admins', 'users'],
    iss: ISSUER,
    version: 2,
    client_id: CLIENT_ID,
    origin_jti: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff',
    event_id: 'cccccccc-dddd-4eee-8fff-000000000000',
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin openid orders/read',
    auth_time: now - 10,
    exp: now + 3600,
    iat: now - 10,
    jti: 'dddddddd-eeee-4fff-8000-111111111111',
    username: 'alice',
    ...overrides,
  }
}

/** Claims of a valid ID token. */
export function idClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = nowSeconds()
  return {
    sub: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    'cognito:groups': ['admins'],
    email_verified: true,
    iss: ISSUER,
    'cognito:username': 'alice',
    origin_jti: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff',
    aud: CLIENT_ID,
    event_id: 'cccccccc-dddd-4eee-8fff-000000000000',
    token_use: 'id',
    auth_time: now - 10,
    exp: now + 3600,
    iat: now - 10,
    jti: 'eeeeeeee-ffff-4000-8111-222222222222',
    email: 'alice@example.com',
    'custom:tenant': 'acme',
    ...overrides,
  }
}

export const b64url = (text: string | Buffer): string => Buffer.from(text).toString('base64url')
export const encodeJson = (value: unknown): string => b64url(JSON.stringify(value))

/** Signs `headerSegment.payloadSegment` (exact strings) with RS256. */
export function signSegments(headerSegment: string, payloadSegment: string, key: TestKey): string {
  const input = `${headerSegment}.${payloadSegment}`
  return `${input}.${sign('sha256', Buffer.from(input), key.privateKey).toString('base64url')}`
}

/** A compact RS256 JWS over the given header and claims. */
export function signToken(
  claims: Record<string, unknown>,
  key: TestKey,
  header: Record<string, unknown> = { kid: key.kid, alg: 'RS256' },
): string {
  return signSegments(encodeJson(header), encodeJson(claims), key)
}

/** An HS256 token whose HMAC key is `secret` (the RS→HS confusion attack). */
export function signHs256(claims: Record<string, unknown>, secret: string | Buffer, kid: string): string {
  const input = `${encodeJson({ kid, alg: 'HS256' })}.${encodeJson(claims)}`
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
}

/** Signs with RSASSA-PSS (PS256), a valid signature by the same RSA key but the wrong algorithm. */
export function signPs256(claims: Record<string, unknown>, key: TestKey): string {
  const input = `${encodeJson({ kid: key.kid, alg: 'PS256' })}.${encodeJson(claims)}`
  const signature = sign('sha256', Buffer.from(input), {
    key: key.privateKey,
    padding: 6 /* RSA_PKCS1_PSS_PADDING */,
    saltLength: 32,
  })
  return `${input}.${signature.toString('base64url')}`
}

/** The JWKS document of some keys. */
export const jwksOf = (...keys: TestKey[]): { keys: Jwk[] } => ({ keys: keys.map((k) => k.jwk) })

/** Flips the last base64url character's spare bits on: same bytes, another spelling. */
export function withDirtyPadBits(segment: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const rest = segment.length % 4
  if (rest === 0) throw new Error('segment has no spare bits')
  const last = alphabet.indexOf(segment[segment.length - 1] as string)
  // The lowest bit of the last character is always a spare bit (4 spare bits for rest 2, 2 for rest 3).
  const dirty = last | 1
  if (dirty === last) throw new Error('spare bits already set')
  return segment.slice(0, -1) + alphabet[dirty]
}
