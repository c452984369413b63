/**
 * `@cognito-kit/runtime/http`: bearer-token authentication for backends, with RFC 6750 answers
 * (`invalid_request`, `invalid_token`, `insufficient_scope`). A framework-agnostic core and thin
 * adapters for node:http, Express, Fastify and AWS Lambda; no framework is a dependency.
 *
 * @module
 */

export { BearerTokenError, CognitoRuntimeError, isCognitoRuntimeError } from '../errors.js'
export {
  type AuthenticateOptions,
  type AuthenticationFailure,
  type AuthenticationResult,
  type AuthenticationSuccess,
  authenticateRequest,
  type TokenVerifier,
} from './authenticate-request.js'
export { readBearerToken } from './bearer-token.js'
export { type ExpressRequestLike, type ExpressResponseLike, expressAuthenticate } from './express.js'
export { type FastifyReplyLike, type FastifyRequestLike, fastifyAuthenticate } from './fastify.js'
export {
  authenticateLambdaEvent,
  authorizationOf,
  type LambdaAuthenticationResult,
  type LambdaEventLike,
  type LambdaHttpResponse,
} from './lambda.js'
export { createNodeAuthenticator, type NodeRequestLike, type NodeResponseLike } from './node-http.js'
export { type BearerChallenge, type BearerErrorCode, wwwAuthenticate } from './www-authenticate.js'
