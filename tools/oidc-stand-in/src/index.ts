/// <reference path="./oidc-provider.d.ts" />
/**
 * A stand-in for an Amazon Cognito user pool's OAuth 2.0 / OIDC side, for tests and examples:
 * oidc-provider on 127.0.0.1 with Cognito's paths (`/oauth2/authorize`, `/oauth2/token`,
 * `/oauth2/userInfo`, `/oauth2/revoke`, `/logout`, `{issuer}/.well-known/jwks.json`), an issuer
 * with the pool id as its path, Cognito-shaped ID and access tokens, headless sign-in and
 * consent, refresh tokens that do not rotate, and client-credentials clients with
 * resource-server scopes.
 *
 * ```ts
 * const standIn = await startOidcStandIn({
 *   clients: [{ clientId: 'web', redirectUris: ['http://127.0.0.1:3000/callback'] }],
 *   users: [{ username: 'alice', email: 'alice@example.com', groups: ['admins'] }],
 * })
 * // standIn.baseUrl plays the pool domain, standIn.issuer the issuer
 * await standIn.stop()
 * ```
 *
 * Differences from Cognito: one origin serves both the domain and the issuer; sign-in is
 * automatic (the user is picked by `login_hint`, else the first one); passwords, MFA, managed
 * login pages and federation are not modelled (a user can be marked federated to get Cognito's
 * injected ID-token nonce).
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose'

/** A user the stand-in signs in. */
export interface StandInUser {
  /** The Cognito username (`cognito:username` / `username`); also matched against `login_hint`. */
  readonly username: string
  /** @default - a random UUID */
  readonly sub?: string
  readonly email?: string
  /** @default true when `email` is set */
  readonly emailVerified?: boolean
  readonly phoneNumber?: string
  /** `cognito:groups`. */
  readonly groups?: readonly string[]
  /** Further ID-token and userInfo claims: `name`, `given_name`, `custom:tenant`, ... (strings, as Cognito sends). */
  readonly attributes?: Readonly<Record<string, string>>
  /**
   * Marks the user as signed in through a third-party IdP: the ID token carries `identities`, and,
   * as Cognito does, a `nonce` even when the client sent none.
   */
  readonly federated?: { readonly providerName: string }
}

/** An app client. */
export interface StandInClient {
  readonly clientId: string
  /** Makes the client confidential (HTTP Basic at the token and revocation endpoints). */
  readonly clientSecret?: string
  /** Allowed callback URLs (Cognito's `CallbackURLs`). */
  readonly redirectUris?: readonly string[]
  /** Allowed sign-out URLs (Cognito's `LogoutURLs`), for `/logout?logout_uri=`. */
  readonly logoutUris?: readonly string[]
  /**
   * OAuth flows. Authorization code clients also get refresh tokens.
   * @default ['code'], or ['client_credentials'] for a confidential client without redirect URIs
   */
  readonly flows?: readonly ('code' | 'client_credentials')[]
  /**
   * Scopes the client may request.
   * @default - the five Cognito scopes plus every resource-server scope
   */
  readonly scopes?: readonly string[]
}

/** A resource server: its scopes become `{identifier}/{scope}`. */
export interface StandInResourceServer {
  readonly identifier: string
  readonly scopes: readonly string[]
}

/** Options of {@link startOidcStandIn}. */
export interface OidcStandInOptions {
  /** @default 'us-east-1_StandIn01' */
  readonly userPoolId?: string
  readonly clients: readonly StandInClient[]
  readonly users?: readonly StandInUser[]
  readonly resourceServers?: readonly StandInResourceServer[]
  /** @default 3600 */
  readonly accessTokenTtlSeconds?: number
  /** @default 3600 */
  readonly idTokenTtlSeconds?: number
  /** @default 2592000 (30 days) */
  readonly refreshTokenTtlSeconds?: number
  /** Pass oidc-provider's own notices and warnings through to the console. @default false */
  readonly verbose?: boolean
  /**
   * Port to listen on (always on 127.0.0.1).
   * @default 0 (a free port)
   */
  readonly port?: number
  /**
   * Rewrites the claims of every ID token the token endpoint returns; the result is signed again
   * with the stand-in's ID-token key, so its signature still verifies. For testing clients against
   * a misbehaving server, e.g. `({ nonce, ...claims }) => claims` for ID tokens without a nonce.
   * @default - ID tokens are returned as issued
   */
  readonly idTokenClaims?: (claims: Record<string, unknown>) => Record<string, unknown>
}

/** A running stand-in. */
export interface OidcStandIn {
  /** `http://127.0.0.1:{port}/{userPoolId}`: the `iss` of every token. */
  readonly issuer: string
  /** `http://127.0.0.1:{port}`: plays the user pool domain (`/oauth2/*`, `/login`, `/logout`). */
  readonly baseUrl: string
  readonly userPoolId: string
  /** `{issuer}/.well-known/jwks.json` (two RS256 keys: ID tokens and access tokens). */
  readonly jwksUri: string
  /**
   * Plays the browser through the headless sign-in: follows `authorizeUrl` with a cookie jar (one
   * per call unless `session` is reused) and resolves to the redirect that leaves the stand-in,
   * normally `redirect_uri?code=...&state=...`.
   */
  signIn(authorizeUrl: string | URL, session?: BrowserSession): Promise<URL>
  /** A cookie jar to keep a sign-in session across `signIn` calls (e.g. to test `/logout`). */
  browserSession(): BrowserSession
  /** Stops the server. Safe to call twice. */
  stop(): Promise<void>
}

/** Cookies of one simulated browser. */
export interface BrowserSession {
  /** `name=value` pairs currently held. */
  readonly cookies: ReadonlyMap<string, string>
  /** Follows redirects from `url` while they stay on the stand-in; returns the first URL outside it. */
  follow(url: string | URL): Promise<URL>
}

const COGNITO_SCOPES = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'] as const
const PROFILE_CLAIMS = [
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'updated_at',
  'address',
]

/**
 * Starts the stand-in on a free 127.0.0.1 port.
 *
 * @example
 * ```ts
 * const standIn = await startOidcStandIn({
 *   clients: [
 *     { clientId: 'web', redirectUris: ['https://app.example/callback'], logoutUris: ['https://app.example/'] },
 *     { clientId: 'svc', clientSecret: 'svc-secret', flows: ['client_credentials'] },
 *   ],
 *   users: [{ username: 'alice', email: 'alice@example.com' }],
 *   resourceServers: [{ identifier: 'orders', scopes: ['read', 'write'] }],
 * })
 * const callback = await standIn.signIn(authorizeUrl) // → https://app.example/callback?code=...&state=...
 * await standIn.stop()
 * ```
 */
export async function startOidcStandIn(options: OidcStandInOptions): Promise<OidcStandIn> {
  const userPoolId = options.userPoolId ?? 'us-east-1_StandIn01'
  if (!/^[\w-]+_[A-Za-z0-9]+$/.test(userPoolId))
    throw new TypeError(`userPoolId ${JSON.stringify(userPoolId)} is not a pool id`)
  if (options.clients.length === 0) throw new TypeError('clients must list at least one app client')
  const users = (options.users ?? []).map((u) => ({ ...u, sub: u.sub ?? randomUUID() }))
  const resourceScopes = (options.resourceServers ?? []).flatMap((rs) => rs.scopes.map((s) => `${rs.identifier}/${s}`))
  const allScopes = [...COGNITO_SCOPES, ...resourceScopes]
  const customClaims = [...new Set(users.flatMap((u) => Object.keys(u.attributes ?? {})))].filter(
    (name) => !PROFILE_CLAIMS.includes(name),
  )

  const idKey = await signingKey('stand-in-id-key')
  const accessKey = await signingKey('stand-in-access-key')
  const publicJwks = { keys: [idKey.public, accessKey.public] }
  const localJwks = createLocalJWKSet(publicJwks)

  const { default: Provider, errors } = await quietly(options.verbose === true, () => import('oidc-provider'))

  const sockets = new Set<Socket>()
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503)
    res.end()
  }
  const server = createServer((req, res) => handler(req, res))
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}`
  const issuer = `${baseUrl}/${userPoolId}`
  const jwksUri = `${issuer}/.well-known/jwks.json`
  const resourceIndicator = `urn:cognito-kit:stand-in:${userPoolId}`

  const findUser = (id: string | undefined) => users.find((u) => u.sub === id || u.username === id)

  const clients = options.clients.map((c) => {
    const flows =
      c.flows ?? (c.clientSecret !== undefined && !c.redirectUris?.length ? ['client_credentials'] : ['code'])
    const grantTypes = flows.flatMap((f) =>
      f === 'code' ? ['authorization_code', 'refresh_token'] : ['client_credentials'],
    )
    return {
      client_id: c.clientId,
      ...(c.clientSecret === undefined ? {} : { client_secret: c.clientSecret }),
      token_endpoint_auth_method: c.clientSecret === undefined ? 'none' : 'client_secret_basic',
      grant_types: grantTypes,
      response_types: flows.includes('code') ? ['code'] : [],
      redirect_uris: [...(c.redirectUris ?? [])],
      scope: (c.scopes ?? allScopes).join(' '),
    }
  })

  const provider = await quietly(options.verbose === true, async () => {
    const p = new Provider(issuer, {
      clients,
      jwks: { keys: [idKey.private, accessKey.private] },
      cookies: { keys: [randomUUID()] },
      routes: {
        authorization: '/oauth2/authorize',
        token: '/oauth2/token',
        revocation: '/oauth2/revoke',
        jwks: '/.well-known/jwks.json',
      },
      scopes: allScopes,
      claims: {
        openid: [
          'sub',
          // Cognito ID tokens always carry auth_time (a scope claim here, so that requests without
          // openid stay possible, which require_auth_time would forbid).
          'auth_time',
          'cognito:username',
          'cognito:groups',
          'token_use',
          'event_id',
          'origin_jti',
          'jti',
          'nonce',
          'identities',
          ...customClaims,
        ],
        email: ['email', 'email_verified'],
        phone: ['phone_number', 'phone_number_verified'],
        profile: PROFILE_CLAIMS,
      },
      conformIdTokenClaims: false,
      features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        revocation: { enabled: true },
        userinfo: { enabled: false },
        rpInitiatedLogout: { enabled: false },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => resourceIndicator,
          useGrantedResource: () => true,
          getResourceServerInfo: (_ctx: unknown, indicator: string) => {
            if (indicator !== resourceIndicator) throw new errors.InvalidTarget()
            return {
              scope: allScopes.join(' '),
              audience: resourceIndicator,
              accessTokenTTL: options.accessTokenTtlSeconds ?? 3600,
              accessTokenFormat: 'jwt',
              jwt: { sign: { alg: 'RS256', kid: accessKey.kid } },
            }
          },
        },
      },
      pkce: { required: () => false },
      rotateRefreshToken: false,
      issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(t: string): boolean }) =>
        client.grantTypeAllowed('refresh_token'),
      clientBasedCORS: () => true,
      ttl: {
        AccessToken: options.accessTokenTtlSeconds ?? 3600,
        ClientCredentials: options.accessTokenTtlSeconds ?? 3600,
        IdToken: options.idTokenTtlSeconds ?? 3600,
        RefreshToken: options.refreshTokenTtlSeconds ?? 30 * 24 * 3600,
        AuthorizationCode: 300,
        Interaction: 600,
        Session: 24 * 3600,
        Grant: 30 * 24 * 3600,
      },
      findAccount: (_ctx: unknown, sub: string) => {
        const user = findUser(sub)
        if (user === undefined) return undefined
        return {
          accountId: user.sub,
          claims: (use: string) => ({
            sub: user.sub,
            'cognito:username': user.username,
            ...(user.groups?.length ? { 'cognito:groups': [...user.groups] } : {}),
            ...(user.email === undefined ? {} : { email: user.email, email_verified: user.emailVerified ?? true }),
            ...(user.phoneNumber === undefined ? {} : { phone_number: user.phoneNumber, phone_number_verified: true }),
            ...user.attributes,
            ...(use === 'id_token'
              ? {
                  token_use: 'id',
                  event_id: randomUUID(),
                  jti: randomUUID(),
                  ...(user.federated
                    ? {
                        // Cognito adds a nonce of its own to federated sign-ins when the client sent none;
                        // oidc-provider overwrites it with the client's nonce when there is one.
                        nonce: randomUUID(),
                        identities: [
                          {
                            userId: user.sub,
                            providerName: user.federated.providerName,
                            providerType: 'OIDC',
                            issuer: null,
                            primary: 'true',
                            dateCreated: String(Date.now()),
                          },
                        ],
                      }
                    : {}),
                }
              : {}),
          }),
        }
      },
      extraTokenClaims: (
        ctx: { oidc: { entities: Record<string, { authTime?: number } | undefined> } },
        token: { accountId?: string; grantId?: string },
      ) => {
        const user = findUser(token.accountId)
        const authTime = ctx.oidc.entities.AuthorizationCode?.authTime ?? ctx.oidc.entities.RefreshToken?.authTime
        return {
          token_use: 'access',
          version: 2,
          event_id: randomUUID(),
          ...(authTime === undefined ? { auth_time: Math.floor(Date.now() / 1000) } : { auth_time: authTime }),
          ...(user === undefined
            ? {}
            : {
                username: user.username,
                origin_jti: token.grantId,
                ...(user.groups?.length ? { 'cognito:groups': [...user.groups] } : {}),
              }),
        }
      },
      formats: {
        customizers: {
          // Cognito access tokens have no `aud` and no `typ`; oidc-provider insists on an audience,
          // so it gets one that serializes to nothing.
          jwt: (
            _ctx: unknown,
            _token: unknown,
            jwt: { header?: Record<string, unknown>; payload: Record<string, unknown> },
          ) => {
            jwt.header = { typ: undefined }
            jwt.payload.aud = { toJSON: () => undefined }
          },
        },
      },
      renderError: (ctx: { type: string; body: string }, out: Record<string, string>) => {
        ctx.type = 'text/plain; charset=utf-8'
        ctx.body = Object.entries(out)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n')
      },
    })
    // Cognito answers a refresh with new access and ID tokens only (no rotation, no echo).
    p.use(
      async (
        ctx: { oidc?: { route?: string; params?: Record<string, unknown> }; body?: unknown },
        next: () => Promise<void>,
      ) => {
        await next()
        const body = ctx.body as Record<string, unknown> | undefined
        if (ctx.oidc?.route === 'token' && ctx.oidc.params?.grant_type === 'refresh_token' && body?.refresh_token) {
          delete body.refresh_token
        }
      },
    )
    return p
  })
  const callback = provider.callback()

  /** Applies `options.idTokenClaims` to the ID token of a token endpoint response about to be sent. */
  function rewriteIdTokens(res: ServerResponse, rewrite: (claims: Record<string, unknown>) => Record<string, unknown>) {
    const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse
    const rewritten = async (text: string): Promise<string> => {
      const body = JSON.parse(text) as Record<string, unknown>
      if (typeof body.id_token !== 'string') return text
      const header = decodeProtectedHeader(body.id_token)
      const key = await importJWK(idKey.private, 'RS256')
      body.id_token = await new SignJWT(rewrite(decodeJwt(body.id_token)))
        .setProtectedHeader({ ...header, alg: 'RS256' })
        .sign(key)
      return JSON.stringify(body)
    }
    res.end = ((chunk?: unknown) => {
      const text = chunk === undefined ? '' : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk)
      const success = res.statusCode === 200 && text.length > 0
      void (success ? rewritten(text) : Promise.resolve(text)).then(
        (out) => {
          if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(out))
          end(out)
        },
        (error: unknown) => {
          res.destroy(error instanceof Error ? error : new Error(String(error)))
        },
      )
      return res
    }) as typeof res.end
  }

  function forward(req: IncomingMessage, res: ServerResponse, path: string): void {
    // oidc-provider derives its mount path from `originalUrl`.
    const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''
    ;(req as IncomingMessage & { originalUrl?: string }).originalUrl = `/${userPoolId}${path}${query}`
    req.url = `${path}${query}`
    callback(req, res)
  }

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res)
    const params = details.params as Record<string, string | undefined>
    if (details.prompt.name === 'login') {
      const user = params.login_hint === undefined ? users[0] : findUser(params.login_hint)
      if (user === undefined) {
        await provider.interactionFinished(req, res, {
          error: 'access_denied',
          error_description:
            params.login_hint === undefined ? 'the stand-in has no users' : `no user ${params.login_hint}`,
        })
        return
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.sub } },
        { mergeWithLastSubmission: false },
      )
      return
    }
    const accountId = (details.session as { accountId: string } | undefined)?.accountId as string
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId, clientId: params.client_id as string })
    if (grant === undefined) throw new Error('grant vanished')
    const missing = details.prompt.details as {
      missingOIDCScope?: string[]
      missingOIDCClaims?: string[]
      missingResourceScopes?: Record<string, string[]>
    }
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '))
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims)
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '))
    }
    const grantId = await grant.save()
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true })
  }

  async function userInfo(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const header = req.headers.authorization ?? ''
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header)
    const deny = (error: string, description: string) => {
      res.writeHead(error === 'invalid_request' ? 400 : 401, {
        'www-authenticate': `Bearer error="${error}", error_description="${description}"`,
        'access-control-allow-origin': '*',
        'content-type': 'application/json',
      })
      res.end(JSON.stringify({ error, error_description: description }))
    }
    if (match === null) return deny('invalid_request', 'missing bearer token')
    let payload: Record<string, unknown>
    try {
      ;({ payload } = await jwtVerify(match[1] as string, localJwks, { issuer, algorithms: ['RS256'] }))
    } catch {
      return deny(
        'invalid_token',
        'Access token is expired, disabled, or deleted, or the user has globally signed out.',
      )
    }
    const scopes = String(payload.scope ?? '').split(' ')
    const user = findUser(payload.sub as string)
    if (payload.token_use !== 'access' || !scopes.includes('openid') || user === undefined) {
      return deny('invalid_token', 'Access token does not have the openid scope')
    }
    const claims: Record<string, unknown> = { sub: user.sub, username: user.username, ...user.attributes }
    if (scopes.includes('email') && user.email !== undefined) {
      claims.email = user.email
      claims.email_verified = String(user.emailVerified ?? true)
    }
    if (scopes.includes('phone') && user.phoneNumber !== undefined) {
      claims.phone_number = user.phoneNumber
      claims.phone_number_verified = 'true'
    }
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
    res.end(JSON.stringify(claims))
  }

  async function logout(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const q = url.searchParams
    const client = options.clients.find((c) => c.clientId === q.get('client_id'))
    const fail = (message: string) => {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`error: ${message}`)
    }
    if (client === undefined) return fail('invalid client_id')
    let target: URL
    const logoutUri = q.get('logout_uri')
    if (logoutUri !== null) {
      if (!(client.logoutUris ?? []).includes(logoutUri))
        return fail('logout_uri is not an allowed sign-out URL of the client')
      target = new URL(logoutUri)
    } else {
      const redirectUri = q.get('redirect_uri')
      if (redirectUri === null || q.get('response_type') === null)
        return fail('logout needs logout_uri, or redirect_uri and response_type')
      if (!(client.redirectUris ?? []).includes(redirectUri))
        return fail('redirect_uri is not a callback URL of the client')
      target = new URL('/oauth2/authorize', baseUrl)
      for (const name of ['client_id', 'redirect_uri', 'response_type', 'scope', 'state']) {
        const value = q.get(name)
        if (value !== null) target.searchParams.set(name, value)
      }
    }
    // End the sign-in session: drop it server-side and expire the cookies.
    const cookies = parseCookies(req.headers.cookie)
    const sessionId = cookies.get('_session')
    if (sessionId !== undefined) {
      const session = await provider.Session.find(sessionId)
      await session?.destroy()
    }
    const expired = [...cookies.keys()]
      .filter((name) => name.startsWith('_session'))
      .map((name) => `${name}=; path=/${userPoolId}; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly`)
    res.writeHead(302, { location: target.href, 'set-cookie': expired })
    res.end()
  }

  function discovery(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
    res.end(
      JSON.stringify({
        authorization_endpoint: `${baseUrl}/oauth2/authorize`,
        end_session_endpoint: `${baseUrl}/logout`,
        id_token_signing_alg_values_supported: ['RS256'],
        issuer,
        jwks_uri: jwksUri,
        response_types_supported: ['code'],
        revocation_endpoint: `${baseUrl}/oauth2/revoke`,
        scopes_supported: [...COGNITO_SCOPES],
        subject_types_supported: ['public'],
        token_endpoint: `${baseUrl}/oauth2/token`,
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        userinfo_endpoint: `${baseUrl}/oauth2/userInfo`,
      }),
    )
  }

  handler = (req, res) => {
    const url = new URL(req.url ?? '/', baseUrl)
    const path = url.pathname
    const run = (work: Promise<void>) =>
      work.catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end(`stand-in error: ${error instanceof Error ? error.message : String(error)}`)
      })
    if (path.startsWith('/interaction/')) return void run(interaction(req, res))
    if (path === '/logout') return void run(logout(req, res, url))
    if (path === '/oauth2/userInfo' || path === `/${userPoolId}/oauth2/userInfo`) {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization' })
        return void res.end()
      }
      return void run(userInfo(req, res))
    }
    if (path === '/login' || path === '/signup') {
      // Cognito's managed pages take the authorize parameters; here they lead to the same place.
      const target = new URL('/oauth2/authorize', baseUrl)
      target.search = url.search
      res.writeHead(302, { location: target.href })
      return void res.end()
    }
    if (path === `/${userPoolId}/.well-known/openid-configuration`) return discovery(res)
    if ((path === '/oauth2/authorize' || path === `/${userPoolId}/oauth2/authorize`) && req.method === 'GET') {
      const known = clients.find((c) => c.client_id === url.searchParams.get('client_id'))
      // Cognito grants all the client's scopes when the request names none.
      if (!url.searchParams.has('scope') && known !== undefined) url.searchParams.set('scope', known.scope)
      // Cognito ignores a nonce when openid is not requested (oidc-provider would refuse it).
      if (!(url.searchParams.get('scope') ?? '').split(' ').includes('openid')) url.searchParams.delete('nonce')
      req.url = `${url.pathname}${url.search}`
    }
    if (path === '/oauth2/token' && options.idTokenClaims !== undefined) rewriteIdTokens(res, options.idTokenClaims)
    if (path.startsWith('/oauth2/')) return forward(req, res, path)
    if (path.startsWith(`/${userPoolId}/`)) return forward(req, res, path.slice(userPoolId.length + 1))
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('not found')
  }

  function browserSession(): BrowserSession {
    const cookies = new Map<string, string>()
    return {
      cookies,
      async follow(start) {
        let url = new URL(start)
        for (let hop = 0; hop < 20; hop++) {
          if (url.origin !== baseUrl) return url
          const cookieHeader = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ')
          const response = await fetch(url, {
            redirect: 'manual',
            headers: cookieHeader ? { cookie: cookieHeader } : {},
          })
          for (const line of response.headers.getSetCookie()) {
            const [pair = '', ...attributes] = line.split(';')
            const eq = pair.indexOf('=')
            const name = pair.slice(0, eq).trim()
            const value = pair.slice(eq + 1).trim()
            const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === ''
            if (expired) cookies.delete(name)
            else cookies.set(name, value)
          }
          const location = response.headers.get('location')
          await response.body?.cancel()
          if (location === null) {
            throw new Error(`stand-in answered ${response.status} without a redirect at ${url.href}`)
          }
          url = new URL(location, url)
        }
        throw new Error('too many redirects')
      },
    }
  }

  let stopped = false
  return Object.freeze({
    issuer,
    baseUrl,
    userPoolId,
    jwksUri,
    browserSession,
    signIn: (authorizeUrl: string | URL, session?: BrowserSession) =>
      (session ?? browserSession()).follow(authorizeUrl),
    stop: async () => {
      if (stopped) return
      stopped = true
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  })
}

async function signingKey(kid: string): Promise<{ kid: string; private: JWK; public: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })
  return {
    kid,
    private: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' },
    public: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
  }
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  return cookies
}

/** Console methods saved while notices are held back, and how many starts are holding them. */
let held: { info: typeof console.info; warn: typeof console.warn; count: number } | undefined

/** Runs `work` with oidc-provider's start-up notices ("Unsupported runtime", ...) held back. */
async function quietly<T>(verbose: boolean, work: () => Promise<T> | T): Promise<T> {
  if (verbose) return work()
  if (held === undefined) {
    const saved = { info: console.info, warn: console.warn, count: 0 }
    const filter =
      (original: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        if (typeof args[0] === 'string' && args[0].includes('oidc-provider')) return
        original(...args)
      }
    console.info = filter(saved.info)
    console.warn = filter(saved.warn)
    held = saved
  }
  held.count++
  try {
    return await work()
  } finally {
    held.count--
    if (held.count === 0) {
      console.info = held.info
      console.warn = held.warn
      held = undefined
    }
  }
}
