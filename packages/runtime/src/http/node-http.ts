/**
 * Bearer authentication for `node:http` servers (and anything with the same request/response shape).
 *
 * @module
 */
import { resolveAuthenticateOptions } from '../internal/authenticate-options.js'
import { type AuthenticateOptions, authenticateRequest, type TokenVerifier } from './authenticate-request.js'

/** The part of `IncomingMessage` read here. */
export interface NodeRequestLike {
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
}

/** The part of `ServerResponse` used here. */
export interface NodeResponseLike {
  /** Set to 400, 401, 403 or 503 on failure. */
  statusCode: number
  /** Sets one response header. */
  setHeader(name: string, value: string): unknown
  /** Sends the JSON body and ends the response. */
  end(body?: string): unknown
}

/**
 * A function that authenticates a request and resolves to its claims, or answers it (400, 401,
 * 403 or 503 with `WWW-Authenticate`) and resolves to `undefined`.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { createCognitoVerifier } from '@cognito-kit/runtime'
 * import { createNodeAuthenticator } from '@cognito-kit/runtime/http'
 *
 * const authenticate = createNodeAuthenticator(createCognitoVerifier({ userPoolId, tokenUse: 'access', clientId }))
 * createServer(async (req, res) => {
 *   const claims = await authenticate(req, res)
 *   if (claims === undefined) return // already answered
 *   res.end(`hello ${claims.username}`)
 * })
 * ```
 */
export function createNodeAuthenticator<C>(
  verifier: TokenVerifier<C>,
  options: AuthenticateOptions = {},
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<C | undefined> {
  // Bad options fail here, at start-up, rather than on the first request.
  resolveAuthenticateOptions(options)
  return async (req, res) => {
    const result = await authenticateRequest(
      verifier,
      req.headersDistinct?.authorization ?? req.headers.authorization,
      options,
    )
    if (result.ok) return result.claims
    res.statusCode = result.status
    for (const [name, value] of Object.entries(result.headers)) res.setHeader(name, value)
    res.end(JSON.stringify(result.body))
    return undefined
  }
}
