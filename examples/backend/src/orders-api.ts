/**
 * The example API: a `node:http` request listener whose routes need a valid Cognito access token.
 *
 * | Route          | Needs                                   | Answers                                   |
 * | -------------- | --------------------------------------- | ----------------------------------------- |
 * | `GET /health`  | nothing                                 | `{ ok: true }`                            |
 * | `GET /me`      | a valid access token                    | who the token belongs to                  |
 * | `GET /orders`  | a valid access token with `orders/read` | the caller's orders                       |
 *
 * Refusals follow RFC 6750: 401 with `WWW-Authenticate: Bearer realm="..."` when there is no
 * token, 401 `invalid_token` for a bad one (expired, another client, forged, ...), 403
 * `insufficient_scope` naming the missing scope, 400 `invalid_request` for a malformed header.
 *
 * @module
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { CognitoAccessTokenClaims } from '@cognito-kit/runtime'
import { createNodeAuthenticator, type TokenVerifier } from '@cognito-kit/runtime/http'
import { type Order, type OrderStore, sampleOrders } from './order-store.js'

/** The scope `GET /orders` needs. */
export const ORDERS_READ_SCOPE = 'orders/read'

/** Options of {@link ordersApi}. */
export interface OrdersApiOptions {
  /** Verifies access tokens: `createBackendVerifier(...)` or any `createCognitoVerifier({ tokenUse: 'access', ... })`. */
  readonly verifier: TokenVerifier<CognitoAccessTokenClaims>
  /**
   * The `realm` of the `WWW-Authenticate` challenges.
   * @default 'orders-api'
   */
  readonly realm?: string
  /**
   * Where orders come from.
   * @default - {@link sampleOrders}
   */
  readonly orders?: OrderStore
  /**
   * Receives the detailed reason of every refused request (never sent to the caller).
   * @default - nothing
   */
  readonly onRejected?: (reason: Error, request: { readonly method: string; readonly path: string }) => void
}

/** What `GET /me` answers. */
export interface MeResponse {
  readonly sub: string
  readonly username: string | null
  readonly clientId: string
  readonly scopes: readonly string[]
  readonly groups: readonly string[]
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  })
  res.end(text)
}

/**
 * Builds the API's request listener.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * const verifier = createBackendVerifier({ userPoolId: 'eu-west-1_AbCdEf123', clientId: '1example23456789' })
 * createServer(ordersApi({ verifier })).listen(8080, '127.0.0.1')
 * ```
 */
export function ordersApi(options: OrdersApiOptions): RequestListener {
  const realm = options.realm ?? 'orders-api'
  const store = options.orders ?? sampleOrders()
  const rejected = (req: IncomingMessage) => (reason: Error) =>
    options.onRejected?.(reason, { method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://x').pathname })

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    '/health': async (_req, res) => json(res, 200, { ok: true }),
    '/me': async (req, res) => {
      const claims = await createNodeAuthenticator(options.verifier, { realm, onRejected: rejected(req) })(req, res)
      if (claims === undefined) return
      const me: MeResponse = {
        sub: claims.sub,
        username: claims.username ?? null,
        clientId: claims.client_id,
        scopes: (claims.scope ?? '').split(' ').filter(Boolean),
        groups: claims['cognito:groups'] ?? [],
      }
      json(res, 200, me)
    },
    '/orders': async (req, res) => {
      const authenticate = createNodeAuthenticator(options.verifier, {
        realm,
        scope: ORDERS_READ_SCOPE,
        onRejected: rejected(req),
      })
      const claims = await authenticate(req, res)
      if (claims === undefined) return
      const orders: readonly Order[] = await store.ordersOf(claims.sub)
      json(res, 200, { owner: claims.sub, orders })
    },
  }

  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const route = routes[path]
    if (route === undefined) return json(res, 404, { error: 'not_found', error_description: `no route ${path}` })
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return json(res, 405, { error: 'method_not_allowed', error_description: 'only GET' }, { allow: 'GET, HEAD' })
    }
    route(req, res).catch((error: unknown) => {
      options.onRejected?.(error instanceof Error ? error : new Error(String(error)), {
        method: req.method ?? 'GET',
        path,
      })
      if (!res.headersSent) json(res, 500, { error: 'server_error', error_description: 'unexpected error' })
      else res.destroy()
    })
  }
}
