/**
 * `@cognito-kit/runtime` for browsers, workers and edge runtimes: token verification (WebCrypto
 * through jose) and the bearer-token helpers for backends. Hosted-UI URLs and OAuth flows live in
 * the `./hosted-ui` and `./oauth` subpaths.
 *
 * @module
 */

export { OAuthFlowError } from './errors.js'
export * from './http/index.js'
export * from './jwt/index.js'
