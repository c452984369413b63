/**
 * Bearer authentication as Express middleware (typed structurally: Express is not a dependency).
 *
 * @module
 */
import { resolveAuthenticateOptions } from '../internal/authenticate-options.js'
import {
  type AuthenticateOptions,
  type AuthenticationSuccess,
  authenticateRequest,
  type TokenVerifier,
} from './authenticate-request.js'

/** The part of an Express request read and written here. */
export interface ExpressRequestLike<C = unknown> {
  /** Request headers, names in lower case. */
  readonly headers: {
    /** The `Authorization` header. */
    readonly authorization?: string | readonly string[] | undefined
  }
  /**
   * Every value of each header (`IncomingMessage.headersDistinct`, Node 18.3+). Node keeps only
   * the first of two `Authorization` headers in `headers`; two of them are refused instead.
   * @default - only `headers` is read
   */
  readonly headersDistinct?: {
    /** Every `Authorization` header received. */
    readonly authorization?: readonly string[] | undefined
  }
  /** Set to the verified claims and token when authentication succeeds. */
  auth?: Omit<AuthenticationSuccess<C>, 'ok'>
}

/** The part of an Express response used here. */
export interface ExpressResponseLike {
  /** Sets the status code. */
  status(code: number): ExpressResponseLike
  /** Sets response headers. */
  set(headers: Record<string, string>): ExpressResponseLike
  /** Sends a JSON body. */
  json(body: unknown): unknown
}

/**
 * Express middleware: puts `{ claims, token }` on `req.auth`, or answers the request (400, 401,
 * 403 or 503 with `WWW-Authenticate`). Other failures go to `next(error)`.
 *
 * @example
 * ```ts
 * app.get('/orders', expressAuthenticate(verifier, { scope: 'orders/read' }), (req, res) => {
 *   res.json({ user: req.auth.claims.username })
 * })
 * ```
 */
export function expressAuthenticate<C>(
  verifier: TokenVerifier<C>,
  options: AuthenticateOptions = {},
): (req: ExpressRequestLike<C>, res: ExpressResponseLike, next: (error?: unknown) => void) => void {
  // Bad options fail here, at start-up, rather than on the first request.
  resolveAuthenticateOptions(options)
  return (req, res, next) => {
    authenticateRequest(verifier, req.headersDistinct?.authorization ?? req.headers.authorization, options).then(
      (result) => {
        if (result.ok) {
          req.auth = { claims: result.claims, token: result.token }
          next()
        } else {
          res
            .status(result.status)
            .set({ ...result.headers })
            .json(result.body)
        }
      },
      (error: unknown) => next(error),
    )
  }
}
