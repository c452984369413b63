/**
 * Bearer authentication as a Fastify `preHandler` hook (typed structurally: Fastify is not a dependency).
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

/** The part of a Fastify request read and written here. */
export interface FastifyRequestLike<C = unknown> {
  /** Request headers, names in lower case. */
  readonly headers: {
    /** The `Authorization` header. */
    readonly authorization?: string | readonly string[] | undefined
  }
  /**
   * The Node request underneath; its `headersDistinct` holds every `Authorization` header (Node
   * keeps only the first one in `headers`), and two of them are refused instead.
   * @default - only `headers` is read
   */
  readonly raw?: {
    /** Every value of each header (Node 18.3+). */
    readonly headersDistinct?: {
      /** Every `Authorization` header received. */
      readonly authorization?: readonly string[] | undefined
    }
  }
  /** Set to the verified claims and token when authentication succeeds. */
  auth?: Omit<AuthenticationSuccess<C>, 'ok'>
}

/** The part of a Fastify reply used here. */
export interface FastifyReplyLike {
  /** Sets the status code. */
  code(status: number): FastifyReplyLike
  /** Sets response headers. */
  headers(values: Record<string, string>): FastifyReplyLike
  /** Sends the body (serialized as JSON). */
  send(body: unknown): unknown
}

/**
 * A Fastify `preHandler`: puts `{ claims, token }` on `request.auth`, or sends the answer (400,
 * 401, 403 or 503 with `WWW-Authenticate`) and stops the request there.
 *
 * @example
 * ```ts
 * fastify.get('/orders', { preHandler: fastifyAuthenticate(verifier, { scope: 'orders/read' }) }, async (request) => {
 *   return { user: request.auth.claims.username }
 * })
 * ```
 */
export function fastifyAuthenticate<C>(
  verifier: TokenVerifier<C>,
  options: AuthenticateOptions = {},
): (request: FastifyRequestLike<C>, reply: FastifyReplyLike) => Promise<unknown> {
  // Bad options fail here, at start-up, rather than on the first request.
  resolveAuthenticateOptions(options)
  return async (request, reply) => {
    const result = await authenticateRequest(
      verifier,
      request.raw?.headersDistinct?.authorization ?? request.headers.authorization,
      options,
    )
    if (result.ok) {
      request.auth = { claims: result.claims, token: result.token }
      return undefined
    }
    // Returning the reply after send() ends the request in an async hook.
    return reply
      .code(result.status)
      .headers({ ...result.headers })
      .send(result.body)
  }
}
