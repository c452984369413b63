/**
 * Bearer authentication for AWS Lambda: API Gateway REST (v1) and HTTP (v2) proxy events,
 * Application Load Balancer events, and TOKEN / REQUEST authorizer events.
 *
 * @module
 */
import {
  type AuthenticateOptions,
  type AuthenticationSuccess,
  authenticateRequest,
  type TokenVerifier,
} from './authenticate-request.js'

/** The parts of a Lambda HTTP or authorizer event read here. */
export interface LambdaEventLike {
  /** Proxy and REQUEST-authorizer events (header names in any case). */
  readonly headers?: Readonly<Record<string, string | undefined>> | null
  /** REST API (v1) and ALB events with multi-value headers enabled. */
  readonly multiValueHeaders?: Readonly<Record<string, readonly string[] | undefined>> | null
  /** TOKEN authorizer events: the value of the configured identity source. */
  readonly authorizationToken?: string
}

/** A proxy-integration response (API Gateway v1/v2 and ALB accept this shape). */
export interface LambdaHttpResponse {
  /** 400, 401, 403 or 503. */
  readonly statusCode: number
  /** Including `www-authenticate`. */
  readonly headers: Readonly<Record<string, string>>
  /** The JSON body, serialized. */
  readonly body: string
}

/** The outcome of {@link authenticateLambdaEvent}. */
export type LambdaAuthenticationResult<C> =
  | AuthenticationSuccess<C>
  | {
      /** Always `false`. */
      readonly ok: false
      /** Return this from the handler. */
      readonly response: LambdaHttpResponse
      /** The detailed reason, for logs. */
      readonly reason: Error
    }

/**
 * The `Authorization` value(s) of an event, whatever the header-name case.
 *
 * @example
 * ```ts
 * authorizationOf({ headers: { authorization: 'Bearer eyJ...' } }) // 'Bearer eyJ...'
 * authorizationOf({ authorizationToken: 'Bearer eyJ...' })        // TOKEN authorizer event
 * ```
 */
export function authorizationOf(event: LambdaEventLike): string | readonly string[] | undefined {
  // Own fields only: an event never carries credentials inherited from Object.prototype.
  const own = (name: keyof LambdaEventLike): unknown => (Object.hasOwn(event, name) ? event[name] : undefined)
  const token = own('authorizationToken')
  if (typeof token === 'string') return token
  // Every spelling of the name counts: `Authorization` and `AUTHORIZATION` side by side are two
  // headers (refused as such), never "the first one wins".
  const multi = own('multiValueHeaders') as LambdaEventLike['multiValueHeaders']
  if (multi) {
    const values: string[] = []
    for (const [name, list] of Object.entries(multi)) {
      if (name.toLowerCase() === 'authorization' && list !== undefined) values.push(...list)
    }
    if (values.length > 0) return values.length === 1 ? values[0] : values
  }
  const headers = own('headers') as LambdaEventLike['headers']
  if (headers) {
    const values: string[] = []
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() === 'authorization' && value !== undefined) values.push(value)
    }
    if (values.length > 0) return values.length === 1 ? values[0] : values
  }
  return undefined
}

/**
 * Authenticates a Lambda event: resolves to the claims, or to the HTTP response to return.
 *
 * @example
 * ```ts
 * export const handler = async (event: APIGatewayProxyEventV2) => {
 *   const auth = await authenticateLambdaEvent(verifier, event, { scope: 'orders/read' })
 *   if (!auth.ok) return auth.response
 *   return { statusCode: 200, body: JSON.stringify({ user: auth.claims.username }) }
 * }
 * ```
 */
export async function authenticateLambdaEvent<C>(
  verifier: TokenVerifier<C>,
  event: LambdaEventLike,
  options: AuthenticateOptions = {},
): Promise<LambdaAuthenticationResult<C>> {
  const result = await authenticateRequest(verifier, authorizationOf(event), options)
  if (result.ok) return result
  return Object.freeze({
    ok: false as const,
    response: Object.freeze({ statusCode: result.status, headers: result.headers, body: JSON.stringify(result.body) }),
    reason: result.reason,
  })
}
