/**
 * Keys and Cognito-shaped tokens made in the tests (node:crypto, RS256), and the JWKS that the
 * verifier is given up front: nothing is fetched.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto'
import type { Jwk, JwksDocument } from '@cognito-kit/runtime'

export const POOL_ID = 'eu-west-1_Example12'
export const ISSUER = `https://cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`
export const CLIENT_ID = '1example23456789abcdefghij'

export interface TestKey {
  readonly kid: string
  readonly privateKey: KeyObject
  readonly jwk: Jwk
}

export function rsaKey(kid: string): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const jwk = { ...(publicKey.export({ format: 'jwk' }) as Record<string, string>), kid, alg: 'RS256', use: 'sig' }
  return { kid, privateKey, jwk: jwk as Jwk }
}

export function jwksOf(...keys: TestKey[]): JwksDocument {
  return { keys: keys.map((k) => k.jwk) }
}

const now = () => Math.floor(Date.now() / 1000)

/** Claims of a valid access token of CLIENT_ID, overridable (`undefined` removes a claim). */
export function accessClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const iat = now() - 5
  const claims: Record<string, unknown> = {
    sub: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    'cognito:groups': ['members'],
    iss: ISSUER,
    version: 2,
    client_id: CLIENT_ID,
    origin_jti: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff',
    event_id: 'cccccccc-dddd-4eee-8fff-000000000000',
    token_use: 'access',
    scope: 'openid email orders/read',
    auth_time: iat,
    iat,
    exp: iat + 3600,
    jti: 'dddddddd-eeee-4fff-8000-111111111111',
    username: 'jane',
    ...overrides,
  }
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name]
  return claims
}

/** A compact RS256 JWT. */
export function signToken(key: TestKey, claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${part({ kid: key.kid, alg: 'RS256', ...header })}.${part(claims)}`
  return `${input}.${sign('sha256', Buffer.from(input), key.privateKey).toString('base64url')}`
}
