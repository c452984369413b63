/**
 * `@cognito-kit/runtime` on Node.js: token verification (`node:crypto`, synchronous after the first
 * key fetch) and the bearer-token helpers for backends. Hosted-UI URLs and OAuth flows live in the
 * `./hosted-ui` and `./oauth` subpaths.
 *
 * @module
 */

export { OAuthFlowError } from './errors.js'
export * from './http/index.js'
export * from './jwt/index.node.js'
