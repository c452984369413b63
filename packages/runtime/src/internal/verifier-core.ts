/**
 * The verification pipeline, shared by both platforms. Hot-path rules: nothing async until a key
 * must be fetched (node:crypto verifies synchronously), the decoded header cached by its exact
 * segment, a few issuers compared in turn (more looked up in a Map built at creation), a new
 * token copied once into the backend's memory as bytes and decoded from there (no intermediate
 * strings but the payload's JSON text), and a token that passed twice not decoded and parsed
 * again (its signature and time claims are still checked on every call).
 */
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidGroupError,
  CognitoJwtInvalidTokenUseError,
  JwtCustomCheckError,
  JwtExpiredError,
  JwtInvalidClaimError,
  JwtInvalidClaimTypeError,
  JwtInvalidIssuerError,
  JwtInvalidScopeError,
  JwtInvalidSignatureError,
  JwtIssuedInFutureError,
  JwtMissingClaimError,
  JwtNotBeforeError,
  JwtParseError,
  JwtTooLargeError,
  JwtUnsupportedHeaderError,
} from '../errors.js'
import type { VerifiedTokenHeader } from '../jwt/claims.js'
import type { CognitoVerifier } from '../jwt/cognito-verifier.js'
import type { CustomCheckContext } from '../jwt/verifier-options.js'
import { decodeBase64urlBytes, decodeBase64urlInto } from './base64url.js'
import type { CryptoBackend, ImportedRsaKey } from './crypto-backend.js'
import { type IssuerKeys, KeyStore } from './key-store.js'
import { parseHeader } from './parse-header.js'
import { notCanonical, parseJsonSegment, parseJsonText } from './parse-json-segment.js'
import { VerifiedTokenCache } from './verified-token-cache.js'
import { type PoolSetting, resolveVerifierSettings } from './verifier-config.js'

interface IssuerRuntime<K> {
  readonly pool: PoolSetting
  readonly keys: IssuerKeys<K>
}

const encoder = new TextEncoder()

/** Most distinct header segments remembered (a pool has two keys; rotation adds a few). */
const HEADER_CACHE_SIZE = 64
/** Most decoded tokens remembered, keyed by characters near the end of their signature. */
const DECODED_TOKENS = 256

/**
 * A small-integer key from 4 characters near the end of the token, inside the signature (about 24
 * random bits): no scan, no slice, no string hashing, no heap number. A collision is only a miss:
 * the whole token is compared before anything is reused.
 */
function memoKeyOf(token: string): number {
  let key = 0
  for (let i = Math.max(0, token.length - 5); i < token.length - 1; i++) key = (key << 7) | (token.charCodeAt(i) & 127)
  return key
}

/** What decoding a token yields; everything here is a pure function of the token string. */
interface DecodedToken<K> {
  readonly token: string
  readonly header: VerifiedTokenHeader
  /** Deep-frozen. */
  readonly payload: Record<string, unknown>
  readonly target: IssuerRuntime<K>
  /**
   * The signing input's bytes: its own copy once the token is remembered, otherwise a view of the
   * backend's scratch memory, valid only until the next token is decoded.
   */
  readonly signingInput: Uint8Array
  /** The signature's bytes, on the same terms. */
  readonly signature: Uint8Array
}

type Claims = Record<string, unknown>

/** Builds a verifier from raw (unvalidated) options with the given crypto backend. */
export function buildVerifier<K>(
  backend: CryptoBackend<K>,
  options: unknown,
  shared: unknown,
): CognitoVerifier<unknown> {
  const settings = resolveVerifierSettings(options, shared)
  const store = new KeyStore(backend, settings.fetch)
  const issuers = new Map<string, IssuerRuntime<K>>()
  for (const pool of settings.pools) {
    for (const { issuer, jwksUri } of pool.issuers) {
      issuers.set(issuer, { pool, keys: store.createIssuer(issuer, jwksUri, pool.jwks) })
    }
  }
  const cache = settings.cache && new VerifiedTokenCache(settings.cache.maxEntries, settings.cache.maxAgeSeconds)
  const { maxTokenLength, maxTokenLifetime, clockTolerance, customCheck, includeClaimsInErrors } = settings
  const headers = new Map<string, VerifiedTokenHeader>()
  const decodedTokens = new Map<number, DecodedToken<K>>()
  const decodedRing = new Array<number | undefined>(DECODED_TOKENS)
  let decodedNext = 0
  /** Memo keys of tokens verified once: a token is remembered when it passes a second time. */
  const seenOnce = new Set<number>()
  const seenRing = new Array<number | undefined>(DECODED_TOKENS)
  let seenNext = 0
  const issuerNames = [...issuers.keys()]
  const issuerRuntimes = [...issuers.values()]
  let lastHeaderSegment = ''
  let lastHeader: VerifiedTokenHeader | undefined

  /**
   * The issuer named `iss`. A few are compared in turn: `iss` is a fresh string from JSON.parse,
   * which a Map lookup would hash first, and comparing strings of different lengths is immediate.
   */
  function issuerOf(iss: string): IssuerRuntime<K> | undefined {
    if (issuerNames.length > 8) return issuers.get(iss)
    for (let i = 0; i < issuerNames.length; i++) if (issuerNames[i] === iss) return issuerRuntimes[i]
    return undefined
  }

  function headerOf(token: string, end: number): VerifiedTokenHeader {
    if (lastHeader !== undefined && end === lastHeaderSegment.length && token.startsWith(lastHeaderSegment)) {
      return lastHeader
    }
    const segment = token.slice(0, end)
    let header = headers.get(segment)
    if (header === undefined) {
      header = parseHeader(segment, backend)
      if (headers.size >= HEADER_CACHE_SIZE) headers.clear()
      headers.set(segment, header)
    }
    lastHeaderSegment = segment
    lastHeader = header
    return header
  }

  /**
   * Decodes and checks everything that does not need the key: header, payload, issuer, signature
   * bytes. A token of ASCII characters only (any other is refused below) is copied as bytes into
   * the backend's memory once and every segment decoded from there: reading bytes is several times
   * faster than reading string characters, and leaves the signing input in place.
   */
  function decode(token: string): DecodedToken<K> {
    // Structure: exactly three segments.
    const d1 = token.indexOf('.')
    const d2 = d1 === -1 ? -1 : token.indexOf('.', d1 + 1)
    if (d2 === -1 || token.indexOf('.', d2 + 1) !== -1) {
      throw new JwtParseError('segments', 'JWT must have exactly three dot-separated segments')
    }
    const header = headerOf(token, d1)
    const length = token.length
    // The token's bytes, then the payload's and the signature's (each 3/4 of its segment at most).
    let bytes = backend.scratch(2 * length)
    const copied = encoder.encodeInto(token, bytes)
    const ascii = copied.read === length && copied.written === length
    let payload: Record<string, unknown>
    let at = length
    if (ascii) {
      const n = decodeBase64urlBytes(bytes, d1 + 1, d2, bytes, at)
      if (n === -1) throw notCanonical('payload')
      payload = parseJsonText(backend.text(bytes, at, at + n, 'payload'), 'payload')
      at += n
    } else {
      // Refused below or here, with the error of the first segment at fault.
      payload = parseJsonSegment(token, d1 + 1, d2, 'payload', backend)
      bytes = backend.scratch(2 * length)
    }
    // The issuer selects the pool and its keys; nothing else about it is trusted yet.
    const iss = own(payload, 'iss')
    const target = typeof iss === 'string' ? issuerOf(iss) : undefined
    if (target === undefined) {
      if (iss === undefined) throw new JwtMissingClaimError('iss')
      if (typeof iss !== 'string') throw new JwtInvalidClaimTypeError('iss', 'a string')
      throw new JwtInvalidIssuerError(iss)
    }
    const n = ascii
      ? decodeBase64urlBytes(bytes, d2 + 1, length, bytes, at)
      : decodeBase64urlInto(token, d2 + 1, length, bytes, at)
    if (n <= 0) throw new JwtParseError('base64url', 'JWT signature is not canonical base64url', 'signature')
    return {
      token,
      header,
      payload,
      target,
      signingInput: bytes.subarray(0, d2),
      signature: bytes.subarray(at, at + n),
    }
  }

  /**
   * Notes a token whose signature and claims passed. The first time only its memo key is noted:
   * keeping the decoding of every token would retain objects a backend seeing each token once
   * never reuses. The second time its decoding and bytes are kept (bounded, oldest out first).
   */
  function remember(key: number, decoded: DecodedToken<K>): void {
    if (!seenOnce.has(key)) {
      const dropped = seenRing[seenNext]
      if (dropped !== undefined) seenOnce.delete(dropped)
      seenRing[seenNext] = key
      seenNext = (seenNext + 1) % DECODED_TOKENS
      seenOnce.add(key)
      return
    }
    const { token, header, payload, target, signingInput, signature } = decoded
    const evicted = decodedRing[decodedNext]
    if (evicted !== undefined) decodedTokens.delete(evicted)
    decodedRing[decodedNext] = key
    decodedNext = (decodedNext + 1) % DECODED_TOKENS
    decodedTokens.set(key, {
      token,
      header,
      payload,
      target,
      signingInput: new Uint8Array(signingInput),
      signature: new Uint8Array(signature),
    })
  }

  async function verify(token: unknown): Promise<unknown> {
    if (typeof token !== 'string') throw new JwtParseError('not-a-string', 'JWT must be a string')
    if (token.length > maxTokenLength) throw new JwtTooLargeError(token.length, maxTokenLength)

    let hash: string | undefined
    if (cache !== undefined) {
      const h = backend.tokenHash(token)
      hash = typeof h === 'string' ? h : await h
      const hit = cache.get(hash, Date.now())
      if (hit !== undefined) {
        if (customCheck !== undefined) {
          await runCustomCheck(hit.claims as Claims, {
            header: hit.header as VerifiedTokenHeader,
            userPoolId: hit.userPoolId,
          })
        }
        return hit.claims
      }
    }

    // A token seen before is not decoded again; its signature is still checked below, with the
    // issuer's current key, and its claims against the current time.
    const memoKey = memoKeyOf(token)
    const remembered = decodedTokens.get(memoKey)
    const known = remembered !== undefined && remembered.token === token
    const decoded = known ? remembered : decode(token)
    const { header, payload, target } = decoded
    let { signingInput, signature } = decoded

    let key: ImportedRsaKey<K> | Promise<ImportedRsaKey<K>> = store.get(target.keys, header.kid)
    if (key instanceof Promise) {
      // Other verifications may reuse the scratch memory while this one waits for the key.
      if (!known) {
        // Copies (a Node Buffer's `slice` would only be a view).
        signingInput = new Uint8Array(signingInput)
        signature = new Uint8Array(signature)
      }
      key = await key
    }
    // Synchronous from decoding to here: the Node backend's scratch memory still holds this token.
    let valid = backend.verifyRs256(key, signingInput, signature)
    if (typeof valid !== 'boolean') valid = await valid
    if (!valid) throw new JwtInvalidSignatureError()

    const now = Date.now()
    try {
      checkTimes(payload, now / 1000, clockTolerance)
      // A token seen before passed the time-independent checks already; only time moves on.
      if (!known) checkClaims(payload, target.pool, header, maxTokenLifetime)
    } catch (error) {
      if (includeClaimsInErrors && error instanceof JwtInvalidClaimError) error.claims = payload
      throw error
    }
    const claims = payload
    if (!known) remember(memoKey, decoded)
    if (customCheck !== undefined) await runCustomCheck(claims, { header, userPoolId: target.pool.userPoolId })
    if (cache !== undefined && hash !== undefined) {
      cache.set(hash, claims, header, target.pool.userPoolId, own(payload, 'exp') as number, now)
    }
    return claims
  }

  async function runCustomCheck(claims: Claims, context: CustomCheckContext): Promise<void> {
    try {
      await (customCheck as (c: Claims, x: CustomCheckContext) => void | Promise<void>)(claims, context)
    } catch (cause) {
      const error = new JwtCustomCheckError(cause)
      if (includeClaimsInErrors) error.claims = claims
      throw error
    }
  }

  const issuerList = Object.freeze([...issuers.keys()])
  return Object.freeze({
    verify: verify as (token: string) => Promise<unknown>,
    hydrate: () => store.hydrate([...issuers.values()].map((i) => i.keys)),
    implementation: backend.name,
    issuers: issuerList,
  })
}

/** Time rules, checked on every call: `exp` (required), `iat` (required, never in the future), `nbf`. */
function checkTimes(p: Claims, now: number, tolerance: number): void {
  const exp = own(p, 'exp')
  if (exp === undefined) throw new JwtMissingClaimError('exp')
  if (typeof exp !== 'number' || !Number.isFinite(exp))
    throw new JwtInvalidClaimTypeError('exp', 'a number (seconds since the epoch)')
  const iat = own(p, 'iat')
  if (iat === undefined) throw new JwtMissingClaimError('iat')
  if (typeof iat !== 'number' || !Number.isFinite(iat))
    throw new JwtInvalidClaimTypeError('iat', 'a number (seconds since the epoch)')
  const nbf = own(p, 'nbf')
  if (nbf !== undefined && (typeof nbf !== 'number' || !Number.isFinite(nbf))) {
    throw new JwtInvalidClaimTypeError('nbf', 'a number (seconds since the epoch)')
  }
  if (now - tolerance >= exp) throw new JwtExpiredError(exp)
  if (iat > now + tolerance) throw new JwtIssuedInFutureError(iat)
  if (nbf !== undefined && nbf > now + tolerance) throw new JwtNotBeforeError(nbf)
}

/**
 * Time-independent claim rules, after the signature verified: `sub` is required, `token_use`
 * must be `id` or `access` (and the configured one), then the client, groups and scope; types
 * are checked for every Cognito claim present, and `iat < exp <= iat + maxLifetime`,
 * `auth_time <= iat`.
 */
function checkClaims(p: Claims, pool: PoolSetting, header: VerifiedTokenHeader, maxLifetime: number): void {
  const sub = own(p, 'sub')
  if (sub === undefined) throw new JwtMissingClaimError('sub')
  if (typeof sub !== 'string' || sub.length === 0) throw new JwtInvalidClaimTypeError('sub', 'a non-empty string')

  const tokenUse = own(p, 'token_use')
  if (tokenUse === undefined) throw new JwtMissingClaimError('token_use')
  if (tokenUse !== 'id' && tokenUse !== 'access') throw new CognitoJwtInvalidTokenUseError(tokenUse, pool.tokenUse)
  if (pool.tokenUse !== null && tokenUse !== pool.tokenUse)
    throw new CognitoJwtInvalidTokenUseError(tokenUse, pool.tokenUse)
  // RFC 9068: `at+jwt` marks an access token; an ID token under it is a confused (or forged) token.
  if (tokenUse === 'id' && header.typ !== undefined && AT_JWT.test(header.typ)) {
    throw new JwtUnsupportedHeaderError(
      'typ',
      `JWT header typ ${JSON.stringify(header.typ)} marks an access token, but token_use is "id"`,
    )
  }

  const clientIds = pool.clientIds
  if (tokenUse === 'id') {
    // Cognito puts the one client id in `aud` as a string (and the claims type says so): an array,
    // even of one, is not a Cognito ID token.
    const aud = own(p, 'aud')
    if (aud === undefined) throw new JwtMissingClaimError('aud')
    if (typeof aud !== 'string' || aud.length === 0)
      throw new JwtInvalidClaimTypeError('aud', 'a non-empty string (the app client id) in an ID token')
    // An authorized party, when present, must be that same client.
    const azp = own(p, 'azp')
    if (azp !== undefined) {
      if (typeof azp !== 'string') throw new JwtInvalidClaimTypeError('azp', 'a string')
      if (azp !== aud) throw new CognitoJwtInvalidClientIdError('azp', azp)
    }
    if (clientIds !== null && !clientIds.includes(aud)) throw new CognitoJwtInvalidClientIdError('aud', aud)
    optionalString(p, 'cognito:username')
    optionalString(p, 'nonce')
    optionalString(p, 'at_hash')
    optionalString(p, 'cognito:preferred_role')
    const roles = own(p, 'cognito:roles')
    if (roles !== undefined && !isStringArray(roles))
      throw new JwtInvalidClaimTypeError('cognito:roles', 'an array of strings')
  } else {
    const clientId = own(p, 'client_id')
    if (clientId === undefined) throw new JwtMissingClaimError('client_id')
    if (typeof clientId !== 'string' || clientId.length === 0)
      throw new JwtInvalidClaimTypeError('client_id', 'a non-empty string')
    if (clientIds !== null && !clientIds.includes(clientId))
      throw new CognitoJwtInvalidClientIdError('client_id', clientId)
    const aud = own(p, 'aud')
    if (aud !== undefined && typeof aud !== 'string' && !isStringArray(aud)) {
      throw new JwtInvalidClaimTypeError('aud', 'a string or an array of strings')
    }
    optionalString(p, 'username')
    optionalString(p, 'device_key')
    const version = own(p, 'version')
    if (version !== undefined && typeof version !== 'number') throw new JwtInvalidClaimTypeError('version', 'a number')
  }
  // Times against each other (their types were checked by checkTimes): a token ends after it was
  // issued, lives no longer than Cognito lets a token live, and is issued after its authentication.
  const iat = own(p, 'iat') as number
  const exp = own(p, 'exp') as number
  if (exp <= iat) throw new JwtInvalidClaimTypeError('exp', 'later than iat')
  if (exp - iat > maxLifetime) {
    throw new JwtInvalidClaimTypeError('exp', `at most ${maxLifetime} seconds after iat (maxTokenLifetime)`)
  }
  const authTime = own(p, 'auth_time')
  if (authTime !== undefined) {
    if (typeof authTime !== 'number' || !Number.isFinite(authTime))
      throw new JwtInvalidClaimTypeError('auth_time', 'a number (seconds since the epoch)')
    if (authTime > iat) throw new JwtInvalidClaimTypeError('auth_time', 'no later than iat')
  }
  optionalString(p, 'jti')
  optionalString(p, 'origin_jti')
  optionalString(p, 'event_id')
  const scope = own(p, 'scope')
  if (scope !== undefined && typeof scope !== 'string')
    throw new JwtInvalidClaimTypeError('scope', 'a space-separated string')
  const groups = own(p, 'cognito:groups')
  if (groups !== undefined && !isStringArray(groups))
    throw new JwtInvalidClaimTypeError('cognito:groups', 'an array of strings')

  if (pool.groups !== null) {
    if (groups === undefined || !pool.groups.some((g) => (groups as string[]).includes(g))) {
      throw new CognitoJwtInvalidGroupError(pool.groups)
    }
  }
  if (pool.scopes !== null) {
    const granted = typeof scope === 'string' ? scope.split(' ') : []
    if (!pool.scopes.some((s) => granted.includes(s))) throw new JwtInvalidScopeError(pool.scopes)
  }
}

/**
 * A claim of the token itself: an own member of the parsed payload, never one inherited from a
 * polluted Object.prototype (a token without `exp` or `cognito:groups` must not borrow them).
 */
function own(p: Claims, name: string): unknown {
  return Object.hasOwn(p, name) ? p[name] : undefined
}

/** `at+jwt` and `application/at+jwt`, any case (RFC 9068 §2.1). */
const AT_JWT = /^(?:application\/)?at\+jwt$/i

function optionalString(p: Claims, name: string): void {
  const value = own(p, name)
  if (value !== undefined && typeof value !== 'string') throw new JwtInvalidClaimTypeError(name, 'a string')
}

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false
  for (const item of value) if (typeof item !== 'string') return false
  return true
}
