/**
 * Random `state`, `nonce` and PKCE values from WebCrypto (`crypto.getRandomValues`,
 * `crypto.subtle.digest`), with no dependencies.
 *
 * @module
 */
import { encodeBase64url } from '../internal/base64url.js'

function randomBase64url(bytes: number): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(bytes)))
}

/**
 * A random `state` value (32 random bytes, base64url): bind it to the browser session and check it
 * once on the callback.
 *
 * @example
 * ```ts
 * const state = randomState() // 'q8Yb0b1h...' (43 characters)
 * ```
 */
export function randomState(): string {
  return randomBase64url(32)
}

/**
 * A random OIDC `nonce` (32 random bytes, base64url). Always send one to Cognito: it adds its own
 * to federated sign-ins when the client sent none.
 *
 * @example
 * ```ts
 * const nonce = randomNonce()
 * ```
 */
export function randomNonce(): string {
  return randomBase64url(32)
}

/** A PKCE verifier and its S256 challenge (RFC 7636). */
export interface PkcePair {
  /** 43 characters from 32 random bytes; keep it with the session, send it to the token endpoint. */
  readonly codeVerifier: string
  /** `BASE64URL(SHA-256(codeVerifier))`, sent in the authorize URL. */
  readonly codeChallenge: string
  /** Always `S256`: the only method Cognito supports. */
  readonly codeChallengeMethod: 'S256'
}

/** RFC 7636 §4.1: 43–128 unreserved characters. */
export const PKCE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/

/**
 * The S256 challenge of a PKCE verifier.
 *
 * @example
 * ```ts
 * await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk') // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 * ```
 */
export async function pkceChallenge(codeVerifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier))
  return encodeBase64url(new Uint8Array(digest))
}

/**
 * A new PKCE code verifier: 43 characters from 32 random bytes.
 *
 * @example
 * ```ts
 * const codeVerifier = randomCodeVerifier()
 * ```
 */
export function randomCodeVerifier(): string {
  return randomBase64url(32)
}

/**
 * A new PKCE verifier (32 random bytes) and its S256 challenge. Cognito supports S256 only.
 *
 * @example
 * ```ts
 * const { codeVerifier, codeChallenge } = await createPkcePair()
 * ```
 */
export async function createPkcePair(): Promise<PkcePair> {
  const codeVerifier = randomCodeVerifier()
  return Object.freeze({ codeVerifier, codeChallenge: await pkceChallenge(codeVerifier), codeChallengeMethod: 'S256' })
}
