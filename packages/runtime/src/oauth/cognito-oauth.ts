/**
 * OAuth 2.0 / OIDC flows against a Cognito user pool domain, on openid-client v6: authorization
 * code with PKCE and nonce, refresh, client credentials, revocation, userInfo and logout.
 *
 * @module
 */
import type { ClientIdsOf, ResourceServerScopesOf, UserPoolDefinition } from '@cognito-kit/builder/definition'
import * as client from 'openid-client'
import { OAuthFlowError, type OptionsIssue, OptionsValidationError } from '../errors.js'
import type { HostedUiDomain } from '../hosted-ui/cognito-domain.js'
import { resolveDomain } from '../hosted-ui/cognito-domain.js'
import {
  type AuthorizationRequest,
  type HostedUi,
  hostedUi,
  type LogoutParams,
  type SignInParams,
} from '../hosted-ui/hosted-ui.js'
import { PKCE_VERIFIER } from '../hosted-ui/random-values.js'
import { CLIENT_ID_PATTERN, type ClientRules, clientRulesOf, isIssue } from '../internal/client-rules.js'
import { redirectUriProblem } from '../internal/redirect-uri.js'
import { fetchUrlProblem } from '../internal/url-policy.js'
import { parseUserPoolId, userPoolIdProblem } from '../user-pool-id.js'
import { toOAuthFlowError } from './oauth-errors.js'

/** Options shared by {@link cognitoOAuth} and {@link discoverCognitoOAuth}. */
export interface CognitoOAuthBaseOptions {
  /** The user pool id, e.g. `eu-west-1_AbCdEf123`: the issuer derives from it. */
  readonly userPoolId: string
  /** The app client id. */
  readonly clientId: string
  /**
   * The app client secret of a confidential client, sent with HTTP Basic (the method Cognito's
   * revocation endpoint documents).
   * @default - none: a public client, which must use PKCE (always sent)
   */
  readonly clientSecret?: string
  /**
   * Which issuer the pool's tokens carry.
   * @default 'original'
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IssuerConfigurationType.html
   */
  readonly issuerFormat?: 'original' | 'updated'
  /**
   * Escape hatch for emulators and stand-ins: the exact issuer (`http:` only on a loopback host).
   * @default - derived from `userPoolId`
   */
  readonly unsafeCustomIssuer?: string
  /**
   * Allow `http:` for the domain and the issuer on a loopback host (127.0.0.1, ::1, localhost).
   * Never needed for real pools.
   * @default false
   */
  readonly unsafeAllowHttpLoopback?: boolean
  /**
   * Seconds before a request to the authorization server is abandoned.
   * @default 30
   */
  readonly timeoutSeconds?: number
  /** A `fetch` for proxies or tests (openid-client's `customFetch`). @default globalThis.fetch */
  readonly fetch?: client.CustomFetch
  /**
   * Verifies ID tokens from the token endpoint, e.g. `createCognitoVerifier({ tokenUse: 'id', ... })`.
   * openid-client checks their claims but not their signature (they arrive over TLS).
   * @default - no signature check
   */
  readonly idTokenVerifier?: {
    /** Rejects when the ID token is not acceptable. */
    verify(token: string): Promise<unknown>
  }
}

/** With a definition, the client key is required and flows and scopes are checked against it. */
export type DefinitionBinding<D> =
  D extends UserPoolDefinition<any, any, any>
    ? {
        /** The pool definition (`pool.toDefinition()`). */
        readonly definition: D
        /** The definition's key of this app client. */
        readonly client: ClientIdsOf<D>
      }
    : {
        /** No definition: nothing is checked against a client. */
        readonly definition?: undefined
        /** Only with a definition. */
        readonly client?: undefined
      }

/** Options of {@link cognitoOAuth}: the domain is known, no network round-trip. */
export type CognitoOAuthOptions<D extends UserPoolDefinition<any, any, any> | undefined = undefined> =
  CognitoOAuthBaseOptions & {
    /** The user pool domain: `{ prefix, region, fips? }` or a custom domain's `https://` origin. */
    readonly domain: HostedUiDomain
  } & DefinitionBinding<D>

/** Options of {@link discoverCognitoOAuth}: endpoints come from the issuer's discovery document. */
export type DiscoverCognitoOAuthOptions<D extends UserPoolDefinition<any, any, any> | undefined = undefined> =
  CognitoOAuthBaseOptions & DefinitionBinding<D>

/** Tokens from the token endpoint. */
export interface CognitoTokens {
  /** The access token (a JWT for Cognito). */
  readonly accessToken: string
  /** Present when `openid` was granted. */
  readonly idToken: string | undefined
  /** From the code exchange; on refresh, the one passed in unless Cognito rotated it. */
  readonly refreshToken: string | undefined
  /** `Bearer`. */
  readonly tokenType: string
  /** Seconds the access token is valid, as the server said. */
  readonly expiresIn: number | undefined
  /** The ID token's claims, checked by openid-client (issuer, audience, expiry, nonce). */
  readonly idTokenClaims: Readonly<Record<string, unknown>> | undefined
  /** Granted scopes, when the server listed them. */
  readonly scope: string | undefined
}

/** The secrets stored between the authorize redirect and the callback. */
export interface PendingAuthorization {
  /** The `state` sent. */
  readonly state: string
  /** The `nonce` sent (always required). */
  readonly nonce: string
  /** The PKCE verifier (`undefined` only for the implicit flow, whose requests `exchangeCode` refuses). */
  readonly codeVerifier: string | undefined
  /** The exact `redirect_uri` of the authorize request: the public callback URL. */
  readonly redirectUri: string
}

/** Client-credentials parameters. */
export interface ClientCredentialsParams<D> {
  /** Resource-server scopes (`orders/read`); Cognito grants no other kind to machine clients. */
  readonly scopes: readonly (D extends UserPoolDefinition<any, any, any> ? ResourceServerScopesOf<D> : string)[]
  /** Resource server identifier to bind the token to (`aud`). */
  readonly resource?: string
}

/** OAuth flows of one app client. */
export interface CognitoOAuthClient<D = undefined> {
  /** The openid-client configuration, for anything not wrapped here. */
  readonly configuration: client.Configuration
  /** The issuer the tokens carry. */
  readonly issuer: string
  /**
   * Starts a sign-in: `/oauth2/authorize` with a fresh state, nonce and PKCE S256 verifier.
   * Store the result with the browser session; pass it to {@link exchangeCode}.
   *
   * @example
   * ```ts
   * const request = await oauth.authorizationUrl({ redirectUri: 'https://app.example/callback', scopes: ['openid', 'email'] })
   * session.pending = { state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier, redirectUri: request.redirectUri }
   * res.redirect(request.url.href)
   * ```
   */
  authorizationUrl(params: SignInParams<D>): Promise<AuthorizationRequest>
  /**
   * Finishes a sign-in: checks `state`, exchanges the code (with the PKCE verifier and the public
   * `redirect_uri`, even when the request reached you through a proxy under another URL), checks
   * the ID token's `nonce`.
   *
   * @param callback The URL the browser was sent to (any origin: only its query is read), its
   *   query string, or a Fetch `Request`.
   * @throws {OAuthFlowError} `ERR_OAUTH_STATE_MISMATCH`, `ERR_OAUTH_NONCE_MISMATCH`, `ERR_OAUTH_CALLBACK_ERROR`, `ERR_OAUTH_SERVER_ERROR`, ...
   *
   * @example
   * ```ts
   * // Behind a proxy req.url is "/callback?code=...&state=...": only its query matters.
   * const tokens = await oauth.exchangeCode(req.url, session.pending)
   * ```
   */
  exchangeCode(
    callback: string | URL | URLSearchParams | Request,
    pending: PendingAuthorization,
  ): Promise<CognitoTokens>
  /**
   * New access and ID tokens from a refresh token. Cognito returns no new refresh token unless
   * rotation is on; the one given is then returned.
   *
   * @example
   * ```ts
   * const fresh = await oauth.refresh(tokens.refreshToken)
   * ```
   */
  refresh(refreshToken: string): Promise<CognitoTokens>
  /**
   * A machine-to-machine access token for a confidential client with the `client_credentials` flow.
   *
   * @example
   * ```ts
   * const { accessToken } = await oauth.clientCredentials({ scopes: ['orders/read'] })
   * ```
   */
  clientCredentials(params: ClientCredentialsParams<D>): Promise<CognitoTokens>
  /**
   * Revokes a refresh token (and the tokens issued from it). Cognito revokes refresh tokens only.
   *
   * @example
   * ```ts
   * await oauth.revoke(tokens.refreshToken)
   * ```
   */
  revoke(refreshToken: string): Promise<void>
  /**
   * The user's attributes from `/oauth2/userInfo` (the access token needs the `openid` scope).
   *
   * @param expectedSub The `sub` the answer must carry (from the ID token), or `null` to skip the check.
   *
   * @example
   * ```ts
   * const info = await oauth.userInfo(tokens.accessToken, tokens.idTokenClaims?.sub as string)
   * ```
   */
  userInfo(accessToken: string, expectedSub: string | null): Promise<Readonly<Record<string, unknown>>>
  /**
   * The `/logout` URL: back to a registered sign-out URL, or back to the sign-in page.
   *
   * @example
   * ```ts
   * res.redirect(oauth.logoutUrl({ logoutUri: 'https://app.example/' }).href)
   * ```
   */
  logoutUrl(params: LogoutParams<D>): URL
}

/**
 * An OAuth client for a pool domain, built without any network round-trip: the server metadata
 * comes from the domain and the pool id.
 *
 * @throws {OptionsValidationError} listing every invalid option.
 *
 * @example
 * ```ts
 * import { cognitoOAuth } from '@cognito-kit/runtime/oauth'
 *
 * const oauth = cognitoOAuth({
 *   domain: { prefix: 'my-app', region: 'eu-west-1' },
 *   userPoolId: 'eu-west-1_AbCdEf123',
 *   clientId: '1example23456789',
 *   clientSecret: process.env.CLIENT_SECRET,
 * })
 * ```
 */
export function cognitoOAuth<const D extends UserPoolDefinition<any, any, any> | undefined = undefined>(
  options: CognitoOAuthOptions<D>,
): CognitoOAuthClient<D> {
  requireOptionsObject(options)
  const issues: OptionsIssue[] = []
  const o = ownFields(options) as CognitoOAuthBaseOptions & { domain: unknown; definition?: unknown; client?: unknown }
  const issuer = resolveIssuer(o, issues)
  const allowHttp = o.unsafeAllowHttpLoopback === true
  const domain = resolveDomain(o.domain, 'domain', allowHttp, issues)
  const rules = resolveRules(o, issues)
  checkCommon(o, issues)
  if (issues.length > 0) throw new OptionsValidationError('Cognito OAuth options', issues)
  const origin = (domain as { origin: string }).origin
  const endpoint = (path: string) => new URL(path, origin).href
  const metadata: client.ServerMetadata = {
    issuer: issuer as string,
    authorization_endpoint: endpoint('/oauth2/authorize'),
    token_endpoint: endpoint('/oauth2/token'),
    userinfo_endpoint: endpoint('/oauth2/userInfo'),
    revocation_endpoint: endpoint('/oauth2/revoke'),
    end_session_endpoint: endpoint('/logout'),
    jwks_uri: `${issuer as string}/.well-known/jwks.json`,
    response_types_supported: ['code', 'token'],
    code_challenge_methods_supported: ['S256'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
  }
  const configuration = new client.Configuration(metadata, o.clientId, undefined, clientAuth(o.clientSecret))
  return buildClient(configuration, o, rules, origin) as CognitoOAuthClient<D>
}

/**
 * An OAuth client configured from the issuer's discovery document
 * (`{issuer}/.well-known/openid-configuration`). The pool needs a domain for the endpoints to be
 * listed.
 *
 * @throws {OptionsValidationError} listing every invalid option.
 * @throws {OAuthFlowError} `ERR_OAUTH_REQUEST_FAILED` when discovery fails.
 *
 * @example
 * ```ts
 * const oauth = await discoverCognitoOAuth({ userPoolId: 'eu-west-1_AbCdEf123', clientId: '1example23456789' })
 * ```
 */
export async function discoverCognitoOAuth<const D extends UserPoolDefinition<any, any, any> | undefined = undefined>(
  options: DiscoverCognitoOAuthOptions<D>,
): Promise<CognitoOAuthClient<D>> {
  requireOptionsObject(options)
  const issues: OptionsIssue[] = []
  const o = ownFields(options) as CognitoOAuthBaseOptions & { definition?: unknown; client?: unknown }
  const issuer = resolveIssuer(o, issues)
  const rules = resolveRules(o, issues)
  checkCommon(o, issues)
  if (issues.length > 0) throw new OptionsValidationError('Cognito OAuth options', issues)
  const allowHttp = o.unsafeAllowHttpLoopback === true || o.unsafeCustomIssuer !== undefined
  let configuration: client.Configuration
  try {
    configuration = await client.discovery(
      new URL(issuer as string),
      o.clientId,
      undefined,
      clientAuth(o.clientSecret),
      {
        ...(o.fetch === undefined ? {} : { [client.customFetch]: o.fetch }),
        ...(o.timeoutSeconds === undefined ? {} : { timeout: o.timeoutSeconds }),
        ...(allowHttp && new URL(issuer as string).protocol === 'http:'
          ? { execute: [client.allowInsecureRequests] }
          : {}),
      },
    )
  } catch (error) {
    throw toOAuthFlowError(error, 'discovery')
  }
  const authorization = configuration.serverMetadata().authorization_endpoint
  if (authorization === undefined) {
    throw new OptionsValidationError('Cognito OAuth options', [
      {
        path: 'userPoolId',
        rule: 'DomainMissing',
        message: `the discovery document of ${issuer as string} lists no authorization endpoint: give the pool a domain, or use cognitoOAuth({ domain })`,
      },
    ])
  }
  const origin = new URL(authorization).origin
  const problem = fetchUrlProblem(origin, allowHttp)
  if (problem !== undefined) {
    throw new OptionsValidationError('Cognito OAuth options', [
      { path: 'domain', rule: 'DomainUrl', message: `discovered domain ${problem}` },
    ])
  }
  return buildClient(configuration, o, rules, origin) as CognitoOAuthClient<D>
}

function clientAuth(secret: string | undefined): client.ClientAuth {
  return secret === undefined ? client.None() : client.ClientSecretBasic(secret)
}

function resolveIssuer(o: CognitoOAuthBaseOptions, issues: OptionsIssue[]): string | undefined {
  if (o.unsafeCustomIssuer !== undefined) {
    const problem = fetchUrlProblem(o.unsafeCustomIssuer, true)
    if (problem !== undefined) {
      issues.push({ path: 'unsafeCustomIssuer', rule: 'IssuerUrl', message: `unsafeCustomIssuer ${problem}` })
      return undefined
    }
    return o.unsafeCustomIssuer
  }
  const problem = userPoolIdProblem(o.userPoolId)
  if (problem !== undefined) {
    issues.push({ path: 'userPoolId', rule: 'UserPoolIdFormat', message: `userPoolId ${problem}` })
    return undefined
  }
  const format = o.issuerFormat ?? 'original'
  if (format !== 'original' && format !== 'updated') {
    issues.push({ path: 'issuerFormat', rule: 'IssuerFormat', message: 'issuerFormat must be "original" or "updated"' })
    return undefined
  }
  return parseUserPoolId(o.userPoolId).issuers[format]
}

function resolveRules(o: { definition?: unknown; client?: unknown }, issues: OptionsIssue[]): ClientRules | undefined {
  if (o.definition === undefined && o.client === undefined) return undefined
  const rules = clientRulesOf(o.definition, o.client, 'client')
  if (isIssue(rules)) {
    issues.push(rules)
    return undefined
  }
  if (rules.oauthDisabled) {
    issues.push({
      path: 'client',
      rule: 'OAuthDisabled',
      message: `client ${JSON.stringify(rules.clientKey)} has OAuth disabled (disableOAuth)`,
    })
  }
  return rules
}

function checkCommon(o: CognitoOAuthBaseOptions, issues: OptionsIssue[]): void {
  if (typeof o.clientId !== 'string' || !CLIENT_ID_PATTERN.test(o.clientId)) {
    issues.push({
      path: 'clientId',
      rule: 'ClientIdFormat',
      message: `clientId must be an app client id; received ${JSON.stringify(o.clientId)}`,
    })
  }
  if (o.clientSecret !== undefined && (typeof o.clientSecret !== 'string' || o.clientSecret.length === 0)) {
    issues.push({ path: 'clientSecret', rule: 'OptionType', message: 'clientSecret must be a non-empty string' })
  }
  if (
    o.timeoutSeconds !== undefined &&
    (typeof o.timeoutSeconds !== 'number' || !(o.timeoutSeconds > 0) || o.timeoutSeconds > 600)
  ) {
    issues.push({
      path: 'timeoutSeconds',
      rule: 'OptionRange',
      message: 'timeoutSeconds must be a number between 0 and 600',
    })
  }
  if (o.fetch !== undefined && typeof o.fetch !== 'function') {
    issues.push({ path: 'fetch', rule: 'OptionType', message: 'fetch must be a function' })
  }
  if (o.idTokenVerifier !== undefined && typeof o.idTokenVerifier?.verify !== 'function') {
    issues.push({
      path: 'idTokenVerifier',
      rule: 'OptionType',
      message: 'idTokenVerifier must have a verify(token) method',
    })
  }
}

function buildClient(
  configuration: client.Configuration,
  o: CognitoOAuthBaseOptions & { definition?: unknown; client?: unknown },
  rules: ClientRules | undefined,
  origin: string,
): CognitoOAuthClient<unknown> {
  const issuer = configuration.serverMetadata().issuer
  if (o.fetch !== undefined) configuration[client.customFetch] = o.fetch
  if (o.timeoutSeconds !== undefined) configuration.timeout = o.timeoutSeconds
  const insecure = new URL(origin).protocol === 'http:' || new URL(issuer).protocol === 'http:'
  if (insecure) client.allowInsecureRequests(configuration)
  const ui = hostedUi({
    domain: origin,
    clientId: o.clientId,
    unsafeAllowHttpLoopback: insecure,
    ...(o.definition === undefined ? {} : { definition: o.definition, client: o.client }),
  } as never) as HostedUi<unknown>

  async function verifyIdToken(idToken: string | undefined): Promise<void> {
    if (idToken !== undefined && o.idTokenVerifier !== undefined) await o.idTokenVerifier.verify(idToken)
  }

  function toTokens(
    response: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
    keepRefresh?: string,
  ): CognitoTokens {
    return Object.freeze({
      accessToken: response.access_token,
      idToken: response.id_token,
      refreshToken: response.refresh_token ?? keepRefresh,
      tokenType: response.token_type,
      expiresIn: response.expires_in,
      idTokenClaims: response.id_token === undefined ? undefined : Object.freeze({ ...response.claims() }),
      scope: response.scope,
    })
  }

  async function exchangeCode(
    callback: string | URL | URLSearchParams | Request,
    pending: PendingAuthorization,
  ): Promise<CognitoTokens> {
    checkPending(pending)
    const query = callbackQuery(callback)
    // Checked before anything is sent, error responses included: a forged `?error=...` without our
    // state must not end a sign-in, and a repeated state is never "the first one wins".
    const states = query.getAll('state')
    if (states.length !== 1 || states[0] !== pending.state) {
      throw new OAuthFlowError(
        'ERR_OAUTH_STATE_MISMATCH',
        states.length === 0
          ? 'the callback has no state'
          : states.length > 1
            ? 'the callback repeats state'
            : 'the callback state differs from the one sent',
      )
    }
    // RFC 9207: a callback that names its issuer must name ours (authorization server mix-up).
    const issuers = query.getAll('iss')
    if (issuers.length > 0 && (issuers.length !== 1 || issuers[0] !== issuer)) {
      throw new OAuthFlowError(
        'ERR_OAUTH_ISSUER_MISMATCH',
        `the callback names issuer ${JSON.stringify(issuers.join(', '))}, not ${JSON.stringify(issuer)}`,
      )
    }
    // The token request's redirect_uri must be the public callback URL, whatever URL reached us.
    const current = new URL(pending.redirectUri)
    current.search = query.toString()
    let response: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers
    try {
      response = await client.authorizationCodeGrant(configuration, current, {
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        pkceCodeVerifier: pending.codeVerifier as string,
      })
    } catch (e) {
      // No `openid` scope granted, no ID token: nothing carries the nonce, the tokens stand.
      const withoutIdToken = tokensWithoutIdToken(e)
      if (withoutIdToken !== undefined) return withoutIdToken
      throw toOAuthFlowError(e, 'code exchange')
    }
    await verifyIdToken(response.id_token)
    return toTokens(response)
  }

  async function refresh(refreshToken: string): Promise<CognitoTokens> {
    requireString(refreshToken, 'refreshToken')
    let response: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers
    try {
      response = await client.refreshTokenGrant(configuration, refreshToken)
    } catch (e) {
      throw toOAuthFlowError(e, 'refresh')
    }
    await verifyIdToken(response.id_token)
    return toTokens(response, refreshToken)
  }

  async function clientCredentials(params: ClientCredentialsParams<unknown>): Promise<CognitoTokens> {
    const issues: OptionsIssue[] = []
    const scopes = params?.scopes
    if (
      !Array.isArray(scopes) ||
      scopes.length === 0 ||
      !scopes.every((s) => typeof s === 'string' && /^\S+\/\S+$/.test(s))
    ) {
      issues.push({
        path: 'scopes',
        rule: 'ScopeFormat',
        message: 'scopes must list resource-server scopes like "orders/read"',
      })
    }
    if (o.clientSecret === undefined) {
      issues.push({
        path: 'clientSecret',
        rule: 'ClientSecretRequired',
        message: 'client credentials need a confidential client (clientSecret)',
      })
    }
    if (rules !== undefined) {
      if (!rules.flows.clientCredentials) {
        issues.push({
          path: 'client',
          rule: 'FlowNotAllowed',
          message: `client ${JSON.stringify(rules.clientKey)} does not allow the client_credentials flow`,
        })
      }
      for (const scope of Array.isArray(scopes) ? scopes : []) {
        if (!rules.scopes.includes(scope as string)) {
          issues.push({
            path: 'scopes',
            rule: 'ScopeNotAllowed',
            message: `scope ${JSON.stringify(scope)} is not allowed for client ${JSON.stringify(rules.clientKey)}`,
          })
        }
      }
    }
    if (params?.resource !== undefined && (typeof params.resource !== 'string' || params.resource.length === 0)) {
      issues.push({ path: 'resource', rule: 'OptionType', message: 'resource must be a non-empty string' })
    }
    if (issues.length > 0) throw new OptionsValidationError('client credentials parameters', issues)
    try {
      const response = await client.clientCredentialsGrant(configuration, {
        scope: (scopes as string[]).join(' '),
        ...(params.resource === undefined ? {} : { resource: params.resource }),
      })
      return toTokens(response)
    } catch (e) {
      throw toOAuthFlowError(e, 'client credentials')
    }
  }

  async function revoke(refreshToken: string): Promise<void> {
    requireString(refreshToken, 'refreshToken')
    try {
      await client.tokenRevocation(configuration, refreshToken)
    } catch (e) {
      throw toOAuthFlowError(e, 'revocation')
    }
  }

  async function userInfo(accessToken: string, expectedSub: string | null): Promise<Readonly<Record<string, unknown>>> {
    requireString(accessToken, 'accessToken')
    if (expectedSub !== null) requireString(expectedSub, 'expectedSub')
    try {
      const info = await client.fetchUserInfo(configuration, accessToken, expectedSub ?? client.skipSubjectCheck)
      return Object.freeze({ ...info })
    } catch (e) {
      throw toOAuthFlowError(e, 'userInfo')
    }
  }

  return Object.freeze({
    configuration,
    issuer,
    authorizationUrl: (params: SignInParams<unknown>) => ui.authorizeUrl(params),
    exchangeCode,
    refresh,
    clientCredentials,
    revoke,
    userInfo,
    logoutUrl: (params: LogoutParams<unknown>) => ui.logoutUrl(params),
  })
}

/**
 * The own enumerable fields of the options on an object without a prototype: `clientSecret`,
 * `unsafeCustomIssuer` or `unsafeAllowHttpLoopback` never come from a polluted Object.prototype.
 */
function ownFields<T extends object>(options: T): T {
  return Object.assign(Object.create(null) as T, options)
}

/** Options must be an object before any of their fields can be read. */
function requireOptionsObject(options: unknown): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new OptionsValidationError('Cognito OAuth options', [
      {
        path: '',
        rule: 'OptionsType',
        message: `options must be an object; received ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`,
      },
    ])
  }
}

/** Checks what was stored between the authorize redirect and the callback. */
function checkPending(pending: unknown): asserts pending is PendingAuthorization {
  if (typeof pending !== 'object' || pending === null) {
    throw new OptionsValidationError('code exchange', [
      { path: 'pending', rule: 'OptionType', message: 'pending must hold state, nonce, codeVerifier and redirectUri' },
    ])
  }
  const p = pending as Record<string, unknown>
  const issues: OptionsIssue[] = []
  for (const name of ['state', 'nonce'] as const) {
    const value = p[name]
    if (typeof value !== 'string' || value.length === 0) {
      issues.push({
        path: `pending.${name}`,
        rule: 'OptionType',
        message: `pending.${name} must be the value of the authorize request (a nonce is always required)`,
      })
    }
  }
  const redirectProblem = redirectUriProblem(p.redirectUri)
  if (redirectProblem !== undefined) {
    issues.push({
      path: 'pending.redirectUri',
      rule: 'RedirectUriFormat',
      message: `pending.redirectUri ${redirectProblem}`,
    })
  }
  if (p.codeVerifier === undefined) {
    // No PKCE downgrade: every code this client asks for is bound to a verifier.
    issues.push({
      path: 'pending.codeVerifier',
      rule: 'PkceVerifierRequired',
      message:
        'pending.codeVerifier is required: a code exchange always proves PKCE (an implicit-flow request has no code to exchange)',
    })
  } else if (typeof p.codeVerifier !== 'string' || !PKCE_VERIFIER.test(p.codeVerifier)) {
    issues.push({
      path: 'pending.codeVerifier',
      rule: 'PkceVerifierFormat',
      message: 'pending.codeVerifier must be 43–128 characters of [A-Za-z0-9._~-] (RFC 7636)',
    })
  }
  if (issues.length > 0) throw new OptionsValidationError('code exchange', issues)
}

/**
 * The query parameters of a callback: an absolute URL, what `req.url` holds (a path and query), a
 * bare query string, `URLSearchParams`, or a Fetch `Request`.
 *
 * @throws {OptionsValidationError} for anything else.
 */
function callbackQuery(callback: unknown): URLSearchParams {
  if (callback instanceof URLSearchParams) return callback
  if (callback instanceof URL) return callback.searchParams
  const text =
    typeof callback === 'string'
      ? callback
      : typeof callback === 'object' && callback !== null && typeof (callback as { url?: unknown }).url === 'string'
        ? (callback as { url: string }).url
        : undefined
  if (text !== undefined) {
    // Absolute: it starts with a scheme. Otherwise a path with a query, or the query alone.
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) {
      try {
        return new URL(text).searchParams
      } catch {
        // Reported below.
      }
    } else {
      const end = text.indexOf('#') === -1 ? text.length : text.indexOf('#')
      const q = text.indexOf('?')
      if (q !== -1 && q < end) return new URLSearchParams(text.slice(q + 1, end))
      if (!text.startsWith('/')) return new URLSearchParams(text.slice(0, end))
      return new URLSearchParams()
    }
  }
  throw new OptionsValidationError('code exchange', [
    {
      path: 'callback',
      rule: 'CallbackFormat',
      message: `callback must be the callback URL, its path and query, its query, URLSearchParams or a Request; received ${typeof callback === 'string' ? JSON.stringify(callback) : typeof callback}`,
    },
  ])
}

/**
 * The tokens of a code exchange that returned no ID token, recovered from the error openid-client
 * raises because it expected one (we always send a nonce, so it always expects one). Everything
 * else about the response was checked before that error: status, JSON, `access_token`,
 * `token_type`, `expires_in`, `refresh_token`, `scope`.
 */
function tokensWithoutIdToken(error: unknown): CognitoTokens | undefined {
  if (!(error instanceof client.ClientError) || error.code !== 'OAUTH_INVALID_RESPONSE') return undefined
  const cause = error.cause as { message?: unknown; cause?: { body?: unknown } } | undefined
  if (typeof cause?.message !== 'string' || !cause.message.includes('"id_token" property must be a string')) {
    return undefined
  }
  const body = cause.cause?.body as Record<string, unknown> | undefined
  if (body === undefined || body.id_token !== undefined || typeof body.access_token !== 'string') return undefined
  if (typeof body.token_type !== 'string') return undefined
  return Object.freeze({
    accessToken: body.access_token,
    idToken: undefined,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
    tokenType: body.token_type,
    expiresIn: typeof body.expires_in === 'number' ? body.expires_in : undefined,
    idTokenClaims: undefined,
    scope: typeof body.scope === 'string' ? body.scope : undefined,
  })
}

function requireString(value: unknown, path: string): void {
  if (typeof value !== 'string' || value.length === 0) {
    throw new OptionsValidationError('OAuth parameters', [
      { path, rule: 'OptionType', message: `${path} must be a non-empty string` },
    ])
  }
}
