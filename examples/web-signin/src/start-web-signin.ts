/**
 * The site's tiny `node:http` server. It signs users in through the Cognito hosted UI with the
 * runtime's helpers (the authorize URL from `hostedUi()`, the code exchange from `cognitoOAuth()`:
 * authorization code + PKCE + nonce, state checked, ID token verified), keeps the tokens in a
 * server-side session (the browser only gets an HttpOnly cookie), and calls the backend with the
 * access token on the page's behalf.
 *
 * @module
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createCognitoVerifier } from '@cognito-kit/runtime'
import { type HostedUiDomain, hostedUi } from '@cognito-kit/runtime/hosted-ui'
import { type CognitoTokens, cognitoOAuth, OAuthFlowError, type PendingAuthorization } from '@cognito-kit/runtime/oauth'
import { readCookies, sessionCookie } from './internal/cookies.js'
import { PAGE_CSP, PAGE_CSS, PAGE_SCRIPT, renderPage, type SignedInView } from './render-page.js'
import { SITE_SCOPES, sitePool } from './site-pool.js'

/** Options of {@link startWebSignin}. */
export interface WebSigninOptions {
  /**
   * The user pool domain: `{ prefix, region }`, a custom domain's `https://` origin, or, for a
   * local stand-in, its `http://127.0.0.1:PORT` origin.
   */
  readonly domain: HostedUiDomain
  /** The user pool id. */
  readonly userPoolId: string
  /** The id of the pool's `web` app client. */
  readonly clientId: string
  /** Origin of the backend example (`GET /orders` is called with the access token). */
  readonly backendUrl: string
  /**
   * For stand-ins only: the exact issuer of the tokens (`http:` allowed on loopback hosts), also
   * allowing an `http://` loopback domain.
   * @default - the issuer derived from `userPoolId`
   */
  readonly unsafeCustomIssuer?: string
  /**
   * Port on 127.0.0.1.
   * @default 0 (a free port)
   */
  readonly port?: number
}

/** A running site. */
export interface RunningWebSignin {
  /** `http://localhost:{port}` (Cognito accepts http callback URLs on `localhost` only). */
  readonly url: string
  readonly port: number
  /** The registered callback URL. */
  readonly callbackUrl: string
  /** Closes the server and its connections. Safe to call twice. */
  stop(): Promise<void>
}

interface Session {
  readonly tokens: CognitoTokens
  readonly view: SignedInView
}

const PENDING_COOKIE = 'ws_pending'
const SESSION_COOKIE = 'ws_session'
const PENDING_TTL_MS = 10 * 60_000

const newId = () => randomBytes(24).toString('base64url')

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  })
  res.end(body)
}

function redirect(res: ServerResponse, location: string, cookies: string[] = []): void {
  res.writeHead(302, { location, 'cache-control': 'no-store', ...(cookies.length ? { 'set-cookie': cookies } : {}) })
  res.end()
}

/**
 * Starts the site on 127.0.0.1.
 *
 * @example
 * ```ts
 * const site = await startWebSignin({ domain: standIn.baseUrl, userPoolId: standIn.userPoolId, clientId: 'web', backendUrl: api.url, unsafeCustomIssuer: standIn.issuer })
 * console.log(`open ${site.url}`)
 * ```
 */
export async function startWebSignin(options: WebSigninOptions): Promise<RunningWebSignin> {
  const server = createServer()
  const sockets = new Set<Socket>()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  // Cognito allows plain http only for http://localhost callback URLs; the server still listens on
  // 127.0.0.1 only.
  const origin = `http://localhost:${port}`
  const callbackUrl = `${origin}/callback`
  const signedOutUrl = `${origin}/`

  // The pool definition, with this site's URLs: every URL below is checked against its web client.
  const domainPrefix = typeof options.domain === 'object' ? options.domain.prefix : undefined
  const definition = sitePool({
    callbackUrl,
    signedOutUrl,
    ...(domainPrefix === undefined ? {} : { domainPrefix }),
  }).toDefinition()
  const local = options.unsafeCustomIssuer !== undefined
  const ui = hostedUi({
    domain: options.domain,
    clientId: options.clientId,
    definition,
    client: 'web',
    ...(local ? { unsafeAllowHttpLoopback: true } : {}),
  })
  const idTokenVerifier = createCognitoVerifier({
    userPoolId: options.userPoolId,
    tokenUse: 'id',
    clientId: options.clientId,
    definition,
    ...(local ? { unsafeCustomIssuer: { issuer: options.unsafeCustomIssuer as string } } : {}),
  })
  const oauth = cognitoOAuth({
    domain: options.domain,
    userPoolId: options.userPoolId,
    clientId: options.clientId,
    definition,
    client: 'web',
    idTokenVerifier,
    ...(local ? { unsafeCustomIssuer: options.unsafeCustomIssuer as string, unsafeAllowHttpLoopback: true } : {}),
  })

  const pending = new Map<string, PendingAuthorization & { readonly expires: number }>()
  const sessions = new Map<string, Session>()

  async function viewOf(tokens: CognitoTokens): Promise<SignedInView> {
    const claims = await idTokenVerifier.verify(tokens.idToken as string)
    return {
      username: claims['cognito:username'] ?? claims.sub,
      email: claims.email,
      sub: claims.sub,
      groups: claims['cognito:groups'] ?? [],
      expiresAt: claims.exp,
      scope: tokens.scope,
    }
  }

  async function callBackend(id: string, session: Session): Promise<{ status: number; body: unknown }> {
    const call = async (accessToken: string) => {
      const response = await fetch(`${options.backendUrl}/orders`, {
        headers: { authorization: `Bearer ${accessToken}` },
      })
      return { status: response.status, body: (await response.json()) as unknown }
    }
    const first = await call(session.tokens.accessToken)
    if (first.status !== 401 || session.tokens.refreshToken === undefined) return first
    // The access token expired: refresh once and retry.
    const tokens = await oauth.refresh(session.tokens.refreshToken)
    sessions.set(id, { tokens, view: await viewOf(tokens) })
    return call(tokens.accessToken)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin)
    const cookies = readCookies(req.headers.cookie)
    const sessionId = cookies.get(SESSION_COOKIE)
    const session = sessionId === undefined ? undefined : sessions.get(sessionId)
    if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'only GET', { allow: 'GET' })

    switch (url.pathname) {
      case '/':
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          renderPage(session?.view, url.searchParams.get('notice') ?? undefined),
          {
            'content-security-policy': PAGE_CSP,
          },
        )
      case '/app.css':
        return send(res, 200, 'text/css; charset=utf-8', PAGE_CSS)
      case '/app.js':
        return send(res, 200, 'text/javascript; charset=utf-8', PAGE_SCRIPT)
      case '/signin': {
        const request = await ui.authorizeUrl({ redirectUri: callbackUrl, scopes: SITE_SCOPES })
        const id = newId()
        const now = Date.now()
        for (const [key, value] of pending) if (value.expires < now) pending.delete(key)
        pending.set(id, {
          state: request.state,
          nonce: request.nonce,
          codeVerifier: request.codeVerifier,
          redirectUri: request.redirectUri,
          expires: now + PENDING_TTL_MS,
        })
        return redirect(res, request.url.href, [sessionCookie(PENDING_COOKIE, id, PENDING_TTL_MS / 1000)])
      }
      case '/callback': {
        const pendingId = cookies.get(PENDING_COOKIE)
        const authorization = pendingId === undefined ? undefined : pending.get(pendingId)
        if (pendingId !== undefined) pending.delete(pendingId)
        const clear = sessionCookie(PENDING_COOKIE, '', 0)
        if (authorization === undefined || authorization.expires < Date.now()) {
          return send(
            res,
            400,
            'text/html; charset=utf-8',
            renderPage(undefined, 'This sign-in was not started here or has expired. Sign in again.'),
            {
              'content-security-policy': PAGE_CSP,
              'set-cookie': clear,
            },
          )
        }
        let tokens: CognitoTokens
        try {
          tokens = await oauth.exchangeCode(req.url ?? '', authorization)
        } catch (error) {
          const reason = error instanceof OAuthFlowError ? `${error.code}: ${error.message}` : 'the sign-in failed'
          return send(res, 400, 'text/html; charset=utf-8', renderPage(undefined, `Sign-in refused (${reason}).`), {
            'content-security-policy': PAGE_CSP,
            'set-cookie': clear,
          })
        }
        const id = newId()
        sessions.set(id, { tokens, view: await viewOf(tokens) })
        return redirect(res, '/', [clear, sessionCookie(SESSION_COOKIE, id)])
      }
      case '/api/orders': {
        if (session === undefined || sessionId === undefined) {
          return send(res, 401, 'application/json', JSON.stringify({ status: 401, body: { error: 'not signed in' } }))
        }
        return send(res, 200, 'application/json', JSON.stringify(await callBackend(sessionId, session)))
      }
      case '/signout': {
        if (sessionId !== undefined) sessions.delete(sessionId)
        return redirect(res, ui.logoutUrl({ logoutUri: signedOutUrl }).href, [sessionCookie(SESSION_COOKIE, '', 0)])
      }
      default:
        return send(res, 404, 'text/plain; charset=utf-8', 'not found')
    }
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      console.error('web-signin:', error)
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'unexpected error')
      else res.destroy()
    })
  })

  let stopped: Promise<void> | undefined
  return Object.freeze({
    url: origin,
    port,
    callbackUrl,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })),
  })
}
